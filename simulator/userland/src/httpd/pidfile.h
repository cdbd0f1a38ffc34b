/* httpd's PidFile: written at start (warning when a stale one is found), removed at exit. */
#ifndef HTTPD_PIDFILE_H
#define HTTPD_PIDFILE_H

void pidfile_write(const char *path);
void pidfile_remove(const char *path);
/* The pid the file names, or -1 (no file, or not a number). */
int pidfile_read(const char *path);

#endif
