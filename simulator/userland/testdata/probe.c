/*
 * probe: exercises the WASI imports through libc and prints one "name=result" line
 * each, so a test can compare the whole behaviour of the process's stdio at once.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "gorae.h"

static void line(const char *name, const char *value) {
  g_puts(1, name);
  g_puts(1, "=");
  g_puts(1, value);
  g_puts(1, "\n");
}

static const char *err(int e) {
  switch (e) {
    case 0: return "ok";
    case EBADF: return "EBADF";
    case ESPIPE: return "ESPIPE";
    case ENOENT: return "ENOENT";
    case ENOTCAPABLE: return "ENOTCAPABLE";
    case ENOSYS: return "ENOSYS";
    case EINVAL: return "EINVAL";
    default: return "other";
  }
}

static const char *result(int failed) {
  return failed ? err(errno) : "ok";
}

int main(void) {
  char buf[16];
  struct timespec ts;

  line("isatty0", isatty(0) ? "yes" : "no");
  line("isatty1", isatty(1) ? "yes" : "no");
  line("isatty2", isatty(2) ? "yes" : "no");
  errno = 0;
  line("lseek1", result(lseek(1, 0, SEEK_CUR) < 0));
  errno = 0;
  line("write7", result(write(7, "x", 1) < 0));
  errno = 0;
  ssize_t n = read(0, buf, sizeof buf);
  line("read0", n == 0 ? "eof" : n > 0 ? "data" : err(errno));
  errno = 0;
  line("read1", result(read(1, buf, sizeof buf) < 0));
  errno = 0;
  line("open", result(open("/etc/hostname", O_RDONLY) < 0));
  memset(buf, 0, sizeof buf);
  int zeros = 0;
  line("getentropy", result(getentropy(buf, sizeof buf) != 0));
  for (unsigned i = 0; i < sizeof buf; i++) zeros += buf[i] == 0;
  line("entropy-nonzero", zeros < (int)sizeof buf ? "yes" : "no");
  line("res-realtime", result(clock_getres(CLOCK_REALTIME, &ts) != 0));
  line("res-monotonic", result(clock_getres(CLOCK_MONOTONIC, &ts) != 0));
  line("time-after-2020", time(0) > 1577836800 ? "yes" : "no");
  errno = 0;
  line("close2", result(close(2) != 0));
  errno = 0;
  line("write2", result(write(2, "x", 1) < 0));
  errno = 0;
  line("close2-again", result(close(2) != 0));
  return 0;
}
