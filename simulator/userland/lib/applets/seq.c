/* seq: print a sequence of numbers. */
#include <stdlib.h>
#include <string.h>

#include "lib.h"

static int decimals(const char *s) {
  const char *d = strchr(s, '.');
  if (!d) return 0;
  const char *e = d + 1;
  while (*e >= '0' && *e <= '9') e++;
  return (int)(e - d - 1);
}

static int parse_num(const char *s, double *v) {
  char *end;
  *v = strtod(s, &end);
  if (end == s || *end) {
    if (GNU) {
      app_err("invalid floating point argument: %s", q(s));
      app_bad_usage(1);
    } else {
      app_err("invalid number '%s'", s);
    }
    return -1;
  }
  return 0;
}

static const struct option seq_long[] = {
  {"separator", required_argument, NULL, 's'},
  {"equal-width", no_argument, NULL, 'w'},
  {"format", required_argument, NULL, 'f'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int seq_main(int argc, char **argv) {
  const char *sep = "\n", *fmt = NULL;
  int c, width = 0;
  /* options end at the first operand: "-1" is a number */
  int end = 1;
  while (end < argc && argv[end][0] == '-' && argv[end][1] && !(argv[end][1] >= '0' && argv[end][1] <= '9') && argv[end][1] != '.') {
    if (strcmp(argv[end], "--") == 0) break;
    if ((argv[end][1] == 's' || argv[end][1] == 'f') && !argv[end][2]) end++;
    end++;
  }
  if (end < argc && strcmp(argv[end], "--") == 0) end++;
  int sub_argc = end;
  while ((c = app_getopt(sub_argc, argv, "+s:wf:", seq_long)) != -1) {
    switch (c) {
    case 's': sep = optarg; break;
    case 'w': width = 1; break;
    case 'f': fmt = optarg; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  optind = end;

  int n = argc - optind;
  if (n < 1 || n > 3) {
    if (!GNU) return app_show_usage();
    if (n < 1)
      app_err("missing operand");
    else
      app_err("extra operand %s", q(argv[optind + 3]));
    return app_bad_usage(1);
  }
  double first = 1, inc = 1, last;
  int prec = 0;
  if (parse_num(argv[argc - 1], &last)) return 1;
  if (n >= 2 && parse_num(argv[optind], &first)) return 1;
  if (n == 3 && parse_num(argv[optind + 1], &inc)) return 1;
  for (int i = optind; i < argc; i++) {
    int d = decimals(argv[i]);
    if (i == argc - 1 && n > 1) continue;
    if (d > prec) prec = d;
  }
  if (inc == 0) {
    if (GNU) {
      app_err("invalid Zero increment value: %s", q(argv[optind + 1]));
      return app_bad_usage(1);
    }
    return 1;
  }
  int w = 0;
  if (width) {
    char a[64], b[64];
    snprintf(a, sizeof a, "%.*f", prec, first);
    snprintf(b, sizeof b, "%.*f", prec, last);
    w = (int)(strlen(a) > strlen(b) ? strlen(a) : strlen(b));
  }
  int printed = 0;
  for (long i = 0;; i++) {
    double v = first + (double)i * inc;
    if ((inc > 0 && v > last + 1e-10) || (inc < 0 && v < last - 1e-10)) break;
    if (printed) fputs(sep, stdout);
    if (fmt)
      printf(fmt, v);
    else if (width)
      printf("%0*.*f", w, prec, v);
    else
      printf("%.*f", prec, v);
    printed = 1;
  }
  if (printed) putchar('\n');
  return 0;
}
