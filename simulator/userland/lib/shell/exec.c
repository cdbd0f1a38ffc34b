/*
 * Running the syntax tree: lists, and-or lists, compound commands, functions, simple
 * commands (builtins in-process, programs through gorae_spawn) and subshells, which run
 * in-process on a saved copy of the shell's state.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "sh.h"

int run_pipe(Node *n);
int run_background(Node *n);
int run_dbrack(strv *words);

/* ---- status checks ---- */
static int stop(void) { return sh.unwind != U_NONE; }

static void errexit_check(int status) {
  if (status != 0 && sh.opt_e && !sh.noerrexit && sh.unwind == U_NONE) {
    sh.unwind = U_EXIT;
    sh.exit_status = status;
  }
}

/* An expansion error: a non-interactive shell ends, an interactive one drops the line. */
int arith_failed;

void expansion_failed(void) {
  int st = sh.flavour == SHELL_BASH ? 1 : 2;
  sh.status = st;
  if (!sh.interactive || sh.subshell) {
    sh.unwind = U_EXIT;
    sh.exit_status = sh.flavour == SHELL_BASH ? (arith_failed ? 1 : 127) : 2;
    if (sh.subshell && sh.flavour == SHELL_BASH) sh.exit_status = 1;
  } else
    sh.unwind = U_ERROR;
}

