/*
 * Word expansion: tilde, parameters, command substitution, arithmetic, then field
 * splitting, pathname expansion and quote removal. Each character carries flags telling
 * whether it was quoted and whether it came from an unquoted expansion (splittable).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

enum { F_QUOTED = 1, F_SPLIT = 2, F_BREAK = 4, F_EMPTY = 8 };

typedef struct {
  sbuf b;
  unsigned char *q;
  size_t qcap;
  int flags;
  int err;
  int atempty; /* "$@" with no parameters: the quotes make no field */
} X;

static void xadd(X *x, char c, int f) {
  if (x->b.n + 2 > x->qcap) {
    x->qcap = x->qcap ? x->qcap * 2 : 64;
    x->q = xrealloc(x->q, x->qcap);
  }
  x->q[x->b.n] = (unsigned char)f;
  sb_addc(&x->b, c);
}

static void xadds(X *x, const char *s, int f) {
  for (; *s; s++) xadd(x, *s, f);
}

static void xfree(X *x) {
  free(x->b.s);
  free(x->q);
}

/* ---- finding the end of a construct in raw text ---- */
static size_t end_squote(const char *s, size_t i, size_t n) {
  for (i++; i < n && s[i] != '\''; i++) {
  }
  return i < n ? i + 1 : n;
}

static size_t end_dollar(const char *s, size_t i, size_t n);

static size_t end_backq(const char *s, size_t i, size_t n) {
  for (i++; i < n && s[i] != '`'; i++)
    if (s[i] == '\\') i++;
  return i < n ? i + 1 : n;
}

static size_t end_dquote(const char *s, size_t i, size_t n) {
  for (i++; i < n && s[i] != '"';) {
    if (s[i] == '\\') i += 2;
    else if (s[i] == '`') i = end_backq(s, i, n);
    else if (s[i] == '$' && !(i + 1 < n && s[i + 1] == '\'')) i = end_dollar(s, i, n);
    else i++;
  }
  return i < n ? i + 1 : n;
}

static size_t end_paren(const char *s, size_t i, size_t n) {
  int depth = 0, cases = 0;
  while (i < n) {
    char c = s[i];
    if (c >= 'a' && c <= 'z' && (i == 0 || strchr(" \t\n;&|(", s[i - 1]))) {
      size_t j = i;
      while (j < n && s[j] >= 'a' && s[j] <= 'z') j++;
      if (j - i == 4 && (j == n || strchr(" \t\n;&|)", s[j]))) {
        if (!memcmp(s + i, "case", 4)) cases++;
        else if (!memcmp(s + i, "esac", 4) && cases > 0) cases--;
      }
      i = j;
      continue;
    }
    if (c == '(') depth++, i++;
    else if (c == ')') {
      i++;
      if (cases > 0 && depth == 1) continue;
      if (--depth == 0) return i;
    } else if (c == '\\') i += 2;
    else if (c == '\'') i = end_squote(s, i, n);
    else if (c == '"') i = end_dquote(s, i, n);
    else if (c == '`') i = end_backq(s, i, n);
    else i++;
  }
  return n;
}

static size_t end_brace(const char *s, size_t i, size_t n) {
  int depth = 0;
  while (i < n) {
    char c = s[i];
    if (c == '{') depth++, i++;
    else if (c == '}') {
      i++;
      if (--depth == 0) return i;
    } else if (c == '\\') i += 2;
    else if (c == '\'') i = end_squote(s, i, n);
    else if (c == '"') i = end_dquote(s, i, n);
    else if (c == '`') i = end_backq(s, i, n);
    else if (c == '$' && i + 1 < n && s[i + 1] == '(') i = end_paren(s, i + 1, n);
    else i++;
  }
  return n;
}

static size_t end_dollar(const char *s, size_t i, size_t n) {
  if (i + 1 < n && s[i + 1] == '(') return end_paren(s, i + 1, n);
  if (i + 1 < n && s[i + 1] == '\'' && sh.flavour != SHELL_DASH) {
    for (i += 2; i < n && s[i] != '\''; i++)
      if (s[i] == '\\') i++;
    return i < n ? i + 1 : n;
  }
  if (i + 1 < n && s[i + 1] == '{') return end_brace(s, i + 1, n);
  return i + 1;
}

