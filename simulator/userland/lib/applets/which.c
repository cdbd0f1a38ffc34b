/* which: find programs in PATH. */
#include <stdlib.h>
#include <string.h>

#include "lib.h"

static int executable(const char *p) {
  struct stat st;
  return xstat(p, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111);
}

int which_main(int argc, char **argv) {
  int c, all = 0;
  while ((c = app_getopt(argc, argv, "as", NULL)) != -1) {
    if (c == 'a') all = 1;
    else if (c == 's') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(GNU ? 2 : 1);
  }
  if (optind >= argc) return GNU ? 1 : app_show_usage();
  const char *path = getenv("PATH");
  if (!path) path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  int status = 0;
  for (int i = optind; i < argc; i++) {
    const char *name = argv[i];
    int found = 0;
    if (strchr(name, '/')) {
      if (executable(name)) {
        puts(name);
        found = 1;
      }
    } else {
      char *copy = xstrdup(path), *save = NULL;
      for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
        char *full = concat_path(*d ? d : ".", name);
        if (executable(full)) {
          puts(full);
          found = 1;
        }
        free(full);
        if (found && !all) break;
      }
      free(copy);
    }
    if (!found) status = 1;
  }
  return status;
}
