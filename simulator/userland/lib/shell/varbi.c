/* export, readonly, unset, local, declare/typeset, alias, unalias. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

extern Var *g_vars;
extern Alias *g_aliases;

void print_squoted(const char *s) {
  putchar('\'');
  for (; *s; s++) {
    if (*s == '\'') fputs("'\\''", stdout);
    else putchar(*s);
  }
  putchar('\'');
}

static void print_dquoted(const char *s) {
  putchar('"');
  for (; *s; s++) {
    if (strchr("\\\"$`", *s)) putchar('\\');
    putchar(*s);
  }
  putchar('"');
}

static int cmp_var(const void *a, const void *b) { return strcmp((*(Var *const *)a)->name, (*(Var *const *)b)->name); }

/* The variables with all of `flags`, sorted by name. */
static Var **sorted_vars(int flags, int *count) {
  int n = 0;
  for (Var *v = g_vars; v; v = v->next)
    if ((v->flags & flags) == flags) n++;
  Var **a = xmalloc((size_t)(n + 1) * sizeof *a);
  n = 0;
  for (Var *v = g_vars; v; v = v->next)
    if ((v->flags & flags) == flags) a[n++] = v;
  qsort(a, (size_t)n, sizeof *a, cmp_var);
  *count = n;
  return a;
}

static void list_vars(int flags, const char *word) {
  int n;
  Var **a = sorted_vars(flags, &n);
  for (int i = 0; i < n; i++) {
    Var *v = a[i];
    if (sh.flavour == SHELL_BASH) {
      char fl[8];
      int k = 0;
      if (v->flags & V_READONLY) fl[k++] = 'r';
      if (v->flags & V_EXPORT) fl[k++] = 'x';
      fl[k] = 0;
      printf("declare -%s %s", k ? fl : "-", v->name);
      if (!(v->flags & V_UNSET)) {
        putchar('=');
        print_dquoted(v->value);
      }
    } else {
      printf("%s %s", word, v->name);
      if (!(v->flags & V_UNSET)) {
        putchar('=');
        print_squoted(v->value);
      }
    }
    putchar('\n');
  }
  free(a);
}

static int set_flags(const char *cmd, int argc, char **argv, int flags) {
  int i = 1, status = 0;
  int unexport = 0;
  while (i < argc && argv[i][0] == '-') {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    if (strcmp(argv[i], "-p") == 0) {
      i++;
      continue;
    }
    if (strcmp(argv[i], "-n") == 0 && sh.flavour == SHELL_BASH && flags == V_EXPORT) {
      unexport = 1;
      i++;
      continue;
    }
    if (strcmp(argv[i], "-f") == 0 && sh.flavour == SHELL_BASH) {
      i++;
      continue;
    }
    break;
  }
  if (i >= argc) {
    list_vars(flags, cmd);
    return 0;
  }
  for (; i < argc; i++) {
    const char *a = argv[i];
    const char *eq = strchr(a, '=');
    char *name = eq ? xstrndup(a, (size_t)(eq - a)) : xstrdup(a);
    if (!is_name(name)) {
      if (sh.flavour == SHELL_BASH) sh_cmderror(cmd, "`%s': not a valid identifier", a);
      else sh_cmderror(cmd, "%s: bad variable name", name);
      free(name);
      status = 1;
      if (sh.flavour != SHELL_BASH && !sh.interactive) {
        sh.unwind = U_EXIT;
        sh.exit_status = 2;
        return 2;
      }
      continue;
    }
    if (unexport) {
      Var *v = var_find(name);
      if (v) v->flags &= ~V_EXPORT;
    } else if (var_set(name, eq ? eq + 1 : NULL, flags) < 0) {
      if (sh.flavour == SHELL_BASH) sh_error("%s: readonly variable", name);
      else sh_cmderror(cmd, "%s: is read only", name);
      status = 1;
    }
    free(name);
  }
  return status;
}

int bi_export(int argc, char **argv) { return set_flags("export", argc, argv, V_EXPORT); }
int bi_readonly(int argc, char **argv) { return set_flags("readonly", argc, argv, V_READONLY); }

int bi_unset(int argc, char **argv) {
  int i = 1, funcs = 0, status = 0;
  for (; i < argc && argv[i][0] == '-'; i++) {
    if (strcmp(argv[i], "-f") == 0) funcs = 1;
    else if (strcmp(argv[i], "-v") == 0) funcs = 0;
    else if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    } else
      break;
  }
  for (; i < argc; i++) {
    if (funcs) {
      func_unset(argv[i]);
      continue;
    }
    if (!is_name(argv[i]) && sh.flavour == SHELL_BASH) {
      sh_cmderror("unset", "`%s': not a valid identifier", argv[i]);
      status = 1;
      continue;
    }
    if (var_find(argv[i]) == NULL && sh.flavour == SHELL_BASH && func_find(argv[i])) {
      func_unset(argv[i]);
      continue;
    }
    if (var_unset(argv[i]) < 0) {
      if (sh.flavour == SHELL_BASH) sh_cmderror("unset", "%s: cannot unset: readonly variable", argv[i]);
      else sh_cmderror("unset", "%s: is read only", argv[i]);
      status = 1;
    }
  }
  return status;
}

