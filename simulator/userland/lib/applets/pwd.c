/* pwd: print the working directory. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

int pwd_main(int argc, char **argv) {
  int c, logical = 0;
  while ((c = app_getopt(argc, argv, "LP", NULL)) != -1) {
    if (c == 'L') logical = 1;
    else if (c == 'P') logical = 0;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  char buf[4096];
  const char *pwd = getenv("PWD");
  struct stat a, b;
  if (logical && pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 && a.st_ino == b.st_ino && !strstr(pwd, "/.")) {
    puts(pwd);
    return 0;
  }
  if (!getcwd(buf, sizeof buf)) {
    app_perr(GNU ? "couldn't get current directory" : "getcwd");
    return 1;
  }
  puts(buf);
  return 0;
}
