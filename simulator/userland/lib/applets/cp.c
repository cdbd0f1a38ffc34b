/* cp and mv: copy and move files and trees. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"

enum { CP_REC = 1, CP_PRESERVE = 2, CP_NODEREF = 4, CP_DEREF = 8, CP_FORCE = 16, CP_NOCLOBBER = 32, CP_VERBOSE = 64,
       CP_UPDATE = 128, CP_SYMLINK = 256, CP_HARDLINK = 512, CP_NO_TARGET_DIR = 1024, CP_DEREF_ARGS = 2048 };

static void cant_stat(const char *p) {
  if (GNU)
    app_perr("cannot stat %s", q(p));
  else
    app_perr("can't stat '%s'", p);
}

static int copy_times(const char *dst, const struct stat *st, int nofollow) {
  struct timespec ts[2] = {st->st_atim, st->st_mtim};
  return utimensat(AT_FDCWD, dst, ts, nofollow ? AT_SYMLINK_NOFOLLOW : 0);
}

static int copy_file_data(const char *src, const char *dst, unsigned opts) {
  int in = open(src, O_RDONLY);
  if (in < 0) {
    if (GNU)
      app_perr("cannot open %s for reading", q(src));
    else
      app_perr("can't open '%s'", src);
    return 1;
  }
  int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (out < 0 && (opts & CP_FORCE)) {
    unlink(dst);
    out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  }
  if (out < 0) {
    if (GNU)
      app_perr("cannot create regular file %s", q(dst));
    else
      app_perr("can't create '%s'", dst);
    close(in);
    return 1;
  }
  char buf[16384];
  ssize_t n;
  int status = 0;
  while ((n = read(in, buf, sizeof buf)) > 0) {
    char *p = buf;
    while (n > 0) {
      ssize_t w = write(out, p, (size_t)n);
      if (w <= 0) {
        app_perr(GNU ? "error writing %s" : "write error: '%s'", GNU ? q(dst) : dst);
        status = 1;
        n = 0;
        break;
      }
      p += w;
      n -= w;
    }
    if (status) break;
  }
  if (n < 0) {
    app_perr(GNU ? "error reading %s" : "read error: '%s'", GNU ? q(src) : src);
    status = 1;
  }
  close(in);
  close(out);
  return status;
}

static int copy_path(const char *src, const char *dst, unsigned opts, int top) {
  struct stat st;
  int follow = (opts & CP_DEREF) || (top && (opts & CP_DEREF_ARGS)) || !(opts & (CP_NODEREF | CP_REC));
  if ((follow ? xstat(src, &st) : xlstat(src, &st)) != 0) {
    cant_stat(src);
    return 1;
  }
  struct stat dst_st;
  int dst_exists = lstat(dst, &dst_st) == 0;
  if (dst_exists && st.st_ino == dst_st.st_ino && st.st_dev == dst_st.st_dev && !S_ISDIR(st.st_mode)) {
    if (GNU)
      app_err("%s and %s are the same file", q(src), q(dst));
    else
      app_err("'%s' and '%s' are the same file", src, dst);
    return 1;
  }
  if (dst_exists && (opts & CP_NOCLOBBER) && !S_ISDIR(dst_st.st_mode)) return 0;
  if (dst_exists && (opts & CP_UPDATE) && !S_ISDIR(st.st_mode) && dst_st.st_mtime >= st.st_mtime) return 0;
  if (opts & CP_VERBOSE) printf("%s -> %s\n", q(src), q(dst));
  if (opts & (CP_SYMLINK | CP_HARDLINK)) {
    if (dst_exists && (opts & CP_FORCE)) unlink(dst);
    int r = (opts & CP_SYMLINK) ? symlink(src, dst) : link(src, dst);
    if (r != 0) {
      app_perr(GNU ? "cannot create link %s" : "can't create link '%s'", GNU ? q(dst) : dst);
      return 1;
    }
    return 0;
  }
  if (S_ISDIR(st.st_mode)) {
    if (!(opts & CP_REC)) {
      if (GNU)
        app_err("-r not specified; omitting directory %s", q(src));
      else
        app_err("omitting directory '%s'", src);
      return 1;
    }
    if (!dst_exists) {
      if (mkdir(dst, 0777) != 0) {
        app_perr(GNU ? "cannot create directory %s" : "can't create directory '%s'", GNU ? q(dst) : dst);
        return 1;
      }
    } else if (!S_ISDIR(dst_st.st_mode)) {
      if (GNU)
        app_err("cannot overwrite non-directory %s with directory %s", q(dst), q(src));
      else
        app_err("target '%s' is not a directory", dst);
      return 1;
    }
    DIR *d = opendir(src);
    if (!d) {
      app_perr(GNU ? "cannot access %s" : "can't open '%s'", GNU ? q(src) : src);
      return 1;
    }
    int status = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
      if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
      char *s = concat_path(src, de->d_name), *t = concat_path(dst, de->d_name);
      status |= copy_path(s, t, opts, 0);
      free(s);
      free(t);
    }
    closedir(d);
    if (opts & CP_PRESERVE) copy_times(dst, &st, 0);
    return status;
  }
  if (S_ISLNK(st.st_mode)) {
    char target[4096];
    ssize_t n = readlink(src, target, sizeof target - 1);
    if (n < 0) {
      cant_stat(src);
      return 1;
    }
    target[n] = 0;
    if (dst_exists) unlink(dst);
    if (symlink(target, dst) != 0) {
      app_perr(GNU ? "cannot create symbolic link %s" : "can't create symlink '%s'", GNU ? q(dst) : dst);
      return 1;
    }
    if (opts & CP_PRESERVE) copy_times(dst, &st, 1);
    return 0;
  }
  if (dst_exists && S_ISDIR(dst_st.st_mode)) {
    if (GNU)
      app_err("cannot overwrite directory %s with non-directory", q(dst));
    else
      app_err("'%s' is a directory", dst);
    return 1;
  }
  if (dst_exists && S_ISLNK(dst_st.st_mode)) unlink(dst);
  int r = copy_file_data(src, dst, opts);
  if (!r && (opts & CP_PRESERVE)) copy_times(dst, &st, 0);
  return r;
}

static int is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static char *into_dir(const char *dir, const char *src) {
  char *s = xstrdup(src);
  size_t n = strlen(s);
  while (n > 1 && s[n - 1] == '/') s[--n] = 0;
  char *r = concat_path(dir, base_name(s));
  free(s);
  return r;
}

/* Both cp and mv: SOURCE DEST, or SOURCE... DIRECTORY. */
static int for_each_source(int argc, char **argv, const char *target_dir, unsigned opts, int (*op)(const char *, const char *, unsigned)) {
  int n = argc - optind;
  if (target_dir) {
    if (n < 1) goto missing;
    if (!is_dir(target_dir)) {
      if (GNU)
        app_err("target directory %s is not a directory", q(target_dir));
      else
        app_err("'%s' is not a directory", target_dir);
      return 1;
    }
  } else {
    if (n < 1) goto missing;
    if (n < 2) {
      if (GNU) {
        app_err("missing destination file operand after %s", q(argv[optind]));
        return app_bad_usage(1);
      }
      return app_show_usage();
    }
    target_dir = argv[argc - 1];
    argc--;
    n--;
    if (!is_dir(target_dir) || (opts & CP_NO_TARGET_DIR)) {
      if (n > 1) {
        struct stat st;
        if (GNU && stat(target_dir, &st) != 0)
          app_perr("target %s", q(target_dir));
        else if (GNU)
          app_err("target %s is not a directory", q(target_dir));
        else
          app_err("'%s' is not a directory", target_dir);
        return 1;
      }
      return op(argv[optind], target_dir, opts);
    }
  }
  int status = 0;
  for (int i = optind; i < argc; i++) {
    char *dst = into_dir(target_dir, argv[i]);
    status |= op(argv[i], dst, opts);
    free(dst);
  }
  return status;
missing:
  if (!GNU) return app_show_usage();
  app_err("missing file operand");
  return app_bad_usage(1);
}