int bi_local(int argc, char **argv) {
  if (!sh.infunc) {
    if (sh.flavour == SHELL_BASH) sh_cmderror("local", "can only be used in a function");
    else sh_cmderror("local", "not in a function");
    if (sh.flavour != SHELL_BASH && !sh.interactive) {
      sh.unwind = U_EXIT;
      sh.exit_status = 2;
    }
    return sh.flavour == SHELL_BASH ? 1 : 2;
  }
  int status = 0;
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] == '-') continue;
    const char *eq = strchr(argv[i], '=');
    char *name = eq ? xstrndup(argv[i], (size_t)(eq - argv[i])) : xstrdup(argv[i]);
    if (!is_name(name)) {
      if (sh.flavour == SHELL_BASH) sh_cmderror("local", "`%s': not a valid identifier", argv[i]);
      else sh_cmderror("local", "%s: bad variable name", name);
      status = 1;
      free(name);
      continue;
    }
    local_add(name);
    if (eq) {
      if (var_set(name, eq + 1, 0) < 0) {
        sh_error("%s: readonly variable", name);
        status = 1;
      }
    } else if (sh.flavour != SHELL_BASH) {
      /* dash and ash keep the value; bash makes it unset */
    } else {
      Var *v = var_find(name);
      if (v && !(v->flags & V_READONLY)) {
        free(v->value);
        v->value = NULL;
        v->flags = V_UNSET;
      } else if (!v)
        var_set(name, NULL, 0);
    }
    free(name);
  }
  return status;
}

int bi_declare(int argc, char **argv) {
  int flags = 0, i = 1, print = 0;
  for (; i < argc && (argv[i][0] == '-' || argv[i][0] == '+'); i++) {
    for (const char *c = argv[i] + 1; *c; c++) {
      if (*c == 'x') flags |= V_EXPORT;
      else if (*c == 'r') flags |= V_READONLY;
      else if (*c == 'p') print = 1;
    }
  }
  if (i >= argc) {
    list_vars(flags, "declare");
    return 0;
  }
  int status = 0;
  for (; i < argc; i++) {
    const char *eq = strchr(argv[i], '=');
    char *name = eq ? xstrndup(argv[i], (size_t)(eq - argv[i])) : xstrdup(argv[i]);
    if (print) {
      Var *v = var_find(name);
      if (!v) {
        sh_cmderror("declare", "%s: not found", name);
        status = 1;
      } else {
        printf("declare -%s%s %s", v->flags & V_READONLY ? "r" : "", v->flags & V_EXPORT ? "x" : (v->flags & V_READONLY) ? "" : "-", name);
        if (!(v->flags & V_UNSET)) {
          putchar('=');
          print_dquoted(v->value);
        }
        putchar('\n');
      }
    } else {
      if (sh.infunc) local_add(name);
      if (var_set(name, eq ? eq + 1 : NULL, flags) < 0) {
        sh_error("%s: readonly variable", name);
        status = 1;
      }
    }
    free(name);
  }
  return status;
}

static void print_alias(Alias *a) {
  if (sh.flavour == SHELL_BASH) fputs("alias ", stdout);
  printf("%s=", a->name);
  print_squoted(a->value);
  putchar('\n');
}

int bi_alias(int argc, char **argv) {
  int i = 1, status = 0;
  if (i < argc && strcmp(argv[i], "-p") == 0) i++;
  if (i >= argc) {
    for (Alias *a = g_aliases; a; a = a->next) print_alias(a);
    return 0;
  }
  for (; i < argc; i++) {
    const char *eq = strchr(argv[i], '=');
    if (eq) {
      char *name = xstrndup(argv[i], (size_t)(eq - argv[i]));
      alias_set(name, eq + 1);
      free(name);
      continue;
    }
    Alias *found = NULL;
    for (Alias *a = g_aliases; a; a = a->next)
      if (strcmp(a->name, argv[i]) == 0) found = a;
    if (found) print_alias(found);
    else {
      if (sh.flavour == SHELL_BASH) sh_cmderror("alias", "%s: not found", argv[i]);
      else sh_cmderror("alias", "%s not found", argv[i]);
      status = 1;
    }
  }
  return status;
}

int bi_unalias(int argc, char **argv) {
  int status = 0;
  if (argc < 2) {
    if (sh.flavour == SHELL_BASH) {
      fprintf(stderr, "unalias: usage: unalias [-a] name [name ...]\n");
      return 2;
    }
    return 0;
  }
  if (strcmp(argv[1], "-a") == 0) {
    while (g_aliases) alias_unset(g_aliases->name);
    return 0;
  }
  for (int i = 1; i < argc; i++) {
    if (alias_unset(argv[i]) < 0) {
      if (sh.flavour == SHELL_BASH) sh_cmderror("unalias", "%s: not found", argv[i]);
      else sh_cmderror("unalias", "%s not found", argv[i]);
      status = 1;
    }
  }
  return status;
}
