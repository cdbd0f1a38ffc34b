/* grep, egrep, fgrep: print lines that match patterns (POSIX regex from musl). */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

enum { G_BASIC, G_EXTENDED, G_FIXED };

struct grep {
  int mode, icase, invert, number, count, list, list_missing, quiet, silent, word, line, only, recursive, deref;
  int with_name, no_name, nul_data;
  int implicit_dot; /* -r without a path: names print without "./" */
  long max, after, before;
  char **pats;
  size_t npats;
  regex_t *res;
  int status; /* 0 match, 1 none, 2 error */
  int matched_any;
  int ctx_used;
  long last_printed; /* line number of the last printed line, for "--" */
};

/* glibc's wording of regcomp errors, as GNU grep prints them. */
static const char *gnu_regerror(int e) {
  switch (e) {
  case REG_EPAREN: return "Unmatched ( or \\(";
  case REG_EBRACE: return "Unmatched \\{";
  case REG_EESCAPE: return "Trailing backslash";
  case REG_BADBR: return "Invalid content of \\{\\}";
  case REG_ERANGE: return "Invalid range end";
  case REG_ECTYPE: return "Invalid character class name";
  case REG_ESUBREG: return "Invalid back reference";
  case REG_BADRPT: return "Invalid preceding regular expression";
  case REG_ESPACE: return "Memory exhausted";
  default: return "Invalid regular expression";
  }
}

static int word_char(int c) { return isalnum(c) || c == '_'; }

/* Finds the first match in [s, s+len) at or after `from`; stores its bounds. */
static int find_one(struct grep *g, size_t k, const char *s, size_t len, size_t from, size_t *ms, size_t *me) {
  if (g->mode == G_FIXED) {
    const char *p = g->pats[k];
    size_t pl = strlen(p);
    if (pl == 0) {
      *ms = *me = from;
      return 1;
    }
    for (size_t i = from; i + pl <= len; i++) {
      if (g->icase ? strncasecmp(s + i, p, pl) == 0 : memcmp(s + i, p, pl) == 0) {
        *ms = i;
        *me = i + pl;
        return 1;
      }
    }
    return 0;
  }
  /* the line is NUL-terminated by the caller */
  regmatch_t m[1];
  if (from > len) return 0;
  if (regexec(&g->res[k], s + from, 1, m, from > 0 ? REG_NOTBOL : 0) != 0) return 0;
  *ms = from + (size_t)m[0].rm_so;
  *me = from + (size_t)m[0].rm_eo;
  return 1;
}

/* First acceptable match (honouring -w and -x) of any pattern from `from`. */
static int match_at(struct grep *g, const char *s, size_t len, size_t from, size_t *bs, size_t *be) {
  int found = 0;
  for (size_t k = 0; k < g->npats; k++) {
    size_t start = from, ms, me;
    while (start <= len && find_one(g, k, s, len, start, &ms, &me)) {
      int ok = 1;
      if (g->line) ok = ms == 0 && me == len;
      if (ok && g->word) ok = (ms == 0 || !word_char((unsigned char)s[ms - 1])) && (me == len || !word_char((unsigned char)s[me])) && (me > ms || len == 0);
      if (ok) {
        if (!found || ms < *bs || (ms == *bs && me > *be)) {
          *bs = ms;
          *be = me;
        }
        found = 1;
        break;
      }
      start = ms + 1;
    }
  }
  return found;
}

static void print_prefix(struct grep *g, const char *name, long lineno, char sep) {
  if (g->with_name) printf("%s%c", name, sep);
  if (g->number) printf("%ld%c", lineno, sep);
}

