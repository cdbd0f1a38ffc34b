/* mktemp: make a unique temporary file or directory. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"

static void fill_random(char *x, size_t n) {
  static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  unsigned char r[64];
  if (n > sizeof r) n = sizeof r;
  if (getentropy(r, n) != 0) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    for (size_t i = 0; i < n; i++) r[i] = (unsigned char)(ts.tv_nsec >> (i % 24)) ^ (unsigned char)(i * 37);
  }
  for (size_t i = 0; i < n; i++) x[i] = chars[r[i] % (sizeof chars - 1)];
}

static const struct option mktemp_long[] = {
  {"directory", no_argument, NULL, 'd'},
  {"quiet", no_argument, NULL, 'q'},
  {"dry-run", no_argument, NULL, 'u'},
  {"tmpdir", optional_argument, NULL, 'p'},
  {"suffix", required_argument, NULL, 'S'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int mktemp_main(int argc, char **argv) {
  int c, dir = 0, quiet = 0, dry = 0, use_tmpdir = 0;
  const char *base = NULL, *suffix = "";
  while ((c = app_getopt(argc, argv, "dqutp:", mktemp_long)) != -1) {
    switch (c) {
    case 'd': dir = 1; break;
    case 'q': quiet = 1; break;
    case 'u': dry = 1; break;
    case 't': use_tmpdir = 1; break;
    case 'p': base = optarg; use_tmpdir = 1; break;
    case 'S': suffix = optarg; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  const char *tmpl = optind < argc ? argv[optind] : NULL;
  if (!tmpl) {
    tmpl = GNU ? "tmp.XXXXXXXXXX" : "tmp.XXXXXX";
    use_tmpdir = 1;
  }
  if (use_tmpdir && !base) {
    base = getenv("TMPDIR");
    if (!base || !*base) base = "/tmp";
  }
  char *path = use_tmpdir && !strchr(tmpl, '/') ? concat_path(base, tmpl) : xstrdup(tmpl);
  path = xrealloc(path, strlen(path) + strlen(suffix) + 1);
  size_t len = strlen(path);
  size_t nx = 0;
  while (nx < len && path[len - 1 - nx] == 'X') nx++;
  if (nx < 3 || (!GNU && nx < 6)) {
    if (!quiet) {
      if (GNU)
        app_err("too few X's in template %s", q(tmpl));
      else
        app_err("(null): %s", strerror(EINVAL));
    }
    free(path);
    return 1;
  }
  strcat(path, suffix);
  for (int tries = 0; tries < 100; tries++) {
    fill_random(path + len - nx, nx);
    if (dry) {
      struct stat st;
      if (lstat(path, &st) == 0) continue;
      puts(path);
      free(path);
      return 0;
    }
    int ok;
    if (dir) {
      ok = mkdir(path, 0700) == 0;
    } else {
      int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
      ok = fd >= 0;
      if (ok) close(fd);
    }
    if (ok) {
      puts(path);
      free(path);
      return 0;
    }
    if (errno != EEXIST) break;
  }
  if (!quiet) {
    if (GNU)
      app_perr(dir ? "failed to create directory via template %s" : "failed to create file via template %s", q(tmpl));
    else
      app_perr("%s", path);
  }
  free(path);
  return 1;
}
