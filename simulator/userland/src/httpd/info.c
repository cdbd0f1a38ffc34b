#include "info.h"

#include "log.h"

#include <stdio.h>
#include <string.h>

void show_version(void) {
  printf("Server version: %s\nServer built:   %s\n", SERVER_VERSION, SERVER_BUILT);
}

void show_compile_settings(void) {
  show_version();
  fputs("Server's Module Magic Number: 20120211:136\n"
        "Server loaded:  APR 1.7.2, APR-UTIL 1.6.3, PCRE 10.42 2022-12-11\n"
        "Compiled using: APR 1.7.2, APR-UTIL 1.6.3, PCRE 10.42 2022-12-11\n"
        "Architecture:   64-bit\n"
        "Server MPM:     event\n"
        "  threaded:     yes (fixed thread count)\n"
        "    forked:     yes (variable process count)\n"
        "Server compiled with....\n"
        " -D APR_HAS_SENDFILE\n"
        " -D APR_HAS_MMAP\n"
        " -D APR_HAVE_IPV6 (IPv4-mapped addresses enabled)\n"
        " -D APR_USE_PROC_PTHREAD_SERIALIZE\n"
        " -D APR_USE_PTHREAD_SERIALIZE\n"
        " -D SINGLE_LISTEN_UNSERIALIZED_ACCEPT\n"
        " -D APR_HAS_OTHER_CHILD\n"
        " -D AP_HAVE_RELIABLE_PIPED_LOGS\n"
        " -D DYNAMIC_MODULE_LIMIT=256\n"
        " -D HTTPD_ROOT=\"" HTTPD_ROOT "\"\n"
        " -D SUEXEC_BIN=\"" HTTPD_ROOT "/bin/suexec\"\n"
        " -D DEFAULT_PIDLOG=\"" DEFAULT_PIDLOG "\"\n"
        " -D DEFAULT_SCOREBOARD=\"logs/apache_runtime_status\"\n"
        " -D DEFAULT_ERRORLOG=\"logs/error_log\"\n"
        " -D AP_TYPES_CONFIG_FILE=\"conf/mime.types\"\n"
        " -D SERVER_CONFIG_FILE=\"" SERVER_CONFIG_FILE "\"\n",
        stdout);
}

void show_compiled_modules(void) {
  fputs("Compiled in modules:\n  core.c\n  mod_so.c\n  http_core.c\n", stdout);
}

void show_loaded_modules(const struct httpd_config *config) {
  fputs("Loaded Modules:\n core_module (static)\n so_module (static)\n http_module (static)\n", stdout);
  for (int i = 0; i < config->module_count; i++) printf(" %s (shared)\n", config->modules[i]);
}

void show_usage(const char *argv0) {
  int pad = (int)strlen(argv0);
  log_startup("Usage: %s [-D name] [-d directory] [-f file]", argv0);
  log_startup("       %*s [-C \"directive\"] [-c \"directive\"]", pad, " ");
  log_startup("       %*s [-k start|restart|graceful|graceful-stop|stop]", pad, " ");
  log_startup("       %*s [-v] [-V] [-h] [-l] [-L] [-t] [-T] [-S] [-X]", pad, " ");
  log_startup("Options:\n"
              "  -D name            : define a name for use in <IfDefine name> directives\n"
              "  -d directory       : specify an alternate initial ServerRoot\n"
              "  -f file            : specify an alternate ServerConfigFile\n"
              "  -C \"directive\"     : process directive before reading config files\n"
              "  -c \"directive\"     : process directive after reading config files\n"
              "  -e level           : show startup errors of level (see LogLevel)\n"
              "  -E file            : log startup errors to file\n"
              "  -v                 : show version number\n"
              "  -V                 : show compile settings\n"
              "  -h                 : list available command line options (this page)\n"
              "  -l                 : list compiled in modules\n"
              "  -L                 : list available configuration directives\n"
              "  -t -D DUMP_VHOSTS  : show parsed vhost settings\n"
              "  -t -D DUMP_RUN_CFG : show parsed run settings\n"
              "  -S                 : a synonym for -t -D DUMP_VHOSTS -D DUMP_RUN_CFG\n"
              "  -t -D DUMP_MODULES : show all loaded modules \n"
              "  -M                 : a synonym for -t -D DUMP_MODULES\n"
              "  -t -D DUMP_INCLUDES: show all included configuration files\n"
              "  -t                 : run syntax check for config files\n"
              "  -T                 : start without DocumentRoot(s) check\n"
              "  -X                 : debug mode (only one worker, do not detach)");
}
