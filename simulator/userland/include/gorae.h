/*
 * Small helpers shared by Gorae's userland programs. Header-only so each program
 * links just what it uses; everything goes through POSIX write(2) and friends.
 */
#ifndef GORAE_H
#define GORAE_H

#include <stddef.h>
#include <unistd.h>

/* Writes all of buf to fd, retrying short writes. Returns 0, or -1 on error. */
static inline int g_write_all(int fd, const void *buf, size_t len) {
  const char *p = (const char *)buf;
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n <= 0) return -1;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

static inline size_t g_strlen(const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

/* Writes a NUL-terminated string. */
static inline int g_puts(int fd, const char *s) {
  return g_write_all(fd, s, g_strlen(s));
}

/* Writes an unsigned decimal number. */
static inline int g_putu(int fd, unsigned long long v) {
  char buf[24];
  size_t i = sizeof buf;
  do {
    buf[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  return g_write_all(fd, buf + i, sizeof buf - i);
}

/* Parses a decimal number with an optional sign; stops at the first non-digit. */
static inline long g_atol(const char *s) {
  long sign = 1, v = 0;
  if (*s == '-') { sign = -1; s++; }
  while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
  return sign * v;
}

#endif
