/* sed: the stream editor (addresses, s y d p q = a i c n N D P h H g G x b t T l r w {}). */
#include <ctype.h>
#include <errno.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

enum addr_kind { A_NONE, A_LINE, A_LAST, A_RE, A_STEP, A_PLUS };

struct addr {
  enum addr_kind kind;
  long n, step;
  regex_t *re;
};

struct cmd {
  struct addr a1, a2;
  int negate;
  char c;
  /* s */
  regex_t *re;
  char *repl;
  int global, print, nth, eval;
  FILE *wfile;
  /* y */
  unsigned char map[256];
  /* a i c r w b t T : */
  char *text;
  long jump; /* index for b/t/T and { (end) */
  int exit_code;
  /* range state */
  int in_range;
  long range_end;
};

struct sed {
  struct cmd *cmds;
  long n, cap;
  int quiet, extended, in_place, separate, zero;
  const char *suffix;
  regex_t *last_re;
  regex_t **res;
  long nres;
  char *script;
  size_t pos; /* parse position */
  int expr_no;
  /* run state */
  char *ps, *hs;
  size_t pslen, hslen;
  long line;
  int replaced;
  char *append; /* queued a/r text */
  size_t applen;
  int quit, status;
  FILE *out;
  /* input */
  char **files;
  int nfiles, fi;
  FILE *in;
  char *next;
  ssize_t nextlen;
  size_t nextcap;
  int have_next;
  int last_nl; /* the line just read ended with a newline */
};

static int sed_error(struct sed *s, const char *msg) {
  if (GNU)
    app_err("-e expression #%d, char %zu: %s", s->expr_no ? s->expr_no : 1, s->pos, msg);
  else
    app_err("%s", msg);
  return -1;
}

static char peek(struct sed *s) { return s->script[s->pos]; }

static void skip_ws(struct sed *s) {
  while (peek(s) == ' ' || peek(s) == '\t') s->pos++;
}

/* Reads text delimited by `delim`, handling \delim and \n; returns malloc'd string. */
static char *read_delimited(struct sed *s, char delim, int is_regex) {
  size_t cap = 64, o = 0;
  char *b = xmalloc(cap);
  for (;;) {
    char c = peek(s);
    if (!c) {
      free(b);
      return NULL;
    }
    s->pos++;
    if (o + 4 >= cap) b = xrealloc(b, cap *= 2);
    if (c == '\\') {
      char d = peek(s);
      if (!d) {
        free(b);
        return NULL;
      }
      s->pos++;
      if (d == delim) {
        b[o++] = d;
      } else if (d == 'n' && is_regex) {
        b[o++] = '\n';
      } else if (d == 't' && is_regex) {
        b[o++] = '\t';
      } else if (d == '\n' && !is_regex) {
        b[o++] = '\\';
        b[o++] = '\n';
      } else {
        b[o++] = '\\';
        b[o++] = d;
      }
      continue;
    }
    if (c == delim) break;
    if (c == '\n' && is_regex) {
      free(b);
      return NULL;
    }
    b[o++] = c;
  }
  b[o] = 0;
  return b;
}

static regex_t *compile(struct sed *s, const char *pat, int icase) {
  if (!*pat) {
    if (!s->last_re) {
      sed_error(s, "no previous regular expression");
      return NULL;
    }
    return s->last_re;
  }
  regex_t *re = xmalloc(sizeof *re);
  int e = regcomp(re, pat, (s->extended ? REG_EXTENDED : 0) | (icase ? REG_ICASE : 0));
  if (e) {
    char msg[200];
    regerror(e, re, msg, sizeof msg);
    free(re);
    sed_error(s, msg);
    return NULL;
  }
  s->res = xrealloc(s->res, ((size_t)s->nres + 1) * sizeof *s->res);
  s->res[s->nres++] = re;
  s->last_re = re;
  return re;
}

