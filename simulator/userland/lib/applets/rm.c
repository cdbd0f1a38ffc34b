/* rm and unlink: remove files and directory trees. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

static void cant_remove(const char *path) {
  if (GNU)
    app_perr("cannot remove %s", q(path));
  else
    app_perr("can't remove '%s'", path);
}

/* Removes path; directories only with recursive. Returns 0 on success. */
static int rm_path(const char *path, int recursive, int force, int dirs, int verbose) {
  struct stat st;
  if (lstat(path, &st) != 0) {
    if (force && errno == ENOENT) return 0;
    cant_remove(path);
    return 1;
  }
  if (S_ISDIR(st.st_mode)) {
    if (!recursive) {
      if (dirs && rmdir(path) == 0) {
        if (verbose) printf("removed directory %s\n", q(path));
        return 0;
      }
      if (GNU) {
        errno = EISDIR;
        cant_remove(path);
      } else {
        app_err("'%s' is a directory", path);
      }
      return 1;
    }
    DIR *d = opendir(path);
    if (!d) {
      cant_remove(path);
      return 1;
    }
    int status = 0;
    struct dirent *de;
    size_t n = 0, cap = 16;
    char **names = xmalloc(cap * sizeof *names);
    while ((de = readdir(d))) {
      if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
      if (n == cap) names = xrealloc(names, (cap *= 2) * sizeof *names);
      names[n++] = concat_path(path, de->d_name);
    }
    closedir(d);
    for (size_t i = 0; i < n; i++) {
      status |= rm_path(names[i], recursive, force, dirs, verbose);
      free(names[i]);
    }
    free(names);
    if (status) return status;
    if (rmdir(path) != 0) {
      cant_remove(path);
      return 1;
    }
    if (verbose) printf(GNU ? "removed directory %s\n" : "removed directory: '%s'\n", GNU ? q(path) : path);
    return 0;
  }
  if (unlink(path) != 0) {
    cant_remove(path);
    return 1;
  }
  if (verbose) printf(GNU ? "removed %s\n" : "removed '%s'\n", GNU ? q(path) : path);
  return 0;
}

int remove_tree(const char *path, int force) { return rm_path(path, 1, force, 0, 0); }

static const struct option rm_long[] = {
  {"force", no_argument, NULL, 'f'},
  {"recursive", no_argument, NULL, 'r'},
  {"dir", no_argument, NULL, 'd'},
  {"verbose", no_argument, NULL, 'v'},
  {"interactive", optional_argument, NULL, 'i'},
  {"no-preserve-root", no_argument, NULL, 'N'},
  {"preserve-root", optional_argument, NULL, 'P'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int rm_main(int argc, char **argv) {
  int c, recursive = 0, force = 0, dirs = 0, verbose = 0, preserve_root = 1;
  while ((c = app_getopt(argc, argv, "frRdviI", rm_long)) != -1) {
    switch (c) {
    case 'f': force = 1; break;
    case 'r': case 'R': recursive = 1; break;
    case 'd': dirs = 1; break;
    case 'v': verbose = 1; break;
    case 'i': case 'I': force = 0; break;
    case 'N': preserve_root = 0; break;
    case 'P': preserve_root = 1; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (optind >= argc) {
    if (force) return 0;
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(1);
  }
  int status = 0;
  for (int i = optind; i < argc; i++) {
    const char *p = argv[i];
    const char *b = base_name(p);
    size_t n = strlen(p);
    if (strcmp(b, ".") == 0 || strcmp(b, "..") == 0 || (n > 1 && p[n - 1] == '/' && strcmp(p, "/") && 0)) {
      if (GNU)
        app_err("refusing to remove '.' or '..' directory: skipping %s", q(p));
      else
        app_err("can't remove '.' or '..'");
      status = 1;
      continue;
    }
    if (recursive && preserve_root && strspn(p, "/") == n && n > 0) {
      if (GNU) {
        app_err("it is dangerous to operate recursively on %s", q(p));
        app_err("use --no-preserve-root to override this failsafe");
      } else {
        app_err("can't remove '%s'", p);
      }
      status = 1;
      continue;
    }
    status |= rm_path(p, recursive, force, dirs, verbose);
  }
  return status;
}

int unlink_main(int argc, char **argv) {
  int c;
  while ((c = app_getopt(argc, argv, "", NULL)) != -1) {
    if (c == 'H') return app_help();
    return app_bad_usage(1);
  }
  if (argc - optind != 1) {
    if (!GNU) return app_show_usage();
    if (argc - optind == 0)
      app_err("missing operand");
    else
      app_err("extra operand %s", q(argv[optind + 1]));
    return app_bad_usage(1);
  }
  if (unlink(argv[optind]) != 0) {
    if (GNU)
      app_perr("cannot unlink %s", q(argv[optind]));
    else
      app_perr("can't delete '%s'", argv[optind]);
    return 1;
  }
  return 0;
}
