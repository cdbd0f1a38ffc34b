/* Assorted small applets: expr, factor, cksum, sum, truncate, mkfifo, strings, shuf, split,
 * cmp, tree, mountpoint, pwdx, ttysize, dos2unix, install. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "lib.h"

/* ---- expr ---- */
struct ex {
  char **v;
  int n, i, err;
};

struct val {
  char *s; /* always set */
};

static int is_int(const char *s, long long *out) {
  char *end;
  if (!*s) return 0;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (*end || errno) return 0;
  if (out) *out = v;
  return 1;
}

static char *num_str(long long v) { return xasprintf("%lld", v); }
static int truthy(const char *s) {
  long long v;
  return *s && !(is_int(s, &v) && v == 0);
}

static char *ex_or(struct ex *e);

static const char *ex_peek(struct ex *e) { return e->i < e->n ? e->v[e->i] : NULL; }

static char *ex_primary(struct ex *e) {
  const char *t = ex_peek(e);
  if (!t) {
    e->err = 1;
    return xstrdup("");
  }
  e->i++;
  if (!strcmp(t, "(")) {
    char *r = ex_or(e);
    if (!ex_peek(e) || strcmp(ex_peek(e), ")")) e->err = 1;
    else e->i++;
    return r;
  }
  if (!strcmp(t, "quote") && ex_peek(e)) return xstrdup(e->v[e->i++]);
  if (!strcmp(t, "length") && ex_peek(e)) {
    char *a = ex_primary(e);
    char *r = num_str((long long)strlen(a));
    free(a);
    return r;
  }
  if (!strcmp(t, "substr")) {
    char *s = ex_primary(e), *p = ex_primary(e), *l = ex_primary(e);
    long long pos, len;
    char *r;
    size_t sl = strlen(s);
    if (!is_int(p, &pos) || !is_int(l, &len) || pos < 1 || len < 1 || (size_t)pos > sl) r = xstrdup("");
    else r = strndup(s + pos - 1, (size_t)len);
    free(s);
    free(p);
    free(l);
    return r;
  }
  if (!strcmp(t, "index")) {
    char *s = ex_primary(e), *chars = ex_primary(e);
    size_t k = strcspn(s, chars);
    char *r = num_str(s[k] ? (long long)k + 1 : 0);
    free(s);
    free(chars);
    return r;
  }
  if (!strcmp(t, "match")) {
    char *s = ex_primary(e), *re = ex_primary(e);
    e->i -= 0;
    /* handled like ':' */
    char *args[3] = {s, (char *)":", re};
    (void)args;
    regex_t r;
    char *res;
    if (regcomp(&r, re, 0) != 0) {
      e->err = 2;
      res = xstrdup("");
    } else {
      regmatch_t m[2];
      if (regexec(&r, s, 2, m, 0) == 0 && m[0].rm_so == 0)
        res = r.re_nsub > 0 ? (m[1].rm_so >= 0 ? strndup(s + m[1].rm_so, (size_t)(m[1].rm_eo - m[1].rm_so)) : xstrdup("")) : num_str(m[0].rm_eo);
      else
        res = xstrdup(r.re_nsub > 0 ? "" : "0");
      regfree(&r);
    }
    free(s);
    free(re);
    return res;
  }
  return xstrdup(t);
}

static char *ex_match(struct ex *e) {
  char *l = ex_primary(e);
  while (ex_peek(e) && !strcmp(ex_peek(e), ":")) {
    e->i++;
    char *re = ex_primary(e);
    regex_t r;
    char *res;
    if (regcomp(&r, re, 0) != 0) {
      e->err = 2;
      res = xstrdup("");
    } else {
      regmatch_t m[2];
      if (regexec(&r, l, 2, m, 0) == 0 && m[0].rm_so == 0)
        res = r.re_nsub > 0 ? (m[1].rm_so >= 0 ? strndup(l + m[1].rm_so, (size_t)(m[1].rm_eo - m[1].rm_so)) : xstrdup("")) : num_str(m[0].rm_eo);
      else
        res = xstrdup(r.re_nsub > 0 ? "" : "0");
      regfree(&r);
    }
    free(l);
    free(re);
    l = res;
  }
  return l;
}

