/*
 * args: prints its arguments and environment, one per line, then exits with the
 * status given as its first argument (0 when there is none). Uses stdio on purpose,
 * so libc's own start-up path through the WASI imports is exercised too.
 */
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv) {
  printf("argc=%d\n", argc);
  for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
  for (int i = 0; environ[i]; i++) printf("env[%d]=%s\n", i, environ[i]);
  return argc > 1 ? atoi(argv[1]) : 0;
}
