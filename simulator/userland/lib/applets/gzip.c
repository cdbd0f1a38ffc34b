/* gzip, gunzip, zcat: compress and decompress files. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

int gunzip_buffer(const unsigned char *p, size_t n, unsigned char **out, size_t *outlen);
void gzip_buffer(const unsigned char *p, size_t n, const char *name, long mtime, unsigned char **out, size_t *outlen);

static int write_file(const char *name, const unsigned char *p, size_t n, int force) {
  int flags = O_WRONLY | O_CREAT | O_TRUNC | (force ? 0 : O_EXCL);
  int fd = open(name, flags, 0644);
  if (fd < 0) {
    if (errno == EEXIST)
      app_err("can't open '%s': File exists", name);
    else
      app_perr("can't open '%s'", name);
    return -1;
  }
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w <= 0) {
      close(fd);
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  close(fd);
  return 0;
}

int gzip_main(int argc, char **argv) {
  int decompress = strcmp(applet_base, "gunzip") == 0 || strcmp(applet_base, "zcat") == 0;
  int to_stdout = strcmp(applet_base, "zcat") == 0, keep = 0, force = 0, test = 0, c;
  while ((c = app_getopt(argc, argv, "cdfkt123456789nqv", NULL)) != -1) {
    switch (c) {
    case 'c': to_stdout = 1; break;
    case 'd': decompress = 1; break;
    case 'f': force = 1; break;
    case 'k': keep = 1; break;
    case 't': test = decompress = 1; break;
    case 'H': return app_help();
    case '?': return app_bad_usage(1);
    default: break;
    }
  }
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int status = 0;
  for (; *files; files++) {
    const char *name = *files;
    int is_stdin = !strcmp(name, "-");
    if (!decompress && !to_stdout && !is_stdin && strlen(name) > 3 && !strcmp(name + strlen(name) - 3, ".gz") && !force) {
      app_err("%s: already has .gz suffix -- unchanged", name);
      status = 1;
      continue;
    }
    char *oname = NULL;
    if (decompress && !is_stdin && !to_stdout && !test) {
      size_t l = strlen(name);
      if (l > 3 && !strcmp(name + l - 3, ".gz")) oname = strndup(name, l - 3);
      else if (l > 4 && !strcmp(name + l - 4, ".tgz")) oname = xasprintf("%.*s.tar", (int)(l - 4), name);
      else {
        app_err("%s: unknown suffix -- ignored", name);
        status = 1;
        continue;
      }
    }
    FILE *f = is_stdin ? stdin : fopen(name, "r");
    if (!f) {
      app_perr("can't open '%s'", name);
      free(oname);
      status = 1;
      continue;
    }
    struct stat st;
    long mtime = fstat(fileno(f), &st) == 0 && !is_stdin ? (long)st.st_mtime : 0;
    size_t len;
    unsigned char *in = (unsigned char *)read_all(f, &len);
    close_input(f);
    unsigned char *out;
    size_t olen;
    if (decompress) {
      int r = gunzip_buffer(in, len, &out, &olen);
      if (r != 0) {
        app_err(r == -1 ? "invalid magic" : "corrupted data");
        free(in);
        free(oname);
        status = 1;
        continue;
      }
    } else {
      gzip_buffer(in, len, NULL, mtime, &out, &olen);
    }
    free(in);
    if (test) {
    } else if (to_stdout || is_stdin) {
      fwrite(out, 1, olen, stdout);
    } else {
      char *target = oname ? oname : xasprintf("%s.gz", name);
      if (write_file(target, out, olen, force) == 0) {
        if (!keep) unlink(name);
      } else {
        status = 1;
      }
      if (!oname) free(target);
    }
    free(out);
    free(oname);
  }
  return status;
}
