/* du: disk usage of files and trees, in 1K blocks. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

struct du {
  int all, summary, human, mega, total, bytes;
  long max_depth;
  int status;
  /* hard links counted once */
  unsigned long long *inodes;
  size_t ninodes, cap;
};

static void show(struct du *d, unsigned long long kib, const char *path) {
  char buf[32];
  if (d->human) {
    if (GNU) {
      if (kib == 0)
        snprintf(buf, sizeof buf, "0");
      else
        human_size(kib * 1024, buf, sizeof buf);
    } else {
      double v = (double)kib;
      const char *u = "KMGTP";
      int i = 0;
      while (v >= 1024 && i < 4) {
        v /= 1024;
        i++;
      }
      if (kib == 0)
        snprintf(buf, sizeof buf, "0");
      else
        snprintf(buf, sizeof buf, "%.1f%c", v, u[i]);
    }
  } else if (d->mega) {
    snprintf(buf, sizeof buf, "%llu", (kib + 1023) / 1024);
  } else {
    snprintf(buf, sizeof buf, "%llu", kib);
  }
  printf("%s\t%s\n", buf, path);
}

static int seen(struct du *d, const struct stat *st) {
  if (st->st_nlink < 2 || S_ISDIR(st->st_mode)) return 0;
  unsigned long long key = (unsigned long long)st->st_ino;
  for (size_t i = 0; i < d->ninodes; i++)
    if (d->inodes[i] == key) return 1;
  if (d->ninodes == d->cap) d->inodes = xrealloc(d->inodes, (d->cap = d->cap ? d->cap * 2 : 64) * sizeof *d->inodes);
  d->inodes[d->ninodes++] = key;
  return 0;
}

static unsigned long long walk(struct du *d, const char *path, long depth) {
  struct stat st;
  if (xlstat(path, &st) != 0) {
    if (GNU)
      app_perr("cannot access %s", q(path));
    else
      app_perr("%s", path);
    d->status = 1;
    return 0;
  }
  if (seen(d, &st)) return 0;
  unsigned long long size = blocks_1k(&st);
  if (S_ISDIR(st.st_mode)) {
    DIR *dir = opendir(path);
    if (!dir) {
      if (GNU)
        app_perr("cannot read directory %s", q(path));
      else
        app_perr("%s", path);
      d->status = 1;
    } else {
      struct dirent *de;
      size_t n = 0, cap = 16;
      char **names = xmalloc(cap * sizeof *names);
      while ((de = readdir(dir))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
        if (n == cap) names = xrealloc(names, (cap *= 2) * sizeof *names);
        names[n++] = concat_path(path, de->d_name);
      }
      closedir(dir);
      for (size_t i = 0; i < n; i++) {
        size += walk(d, names[i], depth + 1);
        free(names[i]);
      }
      free(names);
    }
    if (!d->summary && (d->max_depth < 0 || depth <= d->max_depth)) show(d, size, path);
    else if (d->summary && depth == 0) show(d, size, path);
  } else if ((d->all && !d->summary && (d->max_depth < 0 || depth <= d->max_depth)) || depth == 0) {
    show(d, size, path);
  }
  return size;
}

int du_main(int argc, char **argv) {
  struct du d;
  memset(&d, 0, sizeof d);
  d.max_depth = -1;
  int c;
  static const struct option du_long[] = {{"all", no_argument, NULL, 'a'}, {"summarize", no_argument, NULL, 's'}, {"human-readable", no_argument, NULL, 'h'}, {"total", no_argument, NULL, 'c'}, {"max-depth", required_argument, NULL, 'd'}, {"help", no_argument, NULL, 'H' + 0x100}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "ashcd:mkLHlxb", du_long)) != -1) {
    switch (c) {
    case 'a': d.all = 1; break;
    case 's': d.summary = 1; break;
    case 'h': d.human = 1; break;
    case 'c': d.total = 1; break;
    case 'm': d.mega = 1; break;
    case 'd': d.max_depth = atol(optarg); break;
    case 'k': case 'L': case 'H': case 'l': case 'x': case 'b': break;
    case 'H' + 0x100: return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (GNU && d.all && d.summary) {
    app_err("cannot both summarize and show all entries");
    return app_bad_usage(1);
  }
  unsigned long long total = 0;
  if (optind >= argc) {
    total = walk(&d, ".", 0);
  } else {
    for (int i = optind; i < argc; i++) total += walk(&d, argv[i], 0);
  }
  if (d.total) show(&d, total, "total");
  free(d.inodes);
  return d.status;
}