static int parse_addr(struct sed *s, struct addr *a) {
  char c = peek(s);
  a->kind = A_NONE;
  if (isdigit((unsigned char)c)) {
    a->n = strtol(s->script + s->pos, NULL, 10);
    while (isdigit((unsigned char)peek(s))) s->pos++;
    a->kind = A_LINE;
    if (peek(s) == '~' && GNU) {
      s->pos++;
      a->step = strtol(s->script + s->pos, NULL, 10);
      while (isdigit((unsigned char)peek(s))) s->pos++;
      a->kind = A_STEP;
    }
  } else if (c == '$') {
    s->pos++;
    a->kind = A_LAST;
  } else if (c == '+' && isdigit((unsigned char)s->script[s->pos + 1])) {
    s->pos++;
    a->n = strtol(s->script + s->pos, NULL, 10);
    while (isdigit((unsigned char)peek(s))) s->pos++;
    a->kind = A_PLUS;
  } else if (c == '/' || c == '\\') {
    s->pos++;
    char delim = '/';
    if (c == '\\') {
      delim = peek(s);
      s->pos++;
    }
    char *pat = read_delimited(s, delim, 1);
    if (!pat) return sed_error(s, "unterminated address regex");
    int icase = 0;
    while (peek(s) == 'I' || peek(s) == 'M') {
      if (peek(s) == 'I') icase = 1;
      s->pos++;
    }
    a->re = compile(s, pat, icase);
    free(pat);
    if (!a->re) return -1;
    a->kind = A_RE;
  }
  return 0;
}

/* Text argument of a, i, c: "a\" newline text, or "a text" (GNU one-liner). */
static char *read_text(struct sed *s) {
  skip_ws(s);
  if (peek(s) == '\\') {
    s->pos++;
    if (peek(s) == '\n') s->pos++;
  }
  skip_ws(s);
  size_t cap = 64, o = 0;
  char *b = xmalloc(cap);
  for (;;) {
    char c = peek(s);
    if (!c) break;
    s->pos++;
    if (o + 2 >= cap) b = xrealloc(b, cap *= 2);
    if (c == '\\') {
      char d = peek(s);
      if (!d) break;
      s->pos++;
      b[o++] = d == 't' ? '\t' : d;
      continue;
    }
    if (c == '\n') break;
    b[o++] = c;
  }
  b[o] = 0;
  return b;
}

static char *read_label(struct sed *s) {
  skip_ws(s);
  size_t st = s->pos;
  while (peek(s) && peek(s) != '\n' && peek(s) != ';') s->pos++;
  size_t e = s->pos;
  while (e > st && isspace((unsigned char)s->script[e - 1])) e--;
  return strndup(s->script + st, e - st);
}

static struct cmd *new_cmd(struct sed *s) {
  if (s->n == s->cap) s->cmds = xrealloc(s->cmds, (size_t)(s->cap = s->cap ? s->cap * 2 : 16) * sizeof *s->cmds);
  struct cmd *c = &s->cmds[s->n++];
  memset(c, 0, sizeof *c);
  return c;
}

