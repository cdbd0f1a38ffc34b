/*
 * httpd's error log as the httpd:2.4 image writes it (ErrorLog /proc/self/fd/2):
 *   [Mon Nov 23 13:10:12.123456 2026] [mpm_event:notice] [pid 1:tid 1] AH00489: …
 * and the plain startup messages written before the log is open.
 */
#ifndef HTTPD_LOG_H
#define HTTPD_LOG_H

/* One error log line: `module` and `level` as in "[core:notice]", then the message. */
void log_error(const char *module, const char *level, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));

/* A startup message: the text and a newline on stderr, no time stamp. */
void log_startup(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
