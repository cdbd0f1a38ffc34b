/* The builtin table and the small builtins: : true false exit return break continue eval . exec shift times umask hash let ulimit. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "sh.h"

int bi_cd(int, char **);
int bi_pwd(int, char **);
int bi_export(int, char **);
int bi_readonly(int, char **);
int bi_unset(int, char **);
int bi_local(int, char **);
int bi_declare(int, char **);
int bi_alias(int, char **);
int bi_unalias(int, char **);
int bi_read(int, char **);
int bi_type(int, char **);
int bi_command(int, char **);
int bi_kill(int, char **);
int bi_trap(int, char **);
int bi_set(int, char **);
int bi_shift(int, char **);
int bi_getopts(int, char **);
int bi_history(int, char **);

static int bi_true(int argc, char **argv) {
  (void)argc, (void)argv;
  return 0;
}

static int bi_false(int argc, char **argv) {
  (void)argc, (void)argv;
  return 1;
}

static int numeric_arg(const char *cmd, const char *s, int *out) {
  long long v;
  if (!str_to_int(s, &v)) {
    if (sh.flavour == SHELL_BASH) sh_cmderror(cmd, "%s: numeric argument required", s);
    else sh_cmderror(cmd, "Illegal number: %s", s);
    return -1;
  }
  *out = (int)(v & 0xff);
  return 0;
}

static int bi_exit(int argc, char **argv) {
  int st = sh.status;
  if (sh.interactive && sh.flavour == SHELL_BASH && !sh.subshell) {
    fputs("exit\n", stderr);
    fflush(stderr);
  }
  if (argc > 1 && numeric_arg("exit", argv[1], &st) < 0) {
    st = 2;
    if (sh.flavour != SHELL_BASH && sh.interactive) return 2;
  }
  sh.unwind = U_EXIT;
  sh.exit_status = st;
  return st;
}

static int bi_return(int argc, char **argv) {
  int st = sh.status;
  if (argc > 1 && numeric_arg("return", argv[1], &st) < 0) st = 2;
  if (!sh.infunc && !sh.in_source) {
    if (sh.flavour == SHELL_BASH) {
      sh_cmderror("return", "can only `return' from a function or sourced script");
      return 1;
    }
    sh.unwind = U_EXIT;
    sh.exit_status = st;
    return st;
  }
  sh.unwind = U_RETURN;
  sh.exit_status = st;
  return st;
}

static int loop_ctl(int argc, char **argv, int what) {
  int n = 1;
  if (argc > 1) {
    long long v;
    if (!str_to_int(argv[1], &v) || v < 1) {
      if (sh.flavour == SHELL_BASH) sh_cmderror(argv[0], "%s: loop count out of range", argv[1]);
      else sh_cmderror(argv[0], "Illegal number: %s", argv[1]);
      return 1;
    }
    n = (int)v;
  }
  if (sh.loops == 0) {
    if (sh.flavour == SHELL_BASH) sh_cmderror(argv[0], "only meaningful in a `for', `while', or `until' loop");
    return 0;
  }
  if (n > sh.loops) n = sh.loops;
  sh.unwind = what;
  sh.unwind_n = n;
  return 0;
}

static int bi_break(int argc, char **argv) { return loop_ctl(argc, argv, U_BREAK); }
static int bi_continue(int argc, char **argv) { return loop_ctl(argc, argv, U_CONTINUE); }

static int bi_eval(int argc, char **argv) {
  sbuf b = {0};
  sb_str(&b);
  for (int i = 1; i < argc; i++) {
    if (i > 1) sb_addc(&b, ' ');
    sb_adds(&b, argv[i]);
  }
  sh.status = 0;
  int st = run_string(b.s, "eval");
  free(b.s);
  return sh.unwind == U_NONE ? sh.status : st;
}

static char *read_file(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return NULL;
  sbuf b = {0};
  sb_str(&b);
  char buf[4096];
  ssize_t r;
  while ((r = read(fd, buf, sizeof buf)) > 0) sb_addn(&b, buf, (size_t)r);
  close(fd);
  return sb_take(&b);
}

char *sh_read_file(const char *path) { return read_file(path); }

static int bi_dot(int argc, char **argv) {
  if (argc < 2) {
    if (sh.flavour == SHELL_BASH) {
      sh_cmderror(argv[0], "filename argument required");
      fprintf(stderr, "%s: usage: %s filename [arguments]\n", argv[0], argv[0]);
      return 2;
    }
    return 0;
  }
  char path[4096];
  const char *file = argv[1];
  char *text = NULL;
  if (!strchr(file, '/') && find_in_path(file, path, sizeof path) == 0) text = read_file(path);
  if (!text) text = read_file(file);
  if (!text) {
    int err = errno;
    if (sh.flavour == SHELL_BASH) sh_error("%s: %s", file, strerror(err));
    else if (sh.flavour == SHELL_DASH) sh_cmderror(argv[0], "cannot open %s: No such file", file);
    else sh_cmderror(argv[0], "can't open '%s': %s", file, strerror(err));
    if (sh.flavour != SHELL_BASH && !sh.interactive) {
      sh.unwind = U_EXIT;
      sh.exit_status = 2;
    }
    return sh.flavour == SHELL_BASH ? 1 : 2;
  }
  strv saved = sh.params;
  int newparams = argc > 2;
  if (newparams) {
    strv np = {0};
    for (int i = 2; i < argc; i++) sv_add(&np, xstrdup(argv[i]));
    sh.params = np;
  }
  int saved_line = sh.lineno;
  sh.lineno = 1;
  sh.in_source++;
  sh.status = 0;
  Input in;
  input_from_string(&in, text, 1);
  run_input(&in, 0);
  free(in.text.s);
  sh.in_source--;
  sh.lineno = saved_line;
  int st = sh.status;
  if (sh.unwind == U_RETURN) {
    sh.unwind = U_NONE;
    st = sh.exit_status;
  }
  if (newparams) {
    sv_free(&sh.params);
    sh.params = saved;
  }
  free(text);
  return st;
}

static int bi_exec(int argc, char **argv) {
  if (argc < 2) return 0;
  int i = 1;
  if (strcmp(argv[i], "--") == 0) i++;
  if (i >= argc) return 0;
  char path[4096];
  if (find_in_path(argv[i], path, sizeof path) < 0) {
    if (sh.flavour == SHELL_BASH) sh_error("%s: %s: not found", "exec", argv[i]);
    else sh_cmderror("exec", "%s: not found", argv[i]);
    if (!sh.interactive) {
      sh.unwind = U_EXIT;
      sh.exit_status = 127;
    }
    return 127;
  }
  char **env = var_environ(NULL);
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
  fflush(stdout);
  fflush(stderr);
  gorae_signal(G_SIGINT, G_SIG_DFL);
  gorae_signal(G_SIGPIPE, G_SIG_DFL);
  int r = gorae_exec(path, (const char *const *)(argv + i), (const char *const *)env, cwd);
  sh_error("%s: %s", argv[i], r == -EACCES ? "Permission denied" : strerror(-r));
  if (sh.interactive) {
    gorae_signal(G_SIGINT, G_SIG_CATCH);
    return 126;
  }
  sh.unwind = U_EXIT;
  sh.exit_status = 126;
  return 126;
}

static int bi_times(int argc, char **argv) {
  (void)argc, (void)argv;
  if (sh.flavour == SHELL_BASH) puts("0m0.000s 0m0.000s\n0m0.000s 0m0.000s");
  else puts("0m0.000000s 0m0.000000s\n0m0.000000s 0m0.000000s");
  return 0;
}

static int bi_umask(int argc, char **argv) {
  int i = 1, sym = 0;
  if (i < argc && strcmp(argv[i], "-S") == 0) sym = 1, i++;
  if (i >= argc) {
    if (sym) {
      int m = ~sh.umask_v & 0777;
      const char *who = "ugo";
      for (int k = 0; k < 3; k++) {
        int bits = (m >> (6 - 3 * k)) & 7;
        printf("%c=%s%s%s%s", who[k], bits & 4 ? "r" : "", bits & 2 ? "w" : "", bits & 1 ? "x" : "", k < 2 ? "," : "\n");
      }
    } else
      printf("%04o\n", sh.umask_v);
    return 0;
  }
  char *end;
  long v = strtol(argv[i], &end, 8);
  if (*end || v < 0 || v > 0777) {
    if (sh.flavour == SHELL_BASH) sh_cmderror("umask", "%s: octal number out of range", argv[i]);
    else sh_cmderror("umask", "Illegal mode: %s", argv[i]);
    return 1;
  }
  sh.umask_v = (int)v;
  return 0;
}

static int bi_hash(int argc, char **argv) {
  (void)argc, (void)argv;
  return 0;
}

static int bi_let(int argc, char **argv) {
  long long v = 0;
  if (argc < 2) {
    sh_cmderror("let", "expression expected");
    return 1;
  }
  for (int i = 1; i < argc; i++)
    if (arith_eval(argv[i], &v) < 0) return 1;
  return v == 0;
}

static int bi_ulimit(int argc, char **argv) {
  /* no limits here: report "unlimited" and accept any setting */
  for (int i = 1; i < argc; i++)
    if (argv[i][0] != '-') return 0;
  puts("unlimited");
  return 0;
}

