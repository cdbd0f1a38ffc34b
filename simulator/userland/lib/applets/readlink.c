/* readlink and realpath: symlink targets and canonical names. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

/* -m: an absolute name with . and .. folded, whether or not it exists. */
static char *lexical_path(const char *p) {
  char cwd[4096];
  char *full = p[0] == '/' ? xstrdup(p) : (getcwd(cwd, sizeof cwd) ? concat_path(cwd, p) : xstrdup(p));
  char *out = xmalloc(strlen(full) + 2);
  size_t o = 0;
  for (char *s = full; *s;) {
    while (*s == '/') s++;
    char *e = s;
    while (*e && *e != '/') e++;
    size_t n = (size_t)(e - s);
    if (n == 0 || (n == 1 && s[0] == '.')) {
    } else if (n == 2 && s[0] == '.' && s[1] == '.') {
      while (o > 0 && out[o - 1] != '/') o--;
      if (o > 0) o--;
    } else {
      out[o++] = '/';
      memcpy(out + o, s, n);
      o += n;
    }
    s = e;
  }
  if (o == 0) out[o++] = '/';
  out[o] = 0;
  free(full);
  char *r = real_path(out, 0);
  if (r) {
    free(out);
    return r;
  }
  return out;
}

static const struct option readlink_long[] = {
  {"canonicalize", no_argument, NULL, 'f'},
  {"canonicalize-existing", no_argument, NULL, 'e'},
  {"canonicalize-missing", no_argument, NULL, 'm'},
  {"no-newline", no_argument, NULL, 'n'},
  {"quiet", no_argument, NULL, 'q'},
  {"silent", no_argument, NULL, 's'},
  {"verbose", no_argument, NULL, 'v'},
  {"zero", no_argument, NULL, 'z'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int readlink_main(int argc, char **argv) {
  int c, canon = 0, no_nl = 0, verbose = 0;
  char end = '\n';
  while ((c = app_getopt(argc, argv, "femnqsvz", readlink_long)) != -1) {
    switch (c) {
    case 'f': canon = 1; break;
    case 'e': canon = 2; break;
    case 'm': canon = 3; break;
    case 'n': no_nl = 1; break;
    case 'q': case 's': verbose = 0; break;
    case 'v': verbose = 1; break;
    case 'z': end = 0; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (optind >= argc || (!GNU && argc - optind > 1)) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(1);
  }
  int status = 0;
  for (int i = optind; i < argc; i++) {
    const char *p = argv[i];
    if (canon) {
      char *r = real_path(p, canon == 2);
      if (!r && canon == 3) r = lexical_path(p);
      if (!r) {
        if (verbose) app_perr("%s", p);
        status = 1;
        continue;
      }
      fputs(r, stdout);
      free(r);
    } else {
      char buf[4096];
      ssize_t n = readlink(p, buf, sizeof buf - 1);
      if (n < 0) {
        if (verbose) app_perr("%s", p);
        status = 1;
        continue;
      }
      fwrite(buf, 1, (size_t)n, stdout);
    }
    if (!no_nl || argc - optind > 1) putchar(end);
  }
  return status;
}

int realpath_main(int argc, char **argv) {
  int c, mode = 0, quiet = 0;
  static const struct option rp_long[] = {{"canonicalize-existing", no_argument, NULL, 'e'}, {"canonicalize-missing", no_argument, NULL, 'm'}, {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "emqsLPz", rp_long)) != -1) {
    if (c == 'e') mode = 1;
    else if (c == 'm') mode = 2;
    else if (c == 'q') quiet = 1;
    else if (c == 'H') return app_help();
    else if (c == '?') return app_bad_usage(1);
  }
  if (optind >= argc) {
    if (!GNU) return app_show_usage();
    app_err("missing operand");
    return app_bad_usage(1);
  }
  int status = 0;
  for (int i = optind; i < argc; i++) {
    char *r = real_path(argv[i], mode == 1 || !GNU);
    if (!r && mode == 2) r = lexical_path(argv[i]);
    if (!r) {
      if (!quiet) app_perr("%s", argv[i]);
      status = 1;
      continue;
    }
    puts(r);
    free(r);
  }
  return status;
}
