/* basename and dirname: the parts of a path. */
#include <stdlib.h>
#include <string.h>

#include "lib.h"

static void print_base(const char *path, const char *suffix, char end) {
  char *p = xstrdup(path);
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '/') p[--n] = 0;
  const char *b = n == 1 && p[0] == '/' ? p : base_name(p);
  size_t bl = strlen(b);
  if (suffix && *suffix) {
    size_t sl = strlen(suffix);
    if (bl > sl && strcmp(b + bl - sl, suffix) == 0) bl -= sl;
  }
  fwrite(b, 1, bl, stdout);
  putchar(end);
  free(p);
}

static const struct option basename_long[] = {
  {"multiple", no_argument, NULL, 'a'},
  {"suffix", required_argument, NULL, 's'},
  {"zero", no_argument, NULL, 'z'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int basename_main(int argc, char **argv) {
  int c, multiple = 0;
  char end = '\n';
  const char *suffix = NULL;
  while ((c = app_getopt(argc, argv, "+as:z", basename_long)) != -1) {
    switch (c) {
    case 'a': multiple = 1; break;
    case 's': suffix = optarg; multiple = 1; break;
    case 'z': end = 0; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  int n = argc - optind;
  if (n < 1) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(1);
  }
  if (!multiple) {
    if (n > 2) {
      if (!GNU) return app_show_usage();
      app_err("extra operand %s", q(argv[optind + 2]));
      return app_bad_usage(1);
    }
    print_base(argv[optind], n == 2 ? argv[optind + 1] : NULL, end);
    return 0;
  }
  for (int i = optind; i < argc; i++) print_base(argv[i], suffix, end);
  return 0;
}

int dirname_main(int argc, char **argv) {
  int c;
  char end = '\n';
  static const struct option dirname_long[] = {{"zero", no_argument, NULL, 'z'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  /* BusyBox's dirname takes no options: "-z" is a name */
  if (!GNU) optind = 1;
  while (GNU && (c = app_getopt(argc, argv, "z", dirname_long)) != -1) {
    if (c == 'z') end = 0;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  if (optind >= argc || (!GNU && argc - optind > 1)) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(1);
  }
  for (int i = optind; i < argc; i++) {
    char *p = xstrdup(argv[i]);
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/') p[--n] = 0;
    char *s = strrchr(p, '/');
    if (!s) {
      fputs(".", stdout);
    } else {
      while (s > p && s[-1] == '/') s--;
      if (s == p) {
        fputs(p[0] == '/' && p[1] == '/' && p[2] != '/' && 0 ? "//" : "/", stdout);
      } else {
        fwrite(p, 1, (size_t)(s - p), stdout);
      }
    }
    putchar(end);
    free(p);
  }
  return 0;
}
