/*
 * Pipelines, background commands and command substitution. Without fork, a pipeline's
 * programs start first (all at once, joined by pipes); then its builtins and compound
 * commands run in-process, one after the other, each on a saved copy of the state.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "sh.h"

int run_subshell_node(Node *n);
void expansion_failed(void);
extern int last_subst_status;

/* A simple command that runs a program (no builtin, no function); its words expanded. */
static int external_stage(Node *n, strv *args) {
  if (n->type != N_SIMPLE) return 0;
  sh.lineno = n->line;
  if (expand_words(&n->words, args) < 0) return -1;
  if (args->n == 0) return 0;
  const char *name = args->v[0];
  int special;
  if (!strchr(name, '/') && (builtin_find(name, &special) || func_find(name))) return 0;
  return 1;
}

typedef struct {
  int ext;     /* 1: a program */
  strv args;
  int pid;
} Stage;

static void close_fd(int *fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

/* Starts a program stage with stdin/stdout from `in`/`out` (-1: inherited); returns its pid. */
static int start_stage(Node *n, strv *args, int in, int out) {
  extern int fd_copy_high(int fd);
  extern int start_external_pub(char **argv, strv *assigns);
  int pid = -1;
  fflush(stdout);
  /* point 0/1 at the pipe (copies kept), apply the command's redirections, start it */
  FdSave std = {0};
  if (in >= 0) {
    std.s[std.n].fd = 0;
    std.s[std.n++].copy = fd_copy_high(0);
    gorae_dup2(in, 0);
  }
  if (out >= 0) {
    std.s[std.n].fd = 1;
    std.s[std.n++].copy = fd_copy_high(1);
    gorae_dup2(out, 1);
  }
  FdSave rs = {0};
  if (redirect(n->redirs, &rs) == 0) {
    strv assigns = {0};
    int ok = 1;
    for (int i = 0; i < n->assigns.n; i++) {
      const char *a = n->assigns.v[i];
      const char *eq = strchr(a, '=');
      char *val = expand_str(eq + 1, X_ASSIGN);
      if (!val) {
        ok = 0;
        break;
      }
      char *nm = xstrndup(a, (size_t)(eq - a));
      sv_add(&assigns, str_cat3(nm, "=", val));
      free(nm);
      free(val);
    }
    if (ok) {
      if (sh.opt_x) {
        extern void trace_cmd(strv *assigns, strv *args);
        trace_cmd(&assigns, args);
      }
      pid = start_external_pub(args->v, &assigns);
    }
    sv_free(&assigns);
  } else
    sh.status = sh.flavour == SHELL_BASH ? 1 : 2;
  redirect_undo(&rs);
  redirect_undo(&std);
  return pid;
}

int run_pipe(Node *n) {
  int k = n->nkids;
  if (k == 1) return run_node(n->kids[0]);
  Stage *st = xmalloc((size_t)k * sizeof *st);
  memset(st, 0, (size_t)k * sizeof *st);
  int32_t(*p)[2] = xmalloc((size_t)(k - 1) * sizeof *p);
  for (int i = 0; i < k - 1; i++) {
    if (gorae_pipe(p[i]) < 0) {
      p[i][0] = p[i][1] = -1;
    }
  }
  int status = 0;
  for (int i = 0; i < k; i++) {
    int e = external_stage(n->kids[i], &st[i].args);
    if (e < 0) {
      expansion_failed();
      st[i].ext = 0;
      st[i].pid = -2;
      continue;
    }
    st[i].ext = e;
    st[i].pid = -1;
  }
  if (sh.unwind != U_NONE) {
    for (int i = 0; i < k - 1; i++) close(p[i][0]), close(p[i][1]);
    goto out;
  }
  /* start the programs */
  for (int i = 0; i < k; i++) {
    if (!st[i].ext) continue;
    int in = i > 0 ? p[i - 1][0] : -1, outfd = i < k - 1 ? p[i][1] : -1;
    st[i].pid = start_stage(n->kids[i], &st[i].args, in, outfd);
    if (st[i].pid < 0) st[i].pid = -3 - sh.status; /* remember the failure status */
  }
  for (int i = 0; i < k; i++) {
    if (!st[i].ext) continue;
    if (i > 0) close_fd(&p[i - 1][0]);
    if (i < k - 1) close_fd(&p[i][1]);
  }
  /* then the in-process stages, in order */
  int oldpipe = gorae_signal(G_SIGPIPE, G_SIG_CATCH);
  for (int i = 0; i < k; i++) {
    if (st[i].ext) continue;
    FdSave save = {0};
    extern int fd_copy_high(int fd);
    fflush(stdout);
    if (i > 0) {
      save.s[save.n].fd = 0;
      save.s[save.n++].copy = fd_copy_high(0);
      gorae_dup2(p[i - 1][0], 0);
      close_fd(&p[i - 1][0]);
    }
    if (i < k - 1) {
      save.s[save.n].fd = 1;
      save.s[save.n++].copy = fd_copy_high(1);
      gorae_dup2(p[i][1], 1);
      close_fd(&p[i][1]);
    }
    Node *kid = n->kids[i];
    int s;
    if (i < k - 1) sh.pipe_stage++;
    if (st[i].pid == -2) s = sh.status;
    else if (kid->type == N_SIMPLE) {
      Saved *sv = state_save();
      sh.subshell++;
      s = run_argv(&st[i].args, &kid->assigns, kid->redirs, kid->line);
      if (sh.unwind == U_EXIT || sh.unwind == U_RETURN) s = sh.exit_status;
      sh.unwind = U_NONE;
      sh.subshell--;
      fflush(stdout);
      state_restore(sv);
    } else
      s = run_subshell_node(kid);
    if (i < k - 1) sh.pipe_stage--;
    redirect_undo(&save);
    st[i].pid = -3 - s;
  }
  gorae_signal(G_SIGPIPE, oldpipe < 0 ? G_SIG_DFL : oldpipe);
out:
  for (int i = 0; i < k - 1; i++) {
    close_fd(&p[i][0]);
    close_fd(&p[i][1]);
  }
  /* wait for the programs; the status is the last stage's */
  int fail = 0;
  strv statuses = {0};
  for (int i = 0; i < k; i++) {
    int s;
    if (st[i].pid >= 0) s = wait_pid(st[i].pid);
    else if (st[i].pid <= -3) s = -3 - st[i].pid;
    else s = sh.status;
    if (s) fail = s;
    if (i == k - 1) status = s;
    sv_free(&st[i].args);
    char t[12];
    snprintf(t, sizeof t, "%d", s);
    sv_add(&statuses, xstrdup(t));
  }
  if (sh.flavour == SHELL_BASH) arr_assign("PIPESTATUS", &statuses, 0);
  sv_free(&statuses);
  if (sh.pipefail && fail) status = fail;
  free(st);
  free(p);
  return status;
}

/* ---- background ---- */
extern Var *g_vars;
extern Func *g_funcs;

static void squote(sbuf *b, const char *s) {
  sb_addc(b, '\'');
  for (; *s; s++) {
    if (*s == '\'') sb_adds(b, "'\\''");
    else sb_addc(b, *s);
  }
  sb_addc(b, '\'');
}

/* The script another shell runs for a background subshell: the functions and unexported
   variables of this one first, then the command. */
static char *subshell_text(const char *cmd) {
  sbuf b = {0};
  sb_str(&b);
  for (Var *v = g_vars; v; v = v->next) {
    if ((v->flags & (V_EXPORT | V_READONLY | V_UNSET)) || v->arr || !v->value) continue;
    if (strcmp(v->name, "PPID") == 0 || strcmp(v->name, "OPTIND") == 0 || strcmp(v->name, "SHLVL") == 0) continue;
    sb_adds(&b, v->name);
    sb_addc(&b, '=');
    squote(&b, v->value);
    sb_addc(&b, '\n');
  }
  for (Func *f = g_funcs; f; f = f->next) {
    char *body = unparse(f->body);
    sb_adds(&b, f->name);
    sb_adds(&b, "() ");
    sb_adds(&b, body);
    sb_addc(&b, '\n');
    free(body);
  }
  sb_adds(&b, cmd);
  return sb_take(&b);
}
int run_background(Node *n) {
  int pids[16], np = 0;
  char *text = unparse(n);
  Node *cmd = n;
  if (cmd->type == N_PIPE && cmd->nkids == 1 && !cmd->flag) cmd = cmd->kids[0];
  strv args = {0};
  int e = 0;
  if (cmd->type == N_SIMPLE) {
    /* a builtin or function by its literal name goes to the other shell unexpanded */
    const char *w0 = cmd->words.n ? cmd->words.v[0] : "";
    int special, literal = strpbrk(w0, "$`'\"\\*?[~") == NULL;
    if (!(literal && (builtin_find(w0, &special) || func_find(w0)))) e = external_stage(cmd, &args);
  }
  if (e < 0) {
    sv_free(&args);
    free(text);
    expansion_failed();
    return sh.status;
  }
  if (e == 1) {
    int pid = start_stage(cmd, &args, -1, -1);
    if (pid >= 0) pids[np++] = pid;
  } else {
    /* a builtin, function or compound command: another shell runs its text */
    strv argv = {0};
    sv_add(&argv, xstrdup(sh.flavour == SHELL_BASH ? "bash" : "sh"));
    sv_add(&argv, xstrdup("-c"));
    sv_add(&argv, subshell_text(text));
    sv_add(&argv, xstrdup(sh.dollar0));
    for (int i = 0; i < sh.params.n; i++) sv_add(&argv, xstrdup(sh.params.v[i]));
    char **env = var_environ(NULL);
    int32_t fds[3] = {0, 1, 2};
    int pid = spawn_program(sh.selfpath, argv.v, env, fds);
    sv_free(&argv);
    for (char **q = env; *q; q++) free(*q);
    free(env);
    if (pid >= 0) pids[np++] = pid;
  }
  sv_free(&args);
  if (np == 0) {
    free(text);
    return sh.status ? sh.status : 127;
  }
  sh.last_bg = pids[np - 1];
  int id = job_add(pids, np, text);
  if (sh.interactive) {
    fprintf(stderr, "[%d] %d\n", id, pids[np - 1]);
    fflush(stderr);
  }
  free(text);
  return 0;
}

/* ---- command substitution ---- */
static char *read_all(int fd) {
  sbuf b = {0};
  sb_str(&b);
  char buf[4096];
  for (;;) {
    ssize_t r = read(fd, buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    sb_addn(&b, buf, (size_t)r);
  }
  while (b.n > 0 && b.s[b.n - 1] == '\n') b.s[--b.n] = 0;
  return sb_take(&b);
}

char *command_subst(const char *text) {
  Node *n;
  int saved_line = sh.lineno;
  if (parse_string(text, sh.lineno, &n) != P_OK) {
    sh.status = 2;
    return NULL;
  }
  int32_t p[2];
  if (gorae_pipe(p) < 0) return xstrdup("");
  extern int fd_copy_high(int fd);
  /* a subshell: its expansions and assignments stay in it */
  Saved *sv = state_save();
  sh.subshell++;
  sh.capture++;
  /* one program: read its output while it runs */
  Node *one = n && n->nkids == 1 && !n->bg[0] ? n->kids[0] : NULL;
  if (one && one->type == N_PIPE && one->nkids == 1 && !one->flag) one = one->kids[0];
  strv args = {0};
  int e = one && one->type == N_SIMPLE ? external_stage(one, &args) : 0;
  char *out;
  int st;
  if (e == 1) {
    int pid = start_stage(one, &args, -1, p[1]);
    close(p[1]);
    out = read_all(p[0]);
    close(p[0]);
    st = pid >= 0 ? wait_pid(pid) : sh.status;
  } else {
    fflush(stdout);
    int saved = fd_copy_high(1);
    gorae_dup2(p[1], 1);
    close(p[1]);
    if (e < 0) {
      expansion_failed();
      st = sh.status;
    } else if (one && one->type == N_SIMPLE)
      st = run_argv(&args, &one->assigns, one->redirs, one->line); /* its words are expanded already */
    else
      st = run_node(n);
    if (sh.unwind == U_EXIT || sh.unwind == U_RETURN) st = sh.exit_status;
    else if (sh.unwind == U_ERROR) st = sh.status;
    sh.unwind = U_NONE;
    if (sh.traps[0] && *sh.traps[0]) sh_run_trap(0);
    sh.unwind = U_NONE;
    fflush(stdout);
    gorae_dup2(saved, 1);
    close(saved);
    out = read_all(p[0]);
    close(p[0]);
  }
  sh.unwind = U_NONE;
  sh.capture--;
  sh.subshell--;
  state_restore(sv);
  last_subst_status = st;
  sv_free(&args);
  sh.lineno = saved_line;
  sh.status = last_subst_status;
  return out;
}