static char *ex_mul(struct ex *e) {
  char *l = ex_match(e);
  while (ex_peek(e) && (!strcmp(ex_peek(e), "*") || !strcmp(ex_peek(e), "/") || !strcmp(ex_peek(e), "%"))) {
    char op = e->v[e->i++][0];
    char *r = ex_match(e);
    long long a, b;
    if (!is_int(l, &a) || !is_int(r, &b)) {
      if (!e->err) e->err = 3;
    } else if (op != '*' && b == 0) {
      if (!e->err) e->err = 4;
    } else {
      free(l);
      l = num_str(op == '*' ? a * b : op == '/' ? a / b : a % b);
    }
    free(r);
  }
  return l;
}

static char *ex_add(struct ex *e) {
  char *l = ex_mul(e);
  while (ex_peek(e) && (!strcmp(ex_peek(e), "+") || !strcmp(ex_peek(e), "-"))) {
    char op = e->v[e->i++][0];
    char *r = ex_mul(e);
    long long a, b;
    if (!is_int(l, &a) || !is_int(r, &b)) {
      if (!e->err) e->err = 3;
    }
    else {
      free(l);
      l = num_str(op == '+' ? a + b : a - b);
    }
    free(r);
  }
  return l;
}

static char *ex_cmp(struct ex *e) {
  char *l = ex_add(e);
  static const char *ops[] = {"<", "<=", "=", "==", "!=", ">=", ">"};
  for (;;) {
    const char *t = ex_peek(e);
    int k = -1;
    for (int i = 0; t && i < 7; i++)
      if (!strcmp(t, ops[i])) k = i;
    if (k < 0) break;
    e->i++;
    char *r = ex_add(e);
    long long a, b;
    int d = is_int(l, &a) && is_int(r, &b) ? (a > b) - (a < b) : strcmp(l, r);
    int res = k == 0 ? d < 0 : k == 1 ? d <= 0 : k <= 3 ? d == 0 : k == 4 ? d != 0 : k == 5 ? d >= 0 : d > 0;
    free(l);
    free(r);
    l = num_str(res);
  }
  return l;
}

static char *ex_and(struct ex *e) {
  char *l = ex_cmp(e);
  while (ex_peek(e) && !strcmp(ex_peek(e), "&")) {
    e->i++;
    char *r = ex_cmp(e);
    if (!truthy(l) || !truthy(r)) {
      free(l);
      l = xstrdup("0");
    }
    free(r);
  }
  return l;
}

static char *ex_or(struct ex *e) {
  char *l = ex_and(e);
  while (ex_peek(e) && !strcmp(ex_peek(e), "|")) {
    e->i++;
    char *r = ex_and(e);
    if (truthy(l)) {
      free(r);
    } else {
      free(l);
      l = truthy(r) ? r : (free(r), xstrdup("0"));
    }
  }
  return l;
}

int expr_main(int argc, char **argv) {
  if (argc == 2 && !strcmp(argv[1], "--help")) return app_help();
  if (argc < 2) {
    if (!GNU) {
      app_err("too few arguments");
      return 2;
    }
    app_err("missing operand");
    return app_bad_usage(2);
  }
  struct ex e = {argv + 1, argc - 1, 0, 0};
  if (GNU && e.n && !strcmp(e.v[0], "--")) {
    e.v++;
    e.n--;
  }
  char *r = ex_or(&e);
  if (!e.err && e.i < e.n) {
    if (GNU)
      app_err("syntax error: unexpected argument %s", q(e.v[e.i]));
    else
      app_err("syntax error");
    free(r);
    return 2;
  }
  if (e.err) {
    if (e.err == 3) app_err(GNU ? "non-integer argument" : "non-numeric argument");
    else if (e.err == 4) app_err("division by zero");
    else if (GNU && e.err == 1 && e.n > 0) app_err("syntax error: missing argument after %s", q(e.v[e.n - 1]));
    else app_err("syntax error");
    free(r);
    return 2;
  }
  puts(r);
  int st = truthy(r) ? 0 : 1;
  free(r);
  return st;
}

