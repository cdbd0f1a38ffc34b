/* Subshells without fork: a copy of what a subshell may change, put back when it ends. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sh.h"

extern Var *g_vars;
extern Func *g_funcs;
extern Alias *g_aliases;

struct Saved {
  Var *vars;
  Func *funcs;
  Alias *aliases;
  strv params;
  char *dollar0;
  int opts[11];
  char *traps[65];
  char cwd[4096];
  int umask_v, loops, infunc, lineno;
  Local *locals;
};

static Var *copy_vars(Var *v) {
  Var *head = NULL, **tail = &head;
  for (; v; v = v->next) {
    Var *c = xmalloc(sizeof *c);
    c->name = xstrdup(v->name);
    c->value = v->value ? xstrdup(v->value) : NULL;
    c->arr = v->arr ? xstrdup(v->arr) : NULL;
    c->flags = v->flags;
    c->next = NULL;
    *tail = c;
    tail = &c->next;
  }
  return head;
}

static Func *copy_funcs(Func *f) {
  Func *head = NULL, **tail = &head;
  for (; f; f = f->next) {
    Func *c = xmalloc(sizeof *c);
    c->name = xstrdup(f->name);
    c->body = f->body;
    c->next = NULL;
    *tail = c;
    tail = &c->next;
  }
  return head;
}

static Alias *copy_aliases(Alias *a) {
  Alias *head = NULL, **tail = &head;
  for (; a; a = a->next) {
    Alias *c = xmalloc(sizeof *c);
    c->name = xstrdup(a->name);
    c->value = xstrdup(a->value);
    c->next = NULL;
    *tail = c;
    tail = &c->next;
  }
  return head;
}

Saved *state_save(void) {
  Saved *s = xmalloc(sizeof *s);
  s->vars = copy_vars(g_vars);
  s->funcs = copy_funcs(g_funcs);
  s->aliases = copy_aliases(g_aliases);
  s->params.v = NULL;
  s->params.n = s->params.cap = 0;
  for (int i = 0; i < sh.params.n; i++) sv_add(&s->params, xstrdup(sh.params.v[i]));
  s->dollar0 = xstrdup(sh.dollar0);
  int o[11] = {sh.opt_e, sh.opt_x, sh.opt_u, sh.opt_f, sh.opt_n, sh.opt_v, sh.opt_C, sh.opt_m, sh.opt_a_export, sh.pipefail, sh.nullglob};
  memcpy(s->opts, o, sizeof o);
  for (int i = 0; i < 65; i++) {
    s->traps[i] = sh.traps[i];
    /* a subshell keeps ignored signals ignored and resets the rest */
    sh.traps[i] = sh.traps[i] && !*sh.traps[i] ? xstrdup("") : NULL;
  }
  if (!getcwd(s->cwd, sizeof s->cwd)) s->cwd[0] = 0;
  s->umask_v = sh.umask_v;
  s->loops = sh.loops;
  s->infunc = sh.infunc;
  s->lineno = sh.lineno;
  s->locals = sh.locals;
  return s;
}

void state_restore(Saved *s) {
  for (Var *v = g_vars, *n; v; v = n) {
    n = v->next;
    free(v->name);
    free(v->value);
    free(v->arr);
    free(v);
  }
  g_vars = s->vars;
  for (Func *f = g_funcs, *n; f; f = n) {
    n = f->next;
    free(f->name);
    free(f);
  }
  g_funcs = s->funcs;
  for (Alias *a = g_aliases, *n; a; a = n) {
    n = a->next;
    free(a->name);
    free(a->value);
    free(a);
  }
  g_aliases = s->aliases;
  sv_free(&sh.params);
  sh.params = s->params;
  free(sh.dollar0);
  sh.dollar0 = s->dollar0;
  sh.opt_e = s->opts[0], sh.opt_x = s->opts[1], sh.opt_u = s->opts[2], sh.opt_f = s->opts[3];
  sh.opt_n = s->opts[4], sh.opt_v = s->opts[5], sh.opt_C = s->opts[6], sh.opt_m = s->opts[7];
  sh.opt_a_export = s->opts[8], sh.pipefail = s->opts[9], sh.nullglob = s->opts[10];
  for (int i = 0; i < 65; i++) {
    free(sh.traps[i]);
    sh.traps[i] = s->traps[i];
  }
  if (s->cwd[0]) {
    char now[4096];
    if (!getcwd(now, sizeof now) || strcmp(now, s->cwd) != 0) (void)chdir(s->cwd);
  }
  sh.umask_v = s->umask_v;
  sh.loops = s->loops;
  sh.infunc = s->infunc;
  sh.lineno = s->lineno;
  sh.locals = s->locals;
  free(s);
}
