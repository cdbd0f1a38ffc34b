/*
 * nginx's error log (/var/log/nginx/error.log, a link to /dev/stderr in the image):
 *   2026/11/23 13:10:12 [notice] 1#1: start worker processes
 * and its console messages ("nginx: …"). Each line is one write, as processes share stderr.
 */
#ifndef NGINX_LOG_H
#define NGINX_LOG_H

void ngx_log(const char *level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ngx_log_stderr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* An emerg error: into the log, and again on the console as "nginx: [emerg] …". */
void ngx_emerg(const char *msg);

#endif
