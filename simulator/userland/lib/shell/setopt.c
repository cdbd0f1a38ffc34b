/* set, shift and getopts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

extern Var *g_vars;
void print_squoted(const char *s);

typedef struct {
  const char *name;
  char letter;
  int *flag;
} Opt;

static Opt *opts(void) {
  static Opt o[12];
  Opt t[] = {
    {"allexport", 'a', &sh.opt_a_export}, {"errexit", 'e', &sh.opt_e}, {"noglob", 'f', &sh.opt_f},
    {"monitor", 'm', &sh.opt_m},          {"noclobber", 'C', &sh.opt_C}, {"noexec", 'n', &sh.opt_n},
    {"nounset", 'u', &sh.opt_u},          {"verbose", 'v', &sh.opt_v},   {"xtrace", 'x', &sh.opt_x},
    {"pipefail", 0, &sh.pipefail},        {NULL, 0, NULL},
  };
  memcpy(o, t, sizeof t);
  return o;
}

/* Applies one option letter; returns -1 if unknown. */
int sh_set_letter(char c, int on) {
  for (Opt *o = opts(); o->name; o++) {
    if (o->letter == c) {
      *o->flag = on;
      return 0;
    }
  }
  if (c == 'h' || c == 'B' || c == 'H' || c == 'P' || c == 'T' || c == 'E' || c == 'b' || c == 'k' || c == 't')
    return 0;
  return -1;
}

int sh_set_named(const char *name, int on) {
  if (sh.flavour == SHELL_DASH && strcmp(name, "pipefail") == 0) return -1;
  for (Opt *o = opts(); o->name; o++) {
    if (strcmp(o->name, name) == 0) {
      *o->flag = on;
      return 0;
    }
  }
  if (strcmp(name, "vi") == 0 || strcmp(name, "emacs") == 0 || strcmp(name, "posix") == 0 || strcmp(name, "histexpand") == 0 ||
      strcmp(name, "history") == 0 || strcmp(name, "interactive-comments") == 0 || strcmp(name, "braceexpand") == 0 ||
      strcmp(name, "hashall") == 0)
    return 0;
  return -1;
}

static void show_options(int plus) {
  if (!plus && sh.flavour == SHELL_DASH) puts("Current option settings");
  for (Opt *o = opts(); o->name; o++) {
    if (o->letter == 0 && sh.flavour != SHELL_BASH && sh.flavour != SHELL_ASH) continue;
    if (plus) printf("set %co %s\n", *o->flag ? '-' : '+', o->name);
    else if (sh.flavour == SHELL_BASH) printf("%-15s\t%s\n", o->name, *o->flag ? "on" : "off");
    else printf("%-16s%s\n", o->name, *o->flag ? "on" : "off");
  }
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list_all(void) {
  strv names = {0};
  for (Var *v = g_vars; v; v = v->next)
    if (!(v->flags & V_UNSET)) sv_add(&names, xstrdup(v->name));
  if (names.n) qsort(names.v, (size_t)names.n, sizeof *names.v, cmp_str);
  for (int i = 0; i < names.n; i++) {
    const char *val = var_get(names.v[i]);
    printf("%s=", names.v[i]);
    int plain = *val != 0;
    for (const char *c = val; *c; c++)
      if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:,+@%", *c)) plain = 0;
    if (plain && sh.flavour == SHELL_BASH) fputs(val, stdout);
    else print_squoted(val);
    putchar('\n');
  }
  sv_free(&names);
}

/* a usage error of a special builtin ends a non-interactive dash or ash */
static int set_failed(int status) {
  if (sh.flavour != SHELL_BASH && !sh.interactive) {
    sh.unwind = U_EXIT;
    sh.exit_status = status;
  }
  return status;
}

int bi_set(int argc, char **argv) {
  if (argc == 1) {
    list_all();
    return 0;
  }
  int i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if ((a[0] != '-' && a[0] != '+') || !a[1]) {
      if (strcmp(a, "-") == 0) {
        sh.opt_x = sh.opt_v = 0;
        i++;
      }
      break;
    }
    if (strcmp(a, "--") == 0) {
      i++;
      goto params;
    }
    int on = a[0] == '-';
    for (const char *c = a + 1; *c; c++) {
      if (*c == 'o') {
        if (i + 1 >= argc || argv[i + 1][0] == '-' || argv[i + 1][0] == '+') {
          show_options(!on);
          continue;
        }
        const char *name = argv[++i];
        if (sh_set_named(name, on) < 0) {
          if (sh.flavour == SHELL_BASH) sh_cmderror("set", "%s: invalid option name", name);
          else sh_cmderror("set", "Illegal option -o %s", name);
          return set_failed(sh.flavour == SHELL_BASH ? 1 : 2);
        }
        continue;
      }
      if (sh_set_letter(*c, on) < 0) {
        if (sh.flavour == SHELL_BASH) {
          sh_cmderror("set", "%c%c: invalid option", a[0], *c);
          fputs("set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n", stderr);
        } else
          sh_cmderror("set", "Illegal option %c%c", a[0], *c);
        return set_failed(2);
      }
    }
  }
  if (i >= argc) return 0;
params:
  sv_free(&sh.params);
  for (; i < argc; i++) sv_add(&sh.params, xstrdup(argv[i]));
  return 0;
}