static int parse_script(struct sed *s) {
  long stack[64];
  int depth = 0;
  for (;;) {
    while (isspace((unsigned char)peek(s)) || peek(s) == ';') s->pos++;
    if (!peek(s)) break;
    if (peek(s) == '#') {
      while (peek(s) && peek(s) != '\n') s->pos++;
      continue;
    }
    struct addr a1, a2 = {A_NONE, 0, 0, NULL};
    if (parse_addr(s, &a1)) return -1;
    if (a1.kind != A_NONE && peek(s) == ',') {
      s->pos++;
      if (parse_addr(s, &a2)) return -1;
      if (a2.kind == A_NONE) return sed_error(s, "unexpected `,'");
    }
    skip_ws(s);
    int neg = 0;
    while (peek(s) == '!') {
      neg = 1;
      s->pos++;
      skip_ws(s);
    }
    char c = peek(s);
    if (!c) return sed_error(s, "missing command");
    s->pos++;
    if (c == '}') {
      if (!depth) return sed_error(s, "unexpected `}'");
      s->cmds[stack[--depth]].jump = s->n;
      continue;
    }
    struct cmd *cmd = new_cmd(s);
    cmd->a1 = a1;
    cmd->a2 = a2;
    cmd->negate = neg;
    cmd->c = c;
    switch (c) {
    case '{':
      if (depth == 64) return sed_error(s, "too many {");
      stack[depth++] = s->n - 1;
      break;
    case 's': {
      char delim = peek(s);
      char unmatched[32];
      if (GNU)
        snprintf(unmatched, sizeof unmatched, "unterminated `s' command");
      else
        snprintf(unmatched, sizeof unmatched, "unmatched '%c'", delim);
      if (!delim || delim == '\n' || delim == '\\') return sed_error(s, unmatched);
      s->pos++;
      char *pat = read_delimited(s, delim, 1);
      if (!pat) return sed_error(s, unmatched);
      char *repl = read_delimited(s, delim, 0);
      if (!repl) {
        free(pat);
        return sed_error(s, unmatched);
      }
      int icase = 0;
      for (;;) {
        char f = peek(s);
        if (f == 'g') cmd->global = 1;
        else if (f == 'p') cmd->print++;
        else if (f == 'i' || f == 'I') icase = 1;
        else if (f == 'e') cmd->eval = 1;
        else if (f == 'm' || f == 'M') {
        } else if (isdigit((unsigned char)f)) {
          cmd->nth = (int)strtol(s->script + s->pos, NULL, 10);
          while (isdigit((unsigned char)s->script[s->pos + 1])) s->pos++;
        } else if (f == 'w') {
          s->pos++;
          char *name = read_label(s);
          cmd->wfile = strcmp(name, "/dev/stdout") == 0 ? stdout : fopen(name, "w");
          free(name);
          break;
        } else
          break;
        s->pos++;
      }
      char f = peek(s);
      if (f && f != ';' && f != '\n' && f != '}' && f != '#' && !isspace((unsigned char)f)) {
        free(pat);
        free(repl);
        s->pos++;
        return sed_error(s, "unknown option to `s'");
      }
      cmd->re = compile(s, pat, icase);
      free(pat);
      cmd->repl = repl;
      if (!cmd->re) return -1;
      break;
    }
    case 'y': {
      char delim = peek(s);
      s->pos++;
      char *a = read_delimited(s, delim, 0), *b = a ? read_delimited(s, delim, 0) : NULL;
      if (!a || !b || strlen(a) != strlen(b)) {
        free(a);
        free(b);
        return sed_error(s, "strings for `y' command are different lengths");
      }
      for (int i = 0; i < 256; i++) cmd->map[i] = (unsigned char)i;
      for (size_t i = 0; a[i]; i++) cmd->map[(unsigned char)a[i]] = (unsigned char)b[i];
      free(a);
      free(b);
      break;
    }
    case 'a': case 'i': case 'c':
      cmd->text = read_text(s);
      break;
    case 'b': case 't': case 'T': case ':': case 'r': case 'R': case 'w': case 'W':
      cmd->text = read_label(s);
      if (c == ':' && !*cmd->text) return sed_error(s, "\":\" lacks a label");
      if (c == 'w' || c == 'W') cmd->wfile = fopen(cmd->text, "w");
      break;
    case 'q': case 'Q': case 'l': case 'L':
      skip_ws(s);
      cmd->exit_code = isdigit((unsigned char)peek(s)) ? (int)strtol(s->script + s->pos, NULL, 10) : 0;
      while (isdigit((unsigned char)peek(s))) s->pos++;
      break;
    case '=': case 'd': case 'D': case 'p': case 'P': case 'n': case 'N': case 'h': case 'H': case 'g': case 'G': case 'x': case 'z': case 'F':
      break;
    default: {
      char msg[64];
      snprintf(msg, sizeof msg, GNU ? "unknown command: `%c'" : "unsupported command %c", c);
      return sed_error(s, msg);
    }
    }
  }
  if (depth) return sed_error(s, "unmatched `{'");
  /* resolve labels */
  for (long i = 0; i < s->n; i++) {
    struct cmd *c = &s->cmds[i];
    if (c->c != 'b' && c->c != 't' && c->c != 'T') continue;
    c->jump = s->n;
    if (!*c->text) continue;
    long k;
    for (k = 0; k < s->n; k++)
      if (s->cmds[k].c == ':' && strcmp(s->cmds[k].text, c->text) == 0) break;
    if (k == s->n) {
      char msg[300];
      snprintf(msg, sizeof msg, "can't find label for jump to `%s'", c->text);
      app_err("%s", msg);
      return -1;
    }
    c->jump = k;
  }
  return 0;
}

