/* mkdir, rmdir: make and remove directories. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

static int make_one(const char *path, int parents, int verbose) {
  if (parents) {
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
      if (*s != '/') continue;
      *s = 0;
      struct stat st;
      if (stat(p, &st) == 0 && !S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        if (GNU)
          app_perr("cannot create directory %s", q(p));
        else
          app_perr("can't create directory '%s'", p);
        free(p);
        return 1;
      }
      if (stat(p, &st) != 0) {
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
          if (GNU)
            app_perr("cannot create directory %s", q(p));
          else
            app_perr("can't create directory '%s'", p);
          free(p);
          return 1;
        }
        if (verbose) printf("%s: created directory %s\n", applet_name, q(p));
      }
      *s = '/';
    }
    free(p);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return 0;
  }
  if (mkdir(path, 0777) != 0) {
    if (GNU)
      app_perr("cannot create directory %s", q(path));
    else
      app_perr("can't create directory '%s'", path);
    return 1;
  }
  if (verbose) printf("%s: created directory %s\n", applet_name, q(path));
  return 0;
}

static const struct option mkdir_long[] = {
  {"parents", no_argument, NULL, 'p'},
  {"mode", required_argument, NULL, 'm'},
  {"verbose", no_argument, NULL, 'v'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int mkdir_main(int argc, char **argv) {
  int c, parents = 0, verbose = 0;
  while ((c = app_getopt(argc, argv, "pm:v", mkdir_long)) != -1) {
    switch (c) {
    case 'p': parents = 1; break;
    case 'v': verbose = 1; break;
    case 'm': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (optind >= argc) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(1);
  }
  int status = 0;
  for (int i = optind; i < argc; i++) status |= make_one(argv[i], parents, verbose);
  return status;
}

static const struct option rmdir_long[] = {
  {"parents", no_argument, NULL, 'p'},
  {"ignore-fail-on-non-empty", no_argument, NULL, 'I'},
  {"verbose", no_argument, NULL, 'v'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

static int remove_dir(const char *path, int ignore_nonempty, int verbose) {
  if (verbose) printf("%s: removing directory, %s\n", applet_name, q(path));
  if (rmdir(path) == 0) return 0;
  if (ignore_nonempty && (errno == ENOTEMPTY || errno == EEXIST)) return 0;
  if (GNU)
    app_perr("failed to remove %s", q(path));
  else
    app_perr("'%s'", path);
  return 1;
}

int rmdir_main(int argc, char **argv) {
  int c, parents = 0, ignore = 0, verbose = 0;
  while ((c = app_getopt(argc, argv, "pv", rmdir_long)) != -1) {
    switch (c) {
    case 'p': parents = 1; break;
    case 'I': ignore = 1; break;
    case 'v': verbose = 1; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (optind >= argc) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(1);
  }
  int status = 0;
  for (int i = optind; i < argc; i++) {
    char *p = xstrdup(argv[i]);
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/') p[--n] = 0;
    if (remove_dir(p, ignore, verbose)) {
      status = 1;
    } else if (parents) {
      char *s;
      while ((s = strrchr(p, '/')) && s != p) {
        *s = 0;
        while (s > p && s[-1] == '/') *--s = 0;
        if (remove_dir(p, ignore, verbose)) {
          status = 1;
          break;
        }
      }
    }
    free(p);
  }
  return status;
}
