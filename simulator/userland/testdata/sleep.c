/*
 * sleep: sleeps argv[1] milliseconds (default 20) and checks on the monotonic clock
 * that it did not wake early. Prints "slept" then exits 0, or exits 1 when short.
 */
#include <time.h>
#include "gorae.h"

static unsigned long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

int main(int argc, char **argv) {
  long ms = argc > 1 ? g_atol(argv[1]) : 20;
  g_puts(1, "sleeping\n");
  unsigned long long start = now_ns();
  struct timespec req = { ms / 1000, (ms % 1000) * 1000000L };
  nanosleep(&req, 0);
  unsigned long long elapsed = now_ns() - start;
  if (elapsed < (unsigned long long)ms * 1000000ull) {
    g_puts(1, "woke early\n");
    return 1;
  }
  g_puts(1, "slept\n");
  return 0;
}