void trace_cmd(strv *assigns, strv *args) {
  const char *ps4 = var_get("PS4");
  if (!ps4) ps4 = "+ ";
  sbuf b = {0};
  /* bash repeats PS4's first character once per command substitution level */
  for (int i = 0; sh.flavour == SHELL_BASH && *ps4 && i < sh.capture; i++) sb_addc(&b, *ps4);
  sb_adds(&b, ps4);
  int first = 1;
  for (int pass = 0; pass < 2; pass++) {
    strv *v = pass ? args : assigns;
    for (int i = 0; v && i < v->n; i++) {
      if (!first) sb_addc(&b, ' ');
      first = 0;
      const char *s = v->v[i];
      int plain = *s != 0;
      for (const char *c = s; *c; c++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./=:,+@%", *c)) plain = 0;
      if (pass == 0 && plain == 0) {
        const char *eq = strchr(s, '=');
        if (eq) {
          sb_addn(&b, s, (size_t)(eq - s + 1));
          s = eq + 1;
          plain = *s != 0;
          for (const char *c = s; *c; c++)
            if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./=:,+@%", *c)) plain = 0;
        }
      }
      if (plain || sh.flavour == SHELL_DASH) {
        sb_adds(&b, s);
        continue;
      }
      sb_addc(&b, '\'');
      for (const char *c = s; *c; c++) {
        if (*c == '\'') sb_adds(&b, "'\\''");
        else sb_addc(&b, *c);
      }
      sb_addc(&b, '\'');
    }
  }
  sb_addc(&b, '\n');
  fflush(stdout);
  fputs(b.s, stderr);
  fflush(stderr);
  free(b.s);
}

/* ---- programs ---- */
int find_in_path(const char *name, char *out, size_t outlen) {
  struct stat st;
  if (strchr(name, '/')) {
    snprintf(out, outlen, "%s", name);
    return stat(name, &st) == 0 ? 0 : -ENOENT;
  }
  const char *path = var_get("PATH");
  if (!path) path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  const char *p = path;
  for (;;) {
    const char *e = strchr(p, ':');
    size_t dl = e ? (size_t)(e - p) : strlen(p);
    if (dl == 0) snprintf(out, outlen, "%s", name);
    else snprintf(out, outlen, "%.*s/%s", (int)dl, p, name);
    if (stat(out, &st) == 0 && !S_ISDIR(st.st_mode)) return 0;
    if (!e) break;
    p = e + 1;
  }
  return -ENOENT;
}

int spawn_program(const char *path, char **argv, char **envp, const int32_t fds[3]) {
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
  fflush(stdout);
  fflush(stderr);
  int oldint = gorae_signal(G_SIGINT, G_SIG_DFL);
  int oldpipe = gorae_signal(G_SIGPIPE, G_SIG_DFL);
  int pid = gorae_spawn(path, (const char *const *)argv, (const char *const *)envp, fds, cwd);
  gorae_signal(G_SIGINT, oldint < 0 ? G_SIG_DFL : oldint);
  gorae_signal(G_SIGPIPE, oldpipe < 0 ? G_SIG_DFL : oldpipe);
  return pid;
}

static char *fg_text; /* the command running in the foreground, as written */

int wait_pid(int pid) {
  int32_t st = 0;
  /* an interactive shell outlives a Ctrl+C that ends its program; a script ends with it */
  int trapped = sh.traps[G_SIGINT] && *sh.traps[G_SIGINT];
  int old = sh.interactive || trapped ? gorae_signal(G_SIGINT, trapped ? G_SIG_CATCH : G_SIG_IGN) : -1;
  for (;;) {
    int r = gorae_wait(pid, &st, 0);
    if (r == -EINTR) continue;
    if (r < 0) {
      st = 127 << 8;
    }
    break;
  }
  if (old >= 0) gorae_signal(G_SIGINT, old);
  if (st & 0x7f) {
    int sig = st & 0x7f;
    if (sig == G_SIGINT && sh.interactive) {
      if (!sh.int_nl) fputc('\n', stderr);
      sh.int_nl = 1;
      fflush(stderr);
    } else if (sig != G_SIGINT && sig != G_SIGPIPE) {
      const char *m = sig == G_SIGKILL ? "Killed" : sig == G_SIGTERM ? "Terminated" : NULL;
      if (m) {
        fflush(stdout);
        if (sh.flavour == SHELL_BASH && !sh.interactive && sig == G_SIGKILL)
          fprintf(stderr, "%s: line %d: %5d %-24s%s\n", sh.arg0, sh.lineno, pid, m, fg_text ? fg_text : "");
        else
          fprintf(stderr, "%s\n", m);
        fflush(stderr);
      }
    }
    return 128 + sig;
  }
  return (st >> 8) & 0xff;
}

/* Starts an external command with fds 0-2 as they are now; returns the pid or -1. */
int start_external_pub(char **argv, strv *assigns) {
  char path[4096];
  const char *name = argv[0];
  int r = find_in_path(name, path, sizeof path);
  int status = 0;
  if (r == 0) {
    char **env = var_environ(assigns);
    int32_t fds[3] = {0, 1, 2};
    int pid = spawn_program(path, argv, env, fds);
    if (pid == -ENOEXEC) {
      /* a script without #!: the shell runs it, as the shells do */
      strv sargv = {0};
      sv_add(&sargv, xstrdup(sh.flavour == SHELL_BASH ? "bash" : "sh"));
      sv_add(&sargv, xstrdup(path));
      for (int i = 1; argv[i]; i++) sv_add(&sargv, xstrdup(argv[i]));
      pid = spawn_program(sh.selfpath, sargv.v, env, fds);
      sv_free(&sargv);
    }
    for (char **e = env; *e; e++) free(*e);
    free(env);
    if (pid >= 0) return pid;
    r = pid;
  }
  if (r == -ENOENT) {
    status = 127;
    if (strchr(name, '/')) {
      if (sh.flavour == SHELL_BASH) sh_error("%s: No such file or directory", name);
      else sh_error("%s: not found", name);
    } else if (sh.flavour == SHELL_BASH)
      sh_error("%s: command not found", name);
    else
      sh_error("%s: not found", name);
  } else if (r == -EACCES || r == -EISDIR) {
    status = 126;
    struct stat st;
    if (sh.flavour == SHELL_BASH && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) sh_error("%s: Is a directory", name);
    else sh_error("%s: Permission denied", name);
  } else if (r == -ENOEXEC) {
    status = 126;
    sh_error("%s: cannot execute binary file: Exec format error", name);
  } else {
    status = 126;
    sh_error("%s: %s", name, strerror(-r));
  }
  sh.status = status;
  return -1;
}

/* ---- functions ---- */
#define FUNC_NEST_MAX 2000 /* deeper calls would run out of stack */

static int call_function(Func *f, strv *args) {
  if (sh.infunc >= FUNC_NEST_MAX) {
    sh_error("%s: maximum function nesting level exceeded (%d)", f->name, FUNC_NEST_MAX);
    sh.unwind = U_ERROR;
    return 1;
  }
  strv saved = sh.params;
  char *saved0 = sh.dollar0;
  strv np = {0};
  for (int i = 1; i < args->n; i++) sv_add(&np, xstrdup(args->v[i]));
  sh.params = np;
  if (sh.flavour == SHELL_BASH) {
    /* bash keeps $0; dash and ash too */
  }
  Local *frame = xmalloc(sizeof *frame);
  memset(frame, 0, sizeof *frame);
  frame->next = sh.locals;
  sh.locals = frame;
  sh.infunc++;
  char *oldfn = NULL;
  if (sh.flavour == SHELL_BASH) {
    const char *o = var_get("FUNCNAME");
    oldfn = o ? xstrdup(o) : NULL;
    var_set("FUNCNAME", f->name, 0);
  }
  int status = run_node(f->body);
  if (sh.flavour == SHELL_BASH) {
    if (oldfn) var_set("FUNCNAME", oldfn, 0);
    else var_unset("FUNCNAME");
    free(oldfn);
  }
  sh.infunc--;
  if (sh.unwind == U_RETURN) {
    sh.unwind = U_NONE;
    status = sh.exit_status;
  }
  /* restore locals */
  while (sh.locals && sh.locals != frame) {
    Local *l = sh.locals;
    sh.locals = l->next;
    Var *v = var_find(l->name);
    if (l->existed) {
      if (!v) {
        var_set(l->name, l->value ? l->value : "", 0);
        v = var_find(l->name);
      }
      free(v->value);
      v->value = l->value;
      v->flags = l->flags;
      l->value = NULL;
    } else if (v) {
      v->flags &= ~V_READONLY;
      Local *keep = sh.locals;
      sh.locals = NULL;
      var_unset(l->name);
      sh.locals = keep;
    }
    free(l->name);
    free(l->value);
    free(l);
  }
  sh.locals = frame->next;
  free(frame);
  sv_free(&sh.params);
  sh.params = saved;
  sh.dollar0 = saved0;
  return status;
}

/* ---- simple commands ---- */
/* bash's name=(…), name+=(…) and name[i]=value; 1 when a is one of them, -1 on error */
static int array_assignment(const char *a) {
  const char *eq = strchr(a, '=');
  const char *br = strchr(a, '[');
  size_t vl = strlen(eq + 1);
  int append = eq > a && eq[-1] == '+';
  if (br && br < eq) {
    char *name = xstrndup(a, (size_t)(br - a));
    const char *close = strchr(br, ']');
    char *subs = xstrndup(br + 1, (size_t)(close - br - 1));
    char *e = expand_str(subs, X_NOTILDE);
    long long idx = 0;
    char *val = expand_str(eq + 1, X_ASSIGN);
    int r = 1;
    if (!e || !val || arith_eval(e, &idx) < 0) r = -1;
    else {
      if (append) {
        strv items = {0};
        arr_items(name, &items);
        long long k = idx < 0 ? idx + items.n : idx;
        char *joined = str_cat3(k >= 0 && k < items.n ? items.v[k] : "", val, "");
        free(val);
        val = joined;
        sv_free(&items);
      }
      int s = arr_set_elem(name, idx, val);
      if (s == -1) {
        sh_error("%s: readonly variable", name);
        r = -2;
      } else if (s == -2) {
        sh_error("%s[%s]: bad array subscript", name, subs);
        r = -1;
      }
    }
    free(e);
    free(val);
    free(subs);
    free(name);
    return r;
  }
  if (vl >= 2 && eq[1] == '(' && eq[vl] == ')') {
    char *name = xstrndup(a, (size_t)(eq - a - append));
    char *inner = xstrndup(eq + 2, vl - 2);
    strv raw = {0}, items = {0};
    split_words(inner, &raw);
    int r = 1;
    if (expand_words(&raw, &items) < 0) r = -1;
    else if (arr_assign(name, &items, append) < 0) {
      sh_error("%s: readonly variable", name);
      r = -2;
    }
    sv_free(&raw);
    sv_free(&items);
    free(inner);
    free(name);
    return r;
  }
  return 0;
}

static int do_assignments(strv *assigns, int flags, strv *expanded) {
  for (int i = 0; i < assigns->n; i++) {
    const char *a = assigns->v[i];
    const char *eq = strchr(a, '=');
    if (sh.flavour == SHELL_BASH) {
      int r = array_assignment(a);
      if (r < 0) return r;
      if (r > 0) continue;
    }
    char *val = expand_str(eq + 1, X_ASSIGN);
    if (!val) return -1;
    char *name = xstrndup(a, (size_t)(eq - a));
    size_t nl = strlen(name);
    if (nl > 1 && name[nl - 1] == '+') {
      name[nl - 1] = 0;
      const char *old = var_get(name);
      char *joined = str_cat3(old ? old : "", val, "");
      free(val);
      val = joined;
    }
    if (expanded) {
      sv_add(expanded, str_cat3(name, "=", val));
    } else if (var_set(name, val, flags) < 0) {
      sh_error(sh.flavour == SHELL_BASH ? "%s: readonly variable" : "%s: is read only", name);
      free(name);
      free(val);
      return -2;
    }
    free(name);
    free(val);
  }
  return 0;
}

int last_subst_status = -1;

int run_argv(strv *args, strv *assigns_raw, Redir *redirs, int line) {
  (void)line;
  strv assigns = {0};
  last_subst_status = -1;
  int r = do_assignments(assigns_raw, 0, &assigns);
  if (r < 0) {
    sv_free(&assigns);
    if (r == -2) {
      sh.status = 1;
      if (!sh.interactive) {
        sh.unwind = U_EXIT;
        sh.exit_status = sh.flavour == SHELL_BASH ? 1 : 2;
      }
      return sh.status;
    }
    expansion_failed();
    return sh.status;
  }
  if (sh.opt_x && (args->n || assigns.n)) trace_cmd(&assigns, args);
  if (args->n == 0) {
    int status = last_subst_status >= 0 ? last_subst_status : 0;
    for (int i = 0; i < assigns.n; i++) {
      if (var_assign(assigns.v[i], 0) < 0) {
        char *name = xstrndup(assigns.v[i], (size_t)(strchr(assigns.v[i], '=') - assigns.v[i]));
        sh_error(sh.flavour == SHELL_BASH ? "%s: readonly variable" : "%s: is read only", name);
        free(name);
        status = sh.flavour == SHELL_BASH ? 1 : 2;
        if (!sh.interactive) {
          sh.unwind = U_EXIT;
          sh.exit_status = status;
        }
        break;
      }
    }
    if (redirs) {
      FdSave save = {0};
      if (redirect(redirs, &save) < 0) status = 1;
      redirect_undo(&save);
    }
    sv_free(&assigns);
    return status;
  }
  const char *name = args->v[0];
  int special = 0;
  builtin_fn fn = strchr(name, '/') ? NULL : builtin_find(name, &special);
  Func *f = strchr(name, '/') ? NULL : func_find(name);
  if (fn && special) f = NULL;
  FdSave save = {0};
  int status;
  if (args->n == 1 && strcmp(name, "exec") == 0) {
    /* exec with redirections only: they stay */
    sv_free(&assigns);
    if (redirect(redirs, NULL) < 0) {
      if (!sh.interactive) {
        sh.unwind = U_EXIT;
        sh.exit_status = sh.flavour == SHELL_BASH ? 1 : 2;
      }
      return sh.flavour == SHELL_BASH ? 1 : 2;
    }
    return 0;
  }
  if (redirect(redirs, &save) < 0) {
    redirect_undo(&save);
    sv_free(&assigns);
    if (special && !sh.interactive && sh.flavour != SHELL_BASH) {
      sh.unwind = U_EXIT;
      sh.exit_status = 2;
    }
    return sh.flavour == SHELL_BASH ? 1 : 2;
  }
  if (f || fn) {
    /* assignments before a special builtin stay; before others they last the command */
    strv old = {0};
    int permanent = special && sh.flavour != SHELL_BASH;
    for (int i = 0; i < assigns.n; i++) {
      char *eq = strchr(assigns.v[i], '=');
      char *nm = xstrndup(assigns.v[i], (size_t)(eq - assigns.v[i]));
      if (!permanent) {
        const char *ov = var_get(nm);
        Var *v = var_find(nm);
        sv_add(&old, ov ? str_cat3(nm, "=", ov) : xstrdup(nm));
        sv_add(&old, xstrdup(v && (v->flags & V_EXPORT) ? "x" : "-"));
      }
      var_set(nm, eq + 1, permanent ? 0 : V_EXPORT);
      free(nm);
    }
    if (f) {
      status = call_function(f, args);
    } else {
      const char *prev = sh.builtin;
      sh.builtin = name;
      optind = 1;
      errno = 0;
      status = fn(args->n, args->v);
      sh.builtin = prev;
      fflush(stdout);
      fflush(stderr);
      if (ferror(stdout)) {
        if (errno == EPIPE && sh.pipe_stage) {
          /* the reader is gone: the stage ends as SIGPIPE would end it */
          sh.unwind = U_EXIT;
          sh.exit_status = 128 + G_SIGPIPE;
        }
        clearerr(stdout);
      }
    }
    for (int i = 0; i + 1 < old.n; i += 2) {
      char *eq = strchr(old.v[i], '=');
      if (eq) {
        *eq = 0;
        var_set(old.v[i], eq + 1, 0);
        Var *v = var_find(old.v[i]);
        if (v && old.v[i + 1][0] == '-') v->flags &= ~V_EXPORT;
      } else {
        Var *v = var_find(old.v[i]);
        if (v) v->flags &= ~V_READONLY;
        var_unset(old.v[i]);
      }
    }
    sv_free(&old);
  } else {
    int pid = start_external_pub(args->v, &assigns);
    status = pid < 0 ? sh.status : wait_pid(pid);
  }
  redirect_undo(&save);
  sv_free(&assigns);
  return status;
}

static int run_simple(Node *n) {
  sh.lineno = n->line;
  free(fg_text);
  fg_text = unparse(n);
  strv args = {0};
  last_subst_status = -1;
  arith_failed = 0;
  if (expand_words(&n->words, &args) < 0) {
    sv_free(&args);
    expansion_failed();
    return sh.status;
  }
  int status = run_argv(&args, &n->assigns, n->redirs, n->line);
  if (sh.flavour == SHELL_BASH && args.n) var_set("_", args.v[args.n - 1], 0);
  sv_free(&args);
  return status;
}

/* ---- compound commands ---- */
int run_subshell_node(Node *n) {
  Saved *s = state_save();
  sh.subshell++;
  int status = run_node(n);
  if (sh.unwind == U_EXIT || sh.unwind == U_RETURN) status = sh.exit_status;
  else if (sh.unwind == U_ERROR) status = sh.status;
  sh.unwind = U_NONE;
  if (sh.traps[0] && *sh.traps[0]) {
    sh.status = status;
    sh_run_trap(0);
    sh.unwind = U_NONE;
  }
  sh.subshell--;
  fflush(stdout);
  fflush(stderr);
  state_restore(s);
  return status;
}

static int run_list(Node *n) {
  int status = sh.status;
  for (int i = 0; i < n->nkids; i++) {
    if (n->bg[i]) {
      status = run_background(n->kids[i]);
    } else {
      status = run_node(n->kids[i]);
    }
    sh.status = status;
    sh_take_signals();
    if (stop()) break;
  }
  return status;
}

static int run_loop(Node *n) {
  int status = 0;
  sh.loops++;
  for (;;) {
    sh.noerrexit++;
    int c = run_node(n->a);
    sh.noerrexit--;
    if (sh.unwind == U_BREAK || sh.unwind == U_CONTINUE) {
      /* break inside the condition */
      if (sh.unwind == U_BREAK) {
        if (--sh.unwind_n <= 0) sh.unwind = U_NONE;
        break;
      }
      if (--sh.unwind_n <= 0) sh.unwind = U_NONE;
      else break;
      continue;
    }
    if (stop()) break;
    if ((n->type == N_WHILE) != (c == 0)) break;
    status = run_node(n->b);
    if (sh.unwind == U_BREAK) {
      if (--sh.unwind_n <= 0) sh.unwind = U_NONE;
      break;
    }
    if (sh.unwind == U_CONTINUE) {
      if (--sh.unwind_n <= 0) sh.unwind = U_NONE;
      else break;
    }
    if (stop()) break;
  }
  sh.loops--;
  return status;
}

static int run_for(Node *n) {
  strv items = {0};
  if (n->flag) {
    if (expand_words(&n->words, &items) < 0) {
      sv_free(&items);
      expansion_failed();
      return sh.status;
    }
  } else {
    for (int i = 0; i < sh.params.n; i++) sv_add(&items, xstrdup(sh.params.v[i]));
  }
  int status = 0;
  sh.loops++;
  for (int i = 0; i < items.n; i++) {
    if (var_set(n->name, items.v[i], 0) < 0) {
      sh_error(sh.flavour == SHELL_BASH ? "%s: readonly variable" : "%s: is read only", n->name);
      status = 1;
      break;
    }
    status = run_node(n->a);
    if (sh.unwind == U_BREAK) {
      if (--sh.unwind_n <= 0) sh.unwind = U_NONE;
      break;
    }
    if (sh.unwind == U_CONTINUE) {
      if (--sh.unwind_n <= 0) sh.unwind = U_NONE;
      else break;
    }
    if (stop()) break;
  }
  sh.loops--;
  sv_free(&items);
  return status;
}

/* bash's for (( init; cond; step )) */
static int run_arith_for(Node *n) {
  long long v;
  int status = 0;
  char *e = expand_str(n->words.v[0], X_NOTILDE);
  if (!e || arith_eval(e, &v) < 0) {
    free(e);
    return 1;
  }
  free(e);
  sh.loops++;
  for (;;) {
    if (*n->words.v[1]) {
      e = expand_str(n->words.v[1], X_NOTILDE);
      if (!e || arith_eval(e, &v) < 0) {
        free(e);
        status = 1;
        break;
      }
      free(e);
      if (v == 0) break;
    }
    status = run_node(n->a);
    if (sh.unwind == U_BREAK) {
      if (--sh.unwind_n <= 0) sh.unwind = U_NONE;
      break;
    }
    if (sh.unwind == U_CONTINUE) {
      if (--sh.unwind_n <= 0) sh.unwind = U_NONE;
      else break;
    }
    if (stop()) break;
    e = expand_str(n->words.v[2], X_NOTILDE);
    if (!e || arith_eval(e, &v) < 0) {
      free(e);
      status = 1;
      break;
    }
    free(e);
  }
  sh.loops--;
  return status;
}

static int run_case(Node *n) {
  sh.lineno = n->line;
  char *w = expand_str(n->words.v[0], 0);
  if (!w) {
    expansion_failed();
    return sh.status;
  }
  int status = 0;
  for (CaseItem *it = n->items; it; it = it->next) {
    for (int i = 0; i < it->pats.n; i++) {
      char *pat = expand_pattern(it->pats.v[i]);
      if (!pat) {
        free(w);
        expansion_failed();
        return sh.status;
      }
      int m = glob_match(pat, w);
      free(pat);
      if (m) {
        free(w);
        return it->body ? run_node(it->body) : 0;
      }
    }
  }
  free(w);
  return status;
}

static int run_if(Node *n) {
  sh.noerrexit++;
  int c = run_node(n->a);
  sh.noerrexit--;
  if (stop()) return c;
  if (c == 0) return run_node(n->b);
  if (n->c) return run_node(n->c);
  return 0;
}

__attribute__((noinline)) static int with_redirs(Node *n, int (*fn)(Node *)) {
  if (!n->redirs) return fn(n);
  FdSave save = {0};
  if (redirect(n->redirs, &save) < 0) {
    redirect_undo(&save);
    return sh.flavour == SHELL_BASH ? 1 : 2;
  }
  int status = fn(n);
  redirect_undo(&save);
  return status;
}

static int run_body(Node *n) {
  switch (n->type) {
  case N_SUBSHELL: return run_subshell_node(n->a);
  case N_GROUP: return run_node(n->a);
  case N_IF: return run_if(n);
  case N_WHILE:
  case N_UNTIL: return run_loop(n);
  case N_FOR: return n->flag == 2 ? run_arith_for(n) : run_for(n);
  case N_CASE: return run_case(n);
  case N_DBRACK: return run_dbrack(&n->words);
  case N_ARITH: {
    sh.lineno = n->line;
    char *e = expand_str(n->words.v[0], X_NOTILDE);
    long long v = 0;
    if (!e || arith_eval(e, &v) < 0) {
      free(e);
      return 1;
    }
    if (sh.opt_x) {
      fflush(stdout);
      fprintf(stderr, "%s(( %s ))\n", var_get("PS4") ? var_get("PS4") : "+ ", e);
      fflush(stderr);
    }
    free(e);
    return v == 0;
  }
  }
  return 0;
}

int run_node(Node *n) {
  if (!n) return 0;
  int status = 0;
  switch (n->type) {
  case N_SIMPLE:
    status = run_simple(n);
    break;
  case N_LIST:
    return run_list(n);
  case N_PIPE:
    if (n->flag & 2) {
      /* bash's time: the times of a pipeline */
      struct timespec t0, t1;
      clock_gettime(CLOCK_MONOTONIC, &t0);
      status = run_pipe(n);
      clock_gettime(CLOCK_MONOTONIC, &t1);
      long long ms = (long long)(t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
      fflush(stdout);
      fprintf(stderr, "\nreal\t%lldm%lld.%03llds\nuser\t0m0.000s\nsys\t0m0.000s\n", ms / 60000, ms / 1000 % 60, ms % 1000);
      fflush(stderr);
    } else
      status = run_pipe(n);
    if (n->flag & 1) status = status == 0;
    sh.status = status;
    if (!(n->flag & 1)) errexit_check(status);
    return status;
  case N_AND:
  case N_OR: {
    sh.noerrexit++;
    int l = run_node(n->a);
    sh.noerrexit--;
    if (stop()) return l;
    sh.status = l;
    if ((n->type == N_AND) == (l == 0)) status = run_node(n->b);
    else return l;
    break;
  }
  case N_FUNCDEF:
    func_set(n->name, n->a);
    return 0;
  default:
    status = with_redirs(n, run_body);
    break;
  }
  sh.status = status;
  if (n->type == N_SIMPLE || n->type == N_PIPE || n->type == N_SUBSHELL || n->type == N_DBRACK || n->type == N_ARITH ||
      n->type == N_AND || n->type == N_OR)
    errexit_check(status);
  return status;
}

/* ---- scripts ---- */
strv sh_history;

int bi_history(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "-c") == 0) {
    sv_free(&sh_history);
    return 0;
  }
  for (int i = 0; i < sh_history.n; i++) printf("%5d  %s\n", i + 1, sh_history.v[i]);
  return 0;
}
int run_input(Input *in, int top) {
  int status = 0;
  (void)top;
  for (;;) {
    if (sh.interactive && top) jobs_notify(0);
    Node *n;
    int r = parse_command(in, &n);
    if (in->intr) {
      /* Ctrl+C at the prompt */
      in->intr = 0;
      gorae_sigtake();
      fputc('\n', stderr);
      fflush(stderr);
      input_discard(in);
      sh.status = 130;
      continue;
    }
    if (r == P_EOF) break;
    if (r == P_ERROR) {
      sh.status = 2;
      status = 2;
      if (!sh.interactive) {
        sh.unwind = U_EXIT;
        sh.exit_status = 2;
        break;
      }
      input_discard(in);
      continue;
    }
    if (sh.opt_v) {
      fputs(in->text.s, stderr);
      fflush(stderr);
    }
    if (in->interactive && top && n && sh.flavour == SHELL_BASH) {
      /* the history list: the line as typed, without its newline */
      size_t len = in->text.n;
      while (len > 0 && in->text.s[len - 1] == '\n') len--;
      sv_add(&sh_history, xstrndup(in->text.s, len));
    }
    if (in->fd >= 0) input_discard(in);
    sh.int_nl = 0;
    if (n && !sh.opt_n) status = run_node(n);
    if (sh.unwind == U_ERROR) {
      if (sh.int_nl == 2) sh.status = 130;
      sh.unwind = U_NONE;
      if (!sh.interactive) {
        sh.unwind = U_EXIT;
        sh.exit_status = sh.status;
      }
    }
    if (sh.unwind == U_BREAK || sh.unwind == U_CONTINUE) sh.unwind = U_NONE;
    if (sh.unwind != U_NONE) break;
  }
  return status;
}

int run_string(const char *s, const char *name) {
  (void)name;
  Input in;
  input_from_string(&in, s, sh.lineno > 0 ? sh.lineno : 1);
  int st = run_input(&in, 0);
  free(in.text.s);
  return st;
}