/* input: lines across files, with one line of lookahead to know the last */
static int open_next(struct sed *s) {
  while (s->fi < s->nfiles) {
    const char *name = s->files[s->fi++];
    FILE *f = open_input(name);
    if (!f) {
      s->status = 2;
      continue;
    }
    s->in = f;
    return 1;
  }
  return 0;
}

static int fetch(struct sed *s) {
  char eol = s->zero ? 0 : '\n';
  for (;;) {
    if (!s->in && !open_next(s)) return 0;
    s->nextlen = getdelim(&s->next, &s->nextcap, eol, s->in);
    if (s->nextlen >= 0) return 1;
    close_input(s->in);
    s->in = NULL;
    if (s->separate) return 0;
  }
}

static int read_line(struct sed *s, int append) {
  if (!s->have_next) {
    if (!fetch(s)) return 0;
  }
  char eol = s->zero ? 0 : '\n';
  size_t n = (size_t)s->nextlen;
  s->last_nl = n > 0 && s->next[n - 1] == eol;
  if (s->last_nl) n--;
  if (append) {
    s->ps = xrealloc(s->ps, s->pslen + n + 2);
    s->ps[s->pslen++] = '\n';
  } else {
    s->ps = xrealloc(s->ps, n + 1);
    s->pslen = 0;
  }
  memcpy(s->ps + s->pslen, s->next, n);
  s->pslen += n;
  s->ps[s->pslen] = 0;
  s->line++;
  s->have_next = fetch(s);
  return 1;
}

static int is_last(struct sed *s) { return !s->have_next; }

static void emit(struct sed *s, const char *p, size_t n, FILE *o) {
  fwrite(p, 1, n, o);
  if (s->last_nl || s->have_next) putc(s->zero ? 0 : '\n', o);
}

static void flush_append(struct sed *s) {
  if (s->applen) fwrite(s->append, 1, s->applen, s->out);
  s->applen = 0;
}

static void queue(struct sed *s, const char *t, size_t n) {
  s->append = xrealloc(s->append, s->applen + n + 1);
  memcpy(s->append + s->applen, t, n);
  s->applen += n;
}

static int match_addr(struct sed *s, struct addr *a) {
  switch (a->kind) {
  case A_NONE: return 1;
  case A_LINE: return s->line == a->n;
  case A_LAST: return is_last(s);
  case A_STEP: return a->step > 0 ? (s->line >= a->n && (s->line - a->n) % a->step == 0) : s->line == a->n;
  case A_RE: s->last_re = a->re; return regexec(a->re, s->ps, 0, NULL, 0) == 0;
  case A_PLUS: return 0;
  }
  return 0;
}

