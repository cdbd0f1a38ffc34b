/* xargs: build command lines from standard input and run them. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

struct items {
  char **v;
  size_t n, cap;
};

static void push(struct items *it, char *s) {
  if (it->n == it->cap) it->v = xrealloc(it->v, (it->cap = it->cap ? it->cap * 2 : 64) * sizeof *it->v);
  it->v[it->n++] = s;
}

/* Splits input into items: blanks separate, quotes and backslashes protect. */
static int split_items(const char *buf, size_t len, struct items *it, int nul, int lines, const char *eof) {
  size_t i = 0;
  while (i < len) {
    if (nul) {
      size_t s = i;
      while (i < len && buf[i]) i++;
      push(it, strndup(buf + s, i - s));
      i++;
      continue;
    }
    if (lines) {
      size_t s = i;
      while (i < len && buf[i] != '\n') i++;
      size_t e = i;
      while (s < e && isblank((unsigned char)buf[s])) s++;
      if (e > s) push(it, strndup(buf + s, e - s));
      i++;
      continue;
    }
    while (i < len && isspace((unsigned char)buf[i])) i++;
    if (i >= len) break;
    char *w = xmalloc(len - i + 1);
    size_t o = 0;
    char quote = 0;
    while (i < len) {
      char c = buf[i];
      if (quote) {
        if (c == quote) quote = 0;
        else if (c == '\n') {
          app_err(GNU ? "unmatched %s quote; by default quotes are special to xargs unless you use the -0 option" : "unmatched %s quote", quote == '"' ? "double" : "single");
          free(w);
          return -1;
        } else w[o++] = c;
        i++;
        continue;
      }
      if (isspace((unsigned char)c)) break;
      if (c == '"' || c == '\'') quote = c;
      else if (c == '\\' && i + 1 < len) w[o++] = buf[++i];
      else w[o++] = c;
      i++;
    }
    if (quote) {
      app_err(GNU ? "unmatched %s quote; by default quotes are special to xargs unless you use the -0 option" : "unmatched %s quote", quote == '"' ? "double" : "single");
      free(w);
      return -1;
    }
    w[o] = 0;
    if (eof && strcmp(w, eof) == 0) {
      free(w);
      break;
    }
    push(it, w);
  }
  return 0;
}

static int run(char **argv, int trace) {
  if (trace) {
    for (int i = 0; argv[i]; i++) fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
    fputc('\n', stderr);
  }
  int r = run_program(argv);
  if (r < 0) {
    errno = -r;
    app_perr("%s", argv[0]);
    return r == -ENOENT ? 127 : 126;
  }
  if (r == 255) {
    app_err("%s: exited with status 255; aborting", argv[0]);
    return 124;
  }
  if (r > 128) return 125;
  return r ? 123 : 0;
}

static char *replace_all(const char *s, const char *from, const char *to) {
  size_t fl = strlen(from), tl = strlen(to), cnt = 0;
  for (const char *p = s; (p = strstr(p, from)); p += fl) cnt++;
  char *r = xmalloc(strlen(s) + cnt * tl + 1), *o = r;
  for (const char *p = s; *p;) {
    if (fl && strncmp(p, from, fl) == 0) {
      memcpy(o, to, tl);
      o += tl;
      p += fl;
    } else {
      *o++ = *p++;
    }
  }
  *o = 0;
  return r;
}

static const struct option xargs_long[] = {
  {"null", no_argument, NULL, '0'},
  {"no-run-if-empty", no_argument, NULL, 'r'},
  {"verbose", no_argument, NULL, 't'},
  {"max-args", required_argument, NULL, 'n'},
  {"max-lines", optional_argument, NULL, 'L'},
  {"replace", optional_argument, NULL, 'i'},
  {"arg-file", required_argument, NULL, 'a'},
  {"eof", optional_argument, NULL, 'e'},
  {"max-procs", required_argument, NULL, 'P'},
  {"delimiter", required_argument, NULL, 'd'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int xargs_main(int argc, char **argv) {
  int c, nul = 0, noempty = 0, trace = 0, lines = 0;
  long maxargs = 0;
  const char *repl = NULL, *file = NULL, *eof = NULL;
  char delim = 0;
  while ((c = app_getopt(argc, argv, "+0rtn:L:I:i::a:E:e::P:s:xpd:o", xargs_long)) != -1) {
    switch (c) {
    case '0': nul = 1; break;
    case 'r': noempty = 1; break;
    case 't': trace = 1; break;
    case 'n': maxargs = atol(optarg); break;
    case 'L': lines = 1; maxargs = optarg ? atol(optarg) : 1; break;
    case 'I': repl = optarg; lines = 1; maxargs = 1; break;
    case 'i': repl = optarg ? optarg : "{}"; lines = 1; maxargs = 1; break;
    case 'a': file = optarg; break;
    case 'E': eof = optarg; break;
    case 'e': eof = optarg; break;
    case 'd': delim = optarg[0]; nul = 2; break;
    case 'P': case 's': case 'x': case 'p': case 'o': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  FILE *in = file ? open_input(file) : stdin;
  if (!in) return 1;
  size_t len;
  char *buf = read_all(in, &len);
  close_input(in);
  if (nul == 2) {
    for (size_t i = 0; i < len; i++)
      if (buf[i] == delim) buf[i] = 0;
  }
  struct items it = {0};
  if (split_items(buf, len, &it, nul != 0, lines && repl, eof) != 0) {
    free(buf);
    return 1;
  }
  free(buf);
  char *echo_cmd[] = {"echo", NULL};
  char **cmd = optind < argc ? argv + optind : echo_cmd;
  int ncmd = optind < argc ? argc - optind : 1;
  int status = 0;
  if (it.n == 0) {
    if (!noempty && !repl) {
      char **v = xmalloc(((size_t)ncmd + 1) * sizeof *v);
      memcpy(v, cmd, (size_t)ncmd * sizeof *v);
      v[ncmd] = NULL;
      status = run(v, trace);
      free(v);
    }
    free(it.v);
    return status;
  }
  size_t per = maxargs > 0 ? (size_t)maxargs : 5000;
  for (size_t start = 0; start < it.n; start += per) {
    size_t cnt = it.n - start < per ? it.n - start : per;
    char **v = xmalloc(((size_t)ncmd + cnt + 1) * sizeof *v);
    size_t k = 0;
    char **owned = NULL;
    if (repl) {
      owned = xmalloc((size_t)ncmd * sizeof *owned);
      for (int i = 0; i < ncmd; i++) v[k++] = owned[i] = replace_all(cmd[i], repl, it.v[start]);
    } else {
      for (int i = 0; i < ncmd; i++) v[k++] = cmd[i];
      for (size_t i = 0; i < cnt; i++) v[k++] = it.v[start + i];
    }
    v[k] = NULL;
    int r = run(v, trace);
    if (owned) {
      for (int i = 0; i < ncmd; i++) free(owned[i]);
      free(owned);
    }
    free(v);
    if (r == 124 || r == 126 || r == 127) {
      status = r;
      break;
    }
    if (r) status = r;
  }
  for (size_t i = 0; i < it.n; i++) free(it.v[i]);
  free(it.v);
  return status;
}
