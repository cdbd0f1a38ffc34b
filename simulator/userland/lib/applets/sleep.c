/* sleep and usleep: wait for a while. */
#include <stdlib.h>
#include <string.h>

#include "lib.h"

static int parse_interval(const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (end == s || v < 0) return -1;
  double mult = 1;
  if (*end) {
    if (end[1]) return -1;
    switch (*end) {
    case 's': break;
    case 'm': mult = 60; break;
    case 'h': mult = 3600; break;
    case 'd': mult = 86400; break;
    default: return -1;
    }
  }
  *out = v * mult;
  return 0;
}

int sleep_main(int argc, char **argv) {
  int c;
  if (!GNU) optind = 1; /* BusyBox's sleep takes no options */
  while (GNU && (c = app_getopt(argc, argv, "", NULL)) != -1) {
    if (c == 'H') return app_help();
    return app_bad_usage(1);
  }
  if (optind >= argc) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(1);
  }
  double total = 0;
  for (int i = optind; i < argc; i++) {
    double v;
    if (parse_interval(argv[i], &v) != 0) {
      if (GNU) {
        app_err("invalid time interval %s", q(argv[i]));
        return app_bad_usage(1);
      }
      app_err("invalid number '%s'", argv[i]);
      return 1;
    }
    total += v;
  }
  fflush(stdout);
  sleep_ns((unsigned long long)(total * 1e9));
  return 0;
}

int usleep_main(int argc, char **argv) {
  if (argc < 2) return app_show_usage();
  if (strcmp(argv[1], "--help") == 0) return app_help();
  long v;
  if (parse_long(argv[1], &v) != 0 || v < 0) {
    app_err("invalid number '%s'", argv[1]);
    return 1;
  }
  fflush(stdout);
  sleep_ns((unsigned long long)v * 1000ull);
  return 0;
}