/* ---- parameters ---- */
static const char *ifs(void) {
  const char *v = var_get("IFS");
  return v ? v : " \t\n";
}

static char *special_param(char c) {
  char t[32];
  switch (c) {
  case '?': snprintf(t, sizeof t, "%d", sh.status); return xstrdup(t);
  case '$': snprintf(t, sizeof t, "%d", sh.pid); return xstrdup(t);
  case '!':
    if (!sh.last_bg) return NULL;
    snprintf(t, sizeof t, "%d", sh.last_bg);
    return xstrdup(t);
  case '#': snprintf(t, sizeof t, "%d", sh.params.n); return xstrdup(t);
  case '0': return xstrdup(sh.dollar0);
  case '-': {
    sbuf b = {0};
    if (sh.opt_e) sb_addc(&b, 'e');
    if (sh.opt_f) sb_addc(&b, 'f');
    if (sh.flavour == SHELL_BASH) sb_addc(&b, 'h');
    if (sh.interactive) sb_addc(&b, 'i');
    if (sh.opt_m) sb_addc(&b, 'm');
    if (sh.opt_u) sb_addc(&b, 'u');
    if (sh.opt_v) sb_addc(&b, 'v');
    if (sh.opt_x) sb_addc(&b, 'x');
    if (sh.flavour == SHELL_BASH) sb_adds(&b, "B");
    if (sh.minus_c && sh.flavour == SHELL_BASH) sb_addc(&b, 'c');
    if (!sh.interactive && !sh.minus_c && !sh.from_file) sb_addc(&b, 's');
    return sb_take(&b);
  }
  }
  return NULL;
}

static char *join_params(const char *sep) {
  sbuf b = {0};
  sb_str(&b);
  for (int k = 0; k < sh.params.n; k++) {
    if (k) sb_adds(&b, sep);
    sb_adds(&b, sh.params.v[k]);
  }
  return sb_take(&b);
}

static char *star_sep(void) {
  const char *f = ifs();
  return xstrndup(f, *f ? 1 : 0);
}

/* The value of a parameter by name (NULL: unset). $@ and $* give the joined form. */
static char *param_value(const char *name) {
  if (isdigit((unsigned char)name[0])) {
    int k = atoi(name);
    if (k == 0) return xstrdup(sh.dollar0);
    return k <= sh.params.n ? xstrdup(sh.params.v[k - 1]) : NULL;
  }
  if (!name[1] && strchr("?$!#-", name[0])) return special_param(name[0]);
  if (strcmp(name, "@") == 0) return join_params(" ");
  if (strcmp(name, "*") == 0) {
    char *sep = star_sep();
    char *v = join_params(sep);
    free(sep);
    return v;
  }
  const char *v = var_get(name);
  return v ? xstrdup(v) : NULL;
}

static void unset_error(X *x, const char *name) {
  if (sh.flavour == SHELL_BASH) sh_error("%s: unbound variable", name);
  else sh_error("%s: parameter not set", name);
  x->err = 1;
}

static void add_value(X *x, const char *v, int inq) {
  xadds(x, v, inq ? F_QUOTED : F_SPLIT);
}

/* $@ and $* (or an array's [@] and [*]) in a field context */
static void add_list(X *x, strv *list, char which, int inq) {
  if (!(x->flags & X_SPLIT) || (inq && which == '*')) {
    char *sep = which == '*' ? star_sep() : xstrdup(" ");
    sbuf b = {0};
    sb_str(&b);
    for (int k = 0; k < list->n; k++) {
      if (k) sb_adds(&b, sep);
      sb_adds(&b, list->v[k]);
    }
    add_value(x, b.s, inq);
    free(b.s);
    free(sep);
    return;
  }
  if (list->n == 0 && inq) x->atempty = 1;
  for (int k = 0; k < list->n; k++) {
    if (k) xadd(x, 0, F_BREAK);
    if (inq) xadd(x, 0, F_EMPTY);
    add_value(x, list->v[k], inq);
  }
}

static void add_params(X *x, char which, int inq) { add_list(x, &sh.params, which, inq); }

static void xw(X *x, const char *s, size_t n, int inq);