static int cp_one(const char *src, const char *dst, unsigned opts) { return copy_path(src, dst, opts, 1); }

static const struct option cp_long[] = {
  {"archive", no_argument, NULL, 'a'},
  {"recursive", no_argument, NULL, 'r'},
  {"force", no_argument, NULL, 'f'},
  {"no-clobber", no_argument, NULL, 'n'},
  {"no-dereference", no_argument, NULL, 'P'},
  {"dereference", no_argument, NULL, 'L'},
  {"preserve", optional_argument, NULL, 'p'},
  {"verbose", no_argument, NULL, 'v'},
  {"update", optional_argument, NULL, 'u'},
  {"symbolic-link", no_argument, NULL, 's'},
  {"link", no_argument, NULL, 'l'},
  {"target-directory", required_argument, NULL, 't'},
  {"no-target-directory", no_argument, NULL, 'T'},
  {"interactive", no_argument, NULL, 'i'},
  {"help", no_argument, NULL, 'H' + 0x100},
  {NULL, 0, NULL, 0},
};

int cp_main(int argc, char **argv) {
  unsigned opts = 0;
  const char *target = NULL;
  int c;
  while ((c = app_getopt(argc, argv, "arRfnPdLHpvuslt:Ti", cp_long)) != -1) {
    switch (c) {
    case 'a': opts |= CP_REC | CP_PRESERVE | CP_NODEREF; break;
    case 'r': case 'R': opts |= CP_REC; break;
    case 'f': opts |= CP_FORCE; break;
    case 'n': opts |= CP_NOCLOBBER; break;
    case 'P': case 'd': opts |= CP_NODEREF; break;
    case 'L': opts |= CP_DEREF; break;
    case 'H': opts |= CP_DEREF_ARGS; break;
    case 'p': opts |= CP_PRESERVE; break;
    case 'v': opts |= CP_VERBOSE; break;
    case 'u': opts |= CP_UPDATE; break;
    case 's': opts |= CP_SYMLINK; break;
    case 'l': opts |= CP_HARDLINK; break;
    case 't': target = optarg; break;
    case 'T': opts |= CP_NO_TARGET_DIR; break;
    case 'i': break;
    case 'H' + 0x100: return app_help();
    default: return app_bad_usage(1);
    }
  }
  return for_each_source(argc, argv, target, opts, cp_one);
}