static int grep_stream(struct grep *g, FILE *f, const char *name) {
  size_t len;
  char *buf = read_all(f, &len);
  char eol = g->nul_data ? '\0' : '\n';
  long lineno = 0, hits = 0, after_left = 0;
  size_t pos = 0;
  /* ring of previous line starts for -B */
  size_t *prev = g->before > 0 ? xmalloc((size_t)g->before * sizeof *prev) : NULL;
  size_t *prevlen = g->before > 0 ? xmalloc((size_t)g->before * sizeof *prevlen) : NULL;
  long nprev = 0;
  int binary = memchr(buf, 0, len) != NULL && !g->nul_data;
  int binary_matched = 0;
  while (pos < len) {
    char *e = memchr(buf + pos, eol, len - pos);
    size_t ll = e ? (size_t)(e - (buf + pos)) : len - pos;
    char *line = buf + pos;
    char saved = line[ll];
    line[ll] = 0;
    lineno++;
    size_t bs = 0, be = 0;
    int m = match_at(g, line, ll, 0, &bs, &be);
    if (g->invert) m = !m;
    if (m && (g->max < 0 || hits < g->max)) {
      hits++;
      if (g->quiet || g->list || g->list_missing) {
        line[ll] = saved;
        break;
      }
      if (!g->count) {
        if (binary) {
          binary_matched = 1;
          line[ll] = saved;
          break;
        }
        if (g->before > 0 || g->after > 0) {
          if (g->ctx_used && g->last_printed >= 0 && lineno - nprev > g->last_printed + 1) puts("--");
          for (long i = 0; i < nprev; i++) {
            print_prefix(g, name, lineno - nprev + i, '-');
            fwrite(buf + prev[i], 1, prevlen[i], stdout);
            putchar(eol);
          }
          nprev = 0;
          g->ctx_used = 1;
        }
        if (g->only && !g->invert) {
          size_t from = 0;
          while (from <= ll && match_at(g, line, ll, from, &bs, &be)) {
            if (be > bs) {
              print_prefix(g, name, lineno, ':');
              fwrite(line + bs, 1, be - bs, stdout);
              putchar(eol);
            }
            from = be > bs ? be : bs + 1;
          }
        } else if (!g->only) {
          print_prefix(g, name, lineno, ':');
          fwrite(line, 1, ll, stdout);
          putchar(eol);
        }
        g->last_printed = lineno;
        after_left = g->after;
      }
    } else if (!g->count && !g->quiet && !g->list && !g->list_missing) {
      if (after_left > 0) {
        print_prefix(g, name, lineno, '-');
        fwrite(line, 1, ll, stdout);
        putchar(eol);
        after_left--;
        g->last_printed = lineno;
      } else if (g->before > 0) {
        if (nprev == g->before) {
          memmove(prev, prev + 1, (size_t)(nprev - 1) * sizeof *prev);
          memmove(prevlen, prevlen + 1, (size_t)(nprev - 1) * sizeof *prevlen);
          nprev--;
        }
        prev[nprev] = pos;
        prevlen[nprev++] = ll;
      }
      if (g->max >= 0 && hits >= g->max && after_left == 0) {
        line[ll] = saved;
        break;
      }
    } else if (g->max >= 0 && hits >= g->max) {
      line[ll] = saved;
      break;
    }
    line[ll] = saved;
    pos += ll + 1;
  }
  free(prev);
  free(prevlen);
  free(buf);
  if (g->count) {
    if (g->with_name) printf("%s:", name);
    printf("%ld\n", hits);
  }
  if (g->list && hits) printf("%s\n", name);
  if (g->list_missing && !hits) printf("%s\n", name);
  if (binary_matched) {
    if (GNU)
      printf("%s: %s: binary file matches\n", applet_name, name);
    else
      printf("Binary file %s matches\n", name);
  }
  if (hits) g->matched_any = 1;
  return hits > 0;
}

static void grep_path(struct grep *g, const char *path, int top);

static void grep_dir(struct grep *g, const char *path) {
  DIR *d = opendir(path);
  if (!d) {
    if (!g->silent) app_perr("%s", path);
    g->status = 2;
    return;
  }
  size_t n = 0, cap = 16;
  char **names = xmalloc(cap * sizeof *names);
  struct dirent *de;
  while ((de = readdir(d))) {
    if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
    if (n == cap) names = xrealloc(names, (cap *= 2) * sizeof *names);
    names[n++] = xstrdup(de->d_name);
  }
  closedir(d);
  for (size_t i = 0; i < n; i++) {
    char *p = g->implicit_dot && strcmp(path, ".") == 0 ? xstrdup(names[i]) : concat_path(path, names[i]);
    grep_path(g, p, 0);
    free(p);
    free(names[i]);
  }
  free(names);
}