static char *xw_string(const char *s, size_t n, int flags, int inq, int *err) {
  X y = {0};
  y.flags = flags;
  xw(&y, s, n, inq);
  sbuf out = {0};
  sb_str(&out);
  for (size_t i = 0; i < y.b.n; i++)
    if (!(y.q[i] & (F_BREAK | F_EMPTY))) sb_addc(&out, y.b.s[i]);
  if (y.err) *err = 1;
  xfree(&y);
  return sb_take(&out);
}

/* A pattern from raw text: quoted special characters get a backslash. */
static char *xw_pattern(const char *s, size_t n, int inq, int *err) {
  X y = {0};
  y.flags = X_PATTERN;
  xw(&y, s, n, inq);
  sbuf out = {0};
  sb_str(&out);
  for (size_t i = 0; i < y.b.n; i++) {
    if (y.q[i] & (F_BREAK | F_EMPTY)) continue;
    char c = y.b.s[i];
    if ((y.q[i] & F_QUOTED) && strchr("*?[]\\", c)) sb_addc(&out, '\\');
    sb_addc(&out, c);
  }
  if (y.err) *err = 1;
  xfree(&y);
  return sb_take(&out);
}

static int match_at(const char *pat, const char *s, size_t len) {
  char *t = xstrndup(s, len);
  int m = glob_match(pat, t);
  free(t);
  return m;
}

static char *trim(const char *v, const char *pat, int suffix, int longest) {
  size_t len = strlen(v);
  if (!suffix) {
    for (size_t k = 0; k <= len; k++) {
      size_t kk = longest ? len - k : k;
      if (match_at(pat, v, kk)) return xstrdup(v + kk);
    }
  } else {
    for (size_t k = 0; k <= len; k++) {
      size_t kk = longest ? k : len - k;
      if (glob_match(pat, v + kk)) return xstrndup(v, kk);
    }
  }
  return xstrdup(v);
}

/* bash's ${v/pat/rep}: mode '/' first, 'a' all, '#' at the start, '%' at the end */
static char *replace(const char *v, const char *pat, const char *rep, int mode) {
  size_t len = strlen(v);
  sbuf b = {0};
  sb_str(&b);
  size_t i = 0;
  int done = 0;
  while (i <= len) {
    size_t best = (size_t)-1;
    if (!done && (mode != '#' || i == 0)) {
      for (size_t j = len + 1; j-- > i;) {
        if (mode == '%' && j != len) continue;
        if (match_at(pat, v + i, j - i)) {
          best = j;
          break;
        }
      }
    }
    if (best != (size_t)-1 && best > i) {
      sb_adds(&b, rep);
      if (mode != 'a') done = 1;
      if (best == i) {
        if (i < len) sb_addc(&b, v[i]);
        i++;
      } else
        i = best;
      continue;
    }
    if (i < len) sb_addc(&b, v[i]);
    i++;
  }
  return sb_take(&b);
}

static int param_char(char c) { return c && strchr("@*#?-$!", c) != NULL; }

