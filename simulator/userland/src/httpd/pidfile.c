#include "pidfile.h"

#include "log.h"

#include <gorae_sys.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int pidfile_read(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char buf[32] = {0};
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  char *end = NULL;
  long pid = strtol(buf, &end, 10);
  if (end == buf || pid <= 0) return -1;
  return (int)pid;
}

void pidfile_write(const char *path) {
  if (access(path, F_OK) == 0) {
    log_error("core", "warn", "AH00098: pid file %s overwritten -- Unclean shutdown of previous Apache run?", path);
  }
  FILE *f = fopen(path, "w");
  if (!f) return;
  fprintf(f, "%d\n", (int)gorae_getpid());
  fclose(f);
}

void pidfile_remove(const char *path) {
  unlink(path);
}