static void grep_path(struct grep *g, const char *path, int top) {
  struct stat st;
  if (strcmp(path, "-") != 0) {
    int r = (top || g->deref) ? stat(path, &st) : lstat(path, &st);
    if (r != 0) {
      if (!g->silent) app_perr("%s", path);
      g->status = 2;
      return;
    }
    if (S_ISLNK(st.st_mode)) return;
    if (S_ISDIR(st.st_mode)) {
      if (g->recursive) {
        grep_dir(g, path);
        return;
      }
      if (GNU && !g->silent) {
        errno = EISDIR;
        app_perr("%s", path);
      }
      if (GNU) g->status = 2;
      return;
    }
  }
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
  if (!f) {
    if (!g->silent) app_perr("%s", path);
    g->status = 2;
    return;
  }
  grep_stream(g, f, strcmp(path, "-") == 0 ? (GNU ? "(standard input)" : "(standard input)") : path);
  close_input(f);
}

static const struct option grep_long[] = {
  {"ignore-case", no_argument, NULL, 'i'},
  {"invert-match", no_argument, NULL, 'v'},
  {"line-number", no_argument, NULL, 'n'},
  {"count", no_argument, NULL, 'c'},
  {"files-with-matches", no_argument, NULL, 'l'},
  {"files-without-match", no_argument, NULL, 'L'},
  {"recursive", no_argument, NULL, 'r'},
  {"dereference-recursive", no_argument, NULL, 'R'},
  {"extended-regexp", no_argument, NULL, 'E'},
  {"fixed-strings", no_argument, NULL, 'F'},
  {"basic-regexp", no_argument, NULL, 'G'},
  {"quiet", no_argument, NULL, 'q'},
  {"silent", no_argument, NULL, 'q'},
  {"no-messages", no_argument, NULL, 's'},
  {"word-regexp", no_argument, NULL, 'w'},
  {"line-regexp", no_argument, NULL, 'x'},
  {"only-matching", no_argument, NULL, 'o'},
  {"with-filename", no_argument, NULL, 'h' + 0x100},
  {"no-filename", no_argument, NULL, 'h'},
  {"regexp", required_argument, NULL, 'e'},
  {"file", required_argument, NULL, 'f'},
  {"max-count", required_argument, NULL, 'm'},
  {"after-context", required_argument, NULL, 'A'},
  {"before-context", required_argument, NULL, 'B'},
  {"context", required_argument, NULL, 'C'},
  {"null-data", no_argument, NULL, 'z'},
  {"color", optional_argument, NULL, 'K'},
  {"colour", optional_argument, NULL, 'K'},
  {"help", no_argument, NULL, 'H' + 0x100},
  {NULL, 0, NULL, 0},
};

static void add_pattern(struct grep *g, const char *p) {
  /* a pattern with newlines is several patterns */
  const char *s = p;
  for (;;) {
    const char *nl = strchr(s, '\n');
    size_t n = nl ? (size_t)(nl - s) : strlen(s);
    g->pats = xrealloc(g->pats, (g->npats + 1) * sizeof *g->pats);
    char *c = xmalloc(n + 1);
    memcpy(c, s, n);
    c[n] = 0;
    g->pats[g->npats++] = c;
    if (!nl) break;
    s = nl + 1;
  }
}

static int ctx_arg(const char *s, long *out) {
  long v;
  if (parse_long(s, &v) != 0 || v < 0) {
    if (GNU)
      app_err("%s: invalid context length argument", s);
    else
      app_err("invalid number '%s'", s);
    return -1;
  }
  *out = v;
  return 0;
}

