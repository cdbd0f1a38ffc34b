/* kill, killall, pidof, pgrep, pkill: find processes and signal them. */
#include <errno.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "gorae_sys.h"
#include "lib.h"

static void list_signals(void) {
  if (GNU) {
    for (int i = 1; i < 32; i++) printf("%s%s", sig_name(i), i == 16 || i == 31 ? "\n" : " ");
    return;
  }
  for (int i = 1; i < 32; i++) printf("%2d) %s\n", i, sig_name(i));
}

/* kill -l [N|NAME]... */
static int kill_list(int argc, char **argv, int from) {
  if (from >= argc) {
    list_signals();
    return 0;
  }
  int status = 0;
  for (int i = from; i < argc; i++) {
    long n;
    if (parse_long(argv[i], &n) == 0) {
      if (n > 128) n -= 128;
      const char *s = sig_name((int)n);
      if (s) {
        puts(s);
        continue;
      }
    } else {
      int s = sig_number(argv[i]);
      if (s > 0) {
        printf("%d\n", s);
        continue;
      }
    }
    if (GNU)
      app_err("unknown signal: %s", argv[i]);
    else
      app_err("bad signal name '%s'", argv[i]);
    status = 1;
  }
  return status;
}

/* The signal of an option like -9, -KILL, -SIGKILL, -s KILL; returns -1 if none. */
static int signal_option(int *argi, int argc, char **argv, int *bad) {
  const char *a = argv[*argi];
  *bad = 0;
  if (strcmp(a, "-s") == 0 || strcmp(a, "-n") == 0 || strcmp(a, "--signal") == 0) {
    if (*argi + 1 >= argc) {
      *bad = 1;
      return -1;
    }
    (*argi)++;
    int s = sig_number(argv[*argi]);
    if (s < 0) {
      *bad = 2;
      return -1;
    }
    return s;
  }
  if (a[0] == '-' && a[1] && a[1] != '-' && strcmp(a, "-l") && strcmp(a, "-L") && strcmp(a, "-q")) {
    int s = sig_number(a + 1);
    if (s < 0) {
      *bad = 2;
      return -1;
    }
    return s;
  }
  return -1;
}

int kill_main(int argc, char **argv) {
  int sig = G_SIGTERM, i = 1;
  if (argc > 1 && strcmp(argv[1], "--help") == 0) return app_help();
  if (argc > 1 && (strcmp(argv[1], "-l") == 0 || strcmp(argv[1], "-L") == 0 || strcmp(argv[1], "--list") == 0)) return kill_list(argc, argv, 2);
  if (i < argc && argv[i][0] == '-' && strcmp(argv[i], "--")) {
    int bad;
    int s = signal_option(&i, argc, argv, &bad);
    if (bad) {
      if (bad == 2) {
        const char *name = argv[i][0] == '-' ? argv[i] + 1 : argv[i];
        if (GNU)
          app_err("unknown signal: %s", name);
        else
          app_err("bad signal name '%s'", name);
        return 1;
      }
      return app_show_usage();
    }
    if (s >= 0) {
      sig = s;
      i++;
    }
  }
  if (i < argc && strcmp(argv[i], "--") == 0) i++;
  if (i >= argc) {
    if (!GNU) return app_show_usage();
    app_err("not enough arguments");
    return 1;
  }
  int status = 0;
  for (; i < argc; i++) {
    long pid;
    if (parse_long(argv[i], &pid) != 0) {
      if (GNU)
        app_err("cannot find process \"%s\"", argv[i]);
      else
        app_err("invalid number '%s'", argv[i]);
      status = 1;
      continue;
    }
    int r = gorae_kill((int32_t)pid, sig);
    if (r < 0) {
      errno = -r;
      if (GNU)
        app_perr("sending signal to %ld failed", pid);
      else
        app_perr("can't kill pid %ld", pid);
      status = 1;
    }
  }
  return status;
}

/* Processes whose name is `name` (the command or its argv[0] basename). */
static int name_matches(const struct proc *p, const char *name) { return strcmp(p->comm, name) == 0; }

