/* find: walk trees and evaluate an expression on every file. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"

enum kind {
  K_AND, K_OR, K_NOT, K_TRUE, K_NAME, K_INAME, K_PATH, K_IPATH, K_TYPE, K_PRINT, K_PRINT0, K_EXEC, K_EXECPLUS,
  K_DELETE, K_SIZE, K_NEWER, K_EMPTY, K_MTIME, K_MMIN, K_PRUNE, K_QUIT, K_USER, K_GROUP, K_PERM, K_REGEX, K_LINKS,
  K_INUM, K_EXECUTABLE, K_FALSE,
};

struct node {
  enum kind kind;
  struct node *a, *b;
  const char *str;
  long long num;
  int cmp; /* -1 less, 0 exactly, 1 more */
  char unit;
  char **argv; /* -exec */
  int argc;
  regex_t re;
  /* -exec ... + batch */
  char **batch;
  int nbatch;
};

struct find {
  char **args;
  int nargs, pos;
  long maxdepth, mindepth;
  int depth_first, follow, follow_args, xdev;
  int status, quit, have_action;
  time_t now;
  struct node *root;
  struct node **all;
  int nall;
};

static struct node *mk(struct find *f, enum kind k) {
  struct node *n = xmalloc(sizeof *n);
  memset(n, 0, sizeof *n);
  n->kind = k;
  f->all = xrealloc(f->all, ((size_t)f->nall + 1) * sizeof *f->all);
  f->all[f->nall++] = n;
  return n;
}

static struct node *parse_or(struct find *f);

static const char *next_arg(struct find *f, const char *opt) {
  if (f->pos >= f->nargs) {
    if (GNU)
      app_err("missing argument to `%s'", opt);
    else
      app_err("%s: missing argument", opt);
    return NULL;
  }
  return f->args[f->pos++];
}

static int num_arg(const char *s, struct node *n, int allow_unit) {
  n->cmp = 0;
  if (*s == '+') {
    n->cmp = 1;
    s++;
  } else if (*s == '-') {
    n->cmp = -1;
    s++;
  }
  char *end;
  n->num = strtoll(s, &end, 10);
  if (end == s) return -1;
  n->unit = 0;
  if (*end) {
    if (!allow_unit || end[1]) return -1;
    n->unit = *end;
  }
  return 0;
}