int bi_shift(int argc, char **argv) {
  long long n = 1;
  if (argc > 1 && !str_to_int(argv[1], &n)) {
    if (sh.flavour == SHELL_BASH) sh_cmderror("shift", "%s: numeric argument required", argv[1]);
    else sh_cmderror("shift", "Illegal number: %s", argv[1]);
    return sh.flavour == SHELL_BASH ? 1 : 2;
  }
  if (n < 0 || n > sh.params.n) {
    if (sh.flavour == SHELL_BASH) {
      if (n < 0) sh_cmderror("shift", "%s: shift count out of range", argv[1]);
      return 1;
    }
    sh_cmderror("shift", "can't shift that many");
    if (!sh.interactive) {
      sh.unwind = U_EXIT;
      sh.exit_status = 2;
    }
    return 2;
  }
  for (int i = 0; i < n; i++) free(sh.params.v[i]);
  memmove(sh.params.v, sh.params.v + n, (size_t)(sh.params.n - n + 1) * sizeof *sh.params.v);
  sh.params.n -= (int)n;
  return 0;
}

/* getopts optstring name [arg…] */
int bi_getopts(int argc, char **argv) {
  static int subpos = 0; /* position inside a group of letters (like -abc) */
  if (argc < 3) {
    sh_cmderror("getopts", sh.flavour == SHELL_BASH ? "usage: getopts optstring name [arg ...]" : "usage: getopts optstring var [arg]");
    return 2;
  }
  const char *optstr = argv[1];
  const char *var = argv[2];
  char **args;
  int nargs;
  if (argc > 3) {
    args = argv + 3;
    nargs = argc - 3;
  } else {
    args = sh.params.v;
    nargs = sh.params.n;
  }
  const char *oi = var_get("OPTIND");
  long long optind_v = 1;
  if (!oi || !str_to_int(oi, &optind_v) || optind_v < 1) optind_v = 1;
  if (optind_v == 1 && subpos > 0 && (!oi || strcmp(oi, "1") == 0)) subpos = 0;
  int silent = optstr[0] == ':';
  if (silent) optstr++;
  int idx = (int)optind_v - 1;
  char t[24];
  if (idx >= nargs || !args[idx] || args[idx][0] != '-' || !args[idx][1] || strcmp(args[idx], "--") == 0) {
    if (idx < nargs && args[idx] && strcmp(args[idx], "--") == 0) idx++;
    subpos = 0;
    snprintf(t, sizeof t, "%d", idx + 1);
    var_set("OPTIND", t, 0);
    var_set(var, "?", 0);
    var_unset("OPTARG");
    return 1;
  }
  if (subpos == 0) subpos = 1;
  char c = args[idx][subpos];
  const char *spec = strchr(optstr, c);
  char name[2] = {c, 0};
  int next_arg = args[idx][subpos + 1] == 0;
  if (!spec || c == ':') {
    if (silent) {
      var_set("OPTARG", name, 0);
    } else {
      var_unset("OPTARG");
      if (sh.flavour == SHELL_BASH) fprintf(stderr, "%s: illegal option -- %c\n", sh.arg0, c);
      else sh_error("Illegal option -%c", c);
    }
    var_set(var, "?", 0);
  } else if (spec[1] == ':') {
    const char *arg;
    if (!next_arg) {
      arg = args[idx] + subpos + 1;
      next_arg = 1;
    } else if (idx + 1 < nargs) {
      arg = args[++idx];
    } else {
      if (silent) {
        var_set("OPTARG", name, 0);
        var_set(var, ":", 0);
      } else {
        var_unset("OPTARG");
        if (sh.flavour == SHELL_BASH) fprintf(stderr, "%s: option requires an argument -- %c\n", sh.arg0, c);
        else sh_error("No arg for -%c option", c);
        var_set(var, "?", 0);
      }
      subpos = 0;
      snprintf(t, sizeof t, "%d", idx + 2);
      var_set("OPTIND", t, 0);
      return 0;
    }
    var_set("OPTARG", arg, 0);
    var_set(var, name, 0);
  } else {
    var_unset("OPTARG");
    var_set(var, name, 0);
  }
  if (next_arg) {
    subpos = 0;
    idx++;
  } else
    subpos++;
  snprintf(t, sizeof t, "%d", idx + 1);
  var_set("OPTIND", t, 0);
  return 0;
}