int killall_main(int argc, char **argv) {
  int sig = G_SIGTERM, quiet = 0, i = 1;
  if (argc > 1 && strcmp(argv[1], "-l") == 0) return kill_list(argc, argv, 2);
  while (i < argc && argv[i][0] == '-') {
    if (strcmp(argv[i], "-q") == 0) {
      quiet = 1;
      i++;
      continue;
    }
    int bad;
    int s = signal_option(&i, argc, argv, &bad);
    if (bad) {
      app_err("bad signal name '%s'", argv[i] + 1);
      return 1;
    }
    if (s >= 0) sig = s;
    i++;
  }
  if (i >= argc) return app_show_usage();
  struct proc *v;
  int n = read_procs(&v);
  int status = 0, me = gorae_getpid();
  for (; i < argc; i++) {
    int found = 0;
    for (int k = 0; k < n; k++) {
      if (v[k].pid == me || !name_matches(&v[k], argv[i])) continue;
      found = 1;
      gorae_kill(v[k].pid, sig);
    }
    if (!found) {
      if (!quiet) app_err("%s: no process killed", argv[i]);
      status = 1;
    }
  }
  free_procs(v, n);
  return status;
}

int pidof_main(int argc, char **argv) {
  int c, single = 0;
  long omit = -1;
  while ((c = app_getopt(argc, argv, "so:x", NULL)) != -1) {
    if (c == 's') single = 1;
    else if (c == 'o') omit = strcmp(optarg, "%PPID") == 0 ? gorae_getppid() : atol(optarg);
    else if (c == 'x') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  struct proc *v;
  int n = read_procs(&v);
  int first = 1, me = gorae_getpid();
  for (int i = optind; i < argc; i++) {
    for (int k = n - 1; k >= 0; k--) {
      if (v[k].pid == me || v[k].pid == omit || !name_matches(&v[k], argv[i])) continue;
      printf(first ? "%d" : " %d", v[k].pid);
      first = 0;
      if (single) break;
    }
  }
  if (!first) putchar('\n');
  free_procs(v, n);
  return first ? 1 : 0;
}

int pgrep_main(int argc, char **argv) {
  int is_pkill = strcmp(applet_base, "pkill") == 0;
  int c, full = 0, list = 0, listfull = 0, newest = 0, oldest = 0, invert = 0, exact = 0, sig = G_SIGTERM;
  long ppid = -1;
  /* pkill -SIGNAL */
  if (is_pkill && argc > 1 && argv[1][0] == '-' && argv[1][1] && sig_number(argv[1] + 1) > 0 && !strchr("flanovxsPe", argv[1][1])) {
    sig = sig_number(argv[1] + 1);
    argv[1] = (char *)"-e";
  }
  while ((c = app_getopt(argc, argv, "flanovxs:P:e", NULL)) != -1) {
    switch (c) {
    case 'f': full = 1; break;
    case 'l': list = 1; break;
    case 'a': listfull = 1; break;
    case 'n': newest = 1; break;
    case 'o': oldest = 1; break;
    case 'v': invert = 1; break;
    case 'x': exact = 1; break;
    case 's': case 'e': break;
    case 'P': ppid = atol(optarg); break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  regex_t re;
  int have_re = optind < argc;
  if (have_re && regcomp(&re, argv[optind], REG_EXTENDED) != 0) {
    app_err("bad regex '%s'", argv[optind]);
    return 1;
  }
  if (!have_re && ppid < 0) return app_show_usage();
  struct proc *v;
  int n = read_procs(&v);
  int me = gorae_getpid(), found = 0, pick = -1;
  for (int k = 0; k < n; k++) {
    if (v[k].pid == me) continue;
    int m = 1;
    if (ppid >= 0) m = v[k].ppid == ppid;
    if (m && have_re) {
      const char *subject = full ? v[k].args : v[k].comm;
      regmatch_t rm[1];
      if (exact) {
        m = regexec(&re, subject, 1, rm, 0) == 0 && rm[0].rm_so == 0 && rm[0].rm_eo == (regoff_t)strlen(subject);
      } else {
        m = regexec(&re, subject, 0, NULL, 0) == 0;
      }
    }
    if (invert) m = !m;
    if (!m) continue;
    if (newest || oldest) {
      if (pick < 0 || (newest && v[k].start_ms >= v[pick].start_ms) || (oldest && v[k].start_ms < v[pick].start_ms)) pick = k;
      continue;
    }
    found = 1;
    if (is_pkill) {
      gorae_kill(v[k].pid, sig);
    } else if (listfull) {
      printf("%d %s\n", v[k].pid, v[k].args);
    } else if (list) {
      printf("%d %s\n", v[k].pid, v[k].comm);
    } else {
      printf("%d\n", v[k].pid);
    }
  }
  if (pick >= 0) {
    found = 1;
    if (is_pkill)
      gorae_kill(v[pick].pid, sig);
    else
      printf("%d\n", v[pick].pid);
  }
  free_procs(v, n);
  if (have_re) regfree(&re);
  return found ? 0 : 1;
}
