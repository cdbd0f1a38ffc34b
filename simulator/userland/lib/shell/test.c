/* test, [ and bash's [[ ]]: file tests, string and integer comparisons, ! ( ) -a -o / && ||. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "sh.h"

typedef struct {
  char **v;
  char **pat; /* [[ ]]: the word as a pattern (NULL for test) */
  int n, i;
  int err;
  int dbrack;
  const char *name;
} T;

static void t_error(T *t, const char *fmt, const char *arg) {
  if (t->err) return;
  t->err = 1;
  fflush(stdout);
  char msg[512];
  snprintf(msg, sizeof msg, fmt, arg);
  if (!sh.arg0) fprintf(stderr, "%s: %s\n", t->name, msg);
  else if (sh.flavour == SHELL_ASH) fprintf(stderr, "%s: %s: %s\n", sh.arg0, t->name, msg);
  else if (t->dbrack) sh_error("%s", msg);
  else sh_cmderror(t->name, "%s", msg);
}

static const char *peek(T *t, int k) { return t->i + k < t->n ? t->v[t->i + k] : NULL; }

static int is_unary(const char *s) {
  return s && s[0] == '-' && s[1] && !s[2] && strchr("bcdefghknprstuwxzGLOSaN", s[1]);
}

static int is_binary(T *t, const char *s) {
  if (!s) return 0;
  static const char *const ops[] = {"=", "!=", "==", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef", "<", ">", NULL};
  for (int i = 0; ops[i]; i++)
    if (strcmp(s, ops[i]) == 0) return 1;
  if (t->dbrack && strcmp(s, "=~") == 0) return 1;
  return 0;
}

static int integer(T *t, const char *s, long long *out) {
  const char *p = s;
  while (isspace((unsigned char)*p)) p++;
  char *end;
  errno = 0;
  long long v = strtoll(p, &end, 10);
  while (isspace((unsigned char)*end)) end++;
  if (end == p || *end || errno) {
    if (t->dbrack) {
      if (arith_eval(s, out) < 0) t->err = 1;
      return !t->err;
    }
    if (sh.flavour == SHELL_BASH) t_error(t, "%s: integer expression expected", s);
    else if (sh.flavour == SHELL_DASH) t_error(t, "Illegal number: %s", s);
    else t_error(t, "invalid number '%s'", s);
    return 0;
  }
  *out = v;
  return 1;
}

/* Whether a file may run: its x bits when the file system tells modes, else a program's look. */
static int executable(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return 0;
  if (S_ISDIR(st.st_mode)) return 1;
  /* The kernel knows the mode bits WASI's stat leaves out. */
  char abs[4096];
  int32_t v[5];
  if (g_abspath(path, abs, sizeof abs) && gorae_stat(abs, 1, v) == 0) return (v[0] & 0111) != 0;
  if (st.st_mode & 0777) return (st.st_mode & 0111) != 0;
  int fd = open(path, O_RDONLY);
  if (fd < 0) return 0;
  char h[4];
  ssize_t n = read(fd, h, 4);
  close(fd);
  return (n == 4 && memcmp(h, "\0asm", 4) == 0) || (n >= 2 && h[0] == '#' && h[1] == '!');
}

static int unary(T *t, char op, const char *a) {
  struct stat st;
  switch (op) {
  case 'n': return *a != 0;
  case 'z': return *a == 0;
  case 't': {
    long long fd;
    return integer(t, a, &fd) && isatty((int)fd);
  }
  case 'e':
  case 'a': return stat(a, &st) == 0;
  case 'f': return stat(a, &st) == 0 && S_ISREG(st.st_mode);
  case 'd': return stat(a, &st) == 0 && S_ISDIR(st.st_mode);
  case 'b': return stat(a, &st) == 0 && S_ISBLK(st.st_mode);
  case 'c': return stat(a, &st) == 0 && S_ISCHR(st.st_mode);
  case 'p': return stat(a, &st) == 0 && S_ISFIFO(st.st_mode);
  case 'S': return stat(a, &st) == 0 && S_ISSOCK(st.st_mode);
  case 'h':
  case 'L': return lstat(a, &st) == 0 && S_ISLNK(st.st_mode);
  case 's': return stat(a, &st) == 0 && st.st_size > 0;
  case 'r': return access(a, R_OK) == 0;
  case 'w': return access(a, W_OK) == 0;
  case 'x': return executable(a);
  case 'u':
  case 'g':
  case 'k': return 0;
  case 'O':
  case 'G': return stat(a, &st) == 0;
  case 'N': return stat(a, &st) == 0;
  }
  return 0;
}

static int binary(T *t, const char *a, const char *op, const char *b, const char *bpat) {
  long long x, y;
  if (strcmp(op, "=") == 0 || strcmp(op, "==") == 0) return bpat ? glob_match(bpat, a) : strcmp(a, b) == 0;
  if (strcmp(op, "!=") == 0) return bpat ? !glob_match(bpat, a) : strcmp(a, b) != 0;
  if (strcmp(op, "<") == 0) return strcmp(a, b) < 0;
  if (strcmp(op, ">") == 0) return strcmp(a, b) > 0;
  if (strcmp(op, "=~") == 0) {
    regex_t re;
    if (regcomp(&re, b, REG_EXTENDED | REG_NOSUB) != 0) return 0;
    int m = regexec(&re, a, 0, NULL, 0) == 0;
    regfree(&re);
    return m;
  }
  if (op[0] == '-' && (op[1] == 'n' || op[1] == 'o') && op[2] == 't') {
    struct stat sa, sb;
    int ha = stat(a, &sa) == 0, hb = stat(b, &sb) == 0;
    if (op[1] == 'n') return ha && (!hb || sa.st_mtime > sb.st_mtime);
    return hb && (!ha || sa.st_mtime < sb.st_mtime);
  }
  if (strcmp(op, "-ef") == 0) {
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_ino == sb.st_ino && sa.st_dev == sb.st_dev;
  }
  if (!integer(t, a, &x) || !integer(t, b, &y)) return 0;
  if (strcmp(op, "-eq") == 0) return x == y;
  if (strcmp(op, "-ne") == 0) return x != y;
  if (strcmp(op, "-lt") == 0) return x < y;
  if (strcmp(op, "-le") == 0) return x <= y;
  if (strcmp(op, "-gt") == 0) return x > y;
  return x >= y;
}

static int expr_or(T *t);

static int primary(T *t) {
  const char *a = peek(t, 0);
  if (!a) {
    if (sh.flavour == SHELL_BASH) t_error(t, "%s", "argument expected");
    else t_error(t, "%s", "argument expected");
    return 0;
  }
  if (strcmp(a, "!") == 0) {
    t->i++;
    return !primary(t);
  }
  if (strcmp(a, "(") == 0 && t->n - t->i > 1) {
    t->i++;
    int r = expr_or(t);
    const char *c = peek(t, 0);
    if (!c || strcmp(c, ")") != 0) {
      if (sh.flavour == SHELL_BASH) t_error(t, "%s", "`)' expected");
      else t_error(t, "%s", "closing paren expected");
      return 0;
    }
    t->i++;
    return r;
  }
  if (is_binary(t, peek(t, 1)) && peek(t, 2)) {
    const char *pat = t->pat ? t->pat[t->i + 2] : NULL;
    int r = binary(t, a, peek(t, 1), peek(t, 2), pat);
    t->i += 3;
    return r;
  }
  if (is_unary(a) && peek(t, 1)) {
    t->i += 2;
    return unary(t, a[1], peek(t, -1));
  }
  if (is_unary(a) && !peek(t, 1) && t->dbrack) {
    t_error(t, "unexpected argument `%s' to conditional unary operator", a);
    return 0;
  }
  t->i++;
  return *a != 0;
}

static int is_and(T *t, const char *s) { return s && strcmp(s, t->dbrack ? "&&" : "-a") == 0; }
static int is_or(T *t, const char *s) { return s && strcmp(s, t->dbrack ? "||" : "-o") == 0; }

static int expr_and(T *t) {
  int r = primary(t);
  while (!t->err && is_and(t, peek(t, 0))) {
    t->i++;
    int s = primary(t);
    r = r && s;
  }
  return r;
}

static int expr_or(T *t) {
  int r = expr_and(t);
  while (!t->err && is_or(t, peek(t, 0))) {
    t->i++;
    int s = expr_and(t);
    r = r || s;
  }
  return r;
}

static int evaluate(T *t) {
  int n = t->n;
  if (n == 0) return 1;
  /* POSIX's rules by argument count come first */
  if (!t->dbrack) {
    if (n == 1) return *t->v[0] == 0;
    if (n == 2 && strcmp(t->v[0], "!") == 0) return *t->v[1] != 0;
    if (n == 2 && is_unary(t->v[0])) {
      int r = !unary(t, t->v[0][1], t->v[1]);
      return t->err ? 2 : r;
    }
    if (n == 2) {
      if (sh.flavour == SHELL_BASH) t_error(t, "%s: unary operator expected", t->v[0]);
      else t_error(t, "%s: unexpected operator", t->v[0]);
      return 2;
    }
    if (n == 3 && is_binary(t, t->v[1])) {
      int r = !binary(t, t->v[0], t->v[1], t->v[2], NULL);
      return t->err ? 2 : r;
    }
    if (n == 3 && strcmp(t->v[0], "!") == 0) {
      t->i = 1;
      int r = primary(t);
      return t->err ? 2 : r;
    }
  }
  int r = expr_or(t);
  if (!t->err && t->i < t->n) {
    if (sh.flavour == SHELL_BASH) {
      if (t->dbrack) t_error(t, "syntax error in conditional expression%s", "");
      else if (n > 3 && !is_binary(t, peek(t, 0))) t_error(t, "%s", "too many arguments");
      else t_error(t, "%s: binary operator expected", peek(t, 0));
    } else
      t_error(t, "%s: unexpected operator", peek(t, 0));
  }
  if (t->err) return 2;
  return !r;
}

int builtin_test(int argc, char **argv) {
  T t;
  memset(&t, 0, sizeof t);
  t.name = argv[0];
  const char *base = strrchr(argv[0], '/');
  base = base ? base + 1 : argv[0];
  t.name = base;
  int n = argc - 1;
  if (strcmp(base, "[") == 0 || strcmp(base, "[[") == 0) {
    const char *close = base[1] ? "]]" : "]";
    if (n < 1 || strcmp(argv[argc - 1], close) != 0) {
      if (sh.flavour == SHELL_BASH) t_error(&t, "missing `%s'", close);
      else t_error(&t, "missing %s", close);
      return 2;
    }
    n--;
  }
  t.v = argv + 1;
  t.n = n;
  int r = evaluate(&t);
  fflush(stdout);
  return r;
}

/* [[ words ]]: the words expanded without splitting; == and != take patterns. */
int run_dbrack(strv *words) {
  T t;
  memset(&t, 0, sizeof t);
  t.name = "[[";
  t.dbrack = 1;
  t.n = words->n;
  t.v = xmalloc((size_t)(t.n + 1) * sizeof *t.v);
  t.pat = xmalloc((size_t)(t.n + 1) * sizeof *t.pat);
  int bad = 0;
  for (int i = 0; i < t.n; i++) {
    const char *w = words->v[i];
    int isop = strcmp(w, "&&") == 0 || strcmp(w, "||") == 0 || strcmp(w, "(") == 0 || strcmp(w, ")") == 0 || strcmp(w, "!") == 0;
    t.v[i] = isop ? xstrdup(w) : expand_str(w, 0);
    t.pat[i] = NULL;
    if (!t.v[i]) {
      bad = 1;
      t.v[i] = xstrdup("");
    }
    if (i > 0 && (strcmp(words->v[i - 1], "==") == 0 || strcmp(words->v[i - 1], "=") == 0 || strcmp(words->v[i - 1], "!=") == 0)) {
      t.pat[i] = expand_pattern(w);
    }
  }
  int r = 2;
  if (!bad) {
    if (sh.opt_x) {
      fflush(stdout);
      fprintf(stderr, "%s[[", var_get("PS4") ? var_get("PS4") : "+ ");
      for (int i = 0; i < t.n; i++) fprintf(stderr, " %s", t.v[i]);
      fprintf(stderr, " ]]\n");
      fflush(stderr);
    }
    int v = expr_or(&t);
    if (!t.err && t.i < t.n) t_error(&t, "syntax error in conditional expression%s", "");
    r = t.err ? 2 : !v;
  } else
    r = 1;
  for (int i = 0; i < t.n; i++) {
    free(t.v[i]);
    free(t.pat[i]);
  }
  free(t.v);
  free(t.pat);
  return r;
}
