/* What httpd prints about itself: -v, -V, -l, -M and the usage text. */
#ifndef HTTPD_INFO_H
#define HTTPD_INFO_H

#include "config.h"

#define SERVER_VERSION "Apache/2.4.63 (Unix)"
#define SERVER_BUILT "Apr 29 2025 01:40:23"

void show_version(void);
void show_compile_settings(void);
void show_compiled_modules(void);
void show_loaded_modules(const struct httpd_config *config);
/* The usage text on stderr, `argv0` as invoked. */
void show_usage(const char *argv0);

#endif
