/* The applets' shared helpers: messages, option errors, memory, files, users, stat. */
#include "lib.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gorae_sys.h"

const char *applet_name = "busybox";
const char *applet_base = "busybox";

void app_begin(char **argv) {
  applet_base = base_name(argv[0]);
  applet_name = GNU ? argv[0] : applet_base;
  optind = 0; /* musl: a full reset of getopt's state */
  open_cant_style = 0;
  opterr = 0;
  errno = 0;
}

int app_end(int status) {
  fflush(stdout);
  clearerr(stdout);
  return status;
}

static void vmsg(const char *fmt, va_list ap, int with_errno) {
  int e = errno;
  fflush(stdout);
  fprintf(stderr, "%s: ", applet_name);
  vfprintf(stderr, fmt, ap);
  if (with_errno) fprintf(stderr, ": %s", strerror(e));
  fputc('\n', stderr);
  fflush(stderr);
  errno = e;
}

void app_err(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vmsg(fmt, ap, 0);
  va_end(ap);
}

void app_perr(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vmsg(fmt, ap, 1);
  va_end(ap);
}

static char qbuf[2][1024];
static int qslot;

const char *q(const char *s) {
  char *b = qbuf[qslot ^= 1];
  size_t n = 0;
  int has_sq = strchr(s, '\'') != NULL;
  if (has_sq && !strpbrk(s, "\"$`\\")) {
    /* GNU writes "it's" with double quotes */
    snprintf(b, sizeof qbuf[0], "\"%s\"", s);
    return b;
  }
  b[n++] = '\'';
  for (; *s && n < sizeof qbuf[0] - 6; s++) {
    if (*s == '\'') {
      memcpy(b + n, "'\\''", 4);
      n += 4;
    } else {
      b[n++] = *s;
    }
  }
  b[n++] = '\'';
  b[n] = 0;
  return b;
}

const char *qf(const char *s) {
  if (*s && !strpbrk(s, " \t\n'\"$`\\|&;()<>*?[]#~=%!{}")) return s;
  return q(s);
}