static struct node *parse_primary(struct find *f) {
  if (f->pos >= f->nargs) return NULL;
  const char *a = f->args[f->pos++];
  struct node *n;
  if (!strcmp(a, "(")) {
    n = parse_or(f);
    if (!n) return NULL;
    if (f->pos >= f->nargs || strcmp(f->args[f->pos], ")")) {
      app_err(GNU ? "invalid expression; I was expecting to find a ')' somewhere but did not see one." : "unrecognized: (");
      return NULL;
    }
    f->pos++;
    return n;
  }
  if (!strcmp(a, "!") || !strcmp(a, "-not")) {
    n = mk(f, K_NOT);
    n->a = parse_primary(f);
    return n->a ? n : NULL;
  }
  static const struct { const char *name; enum kind k; int arg; } prims[] = {
    {"-name", K_NAME, 1}, {"-iname", K_INAME, 1}, {"-path", K_PATH, 1}, {"-wholename", K_PATH, 1}, {"-ipath", K_IPATH, 1},
    {"-type", K_TYPE, 1}, {"-print", K_PRINT, 0}, {"-print0", K_PRINT0, 0}, {"-delete", K_DELETE, 0}, {"-size", K_SIZE, 1},
    {"-newer", K_NEWER, 1}, {"-empty", K_EMPTY, 0}, {"-mtime", K_MTIME, 1}, {"-mmin", K_MMIN, 1}, {"-prune", K_PRUNE, 0},
    {"-quit", K_QUIT, 0}, {"-user", K_USER, 1}, {"-group", K_GROUP, 1}, {"-perm", K_PERM, 1}, {"-regex", K_REGEX, 1},
    {"-links", K_LINKS, 1}, {"-inum", K_INUM, 1}, {"-executable", K_EXECUTABLE, 0}, {"-true", K_TRUE, 0}, {"-false", K_FALSE, 0},
  };
  if (!strcmp(a, "-maxdepth") || !strcmp(a, "-mindepth")) {
    const char *v = next_arg(f, a);
    if (!v) return NULL;
    long d;
    if (parse_long(v, &d) != 0 || d < 0) {
      if (GNU)
        app_err("Expected a positive decimal integer argument to %s, but got %s", a, q(v));
      else
        app_err("invalid number '%s'", v);
      return NULL;
    }
    if (a[1] == 'm' && a[2] == 'a') f->maxdepth = d;
    else f->mindepth = d;
    return mk(f, K_TRUE);
  }
  if (!strcmp(a, "-depth") || !strcmp(a, "-d")) {
    f->depth_first = 1;
    return mk(f, K_TRUE);
  }
  if (!strcmp(a, "-xdev") || !strcmp(a, "-mount") || !strcmp(a, "-noleaf") || !strcmp(a, "-ignore_readdir_race")) return mk(f, K_TRUE);
  if (!strcmp(a, "-follow")) {
    f->follow = 1;
    return mk(f, K_TRUE);
  }
  if (!strcmp(a, "-exec") || !strcmp(a, "-ok")) {
    n = mk(f, K_EXEC);
    int start = f->pos;
    while (f->pos < f->nargs && strcmp(f->args[f->pos], ";") && !(strcmp(f->args[f->pos], "+") == 0 && f->pos > start && strcmp(f->args[f->pos - 1], "{}") == 0)) f->pos++;
    if (f->pos >= f->nargs || f->pos == start) {
      if (GNU)
        app_err("missing argument to `%s'", a);
      else
        app_err("%s: missing argument", a);
      return NULL;
    }
    if (!strcmp(f->args[f->pos], "+")) n->kind = K_EXECPLUS;
    n->argc = f->pos - start;
    n->argv = f->args + start;
    f->pos++;
    f->have_action = 1;
    return n;
  }
  for (size_t i = 0; i < sizeof prims / sizeof prims[0]; i++) {
    if (strcmp(a, prims[i].name)) continue;
    n = mk(f, prims[i].k);
    if (n->kind == K_PRINT || n->kind == K_PRINT0 || n->kind == K_DELETE || n->kind == K_QUIT) f->have_action = 1;
    if (n->kind == K_DELETE) f->depth_first = 1;
    if (!prims[i].arg) return n;
    const char *v = next_arg(f, a);
    if (!v) return NULL;
    n->str = v;
    switch (n->kind) {
    case K_TYPE:
      if (strlen(v) != 1 || !strchr("fdlbcps", v[0])) {
        if (GNU)
          app_err("Unknown argument to -type: %s", v);
        else
          app_err("bad -type '%s'", v);
        return NULL;
      }
      break;
    case K_SIZE:
    case K_MTIME:
    case K_MMIN:
    case K_LINKS:
    case K_INUM:
      if (num_arg(v, n, n->kind == K_SIZE) != 0) {
        if (GNU)
          app_err("invalid argument `%s' to `%s'", v, a);
        else
          app_err("invalid number '%s'", v);
        return NULL;
      }
      break;
    case K_NEWER: {
      struct stat st;
      if (stat(v, &st) != 0) {
        if (GNU)
          app_perr("%s", q(v));
        else
          app_perr("%s", v);
        return NULL;
      }
      n->num = (long long)st.st_mtime;
      break;
    }
    case K_USER: {
      long id = user_id(v);
      if (id < 0 && parse_long(v, &id) != 0) {
        if (GNU)
          app_err("%s is not the name of a known user", q(v));
        else
          app_err("unknown user '%s'", v);
        return NULL;
      }
      n->num = id;
      break;
    }
    case K_GROUP: {
      long id = group_id(v);
      if (id < 0 && parse_long(v, &id) != 0) {
        if (GNU)
          app_err("%s is not the name of an existing group", q(v));
        else
          app_err("unknown group '%s'", v);
        return NULL;
      }
      n->num = id;
      break;
    }
    case K_PERM: {
      const char *p = v;
      n->cmp = 0;
      if (*p == '-') { n->cmp = -1; p++; }
      else if (*p == '/' || *p == '+') { n->cmp = 1; p++; }
      n->num = strtol(p, NULL, 8);
      break;
    }
    case K_REGEX:
      if (regcomp(&n->re, v, 0) != 0) {
        app_err("bad regex '%s'", v);
        return NULL;
      }
      n->unit = 1;
      break;
    default: break;
    }
    return n;
  }
  if (GNU) {
    if (a[0] == '-')
      app_err("unknown predicate `%s'", a);
    else
      app_err("paths must precede expression: `%s'", a);
  } else {
    app_err("unrecognized: %s", a);
    app_show_usage();
  }
  return NULL;
}

