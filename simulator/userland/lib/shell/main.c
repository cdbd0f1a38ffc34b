/*
 * The shell's entry: options, the startup variables, scripts, -c, and the interactive
 * loop with its prompts; the error messages in each flavour's form.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "sh.h"

Shell sh;
time_t sh_start_time;
int sh_set_letter(char c, int on);
int sh_set_named(const char *name, int on);
char *sh_read_file(const char *path);

/* ---- messages ---- */
static void prefix(int line, int syntax) {
  const char *a0 = sh.arg0 ? sh.arg0 : "sh";
  if (sh.flavour == SHELL_BASH) {
    fprintf(stderr, "%s: ", a0);
    if (syntax && sh.minus_c) fputs("-c: ", stderr);
    if (!sh.interactive || sh.in_source) fprintf(stderr, "line %d: ", line);
  } else if (sh.flavour == SHELL_DASH) {
    fprintf(stderr, "%s: %d: ", a0, line);
  } else {
    fprintf(stderr, "%s: ", a0);
    const char *cmd = sh.builtin ? sh.builtin : sh.cmdname;
    if (cmd) {
      if (strcmp(cmd, a0) != 0) fprintf(stderr, "%s: ", cmd);
      if (!sh.interactive || sh.from_file) fprintf(stderr, "line %d: ", line);
    }
  }
}

static void vmsg(int line, int syntax, const char *fmt, va_list ap) {
  fflush(stdout);
  prefix(line, syntax);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  fflush(stderr);
}

void sh_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vmsg(sh.lineno, 0, fmt, ap);
  va_end(ap);
}

void sh_error_at(int line, int syntax, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vmsg(line, syntax, fmt, ap);
  va_end(ap);
}