static int selected(struct sed *s, struct cmd *c) {
  int m;
  if (c->a2.kind == A_NONE) {
    m = match_addr(s, &c->a1);
  } else if (c->in_range) {
    m = 1;
    if (c->a2.kind == A_LINE) {
      if (s->line >= c->a2.n) c->in_range = 0;
      if (s->line > c->a2.n) m = 0, c->in_range = 0;
    } else if (c->a2.kind == A_PLUS) {
      if (s->line >= c->range_end) c->in_range = 0;
    } else if (match_addr(s, &c->a2)) {
      c->in_range = 0;
    }
    if (!m) m = match_addr(s, &c->a1) && (c->in_range = 1, 1);
  } else if (match_addr(s, &c->a1)) {
    m = 1;
    c->in_range = 1;
    if (c->a2.kind == A_LINE && c->a2.n <= s->line) c->in_range = 0;
    if (c->a2.kind == A_PLUS) {
      c->range_end = s->line + c->a2.n;
      if (c->a2.n == 0) c->in_range = 0;
    }
    if (c->a2.kind == A_LAST && is_last(s)) c->in_range = 0;
  } else {
    m = 0;
  }
  return c->negate ? !m : m;
}

/* Builds the replacement for one match into out. */
static void add_repl(char **out, size_t *olen, size_t *ocap, const char *repl, const char *src, regmatch_t *m) {
  int caseconv = 0, once = 0; /* 1 upper, 2 lower */
  for (const char *r = repl; *r; r++) {
    const char *piece = r;
    size_t plen = 1;
    char tmp;
    if (*r == '\\' && r[1]) {
      r++;
      if (*r >= '0' && *r <= '9') {
        int k = *r - '0';
        piece = src + m[k].rm_so;
        plen = m[k].rm_so >= 0 ? (size_t)(m[k].rm_eo - m[k].rm_so) : 0;
      } else if (*r == 'n') {
        tmp = '\n';
        piece = &tmp;
      } else if (*r == 't') {
        tmp = '\t';
        piece = &tmp;
      } else if (*r == 'U' || *r == 'L' || *r == 'E') {
        caseconv = *r == 'U' ? 1 : *r == 'L' ? 2 : 0;
        continue;
      } else if (*r == 'u' || *r == 'l') {
        once = *r == 'u' ? 1 : 2;
        continue;
      } else {
        piece = r;
      }
    } else if (*r == '&') {
      piece = src + m[0].rm_so;
      plen = (size_t)(m[0].rm_eo - m[0].rm_so);
    }
    if (*olen + plen + 1 >= *ocap) *out = xrealloc(*out, *ocap = (*olen + plen + 1) * 2);
    for (size_t i = 0; i < plen; i++) {
      char ch = piece[i];
      if (once) {
        ch = (char)(once == 1 ? toupper((unsigned char)ch) : tolower((unsigned char)ch));
        once = 0;
      } else if (caseconv) {
        ch = (char)(caseconv == 1 ? toupper((unsigned char)ch) : tolower((unsigned char)ch));
      }
      (*out)[(*olen)++] = ch;
    }
  }
}

static int substitute(struct sed *s, struct cmd *c) {
  regmatch_t m[10];
  size_t ocap = s->pslen * 2 + 16, olen = 0, pos = 0;
  char *out = xmalloc(ocap);
  int count = 0, done = 0;
  while (pos <= s->pslen) {
    if (regexec(c->re, s->ps + pos, 10, m, pos ? REG_NOTBOL : 0) != 0) break;
    for (int k = 0; k < 10; k++)
      if (m[k].rm_so >= 0) {
        m[k].rm_so += (regoff_t)pos;
        m[k].rm_eo += (regoff_t)pos;
      }
    count++;
    size_t so = (size_t)m[0].rm_so, eo = (size_t)m[0].rm_eo;
    if (olen + (so - pos) + 1 >= ocap) out = xrealloc(out, ocap = (olen + so - pos + 1) * 2);
    memcpy(out + olen, s->ps + pos, so - pos);
    olen += so - pos;
    if (!c->nth || count == c->nth || (c->global && count > c->nth)) {
      add_repl(&out, &olen, &ocap, c->repl, s->ps, m);
      done = 1;
    } else {
      if (olen + (eo - so) + 1 >= ocap) out = xrealloc(out, ocap = (olen + eo - so + 1) * 2);
      memcpy(out + olen, s->ps + so, eo - so);
      olen += eo - so;
    }
    pos = eo;
    if (eo == so) {
      if (pos < s->pslen) {
        if (olen + 2 >= ocap) out = xrealloc(out, ocap *= 2);
        out[olen++] = s->ps[pos];
      }
      pos++;
    }
    if (done && !c->global) break;
    if (!c->global && c->nth && count >= c->nth) break;
  }
  if (!done) {
    free(out);
    return 0;
  }
  if (pos < s->pslen) {
    if (olen + (s->pslen - pos) + 1 >= ocap) out = xrealloc(out, ocap = olen + s->pslen - pos + 1);
    memcpy(out + olen, s->ps + pos, s->pslen - pos);
    olen += s->pslen - pos;
  }
  out[olen] = 0;
  free(s->ps);
  s->ps = out;
  s->pslen = olen;
  return 1;
}