static int at_operand_end(struct find *f) {
  return f->pos >= f->nargs || !strcmp(f->args[f->pos], ")") || !strcmp(f->args[f->pos], "-o") || !strcmp(f->args[f->pos], "-or") || !strcmp(f->args[f->pos], ",");
}

static struct node *parse_and(struct find *f) {
  struct node *l = parse_primary(f);
  if (!l) return NULL;
  while (!at_operand_end(f)) {
    if (!strcmp(f->args[f->pos], "-a") || !strcmp(f->args[f->pos], "-and")) f->pos++;
    struct node *r = parse_primary(f);
    if (!r) return NULL;
    struct node *n = mk(f, K_AND);
    n->a = l;
    n->b = r;
    l = n;
  }
  return l;
}

static struct node *parse_or(struct find *f) {
  struct node *l = parse_and(f);
  if (!l) return NULL;
  while (f->pos < f->nargs && (!strcmp(f->args[f->pos], "-o") || !strcmp(f->args[f->pos], "-or") || !strcmp(f->args[f->pos], ","))) {
    f->pos++;
    struct node *r = parse_and(f);
    if (!r) return NULL;
    struct node *n = mk(f, K_OR);
    n->a = l;
    n->b = r;
    l = n;
  }
  return l;
}

static int run_exec(struct find *f, struct node *n, const char *path) {
  char **argv = xmalloc(((size_t)n->argc + 1) * sizeof *argv);
  char **owned = xmalloc(((size_t)n->argc + 1) * sizeof *owned);
  int no = 0;
  for (int i = 0; i < n->argc; i++) {
    const char *a = n->argv[i];
    const char *br = strstr(a, "{}");
    if (!br) {
      argv[i] = (char *)a;
      continue;
    }
    /* every {} becomes the path */
    size_t cnt = 0;
    for (const char *p = a; (p = strstr(p, "{}")); p += 2) cnt++;
    char *s = xmalloc(strlen(a) + cnt * strlen(path) + 1), *o = s;
    for (const char *p = a; *p;) {
      if (p[0] == '{' && p[1] == '}') {
        strcpy(o, path);
        o += strlen(path);
        p += 2;
      } else {
        *o++ = *p++;
      }
    }
    *o = 0;
    argv[i] = owned[no++] = s;
  }
  argv[n->argc] = NULL;
  int r = run_program(argv);
  if (r < 0) {
    errno = -r;
    app_perr("%s", argv[0]);
    f->status = 1;
  }
  for (int i = 0; i < no; i++) free(owned[i]);
  free(owned);
  free(argv);
  return r == 0;
}

static void flush_batch(struct find *f, struct node *n) {
  if (!n->nbatch) return;
  int fixed = n->argc - 1; /* the last is {} */
  char **argv = xmalloc(((size_t)fixed + (size_t)n->nbatch + 1) * sizeof *argv);
  for (int i = 0; i < fixed; i++) argv[i] = n->argv[i];
  for (int i = 0; i < n->nbatch; i++) argv[fixed + i] = n->batch[i];
  argv[fixed + n->nbatch] = NULL;
  int r = run_program(argv);
  if (r != 0) f->status = 1;
  if (r < 0) {
    errno = -r;
    app_perr("%s", argv[0]);
  }
  free(argv);
  for (int i = 0; i < n->nbatch; i++) free(n->batch[i]);
  n->nbatch = 0;
}

static int casefn(const char *pat, const char *s, int icase) { return fnmatch(pat, s, icase ? FNM_CASEFOLD : 0) == 0; }

