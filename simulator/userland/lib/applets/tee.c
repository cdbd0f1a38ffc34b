/* tee: copy stdin to stdout and files. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

static const struct option tee_long[] = {
  {"append", no_argument, NULL, 'a'},
  {"ignore-interrupts", no_argument, NULL, 'i'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int tee_main(int argc, char **argv) {
  int c, append = 0, status = 0;
  while ((c = app_getopt(argc, argv, "ai", tee_long)) != -1) {
    if (c == 'a') append = 1;
    else if (c == 'i') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  int n = argc - optind;
  FILE **out = xmalloc(((size_t)n + 1) * sizeof *out);
  for (int i = 0; i < n; i++) {
    out[i] = strcmp(argv[optind + i], "-") == 0 && !GNU ? stdout : fopen(argv[optind + i], append ? "a" : "w");
    if (!out[i]) {
      if (GNU)
        app_perr("%s", qf(argv[optind + i]));
      else
        app_perr("%s", argv[optind + i]);
      status = 1;
    }
  }
  char buf[4096];
  ssize_t r;
  fflush(stdout);
  while ((r = read(0, buf, sizeof buf)) > 0) {
    fwrite(buf, 1, (size_t)r, stdout);
    fflush(stdout);
    for (int i = 0; i < n; i++)
      if (out[i]) {
        fwrite(buf, 1, (size_t)r, out[i]);
        fflush(out[i]);
      }
  }
  for (int i = 0; i < n; i++)
    if (out[i] && out[i] != stdout) fclose(out[i]);
  free(out);
  return status;
}
