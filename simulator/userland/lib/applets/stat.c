/* stat: file status, in the default layout or a -c format. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"

static const char *type_name(const struct stat *st) {
  mode_t m = st->st_mode;
  if (S_ISREG(m)) return st->st_size == 0 ? "regular empty file" : "regular file";
  if (S_ISDIR(m)) return "directory";
  if (S_ISLNK(m)) return "symbolic link";
  if (S_ISCHR(m)) return "character special file";
  if (S_ISBLK(m)) return "block special file";
  if (S_ISFIFO(m)) return "fifo";
  if (S_ISSOCK(m)) return "socket";
  return "weird file";
}

static void fmt_time(const struct timespec *ts, char *buf, size_t len) {
  struct tm tm;
  time_t t = ts->tv_sec;
  gmtime_r(&t, &tm);
  char d[40];
  strftime(d, sizeof d, "%Y-%m-%d %H:%M:%S", &tm);
  snprintf(buf, len, "%s.%09ld +0000", d, ts->tv_nsec);
}

static void print_format(const char *fmt, const char *path, const struct stat *st) {
  char buf[256];
  for (const char *p = fmt; *p; p++) {
    if (*p == '\\' && p[1]) {
      p++;
      putchar(*p == 'n' ? '\n' : *p == 't' ? '\t' : *p);
      continue;
    }
    if (*p != '%' || !p[1]) {
      putchar(*p);
      continue;
    }
    p++;
    char *n;
    switch (*p) {
    case '%': putchar('%'); break;
    case 'n': fputs(path, stdout); break;
    case 'N':
      if (S_ISLNK(st->st_mode)) {
        char t[4096];
        ssize_t l = readlink(path, t, sizeof t - 1);
        t[l > 0 ? l : 0] = 0;
        if (GNU)
          printf("%s -> %s", qf(path), qf(t));
        else
          printf("'%s' -> '%s'", path, t);
      } else {
        fputs(GNU ? qf(path) : path, stdout);
      }
      break;
    case 's': printf("%lld", (long long)st->st_size); break;
    case 'a': printf("%o", (unsigned)(st->st_mode & 07777)); break;
    case 'A': mode_string(st->st_mode, buf); fputs(buf, stdout); break;
    case 'f': printf("%x", (unsigned)st->st_mode); break;
    case 'F': fputs(type_name(st), stdout); break;
    case 'u': printf("%u", (unsigned)st->st_uid); break;
    case 'g': printf("%u", (unsigned)st->st_gid); break;
    case 'U': n = user_name(st->st_uid); fputs(n ? n : "UNKNOWN", stdout); free(n); break;
    case 'G': n = group_name(st->st_gid); fputs(n ? n : "UNKNOWN", stdout); free(n); break;
    case 'i': printf("%llu", (unsigned long long)st->st_ino); break;
    case 'h': printf("%lu", (unsigned long)st->st_nlink); break;
    case 'b': printf("%llu", blocks_1k(st) * 2); break;
    case 'B': fputs("512", stdout); break;
    case 'o': fputs("4096", stdout); break;
    case 'd': printf("%llu", (unsigned long long)st->st_dev); break;
    case 'D': printf("%llx", (unsigned long long)st->st_dev); break;
    case 't': printf("%x", (unsigned)(st->st_rdev >> 8)); break;
    case 'T': printf("%x", (unsigned)(st->st_rdev & 0xff)); break;
    case 'x': fmt_time(&st->st_atim, buf, sizeof buf); fputs(buf, stdout); break;
    case 'y': fmt_time(&st->st_mtim, buf, sizeof buf); fputs(buf, stdout); break;
    case 'z': fmt_time(&st->st_ctim, buf, sizeof buf); fputs(buf, stdout); break;
    case 'w': fputs("-", stdout); break;
    case 'X': printf("%lld", (long long)st->st_atime); break;
    case 'Y': printf("%lld", (long long)st->st_mtime); break;
    case 'Z': printf("%lld", (long long)st->st_ctime); break;
    case 'W': fputs("0", stdout); break;
    default: putchar('?'); break;
    }
  }
}

static void print_default(const char *path, const struct stat *st) {
  char t[4096] = "";
  if (S_ISLNK(st->st_mode)) {
    ssize_t l = readlink(path, t, sizeof t - 1);
    t[l > 0 ? l : 0] = 0;
    if (GNU)
      printf("  File: %s -> %s\n", qf(path), qf(t));
    else
      printf("  File: '%s' -> '%s'\n", path, t);
  } else {
    printf("  File: %s\n", GNU ? qf(path) : path);
  }
  printf("  Size: %-10lld\tBlocks: %-10llu IO Block: 4096   %s\n", (long long)st->st_size, blocks_1k(st) * 2, type_name(st));
  unsigned long long dev = st->st_dev;
  if (GNU)
    printf("Device: %llu,%llu\tInode: %-11llu Links: %lu", (dev >> 8) & 0xfff, dev & 0xff, (unsigned long long)st->st_ino, (unsigned long)st->st_nlink);
  else
    printf("Device: %llxh/%llud\tInode: %-10llu  Links: %lu", dev, dev, (unsigned long long)st->st_ino, (unsigned long)st->st_nlink);
  if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))
    printf(" Device type: %x,%x\n", (unsigned)(st->st_rdev >> 8), (unsigned)(st->st_rdev & 0xff));
  else
    putchar('\n');
  char m[12];
  mode_string(st->st_mode, m);
  char *u = user_name(st->st_uid), *g = group_name(st->st_gid);
  printf("Access: (%04o/%s)  Uid: (%5u/%8s)   Gid: (%5u/%8s)\n", (unsigned)(st->st_mode & 07777), m, (unsigned)st->st_uid, u ? u : "UNKNOWN", (unsigned)st->st_gid, g ? g : "UNKNOWN");
  free(u);
  free(g);
  char b[64];
  fmt_time(&st->st_atim, b, sizeof b);
  printf("Access: %s\n", b);
  fmt_time(&st->st_mtim, b, sizeof b);
  printf("Modify: %s\n", b);
  fmt_time(&st->st_ctim, b, sizeof b);
  printf("Change: %s\n", b);
  if (GNU) puts(" Birth: -");
}

int stat_main(int argc, char **argv) {
  int c, follow = 0, terse = 0;
  const char *fmt = NULL;
  static const struct option stat_long[] = {{"dereference", no_argument, NULL, 'L'}, {"format", required_argument, NULL, 'c'}, {"printf", required_argument, NULL, 'p'}, {"terse", no_argument, NULL, 't'}, {"file-system", no_argument, NULL, 'f'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  int printf_mode = 0;
  while ((c = app_getopt(argc, argv, "Lc:tf", stat_long)) != -1) {
    switch (c) {
    case 'L': follow = 1; break;
    case 'c': fmt = optarg; break;
    case 'p': fmt = optarg; printf_mode = 1; break;
    case 't': terse = 1; break;
    case 'f': break;
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
    struct stat st;
    if ((follow ? xstat(argv[i], &st) : xlstat(argv[i], &st)) != 0) {
      if (GNU)
        app_perr("cannot statx %s", q(argv[i]));
      else
        app_perr("can't stat '%s'", argv[i]);
      status = 1;
      continue;
    }
    if (fmt) {
      print_format(fmt, argv[i], &st);
      if (!printf_mode) putchar('\n');
    } else if (terse) {
      print_format(GNU ? "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o" : "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %o", argv[i], &st);
      putchar('\n');
    } else {
      print_default(argv[i], &st);
    }
  }
  return status;
}
