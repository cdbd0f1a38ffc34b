/* $(( )) arithmetic: C's integer operators on 64-bit values, with variable assignment. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

typedef struct {
  const char *s, *p;
  int noeval;
  int err; /* 1 syntax, 2 division by zero, 3 other (reported) */
  const char *errp;
  int depth;
  const char *lastop;
  int operand;
} A;

static long long comma(A *a);

/* Division without the one overflow that traps: the smallest value over -1 wraps. */
static long long sdiv(long long a, long long b) { return b == -1 ? (long long)(0ULL - (unsigned long long)a) : a / b; }
static long long smod(long long a, long long b) { return b == -1 ? 0 : a % b; }
static long long assign(A *a);

static void ws(A *a) {
  while (*a->p == ' ' || *a->p == '\t' || *a->p == '\n') a->p++;
}

static int op(A *a, const char *o) {
  ws(a);
  size_t n = strlen(o);
  if (strncmp(a->p, o, n) != 0) return 0;
  /* do not take a prefix of a longer operator */
  char nx = a->p[n];
  if ((strcmp(o, "<") == 0 || strcmp(o, ">") == 0) && (nx == o[0] || nx == '=')) return 0;
  if ((strcmp(o, "*") == 0) && (nx == '*' || nx == '=')) return 0;
  if ((strcmp(o, "&") == 0 || strcmp(o, "|") == 0) && (nx == o[0] || nx == '=')) return 0;
  if ((strcmp(o, "+") == 0 || strcmp(o, "-") == 0) && (nx == o[0] || nx == '=')) return 0;
  if ((strcmp(o, "/") == 0 || strcmp(o, "%") == 0 || strcmp(o, "^") == 0 || strcmp(o, "<<") == 0 || strcmp(o, ">>") == 0) && nx == '=')
    return 0;
  if (strcmp(o, "!") == 0 && nx == '=') return 0;
  if (strcmp(o, "=") == 0 && nx == '=') return 0;
  a->lastop = a->p;
  a->p += n;
  return 1;
}

static void syntax(A *a) {
  if (!a->err) {
    a->err = 1;
    a->errp = a->p;
    ws(a);
    if (!*a->p && a->lastop) {
      a->errp = a->lastop; /* operand expected after an operator */
      a->operand = 1;
    }
  }
}

static long long var_value(A *a, const char *name) {
  const char *v = var_get(name);
  if (!v || !*v) {
    if (!v && sh.opt_u && !a->noeval) {
      if (sh.flavour == SHELL_BASH) sh_error("%s: unbound variable", name);
      else sh_error("%s: parameter not set", name);
      a->err = 3;
    }
    return 0;
  }
  if (a->depth > 20) return 0;
  A sub = {v, v, a->noeval, 0, NULL, a->depth + 1, NULL, 0};
  long long r = comma(&sub);
  ws(&sub);
  if (sub.err || *sub.p) {
    a->err = sub.err == 2 ? 2 : sub.err ? sub.err : 1;
    a->errp = a->p;
    return 0;
  }
  return r;
}

static void set_var(A *a, const char *name, long long v) {
  if (a->noeval) return;
  char t[24];
  snprintf(t, sizeof t, "%lld", v);
  if (var_set(name, t, 0) < 0) {
    sh_error(sh.flavour == SHELL_BASH ? "%s: readonly variable" : "%s: is read only", name);
    a->err = 3;
  }
}

static char *read_name(A *a) {
  ws(a);
  const char *st = a->p;
  if (!(isalpha((unsigned char)*a->p) || *a->p == '_')) return NULL;
  while (isalnum((unsigned char)*a->p) || *a->p == '_') a->p++;
  return xstrndup(st, (size_t)(a->p - st));
}