static int bi_shopt(int argc, char **argv) {
  int on = -1;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-s") == 0) on = 1;
    else if (strcmp(argv[i], "-u") == 0) on = 0;
    else if (strcmp(argv[i], "expand_aliases") == 0 && on >= 0) {
      extern int bash_expand_aliases;
      bash_expand_aliases = on;
    } else if (strcmp(argv[i], "nullglob") == 0 && on >= 0)
      sh.nullglob = on;
  }
  return 0;
}

static int bi_jobctl(int argc, char **argv) {
  (void)argc;
  sh_cmderror(argv[0], "no job control");
  return 1;
}

typedef struct {
  const char *name;
  builtin_fn fn;
  int special;
  int flavours; /* bit per flavour; 7: all */
} Builtin;

static int bi_echo(int argc, char **argv) { return builtin_echo(argc, argv); }
/* printf, and bash's printf -v name: the output into a variable */
static int bi_printf(int argc, char **argv) {
  if (sh.flavour != SHELL_BASH || argc < 3 || strcmp(argv[1], "-v") != 0) return builtin_printf(argc, argv);
  const char *name = argv[2];
  if (!is_name(name)) {
    sh_cmderror("printf", "`%s': not a valid identifier", name);
    return 2;
  }
  int32_t p[2];
  if (gorae_pipe(p) < 0) return 1;
  extern int fd_copy_high(int fd);
  fflush(stdout);
  int saved = fd_copy_high(1);
  gorae_dup2(p[1], 1);
  close(p[1]);
  argv[2] = argv[0];
  int st = builtin_printf(argc - 2, argv + 2);
  argv[2] = (char *)name;
  fflush(stdout);
  gorae_dup2(saved, 1);
  close(saved);
  sbuf b = {0};
  sb_str(&b);
  char buf[512];
  ssize_t r;
  while ((r = read(p[0], buf, sizeof buf)) > 0) sb_addn(&b, buf, (size_t)r);
  close(p[0]);
  if (var_set(name, b.s, 0) < 0) {
    sh_error("%s: readonly variable", name);
    st = 1;
  }
  free(b.s);
  return st;
}
static int bi_test(int argc, char **argv) { return builtin_test(argc, argv); }