/* ---- factor ---- */
static void factor_one(unsigned long long n) {
  printf("%llu:", n);
  for (unsigned long long d = 2; d * d <= n; d += d == 2 ? 1 : 2)
    while (n % d == 0) {
      printf(" %llu", d);
      n /= d;
    }
  if (n > 1) printf(" %llu", n);
  putchar('\n');
}

int factor_main(int argc, char **argv) {
  if (argc == 2 && !strcmp(argv[1], "--help")) return app_help();
  int status = 0;
  for (int i = 1; i < argc; i++) {
    char *end;
    unsigned long long n = strtoull(argv[i], &end, 10);
    if (!*argv[i] || *end || argv[i][0] == '-') {
      app_err(GNU ? "%s is not a valid positive integer" : "invalid number '%s'", GNU ? q(argv[i]) : argv[i]);
      status = 1;
      continue;
    }
    factor_one(n);
  }
  if (argc < 2) {
    char line[128];
    while (fgets(line, sizeof line, stdin)) {
      char *save = NULL;
      for (char *t = strtok_r(line, " \t\n", &save); t; t = strtok_r(NULL, " \t\n", &save)) factor_one(strtoull(t, NULL, 10));
    }
  }
  return status;
}

/* ---- cksum (POSIX CRC) and sum (BSD) ---- */
int cksum_main(int argc, char **argv) {
  if (argc == 2 && !strcmp(argv[1], "--help")) return app_help();
  char *dash[] = {"-", NULL};
  char **files = argc > 1 ? argv + 1 : dash;
  int status = 0;
  for (; *files; files++) {
    FILE *f = open_input(*files);
    if (!f) {
      status = 1;
      continue;
    }
    uint32_t crc = 0;
    unsigned long long len = 0;
    int ch;
    while ((ch = getc(f)) != EOF) {
      crc ^= (uint32_t)ch << 24;
      for (int k = 0; k < 8; k++) crc = crc & 0x80000000u ? (crc << 1) ^ 0x04c11db7u : crc << 1;
      len++;
    }
    close_input(f);
    for (unsigned long long l = len; l; l >>= 8) {
      crc ^= (uint32_t)(l & 0xff) << 24;
      for (int k = 0; k < 8; k++) crc = crc & 0x80000000u ? (crc << 1) ^ 0x04c11db7u : crc << 1;
    }
    crc = ~crc;
    if (strcmp(*files, "-") == 0 && argc < 2)
      printf("%u %llu\n", crc, len);
    else
      printf("%u %llu %s\n", crc, len, *files);
  }
  return status;
}

