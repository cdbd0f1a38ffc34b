/* env and printenv: show or change the environment, then run a program. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "lib.h"

extern char **environ;

/* Replaces the process with argv[0] (looked up in PATH); returns only on failure. */
static int exec_program(char **argv) {
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
  fflush(stdout);
  int r = gorae_exec(argv[0], (const char *const *)argv, (const char *const *)environ, cwd);
  errno = -r;
  int status = errno == ENOENT ? 127 : 126;
  if (GNU)
    app_perr("%s", q(argv[0]));
  else
    app_perr("can't execute '%s'", argv[0]);
  return status;
}

static const struct option env_long[] = {
  {"ignore-environment", no_argument, NULL, 'i'},
  {"unset", required_argument, NULL, 'u'},
  {"null", no_argument, NULL, '0'},
  {"chdir", required_argument, NULL, 'C'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int env_main(int argc, char **argv) {
  int c, clear = 0, nul = 0;
  const char *dir = NULL;
  while ((c = app_getopt(argc, argv, "+iu:0C:", env_long)) != -1) {
    switch (c) {
    case 'i': clear = 1; break;
    case 'u': unsetenv(optarg); break;
    case '0': nul = 1; break;
    case 'C': dir = optarg; break;
    case 'H': return app_help();
    default: return app_bad_usage(GNU ? 125 : 1);
    }
  }
  if (optind < argc && strcmp(argv[optind], "-") == 0) {
    clear = 1;
    optind++;
  }
  if (clear) {
    static char *empty[1] = {NULL};
    environ = empty;
  }
  for (; optind < argc && strchr(argv[optind], '='); optind++) {
    char *eq = strchr(argv[optind], '=');
    *eq = 0;
    setenv(argv[optind], eq + 1, 1);
    *eq = '=';
  }
  if (dir && chdir(dir) != 0) {
    app_perr("cannot change directory to %s", q(dir));
    return 125;
  }
  if (optind < argc) return exec_program(argv + optind);
  for (char **e = environ; e && *e; e++) {
    fputs(*e, stdout);
    putchar(nul ? 0 : '\n');
  }
  return 0;
}

int printenv_main(int argc, char **argv) {
  int c, nul = 0;
  static const struct option pe_long[] = {{"null", no_argument, NULL, '0'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "0", pe_long)) != -1) {
    if (c == '0') nul = 1;
    else if (c == 'H') return app_help();
    else return app_bad_usage(GNU ? 2 : 1);
  }
  if (optind >= argc) {
    for (char **e = environ; e && *e; e++) {
      fputs(*e, stdout);
      putchar(nul ? 0 : '\n');
    }
    return 0;
  }
  int status = 0;
  for (int i = optind; i < argc; i++) {
    const char *v = strchr(argv[i], '=') ? NULL : getenv(argv[i]);
    if (!v) {
      status = 1;
      continue;
    }
    fputs(v, stdout);
    putchar(nul ? 0 : '\n');
  }
  return status;
}
