/* Shell variables, functions and aliases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sh.h"

Var *g_vars;
Func *g_funcs;
Alias *g_aliases;

Var *var_find(const char *name) {
  for (Var *v = g_vars; v; v = v->next)
    if (strcmp(v->name, name) == 0) return v;
  return NULL;
}

static char numbuf[32];

const char *var_get(const char *name) {
  Var *v = var_find(name);
  if (v && !(v->flags & V_UNSET)) return v->value;
  if (v) return NULL;
  if (strcmp(name, "LINENO") == 0) {
    snprintf(numbuf, sizeof numbuf, "%d", sh.lineno);
    return numbuf;
  }
  if (sh.flavour != SHELL_DASH && strcmp(name, "RANDOM") == 0) {
    snprintf(numbuf, sizeof numbuf, "%d", rand() & 32767);
    return numbuf;
  }
  if (sh.flavour == SHELL_BASH && strcmp(name, "SECONDS") == 0) {
    extern time_t sh_start_time;
    snprintf(numbuf, sizeof numbuf, "%lld", (long long)(time(NULL) - sh_start_time));
    return numbuf;
  }
  return NULL;
}

int var_set(const char *name, const char *value, int flags) {
  Var *v = var_find(name);
  if (v && (v->flags & V_READONLY) && value) return -1;
  if (!v) {
    v = xmalloc(sizeof *v);
    v->name = xstrdup(name);
    v->value = NULL;
    v->arr = NULL;
    v->flags = V_UNSET;
    v->next = g_vars;
    g_vars = v;
  }
  if (value) {
    char *nv = xstrdup(value);
    free(v->value);
    v->value = nv;
    v->flags &= ~V_UNSET;
    if (v->arr) {
      /* name=value sets element 0 of an array */
      strv all = {0};
      arr_split(v->arr, &all);
      if (all.n == 0) sv_add(&all, xstrdup(value));
      else {
        free(all.v[0]);
        all.v[0] = xstrdup(value);
      }
      sbuf b = {0};
      sb_str(&b);
      for (int i = 0; i < all.n; i++) {
        sb_adds(&b, all.v[i]);
        sb_addc(&b, '\x1f');
      }
      free(v->arr);
      v->arr = sb_take(&b);
      sv_free(&all);
    }
  }
  v->flags |= flags & (V_EXPORT | V_READONLY);
  if (sh.opt_a_export) v->flags |= V_EXPORT;
  return 0;
}

int var_unset(const char *name) {
  Var **pp = &g_vars;
  for (; *pp; pp = &(*pp)->next) {
    Var *v = *pp;
    if (strcmp(v->name, name) != 0) continue;
    if (v->flags & V_READONLY) return -1;
    if (sh.locals) {
      /* a local stays local while unset */
      free(v->value);
      v->value = NULL;
      free(v->arr);
      v->arr = NULL;
      v->flags = V_UNSET;
      return 0;
    }
    *pp = v->next;
    free(v->name);
    free(v->value);
    free(v->arr);
    free(v);
    return 0;
  }
  return 0;
}

int var_assign(const char *a, int flags) {
  const char *eq = strchr(a, '=');
  char *name = xstrndup(a, (size_t)(eq - a));
  int r = var_set(name, eq + 1, flags);
  free(name);
  return r;
}

char **var_environ(strv *extra) {
  strv env = {0};
  for (Var *v = g_vars; v; v = v->next) {
    if (!(v->flags & V_EXPORT) || (v->flags & V_UNSET) || v->arr) continue;
    int overridden = 0;
    size_t nl = strlen(v->name);
    for (int i = 0; extra && i < extra->n; i++)
      if (strncmp(extra->v[i], v->name, nl) == 0 && extra->v[i][nl] == '=') overridden = 1;
    if (!overridden) sv_add(&env, str_cat3(v->name, "=", v->value));
  }
  for (int i = 0; extra && i < extra->n; i++) sv_add(&env, xstrdup(extra->v[i]));
  /* environ order: oldest first, like a real environment block */
  for (int i = 0, j = env.n - 1; i < j; i++, j--) {
    char *t = env.v[i];
    env.v[i] = env.v[j];
    env.v[j] = t;
  }
  if (!env.v) sv_add(&env, NULL), env.n = 0;
  return env.v;
}

void var_import(char **envp) {
  for (char **e = envp; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || !is_name_n(*e, (size_t)(eq - *e))) continue;
    var_assign(*e, V_EXPORT);
  }
}

Func *func_find(const char *name) {
  for (Func *f = g_funcs; f; f = f->next)
    if (strcmp(f->name, name) == 0) return f;
  return NULL;
}

void func_set(const char *name, Node *body) {
  Func *f = func_find(name);
  if (!f) {
    f = xmalloc(sizeof *f);
    f->name = xstrdup(name);
    f->next = g_funcs;
    g_funcs = f;
  }
  f->body = body;
}

void func_unset(const char *name) {
  for (Func **pp = &g_funcs; *pp; pp = &(*pp)->next) {
    if (strcmp((*pp)->name, name) == 0) {
      Func *f = *pp;
      *pp = f->next;
      free(f->name);
      free(f);
      return;
    }
  }
}

const char *alias_get(const char *name) {
  for (Alias *a = g_aliases; a; a = a->next)
    if (strcmp(a->name, name) == 0) return a->value;
  return NULL;
}

void alias_set(const char *name, const char *value) {
  Alias **pp = &g_aliases;
  for (; *pp; pp = &(*pp)->next) {
    if (strcmp((*pp)->name, name) == 0) {
      free((*pp)->value);
      (*pp)->value = xstrdup(value);
      return;
    }
    if (strcmp((*pp)->name, name) > 0) break;
  }
  Alias *a = xmalloc(sizeof *a);
  a->name = xstrdup(name);
  a->value = xstrdup(value);
  a->next = *pp;
  *pp = a;
}

int alias_unset(const char *name) {
  for (Alias **pp = &g_aliases; *pp; pp = &(*pp)->next) {
    if (strcmp((*pp)->name, name) == 0) {
      Alias *a = *pp;
      *pp = a->next;
      free(a->name);
      free(a->value);
      free(a);
      return 0;
    }
  }
  return -1;
}

/* `local name`: remember the variable's value to restore when the function returns. */
void local_add(const char *name) {
  for (Local *l = sh.locals; l && l->name; l = l->next)
    if (strcmp(l->name, name) == 0) return;
  Local *l = xmalloc(sizeof *l);
  Var *v = var_find(name);
  l->name = xstrdup(name);
  l->existed = v != NULL;
  l->value = v && v->value ? xstrdup(v->value) : NULL;
  l->flags = v ? v->flags : 0;
  l->next = sh.locals;
  sh.locals = l;
}