int sum_main(int argc, char **argv) {
  int c, sysv = 0;
  while ((c = app_getopt(argc, argv, "rs", NULL)) != -1) {
    if (c == 's') sysv = 1;
    else if (c == 'r') sysv = 0;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int nfiles = optind < argc ? argc - optind : 0;
  int status = 0;
  for (; *files; files++) {
    FILE *f = open_input(*files);
    if (!f) {
      status = 1;
      continue;
    }
    unsigned long long len = 0;
    unsigned s = 0;
    uint32_t total = 0;
    int ch;
    while ((ch = getc(f)) != EOF) {
      if (sysv) total += (unsigned)ch;
      else s = ((s >> 1) + ((s & 1) << 15) + (unsigned)ch) & 0xffff;
      len++;
    }
    close_input(f);
    if (sysv) {
      uint32_t r = (total & 0xffff) + (total >> 16);
      r = (r & 0xffff) + (r >> 16);
      printf("%u %llu", r, (len + 511) / 512);
    } else {
      printf("%05u %5llu", s, (len + 1023) / 1024);
    }
    if (nfiles) printf(" %s", *files);
    putchar('\n');
  }
  return status;
}

/* ---- truncate ---- */
int truncate_main(int argc, char **argv) {
  int c, nocreate = 0;
  const char *size = NULL;
  static const struct option tr_long[] = {{"no-create", no_argument, NULL, 'c'}, {"size", required_argument, NULL, 's'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "cs:o", tr_long)) != -1) {
    if (c == 'c') nocreate = 1;
    else if (c == 's') size = optarg;
    else if (c == 'o') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  if (!size || optind >= argc) {
    if (!GNU) return app_show_usage();
    app_err(!size ? "you must specify either '--size' or '--reference'" : "missing file operand");
    return app_bad_usage(1);
  }
  char mode = 0;
  if (strchr("+-<>/%", size[0])) mode = *size++;
  char *end;
  long long v = strtoll(size, &end, 10);
  long long mult = 1;
  if (*end == 'K' || *end == 'k') mult = 1024;
  else if (*end == 'M') mult = 1024 * 1024;
  else if (*end == 'G') mult = 1024LL * 1024 * 1024;
  else if (*end) {
    app_err(GNU ? "invalid number: %s" : "invalid number '%s'", GNU ? q(size) : size);
    return 1;
  }
  v *= mult;
  int status = 0;
  for (int i = optind; i < argc; i++) {
    int fd = open(argv[i], O_WRONLY | (nocreate ? 0 : O_CREAT), 0666);
    if (fd < 0) {
      if (errno == ENOENT && nocreate) continue;
      if (GNU)
        app_perr("cannot open %s for writing", q(argv[i]));
      else
        app_perr("%s", argv[i]);
      status = 1;
      continue;
    }
    struct stat st;
    fstat(fd, &st);
    long long cur = st.st_size, n = v;
    if (mode == '+') n = cur + v;
    else if (mode == '-') n = cur - v;
    else if (mode == '<') n = cur < v ? cur : v;
    else if (mode == '>') n = cur > v ? cur : v;
    else if (mode == '/') n = v ? cur / v * v : cur;
    else if (mode == '%') n = v ? (cur + v - 1) / v * v : cur;
    if (n < 0) n = 0;
    if (ftruncate(fd, n) != 0) {
      app_perr("%s", argv[i]);
      status = 1;
    }
    close(fd);
  }
  return status;
}

int mkfifo_main(int argc, char **argv) {
  int c;
  while ((c = app_getopt(argc, argv, "m:", NULL)) != -1) {
    if (c == 'H') return app_help();
    if (c == '?') return app_bad_usage(1);
  }
  if (optind >= argc) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(1);
  }
  for (int i = optind; i < argc; i++) {
    errno = ENOTSUP;
    if (GNU)
      app_perr("cannot create fifo %s", q(argv[i]));
    else
      app_perr("can't create fifo '%s'", argv[i]);
  }
  return 1;
}