static int mv_one(const char *src, const char *dst, unsigned opts) {
  struct stat st, dst_st;
  if (lstat(src, &st) != 0) {
    if (GNU)
      cant_stat(src);
    else
      app_perr("can't rename '%s'", src);
    return 1;
  }
  int dst_exists = lstat(dst, &dst_st) == 0;
  if (dst_exists && (opts & CP_NOCLOBBER)) return 0;
  if (dst_exists && S_ISDIR(dst_st.st_mode) && !S_ISDIR(st.st_mode)) {
    if (GNU)
      app_err("cannot overwrite directory %s with non-directory", q(dst));
    else
      app_err("can't remove '%s': Is a directory", dst);
    return 1;
  }
  if (opts & CP_VERBOSE) printf("renamed %s -> %s\n", q(src), q(dst));
  if (rename(src, dst) == 0) return 0;
  if (errno != EXDEV) {
    if (GNU)
      app_perr("cannot move %s to %s", q(src), q(dst));
    else
      app_perr("can't rename '%s'", src);
    return 1;
  }
  if (copy_path(src, dst, CP_REC | CP_PRESERVE | CP_NODEREF, 1)) return 1;
  return remove_tree(src, 0);
}

static const struct option mv_long[] = {
  {"force", no_argument, NULL, 'f'},
  {"no-clobber", no_argument, NULL, 'n'},
  {"verbose", no_argument, NULL, 'v'},
  {"target-directory", required_argument, NULL, 't'},
  {"no-target-directory", no_argument, NULL, 'T'},
  {"interactive", no_argument, NULL, 'i'},
  {"update", optional_argument, NULL, 'u'},
  {"help", no_argument, NULL, 'H' + 0x100},
  {NULL, 0, NULL, 0},
};

int mv_main(int argc, char **argv) {
  unsigned opts = 0;
  const char *target = NULL;
  int c;
  while ((c = app_getopt(argc, argv, "fnvt:Tiu", mv_long)) != -1) {
    switch (c) {
    case 'f': opts &= ~CP_NOCLOBBER; break;
    case 'n': opts |= CP_NOCLOBBER; break;
    case 'v': opts |= CP_VERBOSE; break;
    case 't': target = optarg; break;
    case 'T': opts |= CP_NO_TARGET_DIR; break;
    case 'i': case 'u': break;
    case 'H' + 0x100: return app_help();
    default: return app_bad_usage(1);
    }
  }
  return for_each_source(argc, argv, target, opts, mv_one);
}
