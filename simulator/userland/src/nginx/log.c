#include "log.h"

#include <gorae_sys.h>
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static void write_line(char *line, size_t size, int n) {
  size_t len = n < 0 ? 0 : (size_t)n >= size - 1 ? size - 2 : (size_t)n;
  line[len++] = '\n';
  const char *p = line;
  while (len > 0) {
    ssize_t w = write(STDERR_FILENO, p, len);
    if (w <= 0) return;
    p += w;
    len -= (size_t)w;
  }
}

static int prefix(char *line, size_t size, const char *level) {
  struct timespec now;
  struct tm tm;
  clock_gettime(CLOCK_REALTIME, &now);
  gmtime_r(&now.tv_sec, &tm);
  int pid = gorae_getpid();
  return snprintf(line, size, "%04d/%02d/%02d %02d:%02d:%02d [%s] %d#%d: ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, level, pid, pid);
}

void ngx_log(const char *level, const char *fmt, ...) {
  char line[2048];
  int n = prefix(line, sizeof line, level);
  va_list ap;
  va_start(ap, fmt);
  n += vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
  va_end(ap);
  write_line(line, sizeof line, n);
}

void ngx_log_stderr(const char *fmt, ...) {
  char line[2048];
  int n = snprintf(line, sizeof line, "nginx: ");
  va_list ap;
  va_start(ap, fmt);
  n += vsnprintf(line + n, sizeof line - (size_t)n, fmt, ap);
  va_end(ap);
  write_line(line, sizeof line, n);
}

void ngx_emerg(const char *msg) {
  ngx_log("emerg", "%s", msg);
  ngx_log_stderr("[emerg] %s", msg);
}