static long long number(A *a) {
  const char *st = a->p;
  long long v = 0;
  int base = 10;
  if (*a->p == '0' && (a->p[1] == 'x' || a->p[1] == 'X')) {
    base = 16;
    a->p += 2;
  } else if (*a->p == '0')
    base = 8;
  const char *d0 = a->p;
  for (;;) {
    int c = tolower((unsigned char)*a->p), dv;
    if (isdigit(c)) dv = c - '0';
    else if (c >= 'a' && c <= 'z') dv = c - 'a' + 10;
    else if (c == '#' && base == 10 && a->p > d0) {
      base = (int)v;
      v = 0;
      a->p++;
      continue;
    } else
      break;
    if (dv >= base) {
      a->p = st;
      syntax(a);
      while (isalnum((unsigned char)*a->p)) a->p++;
      return 0;
    }
    v = v * base + dv;
    a->p++;
  }
  return v;
}

static long long primary(A *a) {
  ws(a);
  if (op(a, "(")) {
    long long v = comma(a);
    if (!op(a, ")")) syntax(a);
    return v;
  }
  if (isdigit((unsigned char)*a->p)) return number(a);
  char *name = read_name(a);
  if (!name) {
    syntax(a);
    return 0;
  }
  long long v = var_value(a, name);
  if (sh.flavour == SHELL_DASH) {
  } else if (op(a, "++")) set_var(a, name, v + 1);
  else if (op(a, "--")) set_var(a, name, v - 1);
  free(name);
  return v;
}

static long long unary(A *a) {
  ws(a);
  if (sh.flavour != SHELL_DASH && (op(a, "++") || op(a, "--"))) {
    int inc = a->p[-1] == '+';
    char *name = read_name(a);
    if (!name) {
      syntax(a);
      return 0;
    }
    long long v = var_value(a, name) + (inc ? 1 : -1);
    set_var(a, name, v);
    free(name);
    return v;
  }
  if (op(a, "-")) return -unary(a);
  if (op(a, "+")) return unary(a);
  if (op(a, "!")) return !unary(a);
  if (op(a, "~")) return ~unary(a);
  return primary(a);
}

static long long power(A *a) {
  long long b = unary(a);
  if (sh.flavour != SHELL_DASH && op(a, "**")) {
    long long e = power(a);
    if (e < 0) {
      if (!a->noeval && !a->err) {
        a->err = 4;
        a->errp = a->p;
      }
      return 0;
    }
    long long r = 1;
    while (e-- > 0) r *= b;
    return r;
  }
  return b;
}

static long long mul(A *a) {
  long long v = power(a);
  for (;;) {
    if (op(a, "*")) v *= power(a);
    else if (op(a, "/") || op(a, "%")) {
      int div = a->p[-1] == '/';
      ws(a);
      const char *rs = a->p;
      long long r = power(a);
      if (r == 0) {
        if (!a->noeval && !a->err) {
          a->err = 2;
          a->errp = rs;
        }
        v = 0;
      } else
        v = div ? sdiv(v, r) : smod(v, r);
    } else
      return v;
  }
}

static long long add(A *a) {
  long long v = mul(a);
  for (;;) {
    if (op(a, "+")) v += mul(a);
    else if (op(a, "-")) v -= mul(a);
    else return v;
  }
}

static long long shift(A *a) {
  long long v = add(a);
  for (;;) {
    if (op(a, "<<")) v <<= add(a);
    else if (op(a, ">>")) v >>= add(a);
    else return v;
  }
}

static long long rel(A *a) {
  long long v = shift(a);
  for (;;) {
    if (op(a, "<=")) v = v <= shift(a);
    else if (op(a, ">=")) v = v >= shift(a);
    else if (op(a, "<")) v = v < shift(a);
    else if (op(a, ">")) v = v > shift(a);
    else return v;
  }
}

static long long eq(A *a) {
  long long v = rel(a);
  for (;;) {
    if (op(a, "==")) v = v == rel(a);
    else if (op(a, "!=")) v = v != rel(a);
    else return v;
  }
}

static long long band(A *a) {
  long long v = eq(a);
  while (op(a, "&")) v &= eq(a);
  return v;
}

static long long bxor(A *a) {
  long long v = band(a);
  while (op(a, "^")) v ^= band(a);
  return v;
}

static long long bor(A *a) {
  long long v = bxor(a);
  while (op(a, "|")) v |= bxor(a);
  return v;
}