/* ${...}; s points at the content between the braces. */
__attribute__((noinline)) static void braced(X *x, const char *s, size_t n, int inq) {
  size_t i = 0;
  char name[256];
  int length = 0, indirect = 0;
  if (n == 1 && s[0] == '#') {
    char *v = special_param('#');
    add_value(x, v, inq);
    free(v);
    return;
  }
  if (n > 1 && s[0] == '#' && s[1] != ':' && s[1] != '}' && !(s[1] == '#' && n > 2) &&
      !(n > 1 && (s[1] == '-' || s[1] == '=' || s[1] == '+' || s[1] == '?') && n > 2)) {
    length = 1;
    i = 1;
  } else if (sh.flavour == SHELL_BASH && n > 1 && s[0] == '!' && (isalpha((unsigned char)s[1]) || s[1] == '_')) {
    indirect = 1;
    i = 1;
  }
  size_t st = i;
  if (i < n && (isalpha((unsigned char)s[i]) || s[i] == '_')) {
    while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '_')) i++;
  } else if (i < n && isdigit((unsigned char)s[i])) {
    while (i < n && isdigit((unsigned char)s[i])) i++;
  } else if (i < n && param_char(s[i]))
    i++;
  if (i == st || i - st >= sizeof name) {
    char *t = xstrndup(s, n);
    if (sh.flavour == SHELL_BASH) sh_error("${%s}: bad substitution", t);
    else sh_error(sh.flavour == SHELL_DASH ? "Bad substitution" : "syntax error: bad substitution");
    free(t);
    x->err = 1;
    return;
  }
  memcpy(name, s + st, i - st);
  name[i - st] = 0;
  char *val;
  strv items = {0};
  int sub = 0; /* [@] or [*]: '@' or '*' */
  int subscripted = 0;
  long long index = 0;
  if (sh.flavour == SHELL_BASH && i < n && s[i] == '[' && is_name(name)) {
    size_t j = i + 1;
    int depth = 1;
    while (j < n && depth) {
      if (s[j] == '[') depth++;
      else if (s[j] == ']' && --depth == 0) break;
      j++;
    }
    char *subs = xstrndup(s + i + 1, j - i - 1);
    i = j < n ? j + 1 : n;
    subscripted = 1;
    if (strcmp(subs, "@") == 0 || strcmp(subs, "*") == 0) sub = subs[0];
    else {
      char *e = expand_str(subs, X_NOTILDE);
      if (!e || arith_eval(e, &index) < 0) {
        free(e);
        free(subs);
        x->err = 1;
        return;
      }
      free(e);
    }
    free(subs);
    arr_items(name, &items);
  }
  if (subscripted) {
    if (indirect && sub) {
      /* ${!arr[@]}: the indices */
      strv idx = {0};
      for (int k = 0; k < items.n; k++) {
        char t[24];
        snprintf(t, sizeof t, "%d", k);
        sv_add(&idx, xstrdup(t));
      }
      add_list(x, &idx, sub, inq);
      sv_free(&idx);
      sv_free(&items);
      return;
    }
    if (sub) {
      if (length) {
        char t[24];
        snprintf(t, sizeof t, "%d", items.n);
        add_value(x, t, inq);
        sv_free(&items);
        return;
      }
      if (i >= n) {
        add_list(x, &items, (char)sub, inq);
        sv_free(&items);
        return;
      }
      char *sep = sub == '*' ? star_sep() : xstrdup(" ");
      sbuf b = {0};
      sb_str(&b);
      for (int k = 0; k < items.n; k++) {
        if (k) sb_adds(&b, sep);
        sb_adds(&b, items.v[k]);
      }
      free(sep);
      val = items.n ? sb_take(&b) : (free(b.s), NULL);
    } else {
      if (index < 0) index += items.n;
      val = index >= 0 && index < items.n ? xstrdup(items.v[index]) : NULL;
    }
    sv_free(&items);
    indirect = 0;
  } else if (indirect) {
    char *ref = param_value(name);
    val = ref && *ref ? param_value(ref) : NULL;
    free(ref);
  } else
    val = param_value(name);
  int isat = strcmp(name, "@") == 0 || strcmp(name, "*") == 0;
  if (length) {
    if (!val && sh.opt_u && !isat) {
      unset_error(x, name);
      return;
    }
    char t[24];
    snprintf(t, sizeof t, "%zu", isat ? (size_t)sh.params.n : val ? strlen(val) : 0);
    add_value(x, t, inq);
    free(val);
    return;
  }
  const char *op = s + i;
  size_t oplen = n - i;
  if (oplen == 0) {
    if (isat) {
      free(val);
      add_params(x, name[0], inq);
      return;
    }
    if (!val && sh.opt_u) {
      unset_error(x, name);
      return;
    }
    if (val) add_value(x, val, inq);
    free(val);
    return;
  }
  int colon = op[0] == ':' && oplen > 1 && strchr("-=?+", op[1]);
  char o = colon ? op[1] : op[0];
  const char *w = op + (colon ? 2 : 1);
  size_t wn = oplen - (size_t)(colon ? 2 : 1);
  int isset = val != NULL && (!colon || *val);
  if (isat && sh.params.n == 0) isset = 0;
  int err = 0;
  switch (o) {
  case '-':
  case '+':
    if ((o == '-') == !isset) xw(x, w, wn, inq);
    else if (isat) add_params(x, name[0], inq);
    else if (val) add_value(x, val, inq);
    break;
  case '=':
    if (!isset) {
      char *nv = xw_string(w, wn, 0, inq, &err);
      if (!is_name(name)) {
        sh_error(sh.flavour == SHELL_DASH ? "%s: bad variable name" : "%s: bad substitution", name);
        x->err = 1;
      } else if (var_set(name, nv, 0) < 0) {
        sh_error(sh.flavour == SHELL_BASH ? "%s: readonly variable" : "%s: is read only", name);
        x->err = 1;
      } else
        add_value(x, nv, inq);
      free(nv);
    } else if (val)
      add_value(x, val, inq);
    break;
  case '?':
    if (!isset) {
      char *msg = xw_string(w, wn, 0, inq, &err);
      if (!*msg) {
        free(msg);
        msg = xstrdup(sh.flavour == SHELL_BASH ? (colon ? "parameter null or not set" : "parameter not set")
                                               : (colon || sh.flavour == SHELL_ASH ? "parameter not set" : "parameter not set"));
      }
      sh_error("%s: %s", name, msg);
      free(msg);
      x->err = 1;
    } else if (val)
      add_value(x, val, inq);
    break;
  case '#':
  case '%': {
    if (!val && sh.opt_u && !isat) {
      unset_error(x, name);
      break;
    }
    int longest = wn > 0 && w[0] == o;
    if (longest) w++, wn--;
    char *pat = xw_pattern(w, wn, 0, &err);
    char *r = trim(val ? val : "", pat, o == '%', longest);
    add_value(x, r, inq);
    free(r);
    free(pat);
    break;
  }
  case '/':
    if (sh.flavour != SHELL_DASH) {
      int mode = '/';
      if (wn && (w[0] == '/' || w[0] == '#' || w[0] == '%')) {
        mode = w[0] == '/' ? 'a' : w[0];
        w++, wn--;
      }
      size_t k = 0;
      while (k < wn && w[k] != '/') {
        if (w[k] == '\\') k++;
        k++;
      }
      if (k > wn) k = wn;
      char *pat = xw_pattern(w, k, 0, &err);
      char *rep = k < wn ? xw_string(w + k + 1, wn - k - 1, 0, inq, &err) : xstrdup("");
      char *r = replace(val ? val : "", pat, rep, mode);
      add_value(x, r, inq);
      free(r);
      free(rep);
      free(pat);
      break;
    }
    goto bad;
  case ':':
    if (sh.flavour != SHELL_DASH) {
      char *spec = xstrndup(op + 1, oplen - 1);
      char *colon2 = strchr(spec, ':');
      if (colon2) *colon2 = 0;
      long long off = 0, len = -1;
      char *e1 = expand_str(spec, 0);
      if (!e1 || arith_eval(e1, &off) < 0) err = 1;
      free(e1);
      if (!err && colon2) {
        char *e2 = expand_str(colon2 + 1, 0);
        if (!e2 || arith_eval(e2, &len) < 0) err = 1;
        free(e2);
      }
      free(spec);
      if (!err) {
        const char *v = val ? val : "";
        long long vl = (long long)strlen(v);
        if (off < 0) off = vl + off < 0 ? vl : vl + off; /* before the start: nothing */
        if (off > vl) off = vl;
        if (len < 0 && colon2) len = vl - off + len;
        if (!colon2 || len > vl - off) len = vl - off;
        if (len < 0) len = 0;
        char *r = xstrndup(v + off, (size_t)len);
        add_value(x, r, inq);
        free(r);
      }
      break;
    }
    goto bad;
  case '^':
  case ',':
    if (sh.flavour == SHELL_BASH) {
      int all = wn > 0 && w[0] == o;
      char *r = xstrdup(val ? val : "");
      for (char *c = r; *c; c++) {
        *c = (char)(o == '^' ? toupper((unsigned char)*c) : tolower((unsigned char)*c));
        if (!all) break;
      }
      add_value(x, r, inq);
      free(r);
      break;
    }
    goto bad;
  default:
  bad : {
    char *t = xstrndup(s, n);
    if (sh.flavour == SHELL_BASH) sh_error("${%s}: bad substitution", t);
    else if (sh.flavour == SHELL_DASH) sh_error("Bad substitution");
    else sh_error("syntax error: bad substitution");
    free(t);
    x->err = 1;
  }
  }
  if (err) x->err = 1;
  free(val);
}

