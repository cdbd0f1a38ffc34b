/* Small applets: true, false, yes, clear, nproc, tty, sync, hostid, arch-free trivia. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "lib.h"

int true_main(int argc, char **argv) {
  if (GNU && argc == 2 && strcmp(argv[1], "--help") == 0) return app_help();
  if (GNU && argc == 2 && strcmp(argv[1], "--version") == 0) {
    puts("true (GNU coreutils) 9.1");
    return 0;
  }
  return 0;
}

int false_main(int argc, char **argv) {
  if (GNU && argc == 2 && strcmp(argv[1], "--help") == 0) {
    app_help();
    return 1;
  }
  return 1;
}

int yes_main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--help") == 0) return app_help();
  /* one buffer of whole lines, written until the reader goes away */
  size_t len = 0;
  for (int i = 1; i < argc; i++) len += strlen(argv[i]) + 1;
  if (argc < 2) len = 2;
  char *line = xmalloc(len + 1);
  if (argc < 2) {
    strcpy(line, "y\n");
  } else {
    line[0] = 0;
    for (int i = 1; i < argc; i++) {
      strcat(line, argv[i]);
      strcat(line, i + 1 < argc ? " " : "\n");
    }
  }
  size_t reps = len < 4096 ? 4096 / len : 1;
  char *buf = xmalloc(len * reps);
  for (size_t i = 0; i < reps; i++) memcpy(buf + i * len, line, len);
  fflush(stdout);
  for (;;) {
    if (write(1, buf, len * reps) < 0) break;
  }
  free(buf);
  free(line);
  return 1;
}

int clear_main(int argc, char **argv) {
  (void)argc;
  if (strcmp(applet_base, "reset") == 0) {
    fputs("\033c\033(B\033[m\033[J\033[?25h", stdout);
    gorae_tty_raw(0, 0);
    (void)argv;
    return 0;
  }
  fputs(GNU ? "\033[H\033[2J\033[3J" : "\033[H\033[J", stdout);
  return 0;
}

int nproc_main(int argc, char **argv) {
  int c;
  long ignore = 0;
  static const struct option nproc_long[] = {{"all", no_argument, NULL, 'a'}, {"ignore", required_argument, NULL, 'i'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "", nproc_long)) != -1) {
    if (c == 'a') continue;
    if (c == 'i') ignore = atol(optarg);
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  long n = 0;
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (f) {
    char line[256];
    while (fgets(line, sizeof line, f))
      if (strncmp(line, "processor", 9) == 0) n++;
    fclose(f);
  }
  if (n <= 0) n = 4;
  n -= ignore;
  printf("%ld\n", n < 1 ? 1 : n);
  return 0;
}

int tty_main(int argc, char **argv) {
  int c, silent = 0;
  static const struct option tty_long[] = {{"silent", no_argument, NULL, 's'}, {"quiet", no_argument, NULL, 's'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "s", tty_long)) != -1) {
    if (c == 's') silent = 1;
    else if (c == 'H') return app_help();
    else return GNU ? app_bad_usage(2) : app_bad_usage(1);
  }
  int tty = is_tty(0);
  if (!silent) puts(tty ? "/dev/pts/0" : "not a tty");
  return tty ? 0 : 1;
}

int sync_main(int argc, char **argv) {
  int c;
  while ((c = app_getopt(argc, argv, "df", NULL)) != -1) {
    if (c == 'H') return app_help();
    if (c == '?') return app_bad_usage(1);
  }
  return 0;
}

int hostid_main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  struct uts u;
  get_uts(&u);
  unsigned h = 0;
  for (const char *p = u.f[1]; *p; p++) h = h * 31 + (unsigned char)*p;
  printf("%08x\n", h);
  return 0;
}