static const struct option help_only[] = {{"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};

int app_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts) {
  char spec[128];
  int plus = shortopts[0] == '+';
  snprintf(spec, sizeof spec, "%s:%s", plus ? "+" : "", shortopts + plus);
  int c = getopt_long(argc, argv, spec, longopts ? longopts : help_only, NULL);
  if (c == '?' || c == ':') {
    const char *arg = argv[optind - 1];
    int is_long = optopt == 0 && arg && arg[0] == '-' && arg[1] == '-';
    if (c == '?') {
      if (is_long) {
        if (GNU) {
          char name[128];
          snprintf(name, sizeof name, "%s", arg);
          char *eq = strchr(name, '=');
          if (eq) *eq = 0;
          fprintf(stderr, "%s: unrecognized option '%s'\n", applet_name, name);
        } else {
          fprintf(stderr, "%s: unrecognized option: %s\n", applet_name, arg + 2);
        }
      } else if (GNU) {
        fprintf(stderr, "%s: invalid option -- '%c'\n", applet_name, optopt);
      } else {
        fprintf(stderr, "%s: unrecognized option: %c\n", applet_name, optopt);
      }
    } else {
      if (is_long) {
        if (GNU)
          fprintf(stderr, "%s: option '%s' requires an argument\n", applet_name, arg);
        else
          fprintf(stderr, "%s: option requires an argument: %s\n", applet_name, arg + 2);
      } else if (GNU) {
        fprintf(stderr, "%s: option requires an argument -- '%c'\n", applet_name, optopt);
      } else {
        fprintf(stderr, "%s: option requires an argument: %c\n", applet_name, optopt);
      }
    }
    return '?';
  }
  return c;
}

int app_show_usage(void) {
  const char *u = usage_text(applet_base);
  fflush(stdout);
  fputs(BB_BANNER " multi-call binary.\n", stderr);
  if (!u)
    fputs("\nNo help available\n", stderr);
  else
    fprintf(stderr, "\nUsage: %s%s%s\n", applet_base, u[0] && u[0] != '\n' ? " " : "", u);
  fflush(stderr);
  return 1;
}

int app_bad_usage(int status) {
  if (GNU) {
    fprintf(stderr, "Try '%s --help' for more information.\n", applet_name);
    return status;
  }
  app_show_usage();
  return 1;
}

int app_help(void) {
  if (GNU) {
    const char *u = usage_text(applet_base);
    if (u) {
      printf("Usage: %s %s\n", applet_name, u);
    } else {
      printf("Usage: %s [OPTION]...\n", applet_name);
    }
    printf("\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\n"
           "Full documentation <https://www.gnu.org/software/coreutils/%s>\n"
           "or available locally via: info '(coreutils) %s invocation'\n",
           applet_base, applet_base);
    return 0;
  }
  app_show_usage();
  return 0;
}

int app_version(void) {
  static const struct {
    const char *name, *package, *authors;
  } v[] = {
    {"cat", NULL, "Torbjorn Granlund and Richard M. Stallman"},
    {"cp", NULL, "Torbjorn Granlund, David MacKenzie, and Jim Meyering"},
    {"echo", NULL, "Brian Fox and Chet Ramey"},
    {"find", "GNU findutils) 4.9.0", "Eric B. Decker, James Youngman, and Kevin Dalley"},
    {"grep", "GNU grep) 3.8", "Mike Haertel and others; see\n<https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>"},
    {"head", NULL, "David MacKenzie and Jim Meyering"},
    {"id", NULL, "Arnold Robbins and David MacKenzie"},
    {"ls", NULL, "Richard M. Stallman and David MacKenzie"},
    {"mv", NULL, "Mike Parker, David MacKenzie, and Jim Meyering"},
    {"rm", NULL, "Paul Rubin, David MacKenzie, Richard M. Stallman,\nand Jim Meyering"},
    {"sed", "GNU sed) 4.9", "Jay Fenlason, Tom Lord, Ken Pizzini,\nPaolo Bonzini, Jim Meyering, and Assaf Gordon"},
    {"sort", NULL, "Mike Haertel and Paul Eggert"},
    {"tail", NULL, "Paul Rubin, David MacKenzie, Ian Lance Taylor,\nand Jim Meyering"},
    {"wc", NULL, "Paul Rubin and David MacKenzie"},
    {"xargs", "GNU findutils) 4.9.0", "Mike Rendell and Bernhard Voelker"},
  };
  const char *package = "GNU coreutils) 9.1", *authors = "David MacKenzie";
  for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
    if (strcmp(applet_base, v[i].name) == 0) {
      if (v[i].package) package = v[i].package;
      authors = v[i].authors;
    }
  printf("%s (%s\n"
         "Copyright (C) 2022 Free Software Foundation, Inc.\n"
         "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
         "This is free software: you are free to change and redistribute it.\n"
         "There is NO WARRANTY, to the extent permitted by law.\n"
         "\n"
         "Written by %s.\n",
         applet_base, package, authors);
  return 0;
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fputs("out of memory\n", stderr);
    _Exit(1);
  }
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) {
    fputs("out of memory\n", stderr);
    _Exit(1);
  }
  return p;
}

char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

