/* printf FORMAT [ARGUMENT]…: the format is reused while arguments remain. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

typedef struct {
  char **args;
  int n, i;
  int status;
  int stop; /* \c seen */
} PF;

static void pf_error(const char *fmt, const char *arg) {
  fflush(stdout);
  if (sh.arg0) {
    sh_cmderror("printf", fmt, arg);
  } else {
    fputs("printf: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
  }
}

static const char *next_arg(PF *p) { return p->i < p->n ? p->args[p->i++] : NULL; }

/* Running as GNU coreutils' printf (the program, not a shell's builtin). */
static int gnu_applet(void) {
#ifdef GNU_STYLE
  return sh.arg0 == NULL;
#else
  return 0;
#endif
}

static long long num_arg(PF *p, int *isunsigned) {
  (void)isunsigned;
  const char *a = next_arg(p);
  if (!a || !*a) return 0;
  if (a[0] == '\'' || a[0] == '"') return (unsigned char)a[1];
  errno = 0;
  char *end;
  long long v;
  const char *s = a;
  while (isspace((unsigned char)*s)) s++;
  if (*s == '-') v = strtoll(s, &end, 0);
  else v = (long long)strtoull(s, &end, 0);
  if (end == s || *end || errno) {
    if (gnu_applet()) pf_error(end == s ? "'%s': expected a numeric value" : "'%s': value not completely converted", a);
    else if (sh.flavour == SHELL_BASH) pf_error("%s: invalid number", a);
    else if (sh.flavour == SHELL_DASH) pf_error(end == s ? "%s: expected numeric value" : "%s: not completely converted", a);
    else pf_error("invalid number '%s'", a);
    p->status = 1;
    if (end == s) return 0;
  }
  return v;
}

static double float_arg(PF *p) {
  const char *a = next_arg(p);
  if (!a || !*a) return 0;
  if (a[0] == '\'' || a[0] == '"') return (unsigned char)a[1];
  char *end;
  double v = strtod(a, &end);
  if (end == a || *end) {
    if (gnu_applet()) pf_error(end == a ? "'%s': expected a numeric value" : "'%s': value not completely converted", a);
    else if (sh.flavour == SHELL_BASH) pf_error("%s: invalid number", a);
    else if (sh.flavour == SHELL_DASH) pf_error("%s: expected numeric value", a);
    else pf_error("invalid number '%s'", a);
    p->status = 1;
  }
  return v;
}

/* One backslash escape at s (after the backslash); returns chars consumed. in_b: %b rules. */
static int escape(const char *s, int in_b, PF *p) {
  int v = 0, k = 0;
  switch (*s) {
  case 'a': putchar('\a'); return 1;
  case 'b': putchar('\b'); return 1;
  case 'e': putchar(27); return 1;
  case 'f': putchar('\f'); return 1;
  case 'n': putchar('\n'); return 1;
  case 'r': putchar('\r'); return 1;
  case 't': putchar('\t'); return 1;
  case 'v': putchar('\v'); return 1;
  case '\\': putchar('\\'); return 1;
  case '"': putchar('"'); return 1;
  case '\'': putchar('\''); return 1;
  case 'c':
    if (in_b) {
      p->stop = 1;
      return 1;
    }
    break;
  case 'x':
    if (sh.flavour == SHELL_DASH) break;
    for (k = 1; k <= 2 && isxdigit((unsigned char)s[k]); k++)
      v = v * 16 + (isdigit((unsigned char)s[k]) ? s[k] - '0' : tolower((unsigned char)s[k]) - 'a' + 10);
    if (k == 1) break;
    putchar(v);
    return k;
  }
  if (*s >= '0' && *s <= '7') {
    int max = 3;
    const char *d = s;
    if (in_b && *s == '0') d++, max = 3;
    for (k = 0; k < max && d[k] >= '0' && d[k] <= '7'; k++) v = v * 8 + (d[k] - '0');
    putchar(v);
    return (int)(d - s) + k;
  }
  putchar('\\');
  if (*s) putchar(*s);
  return *s ? 1 : 0;
}

static void put_b(const char *s, PF *p) {
  for (; *s && !p->stop; s++) {
    if (*s == '\\' && s[1]) s += escape(s + 1, 1, p);
    else putchar(*s);
  }
}

/* Returns -1 on an invalid format. */
static int run_format(const char *f, PF *p) {
  for (const char *s = f; *s && !p->stop; s++) {
    if (*s == '\\') {
      s += escape(s + 1, 0, p);
      continue;
    }
    if (*s != '%') {
      putchar(*s);
      continue;
    }
    if (s[1] == '%') {
      putchar('%');
      s++;
      continue;
    }
    const char *start = s;
    char spec[64];
    int sl = 0;
    spec[sl++] = '%';
    const char *q = s + 1;
    while (*q && strchr("-+ #0", *q) && sl < 40) spec[sl++] = *q++;
    int width = -1, prec = -1;
    if (*q == '*') {
      width = (int)num_arg(p, NULL);
      q++;
    } else
      while (isdigit((unsigned char)*q) && sl < 40) spec[sl++] = *q++;
    if (width >= 0) sl += snprintf(spec + sl, sizeof spec - (size_t)sl, "%d", width);
    if (*q == '.') {
      spec[sl++] = *q++;
      if (*q == '*') {
        prec = (int)num_arg(p, NULL);
        q++;
        sl += snprintf(spec + sl, sizeof spec - (size_t)sl, "%d", prec < 0 ? 0 : prec);
      } else
        while (isdigit((unsigned char)*q) && sl < 50) spec[sl++] = *q++;
    }
    while (*q == 'l' || *q == 'h' || *q == 'j' || *q == 'z' || *q == 't' || *q == 'L') q++;
    char conv = *q;
    if (!conv) {
      if (sh.flavour == SHELL_BASH) pf_error("`%s': missing format character", s);
      else pf_error("%s: invalid directive", s);
      return -1;
    }
    s = q;
    switch (conv) {
    case 'd':
    case 'i': {
      long long v = num_arg(p, NULL);
      spec[sl++] = 'l';
      spec[sl++] = 'l';
      spec[sl++] = conv;
      spec[sl] = 0;
      printf(spec, v);
      break;
    }
    case 'o':
    case 'u':
    case 'x':
    case 'X': {
      long long v = num_arg(p, NULL);
      spec[sl++] = 'l';
      spec[sl++] = 'l';
      spec[sl++] = conv;
      spec[sl] = 0;
      printf(spec, (unsigned long long)v);
      break;
    }
    case 'c': {
      const char *a = next_arg(p);
      spec[sl++] = 'c';
      spec[sl] = 0;
      if (a && *a) printf(spec, a[0]);
      else if (width > 0 || sl > 2) printf(spec, 0);
      else if (a) putchar(0);
      break;
    }
    case 's': {
      const char *a = next_arg(p);
      spec[sl++] = 's';
      spec[sl] = 0;
      printf(spec, a ? a : "");
      break;
    }
    case 'b': {
      const char *a = next_arg(p);
      put_b(a ? a : "", p);
      break;
    }
    case 'q':
      if (sh.flavour == SHELL_BASH) {
        const char *a = next_arg(p);
        a = a ? a : "";
        if (!*a) fputs("''", stdout);
        for (; *a; a++) {
          if (!isalnum((unsigned char)*a) && !strchr("_-./=:,+@%", *a)) putchar('\\');
          putchar(*a);
        }
        break;
      }
      /* fall through */
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
      if (conv != 'q') {
        double v = float_arg(p);
        spec[sl++] = conv;
        spec[sl] = 0;
        printf(spec, v);
        break;
      }
      /* fall through */
    default:
      if (sh.flavour == SHELL_BASH) {
        char t[2] = {conv, 0};
        pf_error("`%s': invalid format character", t);
      } else {
        char *t = xstrndup(start, (size_t)(q - start + 1));
        pf_error("%s: invalid directive", t);
        free(t);
      }
      return -1;
    }
  }
  return 0;
}

int builtin_printf(int argc, char **argv) {
  int i = 1;
  if (i < argc && strcmp(argv[i], "--") == 0) i++;
  if (i >= argc) {
    if (sh.flavour == SHELL_BASH && sh.arg0) {
      fprintf(stderr, "printf: usage: printf [-v var] format [arguments]\n");
    } else if (sh.flavour == SHELL_DASH) {
      pf_error("%s", "usage: printf format [arg ...]");
    } else if (gnu_applet()) {
      fputs("printf: missing operand\nTry 'printf --help' for more information.\n", stderr);
      return 1;
    } else
      fputs("Usage: printf FORMAT [ARG]...\n", stderr);
    return 2;
  }
  PF p = {argv + i + 1, argc - i - 1, 0, 0, 0};
  const char *fmt = argv[i];
  for (;;) {
    int before = p.i;
    if (run_format(fmt, &p) < 0) {
      fflush(stdout);
      return sh.flavour == SHELL_DASH ? 2 : 1;
    }
    if (p.stop || p.i >= p.n || p.i == before) break;
  }
  fflush(stdout);
  return p.status || ferror(stdout) ? 1 : 0;
}