static void add_subst(X *x, char *out, int inq) {
  if (!out) {
    x->err = 1;
    return;
  }
  add_value(x, out, inq);
  free(out);
}

__attribute__((noinline)) static size_t dollar(X *x, const char *s, size_t i, size_t n, int inq) {
  if (i + 1 >= n) {
    xadd(x, '$', inq ? F_QUOTED : 0);
    return i + 1;
  }
  char c = s[i + 1];
  if (c == '(' && i + 2 < n && s[i + 2] == '(') {
    /* $(( arithmetic )) */
    size_t j = i + 3;
    int depth = 0;
    while (j < n) {
      if (s[j] == '(') depth++;
      else if (s[j] == ')') {
        if (depth == 0 && j + 1 < n && s[j + 1] == ')') break;
        depth--;
      }
      j++;
    }
    int err = 0;
    char *e = xw_string(s + i + 3, j - (i + 3), X_NOTILDE, 1, &err);
    long long v;
    if (err || arith_eval(e, &v) < 0) x->err = 1;
    else {
      char t[24];
      snprintf(t, sizeof t, "%lld", v);
      add_value(x, t, inq);
    }
    free(e);
    return j + 2 > n ? n : j + 2;
  }
  if (c == '(') {
    size_t j = end_paren(s, i + 1, n);
    char *body = xstrndup(s + i + 2, j - i - 3);
    add_subst(x, command_subst(body), inq);
    free(body);
    return j;
  }
  if (c == '{') {
    size_t j = end_brace(s, i + 1, n);
    braced(x, s + i + 2, j - i - 3, inq);
    return j;
  }
  if (isalpha((unsigned char)c) || c == '_') {
    size_t j = i + 1;
    while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '_')) j++;
    char *name = xstrndup(s + i + 1, j - i - 1);
    const char *v = var_get(name);
    if (!v && sh.opt_u) unset_error(x, name);
    else if (v) add_value(x, v, inq);
    free(name);
    return j;
  }
  if (isdigit((unsigned char)c) || param_char(c)) {
    if (c == '@' || c == '*') {
      add_params(x, c, inq);
      return i + 2;
    }
    char nm[2] = {c, 0};
    char *v = param_value(nm);
    if (!v && sh.opt_u && c != '!') unset_error(x, nm);
    else if (v) add_value(x, v, inq);
    free(v);
    return i + 2;
  }
  xadd(x, '$', inq ? F_QUOTED : 0);
  return i + 1;
}