static void print_l(struct sed *s) {
  int col = 0;
  for (size_t i = 0; i < s->pslen; i++) {
    unsigned char ch = (unsigned char)s->ps[i];
    char buf[8];
    if (ch == '\\') strcpy(buf, "\\\\");
    else if (ch == '\a') strcpy(buf, "\\a");
    else if (ch == '\b') strcpy(buf, "\\b");
    else if (ch == '\f') strcpy(buf, "\\f");
    else if (ch == '\n') strcpy(buf, "\\n");
    else if (ch == '\r') strcpy(buf, "\\r");
    else if (ch == '\t') strcpy(buf, "\\t");
    else if (ch == '\v') strcpy(buf, "\\v");
    else if (ch < 32 || ch >= 127) snprintf(buf, sizeof buf, "\\%03o", ch);
    else {
      buf[0] = (char)ch;
      buf[1] = 0;
    }
    int l = (int)strlen(buf);
    if (col + l > 68) {
      fputs("\\\n", s->out);
      col = 0;
    }
    fputs(buf, s->out);
    col += l;
  }
  fputs("$\n", s->out);
}

/* Runs the script over one cycle; returns 1 to auto-print. */
static int cycle(struct sed *s) {
  long pc = 0;
  s->replaced = 0;
  while (pc < s->n) {
    struct cmd *c = &s->cmds[pc];
    if (c->c == ':') {
      pc++;
      continue;
    }
    if (!selected(s, c)) {
      pc = c->c == '{' ? c->jump : pc + 1;
      continue;
    }
    pc++;
    switch (c->c) {
    case '{': break;
    case '=': fprintf(s->out, "%ld\n", s->line); break;
    case 'a': queue(s, c->text, strlen(c->text)); queue(s, "\n", 1); break;
    case 'i': fputs(c->text, s->out); putc('\n', s->out); break;
    case 'c':
      if (c->a2.kind == A_NONE || !c->in_range) {
        fputs(c->text, s->out);
        putc('\n', s->out);
      }
      return 0;
    case 'd': return 0;
    case 'D': {
      char *nl = memchr(s->ps, '\n', s->pslen);
      if (!nl) return 0;
      size_t rest = s->pslen - (size_t)(nl + 1 - s->ps);
      memmove(s->ps, nl + 1, rest);
      s->pslen = rest;
      s->ps[rest] = 0;
      flush_append(s);
      pc = 0;
      s->replaced = 0;
      continue;
    }
    case 'p': emit(s, s->ps, s->pslen, s->out); break;
    case 'P': {
      char *nl = memchr(s->ps, '\n', s->pslen);
      fwrite(s->ps, 1, nl ? (size_t)(nl - s->ps) : s->pslen, s->out);
      putc('\n', s->out);
      break;
    }
    case 'l': print_l(s); break;
    case 'n':
      if (!s->quiet) emit(s, s->ps, s->pslen, s->out);
      flush_append(s);
      if (is_last(s)) {
        if (GNU) {
          s->quit = 1;
          return 0;
        }
        s->quit = 1;
        return 0;
      }
      read_line(s, 0);
      break;
    case 'N':
      if (is_last(s)) {
        s->quit = 1;
        return GNU ? !s->quiet : 0;
      }
      flush_append(s);
      read_line(s, 1);
      break;
    case 'h':
      s->hs = xrealloc(s->hs, s->pslen + 1);
      memcpy(s->hs, s->ps, s->pslen + 1);
      s->hslen = s->pslen;
      break;
    case 'H':
      s->hs = xrealloc(s->hs, s->hslen + s->pslen + 2);
      s->hs[s->hslen++] = '\n';
      memcpy(s->hs + s->hslen, s->ps, s->pslen + 1);
      s->hslen += s->pslen;
      break;
    case 'g':
      s->ps = xrealloc(s->ps, s->hslen + 1);
      if (s->hs) memcpy(s->ps, s->hs, s->hslen);
      s->pslen = s->hslen;
      s->ps[s->pslen] = 0;
      break;
    case 'G':
      s->ps = xrealloc(s->ps, s->pslen + s->hslen + 2);
      s->ps[s->pslen++] = '\n';
      if (s->hs) memcpy(s->ps + s->pslen, s->hs, s->hslen);
      s->pslen += s->hslen;
      s->ps[s->pslen] = 0;
      break;
    case 'x': {
      char *t = s->ps;
      size_t tl = s->pslen;
      s->ps = s->hs ? s->hs : xstrdup("");
      s->pslen = s->hs ? s->hslen : 0;
      s->hs = t;
      s->hslen = tl;
      break;
    }
    case 'z': s->pslen = 0; s->ps[0] = 0; break;
    case 'y':
      for (size_t i = 0; i < s->pslen; i++) s->ps[i] = (char)c->map[(unsigned char)s->ps[i]];
      break;
    case 's':
      if (substitute(s, c)) {
        s->replaced = 1;
        if (c->print) emit(s, s->ps, s->pslen, s->out);
        if (c->wfile) {
          fwrite(s->ps, 1, s->pslen, c->wfile);
          putc('\n', c->wfile);
        }
      }
      break;
    case 'b': pc = c->jump; break;
    case 't':
      if (s->replaced) {
        s->replaced = 0;
        pc = c->jump;
      }
      break;
    case 'T':
      if (!s->replaced) pc = c->jump;
      else s->replaced = 0;
      break;
    case 'r': {
      FILE *f = fopen(c->text, "r");
      if (f) {
        size_t n;
        char *b = read_all(f, &n);
        fclose(f);
        queue(s, b, n);
        free(b);
      }
      break;
    }
    case 'w':
      if (c->wfile) {
        fwrite(s->ps, 1, s->pslen, c->wfile);
        putc('\n', c->wfile);
      }
      break;
    case 'F': fputs("-\n", s->out); break;
    case 'q':
      s->quit = 1;
      s->status = c->exit_code;
      return 1;
    case 'Q':
      s->quit = 1;
      s->status = c->exit_code;
      return 0;
    }
  }
  return 1;
}

