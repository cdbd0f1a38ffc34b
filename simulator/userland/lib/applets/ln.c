/* ln and link: make hard and symbolic links. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

static const struct option ln_long[] = {
  {"symbolic", no_argument, NULL, 's'},
  {"force", no_argument, NULL, 'f'},
  {"no-dereference", no_argument, NULL, 'n'},
  {"no-target-directory", no_argument, NULL, 'T'},
  {"target-directory", required_argument, NULL, 't'},
  {"verbose", no_argument, NULL, 'v'},
  {"relative", no_argument, NULL, 'r'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

static int make_link(const char *target, const char *name, int sym, int force, int verbose) {
  struct stat st;
  if (!sym && stat(target, &st) != 0) {
    if (GNU)
      app_perr("failed to access %s", q(target));
    else
      app_perr("%s", target);
    return 1;
  }
  if (force && lstat(name, &st) == 0 && !S_ISDIR(st.st_mode)) unlink(name);
  if ((sym ? symlink(target, name) : link(target, name)) != 0) {
    if (GNU)
      app_perr(sym ? "failed to create symbolic link %s" : "failed to create hard link %s", q(name));
    else
      app_perr("%s", name);
    return 1;
  }
  if (verbose) printf("%s -> %s\n", q(name), q(target));
  return 0;
}

int ln_main(int argc, char **argv) {
  int c, sym = 0, force = 0, nodeQ = 0, no_target_dir = 0, verbose = 0;
  const char *tdir = NULL;
  while ((c = app_getopt(argc, argv, "sfnbvTt:S:r", ln_long)) != -1) {
    switch (c) {
    case 's': sym = 1; break;
    case 'f': force = 1; break;
    case 'n': nodeQ = 1; break;
    case 'T': no_target_dir = 1; break;
    case 't': tdir = optarg; break;
    case 'v': verbose = 1; break;
    case 'b': case 'S': case 'r': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  int n = argc - optind;
  if (n < 1) {
    if (!GNU) return app_show_usage();
    app_err("missing file operand");
    return app_bad_usage(1);
  }
  char **targets = argv + optind;
  const char *dest = tdir;
  if (!dest) {
    if (n == 1) {
      dest = ".";
    } else {
      dest = argv[argc - 1];
      n--;
    }
  }
  struct stat st;
  int dest_is_dir = !no_target_dir && (nodeQ ? lstat(dest, &st) == 0 : stat(dest, &st) == 0) && S_ISDIR(st.st_mode);
  if (!dest_is_dir) {
    if (n > 1 || tdir) {
      if (GNU)
        app_err("target %s is not a directory", q(dest));
      else
        app_err("'%s' is not a directory", dest);
      return 1;
    }
    return make_link(targets[0], dest, sym, force, verbose);
  }
  int status = 0;
  for (int i = 0; i < n; i++) {
    char *t = xstrdup(targets[i]);
    size_t l = strlen(t);
    while (l > 1 && t[l - 1] == '/') t[--l] = 0;
    char *name = concat_path(dest, base_name(t));
    status |= make_link(targets[i], name, sym, force, verbose);
    free(name);
    free(t);
  }
  return status;
}

int link_main(int argc, char **argv) {
  int c;
  while ((c = app_getopt(argc, argv, "", NULL)) != -1) {
    if (c == 'H') return app_help();
    return app_bad_usage(1);
  }
  if (argc - optind != 2) {
    if (!GNU) return app_show_usage();
    if (argc == optind)
      app_err("missing operand");
    else if (argc - optind < 2)
      app_err("missing operand after %s", q(argv[argc - 1]));
    else
      app_err("extra operand %s", q(argv[optind + 2]));
    return app_bad_usage(1);
  }
  if (link(argv[optind], argv[optind + 1]) != 0) {
    if (GNU)
      app_perr("cannot create link %s to %s", q(argv[optind + 1]), q(argv[optind]));
    else
      app_perr("cannot create link %s to %s", argv[optind + 1], argv[optind]);
    return 1;
  }
  return 0;
}