__attribute__((noinline)) static char *home_of(const char *user) {
  if (!*user) {
    const char *h = var_get("HOME");
    return h ? xstrdup(h) : NULL;
  }
  if (strcmp(user, "+") == 0) {
    const char *v = var_get("PWD");
    return v ? xstrdup(v) : NULL;
  }
  if (strcmp(user, "-") == 0) {
    const char *v = var_get("OLDPWD");
    return v ? xstrdup(v) : NULL;
  }
  FILE *f = fopen("/etc/passwd", "r");
  if (!f) return strcmp(user, "root") == 0 ? xstrdup("/root") : NULL;
  char line[512];
  char *home = NULL;
  size_t ul = strlen(user);
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, user, ul) != 0 || line[ul] != ':') continue;
    char *p = line;
    for (int k = 0; k < 5 && p; k++) p = strchr(p + 1, ':');
    if (!p) break;
    char *e = strchr(p + 1, ':');
    if (e) home = xstrndup(p + 1, (size_t)(e - p - 1));
    break;
  }
  fclose(f);
  return home;
}

/* ~ or ~user at s[i]; returns the index after it (i when it is no tilde prefix). */
__attribute__((noinline)) static size_t tilde(X *x, const char *s, size_t i, size_t n) {
  size_t j = i + 1;
  while (j < n && s[j] != '/' && !((x->flags & X_ASSIGN) && s[j] == ':')) {
    char c = s[j];
    if (c == '\'' || c == '"' || c == '\\' || c == '$' || c == '`') return i;
    j++;
  }
  char *user = xstrndup(s + i + 1, j - i - 1);
  char *h = home_of(user);
  free(user);
  if (!h) return i;
  xadds(x, h, F_QUOTED);
  if (!*h) xadd(x, 0, F_EMPTY);
  free(h);
  return j;
}

