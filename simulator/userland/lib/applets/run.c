/* Applets that run other programs: timeout, nohup, nice, watch, run-parts; and install. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "lib.h"

extern char **environ;

static int exec_or_fail(char **argv) {
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
  fflush(stdout);
  int r = gorae_exec(argv[0], (const char *const *)argv, (const char *const *)environ, cwd);
  errno = -r;
  if (GNU)
    app_perr("failed to run command %s", q(argv[0]));
  else
    app_perr("can't execute '%s'", argv[0]);
  return r == -ENOENT ? 127 : 126;
}

static double parse_duration(const char *s, int *ok) {
  char *end;
  double v = strtod(s, &end);
  *ok = end != s && v >= 0;
  if (*end == 's') end++;
  else if (*end == 'm') { v *= 60; end++; }
  else if (*end == 'h') { v *= 3600; end++; }
  else if (*end == 'd') { v *= 86400; end++; }
  if (*end) *ok = 0;
  return v;
}

int timeout_main(int argc, char **argv) {
  int c, sig = G_SIGTERM, preserve = 0;
  double kill_after = 0;
  static const struct option to_long[] = {{"signal", required_argument, NULL, 's'}, {"kill-after", required_argument, NULL, 'k'}, {"preserve-status", no_argument, NULL, 'p'}, {"foreground", no_argument, NULL, 'f'}, {"verbose", no_argument, NULL, 'v'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "+s:k:t:", to_long)) != -1) {
    int ok;
    switch (c) {
    case 's':
      sig = sig_number(optarg);
      if (sig < 0) {
        app_err(GNU ? "%s: invalid signal" : "bad signal name '%s'", optarg);
        return 125;
      }
      break;
    case 'k': kill_after = parse_duration(optarg, &ok); break;
    case 'p': preserve = 1; break;
    case 'f': case 'v': case 't': break;
    case 'H': return app_help();
    default: return app_bad_usage(125);
    }
  }
  if (argc - optind < 2) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(125);
  }
  int ok;
  double secs = parse_duration(argv[optind], &ok);
  if (!ok) {
    if (GNU) {
      app_err("invalid time interval %s", q(argv[optind]));
      return app_bad_usage(125);
    }
    app_err("invalid number '%s'", argv[optind]);
    return 1;
  }
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
  int32_t fds[3] = {0, 1, 2};
  fflush(stdout);
  char **cmd = argv + optind + 1;
  int32_t pid = gorae_spawn(cmd[0], (const char *const *)cmd, (const char *const *)environ, fds, cwd);
  if (pid < 0) {
    errno = -pid;
    if (GNU)
      app_perr("failed to run command %s", q(cmd[0]));
    else
      app_perr("can't execute '%s'", cmd[0]);
    return pid == -ENOENT ? 127 : 126;
  }
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  int timed_out = 0, killed = 0;
  int32_t status = 0;
  for (;;) {
    int32_t r = gorae_wait(pid, &status, G_WNOHANG);
    if (r == pid) break;
    if (r < 0 && r != -EINTR) return 125;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double el = (double)(now.tv_sec - start.tv_sec) + (double)(now.tv_nsec - start.tv_nsec) / 1e9;
    if (secs > 0 && !timed_out && el >= secs) {
      timed_out = 1;
      gorae_kill(pid, sig);
    } else if (timed_out && kill_after > 0 && !killed && el >= secs + kill_after) {
      killed = 1;
      gorae_kill(pid, G_SIGKILL);
    }
    sleep_ns(10000000ull);
  }
  if (killed) return 137;
  int code = (status & 0x7f) ? 128 + (status & 0x7f) : (status >> 8) & 0xff;
  if (timed_out && !preserve) return 124;
  return code;
}

int nohup_main(int argc, char **argv) {
  if (argc < 2) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(125);
  }
  if (!strcmp(argv[1], "--help")) return app_help();
  int i = !strcmp(argv[1], "--") ? 2 : 1;
  gorae_signal(G_SIGHUP, G_SIG_IGN);
  if (is_tty(1)) fprintf(stderr, GNU ? "%s: ignoring input and appending output to 'nohup.out'\n" : "%s: appending output to nohup.out\n", applet_name);
  return exec_or_fail(argv + i);
}

int nice_main(int argc, char **argv) {
  int i = 1;
  if (i < argc && !strcmp(argv[i], "--help")) return app_help();
  if (i < argc && !strcmp(argv[i], "-n")) i += 2;
  else if (i < argc && !strncmp(argv[i], "-n", 2)) i++;
  else if (i < argc && argv[i][0] == '-' && argv[i][1] >= '0' && argv[i][1] <= '9') i++;
  if (i > argc) {
    app_err(GNU ? "option requires an argument -- 'n'" : "option requires an argument: n");
    return app_bad_usage(125);
  }
  if (i >= argc) {
    puts("0");
    return 0;
  }
  return exec_or_fail(argv + i);
}

int watch_main(int argc, char **argv) {
  int c, no_title = 0;
  double interval = 2;
  while ((c = app_getopt(argc, argv, "+n:tx", NULL)) != -1) {
    if (c == 'n') interval = atof(optarg);
    else if (c == 't') no_title = 1;
    else if (c == 'x') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  if (optind >= argc) return app_show_usage();
  size_t len = 0;
  for (int i = optind; i < argc; i++) len += strlen(argv[i]) + 1;
  char *cmd = xmalloc(len + 1);
  cmd[0] = 0;
  for (int i = optind; i < argc; i++) {
    strcat(cmd, argv[i]);
    if (i + 1 < argc) strcat(cmd, " ");
  }
  for (;;) {
    fputs("\033[H\033[J", stdout);
    if (!no_title) {
      time_t t = time(NULL);
      struct tm tm;
      gmtime_r(&t, &tm);
      char date[64];
      strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &tm);
      int width = term_width();
      if (width <= 0) width = 80;
      char head[256];
      snprintf(head, sizeof head, "Every %.1fs: %s", interval, cmd);
      int pad = width - (int)strlen(head) - (int)strlen(date) - 1;
      printf("%s%*s%s\n\n", head, pad > 0 ? pad : 1, " ", date);
    }
    char *sh[] = {"/bin/sh", "-c", cmd, NULL};
    run_program(sh);
    fflush(stdout);
    sleep_ns((unsigned long long)(interval * 1e9));
  }
}

static int name_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int runparts_main(int argc, char **argv) {
  int i = 1, test = 0, list = 0, reverse = 0, exit_on_error = 0;
  char *extra[32];
  int nextra = 0;
  for (; i < argc && argv[i][0] == '-'; i++) {
    if (!strcmp(argv[i], "--test")) test = 1;
    else if (!strcmp(argv[i], "--list")) list = 1;
    else if (!strcmp(argv[i], "--reverse")) reverse = 1;
    else if (!strcmp(argv[i], "--exit-on-error")) exit_on_error = 1;
    else if (!strcmp(argv[i], "-a") && i + 1 < argc && nextra < 30) extra[nextra++] = argv[++i];
    else if (!strcmp(argv[i], "-u") && i + 1 < argc) i++;
    else if (!strcmp(argv[i], "--help")) return app_help();
    else return app_show_usage();
  }
  if (i >= argc) return app_show_usage();
  const char *dir = argv[i];
  DIR *d = opendir(dir);
  if (!d) {
    app_perr("can't open '%s'", dir);
    return 1;
  }
  size_t n = 0, cap = 16;
  char **names = xmalloc(cap * sizeof *names);
  struct dirent *de;
  while ((de = readdir(d))) {
    const char *s = de->d_name;
    if (strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != strlen(s)) continue;
    if (n == cap) names = xrealloc(names, (cap *= 2) * sizeof *names);
    names[n++] = xstrdup(s);
  }
  closedir(d);
  qsort(names, n, sizeof *names, name_cmp);
  int status = 0;
  for (size_t k = 0; k < n; k++) {
    size_t idx = reverse ? n - 1 - k : k;
    char *full = concat_path(dir, names[idx]);
    struct stat st;
    if (xstat(full, &st) == 0 && S_ISREG(st.st_mode) && ((st.st_mode & 0111) || list)) {
      if (test || list) {
        puts(full);
      } else {
        char *av[34];
        av[0] = full;
        for (int e = 0; e < nextra; e++) av[1 + e] = extra[e];
        av[1 + nextra] = NULL;
        int r = run_program(av);
        if (r != 0) {
          app_err("%s: exit status %d", full, r < 0 ? 127 : r);
          status = 1;
          if (exit_on_error) {
            free(full);
            break;
          }
        }
      }
    }
    free(full);
  }
  for (size_t k = 0; k < n; k++) free(names[k]);
  free(names);
  return status;
}

/* install: copy files (or make directories) */
int install_main(int argc, char **argv) {
  int c, dirs = 0, leading = 0;
  const char *target = NULL;
  while ((c = app_getopt(argc, argv, "cdDpso:g:m:t:vCb", NULL)) != -1) {
    switch (c) {
    case 'd': dirs = 1; break;
    case 'D': leading = 1; break;
    case 't': target = optarg; break;
    case 'c': case 'p': case 's': case 'o': case 'g': case 'm': case 'v': case 'C': case 'b': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  int n = argc - optind;
  if (n < 1) {
    if (!GNU) return app_show_usage();
    app_err("missing file operand");
    return app_bad_usage(1);
  }
  char *mk[4] = {"mkdir", "-p", NULL, NULL};
  if (dirs) {
    int status = 0;
    for (int i = optind; i < argc; i++) {
      char *p = xstrdup(argv[i]);
      for (char *s = p + 1; *s; s++)
        if (*s == '/') {
          *s = 0;
          mkdir(p, 0755);
          *s = '/';
        }
      if (mkdir(p, 0755) != 0 && errno != EEXIST) {
        app_perr("can't create directory '%s'", p);
        status = 1;
      }
      free(p);
    }
    (void)mk;
    return status;
  }
  const char *dest = target ? target : argv[argc - 1];
  int nsrc = target ? n : n - 1;
  if (nsrc < 1) {
    if (!GNU) return app_show_usage();
    app_err("missing destination file operand after %s", q(argv[optind]));
    return app_bad_usage(1);
  }
  if (leading) {
    char *p = xstrdup(dest);
    char *last = target ? p + strlen(p) : strrchr(p, '/');
    for (char *s = p + 1; last && s <= last && *s; s++)
      if (*s == '/') {
        *s = 0;
        mkdir(p, 0755);
        *s = '/';
      }
    if (target) mkdir(p, 0755);
    free(p);
  }
  struct stat st;
  int to_dir = stat(dest, &st) == 0 && S_ISDIR(st.st_mode);
  int status = 0;
  for (int i = optind; i < optind + nsrc; i++) {
    char *to = to_dir ? concat_path(dest, base_name(argv[i])) : xstrdup(dest);
    FILE *in = fopen(argv[i], "r");
    if (!in) {
      if (GNU)
        app_perr("cannot stat %s", q(argv[i]));
      else
        app_perr("can't stat '%s'", argv[i]);
      status = 1;
      free(to);
      continue;
    }
    unlink(to);
    FILE *out = fopen(to, "w");
    if (!out) {
      app_perr("can't create '%s'", to);
      fclose(in);
      free(to);
      status = 1;
      continue;
    }
    char buf[8192];
    size_t r;
    while ((r = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, r, out);
    fclose(in);
    fclose(out);
    free(to);
  }
  return status;
}
