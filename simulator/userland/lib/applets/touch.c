/* touch: update file times, creating files. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"

static const struct option touch_long[] = {
  {"no-create", no_argument, NULL, 'c'},
  {"date", required_argument, NULL, 'd'},
  {"reference", required_argument, NULL, 'r'},
  {"no-dereference", no_argument, NULL, 'h'},
  {"time", required_argument, NULL, 'T'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int touch_main(int argc, char **argv) {
  int c, nocreate = 0, nofollow = 0, only_a = 0, only_m = 0;
  struct timespec ts[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
  while ((c = app_getopt(argc, argv, "cd:r:t:hamf", touch_long)) != -1) {
    switch (c) {
    case 'c': nocreate = 1; break;
    case 'h': nofollow = 1; break;
    case 'a': only_a = 1; break;
    case 'm': only_m = 1; break;
    case 'f': break;
    case 'T':
      if (optarg[0] == 'a' || optarg[0] == 'u') only_a = 1;
      else only_m = 1;
      break;
    case 'd':
    case 't': {
      time_t t;
      if ((c == 'd' ? parse_date(optarg, &t) : parse_stamp(optarg, &t, 0)) != 0) {
        if (GNU)
          app_err("invalid date format %s", q(optarg));
        else
          app_err("invalid date '%s'", optarg);
        return 1;
      }
      ts[0].tv_sec = ts[1].tv_sec = t;
      ts[0].tv_nsec = ts[1].tv_nsec = 0;
      break;
    }
    case 'r': {
      struct stat st;
      if (stat(optarg, &st) != 0) {
        if (GNU)
          app_perr("failed to get attributes of %s", q(optarg));
        else
          app_perr("%s", optarg);
        return 1;
      }
      ts[0] = st.st_atim;
      ts[1] = st.st_mtim;
      break;
    }
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (only_a && !only_m) ts[1].tv_nsec = UTIME_OMIT;
  if (only_m && !only_a) ts[0].tv_nsec = UTIME_OMIT;
  if (optind >= argc) {
    if (!GNU) return app_show_usage();
    app_err("missing file operand");
    return app_bad_usage(1);
  }
  int status = 0;
  for (int i = optind; i < argc; i++) {
    const char *f = argv[i];
    struct stat st;
    if (lstat(f, &st) != 0 && errno == ENOENT) {
      if (nocreate) continue;
      int fd = open(f, O_WRONLY | O_CREAT, 0666);
      if (fd >= 0) {
        close(fd);
        if (ts[0].tv_nsec != UTIME_NOW || ts[1].tv_nsec != UTIME_NOW) utimensat(AT_FDCWD, f, ts, 0);
        continue;
      }
    } else if (utimensat(AT_FDCWD, f, ts, nofollow ? AT_SYMLINK_NOFOLLOW : 0) == 0) {
      continue;
    }
    if (GNU)
      app_perr("cannot touch %s", q(f));
    else
      app_perr("%s", f);
    status = 1;
  }
  return status;
}