void sh_cmderror(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (!sh.arg0) {
    /* a builtin running as a program of its own */
    fflush(stdout);
    fprintf(stderr, "%s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    fflush(stderr);
  } else if (sh.flavour == SHELL_ASH) {
    const char *prev = sh.builtin;
    sh.builtin = cmd;
    vmsg(sh.lineno, 0, fmt, ap);
    sh.builtin = prev;
  } else {
    char buf[1024];
    vsnprintf(buf, sizeof buf, fmt, ap);
    sh_error("%s: %s", cmd, buf);
  }
  va_end(ap);
}

void sh_flush(void) {
  fflush(stdout);
  fflush(stderr);
}

void sh_exit(int status) {
  static int exiting;
  if (!exiting) {
    exiting = 1;
    if (sh.traps[0] && *sh.traps[0]) {
      char *t = sh.traps[0];
      sh.traps[0] = NULL;
      sh.status = status;
      sh.unwind = U_NONE;
      run_string(t, "trap");
      if (sh.unwind == U_EXIT) status = sh.exit_status;
    }
  }
  sh_flush();
  exit(status);
}

/* ---- prompts ---- */
static char *user_name(void) {
  int32_t ids[4] = {0, 0, 0, 0};
  gorae_getids(ids);
  FILE *f = fopen("/etc/passwd", "r");
  char line[512];
  if (f) {
    while (fgets(line, sizeof line, f)) {
      char *c1 = strchr(line, ':');
      if (!c1) continue;
      char *c2 = strchr(c1 + 1, ':');
      if (!c2) continue;
      if (atoi(c2 + 1) == ids[0]) {
        fclose(f);
        return xstrndup(line, (size_t)(c1 - line));
      }
    }
    fclose(f);
  }
  if (ids[0] == 0) return xstrdup("root");
  return xstrdup("I have no name!");
}

static int is_root(void) {
  int32_t ids[4] = {0, 0, 0, 0};
  gorae_getids(ids);
  return ids[2] == 0;
}

static void hostname(char *out, size_t len, int full) {
  char buf[512];
  int n = gorae_uname(buf, sizeof buf);
  out[0] = 0;
  if (n <= 0) return;
  const char *node = buf + strlen(buf) + 1;
  snprintf(out, len, "%s", node);
  if (!full) {
    char *dot = strchr(out, '.');
    if (dot) *dot = 0;
  }
}

static void cwd_text(sbuf *b, int base) {
  char buf[4096];
  const char *pwd = var_get("PWD");
  if (!pwd || pwd[0] != '/') pwd = getcwd(buf, sizeof buf) ? buf : "/";
  const char *home = var_get("HOME");
  size_t hl = home ? strlen(home) : 0;
  char *t;
  if (home && hl > 1 && strncmp(pwd, home, hl) == 0 && (pwd[hl] == '/' || pwd[hl] == 0)) t = str_cat3("~", pwd + hl, "");
  else t = xstrdup(pwd);
  if (base && strcmp(t, "/") != 0 && strcmp(t, "~") != 0) {
    char *s = strrchr(t, '/');
    sb_adds(b, s ? s + 1 : t);
  } else
    sb_adds(b, t);
  free(t);
}

char *sh_prompt(int ps1) {
  const char *p = var_get(ps1 ? "PS1" : "PS2");
  if (!p) p = "";
  sbuf b = {0};
  sb_str(&b);
  if (sh.flavour == SHELL_DASH) {
    sb_adds(&b, p);
  } else {
    for (const char *c = p; *c; c++) {
      if (*c != '\\' || !c[1]) {
        sb_addc(&b, *c);
        continue;
      }
      char e = *++c;
      char tmp[256];
      switch (e) {
      case 'u': {
        char *u = user_name();
        sb_adds(&b, u);
        free(u);
        break;
      }
      case 'h':
      case 'H':
        hostname(tmp, sizeof tmp, e == 'H');
        sb_adds(&b, tmp);
        break;
      case 'w': cwd_text(&b, 0); break;
      case 'W': cwd_text(&b, 1); break;
      case '$': sb_addc(&b, is_root() ? '#' : '$'); break;
      case 'n': sb_addc(&b, '\n'); break;
      case 'e': sb_addc(&b, 27); break;
      case 's': sb_adds(&b, sh.flavour == SHELL_BASH ? "bash" : "sh"); break;
      case 'v': sb_adds(&b, "5.2"); break;
      case 'V': sb_adds(&b, "5.2.21"); break;
      case '\\': sb_addc(&b, '\\'); break;
      case '[':
      case ']': break;
      default:
        sb_addc(&b, '\\');
        sb_addc(&b, e);
      }
    }
  }
  /* parameter expansion of the prompt */
  if (strchr(b.s, '$') || strchr(b.s, '`')) {
    char *e = expand_str(b.s, X_NOTILDE);
    if (e) {
      free(b.s);
      return e;
    }
  }
  return sb_take(&b);
}

/* ---- startup ---- */
static void init_vars(char **argv0) {
  (void)argv0;
  extern char **environ;
  var_import(environ);
  if (!var_get("PATH")) var_set("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", 0);
  char cwd[4096];
  if (getcwd(cwd, sizeof cwd)) {
    const char *pwd = var_get("PWD");
    struct stat a, b;
    if (!pwd || pwd[0] != '/' || stat(pwd, &a) != 0 || stat(cwd, &b) != 0 || a.st_ino != b.st_ino) var_set("PWD", cwd, V_EXPORT);
    else var_set("PWD", pwd, V_EXPORT);
  }
  char t[32];
  snprintf(t, sizeof t, "%d", gorae_getppid());
  var_set("PPID", t, 0);
  var_set("PS2", "> ", 0);
  var_set("PS4", "+ ", 0);
  var_set("OPTIND", "1", 0);
  if (sh.flavour == SHELL_BASH) {
    var_set("IFS", " \t\n", 0);
    char h[256];
    hostname(h, sizeof h, 1);
    var_set("HOSTNAME", h, 0);
    var_set("BASH", sh.selfpath, 0);
    var_set("BASH_VERSION", "5.2.21(1)-release", 0);
    var_set("SHELL", var_get("SHELL") ? var_get("SHELL") : "/bin/bash", 0);
    const char *lvl = var_get("SHLVL");
    snprintf(t, sizeof t, "%d", lvl ? atoi(lvl) + 1 : 1);
    var_set("SHLVL", t, V_EXPORT);
    int32_t ids[4] = {0, 0, 0, 0};
    gorae_getids(ids);
    snprintf(t, sizeof t, "%d", ids[0]);
    var_set("UID", t, V_READONLY);
    snprintf(t, sizeof t, "%d", ids[2]);
    var_set("EUID", t, V_READONLY);
  } else if (sh.flavour == SHELL_ASH) {
    var_set("IFS", " \t\n", 0);
    char h[256];
    hostname(h, sizeof h, 1);
    var_set("HOSTNAME", h, 0);
    const char *lvl = var_get("SHLVL");
    snprintf(t, sizeof t, "%d", lvl ? atoi(lvl) + 1 : 1);
    var_set("SHLVL", t, V_EXPORT);
  }
  if (!var_get("PS1")) {
    if (sh.flavour == SHELL_BASH) var_set("PS1", "\\u@\\h:\\w\\$ ", 0);
    else if (sh.flavour == SHELL_DASH) var_set("PS1", is_root() ? "# " : "$ ", 0);
    else var_set("PS1", "\\w \\$ ", 0);
  }
}

/* Runs a startup file if it is there (like `.`, without complaints). */
static void source_if_there(const char *path) {
  char *text = sh_read_file(path);
  if (!text) return;
  int saved = sh.lineno;
  sh.in_source++;
  Input in;
  input_from_string(&in, text, 1);
  run_input(&in, 0);
  free(in.text.s);
  sh.in_source--;
  if (sh.unwind == U_RETURN) sh.unwind = U_NONE;
  sh.lineno = saved;
  free(text);
}

static void home_file(const char *name, char *out, size_t len) {
  const char *home = var_get("HOME");
  snprintf(out, len, "%s/%s", home ? home : "/", name);
}

static void startup_files(int login, int norc) {
  char p[4096];
  if (login) {
    source_if_there("/etc/profile");
    if (sh.unwind == U_EXIT) return;
    if (sh.flavour == SHELL_BASH) {
      const char *names[] = {".bash_profile", ".bash_login", ".profile"};
      for (int i = 0; i < 3; i++) {
        home_file(names[i], p, sizeof p);
        struct stat st;
        if (stat(p, &st) == 0) {
          source_if_there(p);
          break;
        }
      }
    } else {
      home_file(".profile", p, sizeof p);
      source_if_there(p);
    }
  } else if (sh.interactive && sh.flavour == SHELL_BASH && !norc) {
    source_if_there("/etc/bash.bashrc");
    if (sh.unwind == U_EXIT) return;
    home_file(".bashrc", p, sizeof p);
    source_if_there(p);
  }
  if (sh.interactive && sh.flavour != SHELL_BASH && var_get("ENV")) {
    char *env = expand_str(var_get("ENV"), 0);
    if (env && *env) source_if_there(env);
    free(env);
  }
}

static void usage_error(const char *opt) {
  if (sh.flavour == SHELL_BASH) {
    fprintf(stderr, "%s: %s: invalid option\n", sh.arg0, opt);
    fprintf(stderr, "Usage:\t%s [GNU long option] [option] ...\n\t%s [GNU long option] [option] script-file ...\n", sh.arg0, sh.arg0);
  } else if (sh.flavour == SHELL_DASH)
    fprintf(stderr, "%s: 0: Illegal option %s\n", sh.arg0, opt);
  else
    fprintf(stderr, "%s: illegal option %s\n", sh.arg0, opt);
}

static char *self_path(int flavour) {
  struct stat st;
  if (flavour == SHELL_BASH) {
    if (stat("/bin/bash", &st) == 0) return "/bin/bash";
    return "/usr/bin/bash";
  }
  if (flavour == SHELL_DASH) {
    if (stat("/bin/dash", &st) == 0) return "/bin/dash";
    if (stat("/usr/bin/dash", &st) == 0) return "/usr/bin/dash";
  }
  return "/bin/sh";
}

int shell_main(int argc, char **argv, int flavour) {
  memset(&sh, 0, sizeof sh);
  sh.flavour = flavour;
  sh.arg0 = argc > 0 ? argv[0] : "sh";
  int login = sh.arg0[0] == '-', norc = 0;
  if (sh.arg0[0] == '-') sh.arg0++;
  sh.dollar0 = xstrdup(sh.arg0);
  sh.pid = gorae_getpid();
  sh.umask_v = 022;
  sh.selfpath = self_path(flavour);
  sh_start_time = time(NULL);
  srand((unsigned)sh.pid * 2654435761u);
  const char *command = NULL;
  int read_stdin = 0, force_i = 0, i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0 || strcmp(a, "-") == 0) {
      i++;
      break;
    }
    if (a[0] == '-' && a[1] == '-') {
      if (strcmp(a, "--login") == 0) {
        login = 1;
        continue;
      }
      if (strcmp(a, "--norc") == 0 || strcmp(a, "--noprofile") == 0) {
        norc = 1;
        continue;
      }
      if (strcmp(a, "--posix") == 0) continue;
      if (strcmp(a, "--version") == 0 && flavour == SHELL_BASH) {
        puts("GNU bash, version 5.2.21(1)-release (x86_64-pc-linux-gnu)");
        return 0;
      }
      usage_error(a);
      return 2;
    }
    if ((a[0] != '-' && a[0] != '+') || !a[1]) break;
    int on = a[0] == '-';
    for (const char *c = a + 1; *c; c++) {
      if (*c == 'c' && on) command = "";
      else if (*c == 's' && on) read_stdin = 1;
      else if (*c == 'i') force_i = on;
      else if (*c == 'l') {
        login = 1;
      } else if (*c == 'o') {
        if (i + 1 < argc) sh_set_named(argv[++i], on);
      } else if (sh_set_letter(*c, on) < 0) {
        char o[3] = {a[0], *c, 0};
        usage_error(o);
        return 2;
      }
    }
  }
  init_vars(argv);
  if (command) {
    if (i >= argc) {
      if (flavour == SHELL_BASH) fprintf(stderr, "%s: -c: option requires an argument\n", sh.arg0);
      else if (flavour == SHELL_DASH) fprintf(stderr, "%s: 0: -c requires an argument\n", sh.arg0);
      else fprintf(stderr, "%s: -c requires an argument\n", sh.arg0);
      return 2;
    }
    command = argv[i++];
    if (i < argc) {
      free(sh.dollar0);
      sh.dollar0 = xstrdup(argv[i++]);
      sh.arg0 = xstrdup(sh.dollar0);
      /* BusyBox's ash names the script then, and so reports line numbers */
      if (flavour == SHELL_ASH) sh.cmdname = sh.arg0;
    }
    for (; i < argc; i++) sv_add(&sh.params, xstrdup(argv[i]));
    sh.minus_c = 1;
    sh.interactive = force_i;
    sh.lineno = 1;
    Input in;
    input_from_string(&in, command, 1);
    run_input(&in, 1);
    int st = sh.unwind == U_EXIT ? sh.exit_status : sh.status;
    sh_exit(st);
    return st;
  }
  if (!read_stdin && i < argc) {
    /* a script */
    const char *file = argv[i++];
    free(sh.dollar0);
    sh.dollar0 = xstrdup(file);
    for (; i < argc; i++) sv_add(&sh.params, xstrdup(argv[i]));
    char *text = sh_read_file(file);
    if (!text) {
      int err = errno;
      if (flavour == SHELL_BASH) fprintf(stderr, "%s: %s: %s\n", sh.arg0, file, strerror(err));
      else if (flavour == SHELL_DASH) fprintf(stderr, "%s: 0: cannot open %s: No such file\n", sh.arg0, file);
      else fprintf(stderr, "%s: can't open '%s': %s\n", sh.arg0, file, strerror(err));
      return err == ENOENT ? 127 : 126;
    }
    sh.arg0 = file;
    sh.cmdname = file;
    sh.from_file = 1;
    Input in;
    const char *start = text;
    input_from_string(&in, start, 1);
    run_input(&in, 1);
    free(in.text.s);
    int st = sh.unwind == U_EXIT ? sh.exit_status : sh.status;
    sh_exit(st);
    return st;
  }
  for (; i < argc; i++) sv_add(&sh.params, xstrdup(argv[i]));
  sh.interactive = force_i || (isatty(0) && isatty(2));
  if (sh.interactive) {
    gorae_signal(G_SIGINT, G_SIG_CATCH);
    gorae_signal(G_SIGTERM, G_SIG_IGN);
    gorae_signal(G_SIGQUIT, G_SIG_IGN);
  }
  startup_files(login, norc);
  sh.lineno = 1;
  Input in;
  input_from_fd(&in, 0, sh.interactive);
  if (sh.unwind == U_EXIT) in.eof = 1;
  for (;;) {
    run_input(&in, 1);
    if (sh.unwind == U_EXIT) break;
    /* end of input */
    if (sh.interactive && sh.flavour == SHELL_BASH) {
      fputs("exit\n", stderr);
      fflush(stderr);
    }
    break;
  }
  int st = sh.unwind == U_EXIT ? sh.exit_status : sh.status;
  sh_exit(st);
  return st;
}