static const Builtin table[] = {
  {":", bi_true, 1, 7},
  {".", bi_dot, 1, 7},
  {"[", bi_test, 0, 7},
  {"alias", bi_alias, 0, 7},
  {"bg", bi_jobctl, 0, 7},
  {"break", bi_break, 1, 7},
  {"cd", bi_cd, 0, 7},
  {"command", bi_command, 0, 7},
  {"continue", bi_continue, 1, 7},
  {"declare", bi_declare, 0, 4},
  {"echo", bi_echo, 0, 7},
  {"eval", bi_eval, 1, 7},
  {"exec", bi_exec, 1, 7},
  {"exit", bi_exit, 1, 7},
  {"export", bi_export, 1, 7},
  {"false", bi_false, 0, 7},
  {"fg", bi_jobctl, 0, 7},
  {"getopts", bi_getopts, 0, 7},
  {"hash", bi_hash, 0, 7},
  {"history", bi_history, 0, 4},
  {"jobs", builtin_jobs, 0, 7},
  {"kill", bi_kill, 0, 7},
  {"let", bi_let, 0, 5},
  {"local", bi_local, 0, 7},
  {"printf", bi_printf, 0, 7},
  {"pwd", bi_pwd, 0, 7},
  {"read", bi_read, 0, 7},
  {"readonly", bi_readonly, 1, 7},
  {"return", bi_return, 1, 7},
  {"set", bi_set, 1, 7},
  {"shift", bi_shift, 1, 7},
  {"shopt", bi_shopt, 0, 4},
  {"source", bi_dot, 1, 5},
  {"test", bi_test, 0, 7},
  {"times", bi_times, 1, 7},
  {"trap", bi_trap, 1, 7},
  {"true", bi_true, 0, 7},
  {"type", bi_type, 0, 7},
  {"typeset", bi_declare, 0, 4},
  {"ulimit", bi_ulimit, 0, 7},
  {"umask", bi_umask, 0, 7},
  {"unalias", bi_unalias, 0, 7},
  {"unset", bi_unset, 1, 7},
  {"wait", builtin_wait, 0, 7},
  {NULL, NULL, 0, 0},
};

builtin_fn builtin_find(const char *name, int *special) {
  int bit = 1 << sh.flavour;
  for (const Builtin *b = table; b->name; b++) {
    if (strcmp(b->name, name) == 0 && (b->flavours & bit)) {
      if (special) *special = b->special;
      return b->fn;
    }
  }
  return NULL;
}