static void xw(X *x, const char *s, size_t n, int inq) {
  size_t i = 0;
  int heredoc = (x->flags & X_HEREDOC) != 0;
  if (!inq && !(x->flags & X_NOTILDE) && n > 0 && s[0] == '~') i = tilde(x, s, 0, n);
  while (i < n) {
    char c = s[i];
    if (c == '\'' && !inq) {
      size_t j = end_squote(s, i, n);
      size_t e = (j > i + 1 && s[j - 1] == '\'') ? j - 1 : j;
      for (size_t k = i + 1; k < e; k++) xadd(x, s[k], F_QUOTED);
      xadd(x, 0, F_EMPTY);
      i = j;
    } else if (c == '"' && !inq) {
      size_t j = end_dquote(s, i, n);
      size_t before = x->b.n;
      int saved = x->atempty;
      x->atempty = 0;
      size_t inner = j - i - 1;
      if (j > i + 1 && s[j - 1] == '"') inner--;
      xw(x, s + i + 1, inner, 1);
      if (x->b.n == before && !x->atempty) xadd(x, 0, F_EMPTY);
      x->atempty = saved;
      i = j;
    } else if (c == '\\') {
      if (i + 1 >= n) {
        xadd(x, '\\', F_QUOTED);
        i++;
        continue;
      }
      char d = s[i + 1];
      if (d == '\n') {
        i += 2;
        continue;
      }
      if (inq && !(d == '$' || d == '`' || d == '\\' || (d == '"' && !heredoc))) xadd(x, '\\', F_QUOTED);
      xadd(x, d, F_QUOTED);
      i += 2;
    } else if (c == '$' && !inq && i + 1 < n && s[i + 1] == '\'' && sh.flavour != SHELL_DASH) {
      /* bash's $'…': backslash escapes as in C */
      size_t j = i + 2;
      for (; j < n && s[j] != '\''; j++) {
        char d = s[j];
        if (d != '\\' || j + 1 >= n) {
          xadd(x, d, F_QUOTED);
          continue;
        }
        d = s[++j];
        int v = 0, k;
        switch (d) {
        case 'n': xadd(x, '\n', F_QUOTED); break;
        case 't': xadd(x, '\t', F_QUOTED); break;
        case 'r': xadd(x, '\r', F_QUOTED); break;
        case 'a': xadd(x, '\a', F_QUOTED); break;
        case 'b': xadd(x, '\b', F_QUOTED); break;
        case 'e':
        case 'E': xadd(x, 27, F_QUOTED); break;
        case 'f': xadd(x, '\f', F_QUOTED); break;
        case 'v': xadd(x, '\v', F_QUOTED); break;
        case 'x':
          for (k = 0; k < 2 && j + 1 < n && isxdigit((unsigned char)s[j + 1]); k++) {
            char h = s[++j];
            v = v * 16 + (isdigit((unsigned char)h) ? h - '0' : tolower((unsigned char)h) - 'a' + 10);
          }
          xadd(x, (char)v, F_QUOTED);
          break;
        default:
          if (d >= '0' && d <= '7') {
            v = d - '0';
            for (k = 0; k < 2 && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '7'; k++) v = v * 8 + (s[++j] - '0');
            xadd(x, (char)v, F_QUOTED);
          } else if (d == '\\' || d == '\'' || d == '"' || d == '?')
            xadd(x, d, F_QUOTED);
          else {
            xadd(x, '\\', F_QUOTED);
            xadd(x, d, F_QUOTED);
          }
        }
      }
      xadd(x, 0, F_EMPTY);
      i = j < n ? j + 1 : n;
    } else if (c == '$') {
      i = dollar(x, s, i, n, inq);
    } else if (c == '`') {
      size_t j = end_backq(s, i, n);
      sbuf body = {0};
      sb_str(&body);
      for (size_t k = i + 1; k < j - 1; k++) {
        if (s[k] == '\\' && k + 1 < j - 1 && (s[k + 1] == '$' || s[k + 1] == '`' || s[k + 1] == '\\' || (inq && s[k + 1] == '"')))
          k++;
        sb_addc(&body, s[k]);
      }
      add_subst(x, command_subst(sb_str(&body)), inq);
      free(body.s);
      i = j;
    } else if (c == ':' && (x->flags & X_ASSIGN) && !inq && i + 1 < n && s[i + 1] == '~') {
      xadd(x, ':', 0);
      i = tilde(x, s, i + 1, n);
      if (i < n && s[i] == '~') xadd(x, '~', 0), i++;
    } else {
      xadd(x, c, inq ? F_QUOTED : 0);
      i++;
    }
    if (x->err) return;
  }
}