char *xasprintf(const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = xmalloc((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return s;
}

char *concat_path(const char *dir, const char *name) {
  size_t n = strlen(dir);
  if (n && dir[n - 1] == '/') return xasprintf("%s%s", dir, name);
  return xasprintf("%s/%s", dir, name);
}

const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

int open_cant_style;

FILE *open_input(const char *name) {
  if (strcmp(name, "-") == 0) return stdin;
  FILE *f = fopen(name, "r");
  if (!f) {
    if (GNU)
      app_perr("%s", qf(name));
    else if (open_cant_style)
      app_perr("can't open '%s'", name);
    else
      app_perr("%s", name);
    return NULL;
  }
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    fclose(f);
    errno = EISDIR;
    if (GNU)
      app_perr("%s", qf(name));
    else
      app_perr("read error");
    return NULL;
  }
  return f;
}

void close_input(FILE *f) {
  if (f == stdin)
    clearerr(stdin);
  else if (f)
    fclose(f);
}

char *read_all(FILE *f, size_t *len) {
  size_t cap = 4096, n = 0;
  char *buf = xmalloc(cap);
  for (;;) {
    if (n + 1 >= cap) buf = xrealloc(buf, cap *= 2);
    size_t r = fread(buf + n, 1, cap - n - 1, f);
    if (r == 0) break;
    n += r;
  }
  buf[n] = 0;
  *len = n;
  return buf;
}

void out_str(const char *s) { fputs(s, stdout); }

/* Field `idx` (0-based) of the first line in `file` whose field `key` equals `want`. */
static char *db_lookup(const char *file, int key, const char *want, int idx) {
  FILE *f = fopen(file, "r");
  if (!f) return NULL;
  char line[1024];
  char *res = NULL;
  while (!res && fgets(line, sizeof line, f)) {
    char *fields[8] = {0};
    int n = 0;
    char *p = line;
    line[strcspn(line, "\n")] = 0;
    while (n < 8) {
      fields[n++] = p;
      p = strchr(p, ':');
      if (!p) break;
      *p++ = 0;
    }
    if (key < n && idx < n && strcmp(fields[key], want) == 0) res = xstrdup(fields[idx]);
  }
  fclose(f);
  return res;
}

char *user_name(unsigned uid) {
  char k[16];
  snprintf(k, sizeof k, "%u", uid);
  return db_lookup("/etc/passwd", 2, k, 0);
}

char *group_name(unsigned gid) {
  char k[16];
  snprintf(k, sizeof k, "%u", gid);
  return db_lookup("/etc/group", 2, k, 0);
}

static long to_id(char *s) {
  if (!s) return -1;
  long v = atol(s);
  free(s);
  return v;
}

long user_id(const char *name) { return to_id(db_lookup("/etc/passwd", 0, name, 2)); }
long group_id(const char *name) { return to_id(db_lookup("/etc/group", 0, name, 2)); }

long user_gid(unsigned uid) {
  char k[16];
  snprintf(k, sizeof k, "%u", uid);
  return to_id(db_lookup("/etc/passwd", 2, k, 3));
}

int user_groups(const char *user, unsigned *gids, int max) {
  FILE *f = fopen("/etc/group", "r");
  if (!f) return 0;
  char line[2048];
  int n = 0;
  while (n < max && fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = 0;
    char *name = line, *p;
    if (!(p = strchr(name, ':'))) continue;
    *p++ = 0;
    if (!(p = strchr(p, ':'))) continue;
    char *gid = ++p;
    if (!(p = strchr(p, ':'))) continue;
    *p++ = 0;
    for (char *m = strtok(p, ","); m; m = strtok(NULL, ",")) {
      if (strcmp(m, user) == 0) {
        gids[n++] = (unsigned)atol(gid);
        break;
      }
    }
  }
  fclose(f);
  return n;
}

void get_ids(int ids[4]) {
  int32_t v[4] = {0, 0, 0, 0};
  if (gorae_getids(v) < 0) v[0] = v[1] = v[2] = v[3] = 0;
  for (int i = 0; i < 4; i++) ids[i] = v[i];
}

void get_uts(struct uts *u) {
  memset(u, 0, sizeof *u);
  int n = gorae_uname(u->buf, (int32_t)sizeof u->buf - 1);
  if (n < 0) n = 0;
  const char *p = u->buf;
  for (int i = 0; i < 5; i++) {
    u->f[i] = p < u->buf + n ? p : "";
    if (p < u->buf + n) p += strlen(p) + 1;
  }
}

static void fill_mode(const char *path, struct stat *st) {
  if (st->st_mode & 07777) return;
  mode_t type = st->st_mode & S_IFMT;
  if (type == S_IFDIR) {
    st->st_mode |= 0755;
  } else if (type == S_IFLNK) {
    st->st_mode |= 0777;
  } else if (type == S_IFREG) {
    st->st_mode |= 0644;
    int fd = open(path, O_RDONLY);
    if (fd >= 0) {
      char h[4];
      ssize_t n = read(fd, h, 4);
      close(fd);
      if ((n == 4 && memcmp(h, "\0asm", 4) == 0) || (n >= 2 && h[0] == '#' && h[1] == '!')) st->st_mode |= 0111;
    }
  } else if (type == S_IFCHR || type == S_IFBLK) {
    st->st_mode |= 0666;
  } else {
    st->st_mode |= 0644;
  }
}

/* Mode, owner, links and device from the kernel (WASI's stat has none of them). */
static void fill_from_kernel(const char *path, int follow, struct stat *st) {
  char abs[4096];
  int32_t v[5];
  if (g_abspath(path, abs, sizeof abs) && gorae_stat(abs, follow, v) == 0) {
    st->st_mode = (mode_t)v[0];
    st->st_uid = (uid_t)v[1];
    st->st_gid = (gid_t)v[2];
    st->st_nlink = (nlink_t)v[3];
    st->st_rdev = (dev_t)v[4];
    return;
  }
  fill_mode(path, st);
}

int xlstat(const char *path, struct stat *st) {
  if (lstat(path, st) != 0) return -1;
  fill_from_kernel(path, 0, st);
  return 0;
}

int xstat(const char *path, struct stat *st) {
  if (stat(path, st) != 0) return -1;
  fill_from_kernel(path, 1, st);
  return 0;
}

void mode_string(mode_t mode, char *b) {
  const char *types = "?pc?d?b?-?l?s???";
  b[0] = types[(mode >> 12) & 15];
  static const char rwx[] = "rwxrwxrwx";
  for (int i = 0; i < 9; i++) b[1 + i] = (mode & (0400 >> i)) ? rwx[i] : '-';
  if (mode & S_ISUID) b[3] = (mode & 0100) ? 's' : 'S';
  if (mode & S_ISGID) b[6] = (mode & 0010) ? 's' : 'S';
  if (mode & S_ISVTX) b[9] = (mode & 0001) ? 't' : 'T';
  b[10] = 0;
}

void human_size(unsigned long long v, char *buf, size_t len) {
  static const char units[] = "KMGTPE";
  if (v < 1024) {
    snprintf(buf, len, "%llu", v);
    return;
  }
  double d = (double)v;
  int u = -1;
  while (d >= 1024 && u < 5) {
    d /= 1024;
    u++;
  }
  if (d < 10) {
    /* one decimal, rounded up as GNU does */
    double t = (double)(unsigned long long)(d * 10);
    if (t < d * 10) t += 1;
    if (t >= 100) {
      snprintf(buf, len, "%.0f%c", t / 10, units[u]);
      return;
    }
    snprintf(buf, len, "%.1f%c", t / 10, units[u]);
  } else {
    unsigned long long t = (unsigned long long)d;
    if ((double)t < d) t++;
    if (t >= 1024 && u < 5) {
      snprintf(buf, len, "1.0%c", units[u + 1]);
      return;
    }
    snprintf(buf, len, "%llu%c", t, units[u]);
  }
}

int term_width(void) {
  int32_t rc[2];
  if (gorae_winsize(1, rc) < 0) return 0;
  return rc[1] > 0 ? rc[1] : 80;
}

int is_tty(int fd) {
  int32_t rc[2];
  return gorae_winsize(fd, rc) >= 0;
}

int parse_long(const char *s, long *out) {
  char *end;
  errno = 0;
  if (!*s) return -1;
  long v = strtol(s, &end, 10);
  if (*end || errno) return -1;
  *out = v;
  return 0;
}

char *real_path(const char *path, int must_exist) {
  char cwd[4096];
  char *work;
  if (path[0] == '/') {
    work = xstrdup(path);
  } else {
    if (!getcwd(cwd, sizeof cwd)) return NULL;
    work = concat_path(cwd, path);
  }
  char *res = xmalloc(4096);
  res[0] = 0;
  size_t rn = 0;
  int links = 0;
  char *p = work;
  while (*p) {
    while (*p == '/') p++;
    if (!*p) break;
    char *e = p;
    while (*e && *e != '/') e++;
    size_t n = (size_t)(e - p);
    if (n == 1 && p[0] == '.') {
      p = e;
      continue;
    }
    if (n == 2 && p[0] == '.' && p[1] == '.') {
      while (rn > 0 && res[rn - 1] != '/') rn--;
      if (rn > 0) rn--;
      res[rn] = 0;
      p = e;
      continue;
    }
    if (rn + n + 2 >= 4096) goto fail;
    res[rn++] = '/';
    memcpy(res + rn, p, n);
    rn += n;
    res[rn] = 0;
    char target[4096];
    ssize_t tl = readlink(res, target, sizeof target - 1);
    if (tl >= 0) {
      if (++links > 40) {
        errno = ELOOP;
        goto fail;
      }
      target[tl] = 0;
      char *rest = xasprintf("%s%s%s", target, *e ? "/" : "", e);
      if (target[0] == '/') {
        rn = 0;
      } else {
        while (rn > 0 && res[rn - 1] != '/') rn--;
        if (rn > 0) rn--;
      }
      res[rn] = 0;
      free(work);
      work = rest;
      p = work;
      continue;
    }
    struct stat st;
    if (lstat(res, &st) != 0) {
      if (must_exist || *e) {
        /* with must_exist == 0 only the last component may be missing */
        if (!(must_exist == 0 && !*e)) goto fail;
      }
    } else if (*e && !S_ISDIR(st.st_mode)) {
      errno = ENOTDIR;
      goto fail;
    }
    p = e;
  }
  if (rn == 0) strcpy(res, "/");
  free(work);
  return res;
fail:
  free(work);
  free(res);
  return NULL;
}

static const char *const signames[] = {
  "0", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM",
  "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS",
};

int sig_number(const char *name) {
  long n;
  if (parse_long(name, &n) == 0) return n >= 0 && n < 65 ? (int)n : -1;
  if (strncasecmp(name, "SIG", 3) == 0) name += 3;
  for (int i = 1; i < 32; i++)
    if (strcasecmp(name, signames[i]) == 0) return i;
  if (strcasecmp(name, "IO") == 0) return 29;
  if (strcasecmp(name, "IOT") == 0) return 6;
  if (strcasecmp(name, "CLD") == 0) return 17;
  return -1;
}

const char *sig_name(int num) { return num > 0 && num < 32 ? signames[num] : NULL; }

extern char **environ;

int run_program(char **argv) {
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
  int32_t fds[3] = {0, 1, 2};
  fflush(stdout);
  int32_t pid = gorae_spawn(argv[0], (const char *const *)argv, (const char *const *)environ, fds, cwd);
  if (pid < 0) return pid;
  int32_t status = 0;
  for (;;) {
    int32_t r = gorae_wait(pid, &status, 0);
    if (r == -EINTR) continue;
    if (r < 0) return 0;
    break;
  }
  if (status & 0x7f) return 128 + (status & 0x7f);
  return (status >> 8) & 0xff;
}

void sleep_ns(unsigned long long ns) {
  struct timespec ts = {(time_t)(ns / 1000000000ull), (long)(ns % 1000000000ull)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}