static int eval(struct find *f, struct node *n, const char *path, const struct stat *st, int *prune) {
  switch (n->kind) {
  case K_AND: return eval(f, n->a, path, st, prune) && eval(f, n->b, path, st, prune);
  case K_OR: return eval(f, n->a, path, st, prune) || eval(f, n->b, path, st, prune);
  case K_NOT: return !eval(f, n->a, path, st, prune);
  case K_TRUE: return 1;
  case K_FALSE: return 0;
  case K_NAME:
  case K_INAME: {
    char *p = xstrdup(path);
    size_t l = strlen(p);
    while (l > 1 && p[l - 1] == '/') p[--l] = 0;
    int r = casefn(n->str, l == 1 && p[0] == '/' ? p : base_name(p), n->kind == K_INAME);
    free(p);
    return r;
  }
  case K_PATH: return casefn(n->str, path, 0);
  case K_IPATH: return casefn(n->str, path, 1);
  case K_TYPE: {
    mode_t m = st->st_mode;
    switch (n->str[0]) {
    case 'f': return S_ISREG(m);
    case 'd': return S_ISDIR(m);
    case 'l': return S_ISLNK(m);
    case 'b': return S_ISBLK(m);
    case 'c': return S_ISCHR(m);
    case 'p': return S_ISFIFO(m);
    case 's': return S_ISSOCK(m);
    }
    return 0;
  }
  case K_PRINT: printf("%s\n", path); return 1;
  case K_PRINT0: fputs(path, stdout); putchar(0); return 1;
  case K_EXEC: return run_exec(f, n, path);
  case K_EXECPLUS:
    n->batch = xrealloc(n->batch, ((size_t)n->nbatch + 1) * sizeof *n->batch);
    n->batch[n->nbatch++] = xstrdup(path);
    if (n->nbatch >= 512) flush_batch(f, n);
    return 1;
  case K_DELETE:
    if ((S_ISDIR(st->st_mode) ? rmdir(path) : unlink(path)) != 0 && strcmp(path, ".")) {
      if (GNU)
        app_perr("cannot delete %s", q(path));
      else
        app_perr("%s", path);
      f->status = 1;
      return 0;
    }
    return 1;
  case K_SIZE: {
    long long unit = n->unit == 'c' ? 1 : n->unit == 'k' ? 1024 : n->unit == 'M' ? 1048576 : n->unit == 'G' ? 1073741824LL : n->unit == 'w' ? 2 : 512;
    long long sz = ((long long)st->st_size + unit - 1) / unit;
    return n->cmp > 0 ? sz > n->num : n->cmp < 0 ? sz < n->num : sz == n->num;
  }
  case K_NEWER: return (long long)st->st_mtime > n->num;
  case K_EMPTY:
    if (S_ISREG(st->st_mode)) return st->st_size == 0;
    if (S_ISDIR(st->st_mode)) {
      DIR *d = opendir(path);
      if (!d) return 0;
      struct dirent *de;
      int empty = 1;
      while ((de = readdir(d)))
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
          empty = 0;
          break;
        }
      closedir(d);
      return empty;
    }
    return 0;
  case K_MTIME:
  case K_MMIN: {
    long long unit = n->kind == K_MTIME ? 86400 : 60;
    long long age = ((long long)f->now - (long long)st->st_mtime);
    long long v = n->kind == K_MTIME ? age / unit : (age + unit - 1) / unit;
    return n->cmp > 0 ? v > n->num : n->cmp < 0 ? v < n->num : v == n->num;
  }
  case K_PRUNE: *prune = 1; return 1;
  case K_QUIT: f->quit = 1; return 1;
  case K_USER: return (long long)st->st_uid == n->num;
  case K_GROUP: return (long long)st->st_gid == n->num;
  case K_PERM: {
    long long m = st->st_mode & 07777;
    if (n->cmp < 0) return (m & n->num) == n->num;
    if (n->cmp > 0) return n->num == 0 || (m & n->num) != 0;
    return m == n->num;
  }
  case K_REGEX: {
    regmatch_t rm[1];
    return regexec(&n->re, path, 1, rm, 0) == 0 && rm[0].rm_so == 0 && (size_t)rm[0].rm_eo == strlen(path);
  }
  case K_LINKS: {
    long long v = (long long)st->st_nlink;
    return n->cmp > 0 ? v > n->num : n->cmp < 0 ? v < n->num : v == n->num;
  }
  case K_INUM: return (long long)st->st_ino == n->num;
  case K_EXECUTABLE: return (st->st_mode & 0111) != 0;
  }
  return 0;
}

