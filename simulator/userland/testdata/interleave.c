/*
 * interleave: alternates small writes to stdout and stderr ("o0", "e0", "o1"…),
 * argv[1] rounds (default 100), to check that their order survives the trip.
 */
#include "gorae.h"

int main(int argc, char **argv) {
  long rounds = argc > 1 ? g_atol(argv[1]) : 100;
  for (long i = 0; i < rounds; i++) {
    g_puts(1, "o");
    g_putu(1, (unsigned long long)i);
    g_puts(1, "\n");
    g_puts(2, "e");
    g_putu(2, (unsigned long long)i);
    g_puts(2, "\n");
  }
  return 0;
}
