/* Signal names, kill and trap. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gorae_sys.h"
#include "sh.h"

static const char *const names[] = {
  "EXIT", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM",
  "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH",
  "IO", "PWR", "SYS", NULL};

const char *sig_name(int sig) { return sig >= 0 && sig < 32 ? names[sig] : NULL; }

int sig_number(const char *s) {
  long long n;
  if (str_to_int(s, &n)) return n >= 0 && n < 65 ? (int)n : -1;
  if (strncasecmp(s, "SIG", 3) == 0) s += 3;
  for (int i = 0; names[i]; i++)
    if (strcasecmp(s, names[i]) == 0) return i;
  if (strcasecmp(s, "CLD") == 0) return 17;
  if (strcasecmp(s, "POLL") == 0) return 29;
  return -1;
}

int bi_kill(int argc, char **argv) {
  int sig = G_SIGTERM, i = 1;
  if (argc < 2) {
    if (sh.flavour == SHELL_BASH)
      fprintf(stderr, "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n");
    else
      sh_cmderror("kill", "usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]");
    return sh.flavour == SHELL_BASH ? 2 : 2;
  }
  if (strcmp(argv[1], "-l") == 0 || strcmp(argv[1], "-L") == 0) {
    if (argc > 2) {
      for (int k = 2; k < argc; k++) {
        long long n;
        if (str_to_int(argv[k], &n)) {
          if (n > 128) n -= 128;
          const char *nm = sig_name((int)n);
          if (nm) puts(nm);
        } else {
          int s = sig_number(argv[k]);
          if (s < 0) return 1;
          printf("%d\n", s);
        }
      }
      return 0;
    }
    if (sh.flavour == SHELL_BASH) {
      for (int s = 1; s < 32; s++) printf("%2d) SIG%s%s", s, names[s], s % 5 == 0 || s == 31 ? "\n" : "\t");
    } else {
      for (int s = 0; s < 32; s++) puts(s ? names[s] : "0");
    }
    return 0;
  }
  if (strcmp(argv[1], "-s") == 0 || strcmp(argv[1], "-n") == 0) {
    if (argc < 3) return 2;
    sig = sig_number(argv[2]);
    i = 3;
  } else if (argv[1][0] == '-' && argv[1][1] && strcmp(argv[1], "--") != 0) {
    sig = sig_number(argv[1] + 1);
    i = 2;
  } else if (strcmp(argv[1], "--") == 0)
    i = 2;
  if (sig < 0) {
    const char *spec = argv[i - 1][0] == '-' && i == 2 ? argv[1] + 1 : argv[i - 1];
    if (sh.flavour == SHELL_BASH) sh_cmderror("kill", "%s: invalid signal specification", spec);
    else sh_cmderror("kill", "invalid signal number or name: %s", spec);
    return 1;
  }
  int status = 0;
  for (; i < argc; i++) {
    const char *a = argv[i];
    long long pid;
    int pids[16], np = 0;
    if (a[0] == '%') {
      long long id;
      Job *found = NULL;
      if (str_to_int(a + 1, &id))
        for (Job *j = sh.jobs; j; j = j->next)
          if (j->id == id) found = j;
      if (!a[1] || a[1] == '%' || a[1] == '+')
        for (Job *j = sh.jobs; j; j = j->next) found = j;
      if (!found) {
        if (sh.flavour == SHELL_BASH) sh_cmderror("kill", "%s: no such job", a);
        else sh_cmderror("kill", "No such job: %s", a);
        status = 1;
        continue;
      }
      for (int k = 0; k < found->npids; k++)
        if (found->pids[k] > 0) pids[np++] = found->pids[k];
    } else if (str_to_int(a, &pid)) {
      pids[np++] = (int)pid;
    } else {
      if (sh.flavour == SHELL_BASH) sh_cmderror("kill", "%s: arguments must be process or job IDs", a);
      else sh_cmderror("kill", "Illegal number: %s", a);
      status = 1;
      continue;
    }
    for (int k = 0; k < np; k++) {
      int r = gorae_kill(pids[k], sig);
      if (r < 0) {
        if (sh.flavour == SHELL_BASH) sh_cmderror("kill", "(%d) - No such process", pids[k]);
        else if (sh.flavour == SHELL_DASH) sh_cmderror("kill", "No such process");
        else sh_error("can't kill pid %d: No such process", pids[k]);
        status = 1;
      }
    }
  }
  return status;
}

static void print_trap_action(const char *s) {
  putchar('\'');
  for (; *s; s++) {
    if (*s == '\'') fputs("'\\''", stdout);
    else putchar(*s);
  }
  putchar('\'');
}

int bi_trap(int argc, char **argv) {
  int i = 1;
  if (i < argc && strcmp(argv[i], "--") == 0) i++;
  if (i >= argc || (argc == 2 && strcmp(argv[1], "-p") == 0)) {
    for (int s = 0; s < 65; s++) {
      if (!sh.traps[s]) continue;
      fputs("trap -- ", stdout);
      print_trap_action(sh.traps[s]);
      const char *nm = sig_name(s);
      if (sh.flavour == SHELL_BASH && s) printf(" SIG%s\n", nm ? nm : "?");
      else printf(" %s\n", nm ? nm : "?");
    }
    return 0;
  }
  const char *action = argv[i];
  long long dummy;
  if (str_to_int(action, &dummy) && sig_number(action) >= 0) {
    action = "-";
  } else
    i++;
  int status = 0;
  for (; i < argc; i++) {
    int sig = sig_number(argv[i]);
    if (sig < 0 || sig == G_SIGKILL || sig == G_SIGSTOP) {
      if (sig < 0) {
        if (sh.flavour == SHELL_BASH) sh_cmderror("trap", "%s: invalid signal specification", argv[i]);
        else sh_cmderror("trap", "%s: bad trap", argv[i]);
        status = 1;
      }
      continue;
    }
    free(sh.traps[sig]);
    sh.traps[sig] = NULL;
    if (strcmp(action, "-") == 0) {
      if (sig) gorae_signal(sig, (sh.interactive && (sig == G_SIGINT || sig == G_SIGTERM || sig == G_SIGQUIT)) ? (sig == G_SIGINT ? G_SIG_CATCH : G_SIG_IGN) : G_SIG_DFL);
    } else {
      sh.traps[sig] = xstrdup(action);
      if (sig) gorae_signal(sig, *action ? G_SIG_CATCH : G_SIG_IGN);
    }
  }
  return status;
}

/* Runs the trap action for sig, if any; $? is kept. Returns 1 if there was one. */
int sh_run_trap(int sig) {
  if (sig < 0 || sig >= 65 || !sh.traps[sig] || !*sh.traps[sig] || sh.in_trap) return 0;
  int saved = sh.status;
  sh.in_trap++;
  char *action = xstrdup(sh.traps[sig]);
  run_string(action, "trap");
  free(action);
  sh.in_trap--;
  if (sh.unwind != U_EXIT) sh.status = saved;
  return 1;
}

/* Signals caught meanwhile: their traps run; an interactive shell's Ctrl+C ends the command. */
void sh_take_signals(void) {
  int sig;
  while ((sig = gorae_sigtake()) > 0) {
    if (sig == G_SIGPIPE && sh.pipe_stage) {
      /* the stage's reader is gone: it ends as SIGPIPE would end it */
      sh.unwind = U_EXIT;
      sh.exit_status = 128 + G_SIGPIPE;
    } else if (sh.traps[sig] && *sh.traps[sig])
      sh_run_trap(sig);
    else if (sig == G_SIGINT && sh.interactive) {
      sh.status = 130;
      if (!sh.int_nl) fputc('\n', stderr);
      fflush(stderr);
      sh.int_nl = 2;
      if (sh.unwind == U_NONE) sh.unwind = U_ERROR;
    }
  }
}