int grep_main(int argc, char **argv) {
  struct grep g;
  memset(&g, 0, sizeof g);
  g.max = -1;
  g.last_printed = -1;
  g.status = 1;
  if (strcmp(applet_base, "egrep") == 0) g.mode = G_EXTENDED;
  if (strcmp(applet_base, "fgrep") == 0) g.mode = G_FIXED;
  if (GNU && g.mode != G_BASIC) fprintf(stderr, "%s: warning: %s is obsolescent\n", applet_base, applet_base);
  int c, have_e = 0, rc = 2;
  while ((c = app_getopt(argc, argv, "ivnclLrREFGqswxohHe:f:m:A:B:C:zaUI", grep_long)) != -1) {
    switch (c) {
    case 'i': g.icase = 1; break;
    case 'v': g.invert = 1; break;
    case 'n': g.number = 1; break;
    case 'c': g.count = 1; break;
    case 'l': g.list = 1; break;
    case 'L': g.list_missing = 1; break;
    case 'r': g.recursive = 1; break;
    case 'R': g.recursive = g.deref = 1; break;
    case 'E': g.mode = G_EXTENDED; break;
    case 'F': g.mode = G_FIXED; break;
    case 'G': g.mode = G_BASIC; break;
    case 'q': g.quiet = 1; break;
    case 's': g.silent = 1; break;
    case 'w': g.word = 1; break;
    case 'x': g.line = 1; break;
    case 'o': g.only = 1; break;
    case 'h': g.no_name = 1; g.with_name = 0; break;
    case 'H': case 'h' + 0x100: g.with_name = 1; g.no_name = 0; break;
    case 'e': add_pattern(&g, optarg); have_e = 1; break;
    case 'f': {
      FILE *f = strcmp(optarg, "-") == 0 ? stdin : fopen(optarg, "r");
      if (!f) {
        app_perr("%s", optarg);
        goto out;
      }
      char *line = NULL;
      size_t cap = 0;
      ssize_t n;
      while ((n = getline(&line, &cap, f)) >= 0) {
        if (n > 0 && line[n - 1] == '\n') line[n - 1] = 0;
        add_pattern(&g, line);
      }
      free(line);
      close_input(f);
      have_e = 1;
      break;
    }
    case 'm': if (parse_long(optarg, &g.max) != 0) { app_err("invalid max count"); goto out; } break;
    case 'A': if (ctx_arg(optarg, &g.after)) goto out; break;
    case 'B': if (ctx_arg(optarg, &g.before)) goto out; break;
    case 'C': if (ctx_arg(optarg, &g.after)) goto out; g.before = g.after; break;
    case 'z': g.nul_data = 1; break;
    case 'a': case 'U': case 'I': case 'K': break;
    case 'H' + 0x100: rc = app_help(); goto out;
    default: app_bad_usage(2); rc = 2; goto out;
    }
  }
  if (!have_e) {
    if (optind >= argc) {
      if (GNU) {
        fprintf(stderr, "Usage: %s [OPTION]... PATTERNS [FILE]...\n", applet_name);
        rc = app_bad_usage(2);
      } else {
        app_show_usage();
        rc = 2;
      }
      goto out;
    }
    add_pattern(&g, argv[optind++]);
  }
  if (g.mode != G_FIXED) {
    g.res = xmalloc(g.npats * sizeof *g.res);
    for (size_t i = 0; i < g.npats; i++) {
      int flags = (g.mode == G_EXTENDED ? REG_EXTENDED : 0) | (g.icase ? REG_ICASE : 0);
      int e = regcomp(&g.res[i], g.pats[i], flags);
      if (e) {
        char msg[256];
        regerror(e, &g.res[i], msg, sizeof msg);
        if (GNU)
          app_err("%s", gnu_regerror(e));
        else
          app_err("bad regex '%s'", g.pats[i]);
        for (size_t j = 0; j < i; j++) regfree(&g.res[j]);
        free(g.res);
        g.res = NULL;
        goto out;
      }
    }
  }
  int nfiles = argc - optind;
  if (!g.no_name && (nfiles > 1 || g.recursive)) g.with_name = 1;
  if (nfiles == 0) {
    if (g.recursive) {
      g.implicit_dot = 1;
      grep_path(&g, ".", 1);
    }
    else
      grep_path(&g, "-", 1);
  } else {
    for (int i = optind; i < argc; i++) {
      grep_path(&g, argv[i], 1);
      if (g.quiet && g.matched_any) break;
    }
  }
  rc = g.matched_any ? ((g.status == 2 && !g.quiet) ? 2 : 0) : g.status;
  if (g.res) {
    for (size_t i = 0; i < g.npats; i++) regfree(&g.res[i]);
    free(g.res);
  }
out:
  for (size_t i = 0; i < g.npats; i++) free(g.pats[i]);
  free(g.pats);
  return rc;
}
