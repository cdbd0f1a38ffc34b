#include "log.h"

#include <gorae_sys.h>
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static void write_all(const char *buf, size_t len) {
  while (len > 0) {
    ssize_t n = write(STDERR_FILENO, buf, len);
    if (n <= 0) return;
    buf += n;
    len -= (size_t)n;
  }
}

static size_t clamp(int n, size_t size) {
  if (n < 0) return 0;
  return (size_t)n >= size ? size - 1 : (size_t)n;
}

void log_error(const char *module, const char *level, const char *fmt, ...) {
  static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char line[1024];
  struct timespec now;
  struct tm tm;
  clock_gettime(CLOCK_REALTIME, &now);
  gmtime_r(&now.tv_sec, &tm);
  /* Linux httpd logs the kernel's thread id: the main thread's is the pid. */
  int pid = gorae_getpid();
  size_t len = clamp(snprintf(line, sizeof line, "[%s %s %02d %02d:%02d:%02d.%06ld %d] [%s:%s] [pid %d:tid %d] ",
                              days[tm.tm_wday], months[tm.tm_mon], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                              (long)(now.tv_nsec / 1000), tm.tm_year + 1900, module, level, pid, pid),
                     sizeof line);
  va_list ap;
  va_start(ap, fmt);
  len += clamp(vsnprintf(line + len, sizeof line - len, fmt, ap), sizeof line - len);
  va_end(ap);
  if (len < sizeof line - 1) line[len++] = '\n';
  write_all(line, len);
}

void log_startup(const char *fmt, ...) {
  char line[4096];
  va_list ap;
  va_start(ap, fmt);
  size_t len = clamp(vsnprintf(line, sizeof line, fmt, ap), sizeof line);
  va_end(ap);
  if (len < sizeof line - 1) line[len++] = '\n';
  write_all(line, len);
}