static void visit(struct find *f, const char *path, long depth, int top) {
  if (f->quit) return;
  struct stat st;
  int r = (f->follow || (top && f->follow_args)) ? xstat(path, &st) : xlstat(path, &st);
  if (r != 0 && (f->follow || top) && xlstat(path, &st) == 0) r = 0;
  if (r != 0) {
    if (GNU)
      app_perr("%s", q(path));
    else
      app_perr("%s", path);
    f->status = 1;
    return;
  }
  int prune = 0;
  int act = depth >= f->mindepth;
  if (act && !f->depth_first) eval(f, f->root, path, &st, &prune);
  if (S_ISDIR(st.st_mode) && !prune && (f->maxdepth < 0 || depth < f->maxdepth) && !f->quit) {
    DIR *d = opendir(path);
    if (!d) {
      if (GNU)
        app_perr("%s", q(path));
      else
        app_perr("%s", path);
      f->status = 1;
    } else {
      size_t n = 0, cap = 16;
      char **names = xmalloc(cap * sizeof *names);
      struct dirent *de;
      while ((de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        if (n == cap) names = xrealloc(names, (cap *= 2) * sizeof *names);
        names[n++] = concat_path(path, de->d_name);
      }
      closedir(d);
      for (size_t i = 0; i < n; i++) {
        visit(f, names[i], depth + 1, 0);
        free(names[i]);
      }
      free(names);
    }
  }
  if (act && f->depth_first && !f->quit) eval(f, f->root, path, &st, &prune);
}

int find_main(int argc, char **argv) {
  struct find f;
  memset(&f, 0, sizeof f);
  f.maxdepth = -1;
  f.now = time(NULL);
  int i = 1;
  if (argc > 1 && !strcmp(argv[1], "--help")) return app_help();
  for (; i < argc && argv[i][0] == '-' && argv[i][1] && !argv[i][2] && strchr("HLP", argv[i][1]); i++) {
    if (argv[i][1] == 'L') f.follow = 1;
    else if (argv[i][1] == 'H') f.follow_args = 1;
  }
  int first_path = i;
  while (i < argc && !(argv[i][0] == '-' && argv[i][1]) && strcmp(argv[i], "(") && strcmp(argv[i], "!")) i++;
  int npaths = i - first_path;
  f.args = argv + i;
  f.nargs = argc - i;
  int rc = 1;
  struct node *expr = NULL;
  if (f.nargs > 0) {
    expr = parse_or(&f);
    if (!expr) goto out;
    if (f.pos < f.nargs) {
      if (GNU)
        app_err("unexpected extra predicate '%s'", f.args[f.pos]);
      else
        app_err("unrecognized: %s", f.args[f.pos]);
      goto out;
    }
  }
  if (!expr) expr = mk(&f, K_TRUE);
  if (!f.have_action) {
    struct node *p = mk(&f, K_PRINT), *a = mk(&f, K_AND);
    a->a = expr;
    a->b = p;
    expr = a;
  }
  f.root = expr;
  if (npaths == 0) {
    visit(&f, ".", 0, 1);
  } else {
    for (int k = first_path; k < first_path + npaths && !f.quit; k++) visit(&f, argv[k], 0, 1);
  }
  for (int k = 0; k < f.nall; k++)
    if (f.all[k]->kind == K_EXECPLUS) flush_batch(&f, f.all[k]);
  rc = f.status;
out:
  for (int k = 0; k < f.nall; k++) {
    if (f.all[k]->kind == K_REGEX && f.all[k]->unit) regfree(&f.all[k]->re);
    free(f.all[k]->batch);
    free(f.all[k]);
  }
  free(f.all);
  return rc;
}