/* ---- strings ---- */
int strings_main(int argc, char **argv) {
  int c, with_name = 0;
  long min = 4;
  char radix = 0;
  while ((c = app_getopt(argc, argv, "afon:t:", NULL)) != -1) {
    if (c == 'f') with_name = 1;
    else if (c == 'o') radix = 'o';
    else if (c == 't') radix = optarg[0];
    else if (c == 'n') min = atol(optarg);
    else if (c == 'a') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int status = 0;
  char *run = xmalloc(4096);
  for (; *files; files++) {
    FILE *f = open_input(*files);
    if (!f) {
      status = 1;
      continue;
    }
    size_t n = 0, off = 0, start = 0;
    int ch;
    for (;;) {
      ch = getc(f);
      if (ch != EOF && (isprint(ch) || ch == '\t')) {
        if (n == 0) start = off;
        if (n < 4095) run[n++] = (char)ch;
      } else {
        if ((long)n >= min) {
          run[n] = 0;
          if (with_name) printf("%s: ", *files);
          if (radix == 'o') printf("%7zo ", start);
          else if (radix == 'd') printf("%7zu ", start);
          else if (radix == 'x') printf("%7zx ", start);
          puts(run);
        }
        n = 0;
        if (ch == EOF) break;
      }
      off++;
    }
    close_input(f);
  }
  free(run);
  return status;
}

/* ---- shuf ---- */
int shuf_main(int argc, char **argv) {
  int c, echo = 0;
  long count = -1;
  const char *range = NULL, *outf = NULL;
  while ((c = app_getopt(argc, argv, "ei:n:o:z", NULL)) != -1) {
    if (c == 'e') echo = 1;
    else if (c == 'i') range = optarg;
    else if (c == 'n') count = atol(optarg);
    else if (c == 'o') outf = optarg;
    else if (c == 'z') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  char **items = NULL;
  size_t n = 0;
  char *buf = NULL;
  if (echo) {
    items = xmalloc((size_t)(argc - optind + 1) * sizeof *items);
    for (int i = optind; i < argc; i++) items[n++] = xstrdup(argv[i]);
  } else if (range) {
    long lo = 0, hi = -1;
    sscanf(range, "%ld-%ld", &lo, &hi);
    for (long v = lo; v <= hi; v++) {
      items = xrealloc(items, (n + 1) * sizeof *items);
      items[n++] = xasprintf("%ld", v);
    }
  } else {
    FILE *f = open_input(optind < argc ? argv[optind] : "-");
    if (!f) return 1;
    size_t len;
    buf = read_all(f, &len);
    close_input(f);
    for (char *p = buf, *e; p < buf + len; p = e + 1) {
      e = memchr(p, '\n', (size_t)(buf + len - p));
      if (!e) e = buf + len;
      *e = 0;
      items = xrealloc(items, (n + 1) * sizeof *items);
      items[n++] = xstrdup(p);
    }
  }
  for (size_t i = n; i > 1; i--) {
    uint32_t r;
    if (getentropy(&r, sizeof r) != 0) r = (uint32_t)time(NULL) * 2654435761u + (uint32_t)i;
    size_t j = r % i;
    char *t = items[i - 1];
    items[i - 1] = items[j];
    items[j] = t;
  }
  FILE *o = outf ? fopen(outf, "w") : stdout;
  if (!o) {
    app_perr("%s", outf);
    return 1;
  }
  for (size_t i = 0; i < n; i++) {
    if (count < 0 || (long)i < count) fprintf(o, "%s\n", items[i]);
    free(items[i]);
  }
  if (o != stdout) fclose(o);
  free(items);
  free(buf);
  return 0;
}

/* ---- split ---- */
int split_main(int argc, char **argv) {
  int c, suffix_len = 2;
  long lines = 1000, bytes = 0;
  while ((c = app_getopt(argc, argv, "l:b:a:d", NULL)) != -1) {
    if (c == 'l') lines = atol(optarg);
    else if (c == 'b') {
      char *e;
      bytes = strtol(optarg, &e, 10);
      if (*e == 'k' || *e == 'K') bytes *= 1024;
      else if (*e == 'm' || *e == 'M') bytes *= 1024 * 1024;
    } else if (c == 'a') suffix_len = atoi(optarg);
    else if (c == 'd') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  const char *in = optind < argc ? argv[optind] : "-";
  const char *prefix = optind + 1 < argc ? argv[optind + 1] : "x";
  FILE *f = open_input(in);
  if (!f) return 1;
  size_t len;
  char *buf = read_all(f, &len);
  close_input(f);
  size_t pos = 0;
  long part = 0;
  while (pos < len) {
    size_t end = pos;
    if (bytes) {
      end = pos + (size_t)bytes < len ? pos + (size_t)bytes : len;
    } else {
      long k = 0;
      while (end < len && k < lines)
        if (buf[end++] == '\n') k++;
    }
    char *name = xmalloc(strlen(prefix) + (size_t)suffix_len + 1);
    strcpy(name, prefix);
    long v = part++;
    size_t pl = strlen(prefix);
    for (int i = suffix_len - 1; i >= 0; i--) {
      name[pl + (size_t)i] = (char)('a' + v % 26);
      v /= 26;
    }
    name[pl + (size_t)suffix_len] = 0;
    FILE *o = fopen(name, "w");
    if (!o) {
      app_perr("%s", name);
      free(name);
      free(buf);
      return 1;
    }
    fwrite(buf + pos, 1, end - pos, o);
    fclose(o);
    free(name);
    pos = end;
  }
  free(buf);
  return 0;
}

/* ---- cmp ---- */
int cmp_main(int argc, char **argv) {
  int c, list = 0, silent = 0;
  while ((c = app_getopt(argc, argv, "lsn:", NULL)) != -1) {
    if (c == 'l') list = 1;
    else if (c == 's') silent = 1;
    else if (c == 'n') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(2);
  }
  if (optind >= argc) {
    app_show_usage();
    return GNU ? 2 : 1;
  }
  const char *an = argv[optind], *bn = optind + 1 < argc ? argv[optind + 1] : "-";
  FILE *a = open_input(an), *b = open_input(bn);
  if (!a || !b) {
    close_input(a);
    close_input(b);
    return 2;
  }
  unsigned long long byte = 1, line = 1;
  int status = 0;
  for (;; byte++) {
    int x = getc(a), y = getc(b);
    if (x == EOF || y == EOF) {
      if (x != y) {
        if (!silent) fprintf(stderr, "%s: EOF on %s\n", applet_name, x == EOF ? an : bn);
        status = 1;
      }
      break;
    }
    if (x != y) {
      status = 1;
      if (silent) break;
      if (list) {
        printf("%llu %o %o\n", byte, x, y);
        continue;
      }
      printf("%s %s differ: %s %llu, line %llu\n", an, bn, GNU ? "byte" : "char", byte, line);
      break;
    }
    if (x == '\n') line++;
  }
  close_input(a);
  close_input(b);
  return status;
}

/* ---- tree ---- */
static int name_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void tree_dir(const char *path, char *prefix, int all, unsigned *dirs, unsigned *files) {
  DIR *d = opendir(path);
  if (!d) return;
  size_t n = 0, cap = 16;
  char **names = xmalloc(cap * sizeof *names);
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.' && (!all || !strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))) continue;
    if (n == cap) names = xrealloc(names, (cap *= 2) * sizeof *names);
    names[n++] = xstrdup(de->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, name_cmp);
  for (size_t i = 0; i < n; i++) {
    int last = i + 1 == n;
    char *full = concat_path(path, names[i]);
    struct stat st;
    int ok = lstat(full, &st) == 0;
    printf("%s%s%s", prefix, last ? "\u2514\u2500\u2500 " : "\u251c\u2500\u2500 ", names[i]);
    if (ok && S_ISLNK(st.st_mode)) {
      char t[4096];
      ssize_t l = readlink(full, t, sizeof t - 1);
      t[l > 0 ? l : 0] = 0;
      printf(" -> %s", t);
    }
    putchar('\n');
    if (ok && S_ISDIR(st.st_mode)) {
      (*dirs)++;
      size_t pl = strlen(prefix);
      char *np = xmalloc(pl + 16);
      strcpy(np, prefix);
      strcat(np, last ? "    " : "\u2502   ");
      tree_dir(full, np, all, dirs, files);
      free(np);
    } else {
      (*files)++;
    }
    free(full);
    free(names[i]);
  }
  free(names);
}

int tree_main(int argc, char **argv) {
  int c, all = 0;
  while ((c = app_getopt(argc, argv, "a", NULL)) != -1) {
    if (c == 'a') all = 1;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  char *dot[] = {".", NULL};
  char **dirs = optind < argc ? argv + optind : dot;
  unsigned nd = 0, nf = 0;
  for (; *dirs; dirs++) {
    puts(*dirs);
    char prefix[1] = "";
    tree_dir(*dirs, prefix, all, &nd, &nf);
  }
  printf("\n%u directories, %u files\n", nd, nf);
  return 0;
}

/* ---- mountpoint, pwdx, ttysize ---- */
int mountpoint_main(int argc, char **argv) {
  int c, quiet = 0;
  while ((c = app_getopt(argc, argv, "qdnx", NULL)) != -1) {
    if (c == 'q') quiet = 1;
    else if (c == 'H') return app_help();
    else if (c == '?') return app_bad_usage(1);
  }
  if (optind >= argc) return app_show_usage();
  const char *p = argv[optind];
  struct stat st;
  if (stat(p, &st) != 0) {
    if (!quiet) app_perr("%s", p);
    return 1;
  }
  char *r = real_path(p, 1);
  static const char *const points[] = {"/", "/dev", "/dev/shm", "/proc", "/sys", "/etc/hosts", "/etc/hostname", "/etc/resolv.conf"};
  int yes = 0;
  for (size_t i = 0; r && i < sizeof points / sizeof points[0]; i++)
    if (!strcmp(r, points[i])) yes = 1;
  free(r);
  if (!quiet) printf("%s %s a mountpoint\n", p, yes ? "is" : "is not");
  return yes ? 0 : 1;
}

int pwdx_main(int argc, char **argv) {
  if (argc < 2) return app_show_usage();
  struct proc *v;
  int n = read_procs(&v), status = 0;
  for (int i = 1; i < argc; i++) {
    long pid;
    int found = 0;
    if (parse_long(argv[i], &pid) == 0)
      for (int k = 0; k < n; k++)
        if (v[k].pid == pid) found = 1;
    if (!found) {
      printf("%s: No such process\n", argv[i]);
      status = 1;
      continue;
    }
    char cwd[4096] = "/";
    if (pid == gorae_getpid() && !getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
    printf("%ld: %s\n", pid, cwd);
  }
  free_procs(v, n);
  return status;
}

int ttysize_main(int argc, char **argv) {
  int32_t rc[2] = {24, 80};
  if (gorae_winsize(0, rc) < 0) {
    rc[0] = 24;
    rc[1] = 80;
  }
  if (argc < 2) {
    printf("%d %d\n", rc[1], rc[0]);
    return 0;
  }
  for (int i = 1; i < argc; i++) printf(i + 1 < argc ? "%d " : "%d\n", argv[i][0] == 'w' ? rc[1] : rc[0]);
  return 0;
}

/* ---- dos2unix / unix2dos ---- */
int dos2unix_main(int argc, char **argv) {
  int c, to_dos = strcmp(applet_base, "unix2dos") == 0;
  while ((c = app_getopt(argc, argv, "ud", NULL)) != -1) {
    if (c == 'u') to_dos = 0;
    else if (c == 'd') to_dos = 1;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  const char *name = optind < argc ? argv[optind] : "-";
  open_cant_style = 1;
  FILE *f = open_input(name);
  if (!f) return 1;
  size_t len;
  char *buf = read_all(f, &len);
  close_input(f);
  FILE *o = strcmp(name, "-") ? fopen(name, "w") : stdout;
  if (!o) {
    app_perr("%s", name);
    free(buf);
    return 1;
  }
  for (size_t i = 0; i < len; i++) {
    if (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n') continue;
    if (buf[i] == '\n' && to_dos) putc('\r', o);
    putc(buf[i], o);
  }
  if (o != stdout) fclose(o);
  free(buf);
  return 0;
}