static int expand_fields(strv *words, strv *out);

/* ---- splitting and globbing ---- */
typedef struct {
  sbuf s;
  sbuf q;
} Field;

static int has_magic(Field *f) {
  for (size_t i = 0; i < f->s.n; i++) {
    char c = f->s.s[i];
    if (!(f->q.s[i] & F_QUOTED) && (c == '*' || c == '?' || c == '[')) return 1;
  }
  return 0;
}

static void emit(Field *f, strv *out) {
  sb_str(&f->s);
  if (!sh.opt_f && has_magic(f)) {
    sbuf pat = {0};
    for (size_t i = 0; i < f->s.n; i++) {
      char c = f->s.s[i];
      if ((f->q.s[i] & F_QUOTED) && strchr("*?[]\\", c)) sb_addc(&pat, '\\');
      sb_addc(&pat, c);
    }
    int got = glob_expand(sb_str(&pat), out);
    free(pat.s);
    if (got > 0 || sh.nullglob) {
      f->s.n = f->q.n = 0;
      return;
    }
  }
  sv_add(out, xstrndup(f->s.s, f->s.n));
  f->s.n = f->q.n = 0;
}

static void fields(X *x, strv *out) {
  const char *sep = ifs();
  Field f = {0};
  sb_str(&f.s);
  sb_str(&f.q);
  int have = 0, wsdelim = 0;
  for (size_t i = 0; i < x->b.n; i++) {
    char c = x->b.s[i];
    int fl = x->q[i];
    if (fl & F_BREAK) {
      if (have) emit(&f, out);
      have = 0;
      wsdelim = 0;
      continue;
    }
    if (fl & F_EMPTY) {
      have = 1;
      continue;
    }
    if ((fl & F_SPLIT) && c && strchr(sep, c)) {
      if (c == ' ' || c == '\t' || c == '\n') {
        if (have) {
          emit(&f, out);
          wsdelim = 1;
        }
        have = 0;
      } else {
        if (have || !wsdelim) emit(&f, out);
        have = 0;
        wsdelim = 0;
      }
      continue;
    }
    sb_addc(&f.s, c);
    sb_addc(&f.q, (char)fl);
    have = 1;
    wsdelim = 0;
  }
  if (have) emit(&f, out);
  free(f.s.s);
  free(f.q.s);
}

int expand_words(strv *in, strv *out) {
  strv braced_words = {0};
  strv *words = in;
  if (sh.flavour == SHELL_BASH) {
    int any = 0;
    for (int k = 0; k < in->n; k++)
      if (strchr(in->v[k], '{')) any = 1;
    if (any) {
      brace_expand(in, &braced_words);
      words = &braced_words;
    }
  }
  int r = expand_fields(words, out);
  sv_free(&braced_words);
  return r;
}

static int expand_fields(strv *words, strv *out) {
  for (int k = 0; k < words->n; k++) {
    X x = {0};
    x.flags = X_SPLIT | X_GLOB;
    xw(&x, words->v[k], strlen(words->v[k]), 0);
    if (x.err) {
      xfree(&x);
      return -1;
    }
    fields(&x, out);
    xfree(&x);
  }
  return 0;
}

char *expand_str(const char *raw, int flags) {
  int err = 0;
  char *r = xw_string(raw, strlen(raw), flags, 0, &err);
  if (err) {
    free(r);
    return NULL;
  }
  return r;
}

char *expand_pattern(const char *raw) {
  int err = 0;
  char *r = xw_pattern(raw, strlen(raw), 0, &err);
  if (err) {
    free(r);
    return NULL;
  }
  return r;
}

char *expand_heredoc(const char *body) {
  int err = 0;
  char *r = xw_string(body, strlen(body), X_HEREDOC | X_NOTILDE, 1, &err);
  if (err) {
    free(r);
    return NULL;
  }
  return r;
}