static long long land(A *a) {
  long long v = bor(a);
  while (op(a, "&&")) {
    int save = a->noeval;
    if (!v) a->noeval = 1;
    long long r = bor(a);
    a->noeval = save;
    v = v && r;
  }
  return v;
}

static long long lor(A *a) {
  long long v = land(a);
  while (op(a, "||")) {
    int save = a->noeval;
    if (v) a->noeval = 1;
    long long r = land(a);
    a->noeval = save;
    v = v || r;
  }
  return v;
}

static long long cond(A *a) {
  long long c = lor(a);
  if (!op(a, "?")) return c;
  int save = a->noeval;
  if (!c) a->noeval = 1;
  long long x = comma(a);
  a->noeval = save;
  if (!op(a, ":")) {
    syntax(a);
    return 0;
  }
  if (c) a->noeval = 1;
  long long y = cond(a);
  a->noeval = save;
  return c ? x : y;
}

static long long assign(A *a) {
  ws(a);
  const char *st = a->p;
  char *name = read_name(a);
  if (name) {
    static const char *const ops[] = {"=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|=", NULL};
    for (int i = 0; ops[i]; i++) {
      ws(a);
      if (strncmp(a->p, ops[i], strlen(ops[i])) == 0 && !(i == 0 && a->p[1] == '=')) {
        a->p += strlen(ops[i]);
        long long r = assign(a);
        long long v = i ? var_value(a, name) : 0;
        switch (i) {
        case 0: v = r; break;
        case 1: v += r; break;
        case 2: v -= r; break;
        case 3: v *= r; break;
        case 4:
        case 5:
          if (r == 0) {
            if (!a->noeval && !a->err) a->err = 2, a->errp = a->p;
            v = 0;
          } else
            v = i == 4 ? sdiv(v, r) : smod(v, r);
          break;
        case 6: v <<= r; break;
        case 7: v >>= r; break;
        case 8: v &= r; break;
        case 9: v ^= r; break;
        case 10: v |= r; break;
        }
        set_var(a, name, v);
        free(name);
        return v;
      }
    }
    free(name);
    a->p = st;
  }
  return cond(a);
}

static long long comma(A *a) {
  long long v = assign(a);
  while (op(a, ",")) v = assign(a);
  return v;
}

int arith_eval(const char *expr, long long *out) {
  extern int arith_failed;
  A a = {expr, expr, 0, 0, NULL, 0, NULL, 0};
  ws(&a);
  if (!*a.p) {
    *out = 0;
    return 0;
  }
  long long v = comma(&a);
  ws(&a);
  if (!a.err && *a.p) syntax(&a);
  if (!a.err) {
    *out = v;
    return 0;
  }
  arith_failed = 1;
  if (a.err == 3) return -1;
  if (sh.flavour == SHELL_BASH)
    while (*expr == ' ' || *expr == '\t' || *expr == '\n') expr++;
  const char *tok = a.errp && *a.errp ? a.errp : "";
  if (a.err == 2) {
    if (sh.flavour == SHELL_BASH) sh_error("%s: division by 0 (error token is \"%s\")", expr, tok);
    else if (sh.flavour == SHELL_DASH) sh_error("arithmetic expression: division by zero: \"%s\"", expr);
    else sh_error("divide by zero");
  } else if (a.err == 4) {
    if (sh.flavour == SHELL_BASH) sh_error("%s: exponent less than 0 (error token is \"%s\")", expr, tok);
    else if (sh.flavour == SHELL_DASH) sh_error("arithmetic expression: exponent less than 0: \"%s\"", expr);
    else sh_error("exponent less than 0");
  } else {
    if (sh.flavour == SHELL_BASH) {
      while (*tok == ' ') tok++;
      if (a.operand || !*tok) sh_error("%s: syntax error: operand expected (error token is \"%s\")", expr, tok);
      else sh_error("%s: syntax error in expression (error token is \"%s\")", expr, tok);
    } else if (sh.flavour == SHELL_DASH)
      sh_error("arithmetic expression: expecting primary: \"%s\"", expr);
    else
      sh_error("arithmetic syntax error");
  }
  return -1;
}