static void run_stream(struct sed *s) {
  while (!s->quit && read_line(s, 0)) {
    int print = cycle(s);
    if (print && !s->quiet) emit(s, s->ps, s->pslen, s->out);
    flush_append(s);
  }
}

static const struct option sed_long[] = {
  {"quiet", no_argument, NULL, 'n'},
  {"silent", no_argument, NULL, 'n'},
  {"expression", required_argument, NULL, 'e'},
  {"file", required_argument, NULL, 'f'},
  {"in-place", optional_argument, NULL, 'i'},
  {"regexp-extended", no_argument, NULL, 'E'},
  {"separate", no_argument, NULL, 's'},
  {"null-data", no_argument, NULL, 'z'},
  {"posix", no_argument, NULL, 'P'},
  {"debug", no_argument, NULL, 'D'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

static void add_script(struct sed *s, const char *text) {
  size_t old = s->script ? strlen(s->script) : 0;
  s->script = xrealloc(s->script, old + strlen(text) + 2);
  if (old) s->script[old++] = '\n';
  strcpy(s->script + old, text);
}

int sed_main(int argc, char **argv) {
  struct sed s;
  memset(&s, 0, sizeof s);
  int c, have_script = 0, rc = 0;
  while ((c = app_getopt(argc, argv, "ne:f:i::ErszuPl:", sed_long)) != -1) {
    switch (c) {
    case 'n': s.quiet = 1; break;
    case 'e': add_script(&s, optarg); have_script = 1; break;
    case 'f': {
      FILE *f = strcmp(optarg, "-") ? fopen(optarg, "r") : stdin;
      if (!f) {
        if (GNU)
          app_perr("couldn't open file %s", optarg);
        else
          app_perr("can't open '%s'", optarg);
        rc = 1;
        goto out;
      }
      size_t n;
      char *b = read_all(f, &n);
      close_input(f);
      if (n && b[n - 1] == '\n') b[n - 1] = 0;
      add_script(&s, b);
      free(b);
      have_script = 1;
      break;
    }
    case 'i': s.in_place = 1; s.separate = 1; s.suffix = optarg; break;
    case 'E': case 'r': s.extended = 1; break;
    case 's': s.separate = 1; break;
    case 'z': s.zero = 1; break;
    case 'u': case 'P': case 'l': case 'D': break;
    case 'H': rc = app_help(); goto out;
    default: rc = app_bad_usage(1); goto out;
    }
  }
  if (!have_script) {
    if (optind >= argc) {
      if (GNU) {
        fprintf(stderr, "Usage: %s [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n", applet_name);
        rc = 1;
      } else {
        rc = app_show_usage();
      }
      goto out;
    }
    add_script(&s, argv[optind++]);
  }
  s.pos = 0;
  if (parse_script(&s) != 0) {
    rc = 1;
    goto out;
  }
  s.out = stdout;
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int nfiles = optind < argc ? argc - optind : 1;
  if (s.in_place) {
    if (optind >= argc) {
      app_err(GNU ? "no input files" : "no input files");
      rc = GNU ? 1 : 1;
      goto out;
    }
    for (int i = 0; i < nfiles && !s.quit; i++) {
      const char *name = files[i];
      char *tmp = xasprintf("%s.sedXXXXXX", name);
      FILE *o = fopen(tmp, "w");
      if (!o) {
        app_perr("couldn't open temporary file %s", tmp);
        free(tmp);
        rc = 4;
        continue;
      }
      s.files = (char **)&files[i];
      s.nfiles = 1;
      s.fi = 0;
      s.in = NULL;
      s.have_next = 0;
      s.line = 0;
      s.out = o;
      int before = s.status;
      run_stream(&s);
      fclose(o);
      if (s.status == 2 && before != 2) {
        unlink(tmp);
        free(tmp);
        continue;
      }
      if (s.suffix && *s.suffix) {
        char *bak = strchr(s.suffix, '*') ? NULL : xasprintf("%s%s", name, s.suffix);
        if (bak) {
          rename(name, bak);
          free(bak);
        }
      }
      rename(tmp, name);
      free(tmp);
    }
    rc = s.status;
    goto out;
  }
  s.files = files;
  s.nfiles = nfiles;
  if (s.separate) {
    for (int i = 0; i < nfiles && !s.quit; i++) {
      s.files = files + i;
      s.nfiles = 1;
      s.fi = 0;
      s.in = NULL;
      s.have_next = 0;
      run_stream(&s);
    }
  } else {
    run_stream(&s);
  }
  if (s.in) close_input(s.in);
  rc = s.status;
out:
  for (long i = 0; i < s.n; i++) {
    free(s.cmds[i].repl);
    free(s.cmds[i].text);
    if (s.cmds[i].wfile && s.cmds[i].wfile != stdout) fclose(s.cmds[i].wfile);
  }
  free(s.cmds);
  for (long i = 0; i < s.nres; i++) {
    regfree(s.res[i]);
    free(s.res[i]);
  }
  free(s.res);
  free(s.script);
  free(s.ps);
  free(s.hs);
  free(s.append);
  free(s.next);
  return rc;
}
