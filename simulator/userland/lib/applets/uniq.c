/* uniq: drop (or count) adjacent duplicate lines. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

struct uniq {
  int count, dups, uniques, icase;
  long skip_fields, skip_chars, check_chars;
};

static const char *key_of(const struct uniq *u, const char *s, size_t len, size_t *klen) {
  const char *p = s, *e = s + len;
  for (long f = 0; f < u->skip_fields; f++) {
    while (p < e && isblank((unsigned char)*p)) p++;
    while (p < e && !isblank((unsigned char)*p)) p++;
  }
  for (long c = 0; c < u->skip_chars && p < e; c++) p++;
  size_t n = (size_t)(e - p);
  if (u->check_chars >= 0 && (size_t)u->check_chars < n) n = (size_t)u->check_chars;
  *klen = n;
  return p;
}

static void emit(const struct uniq *u, FILE *o, const char *line, size_t len, long n) {
  if (!line) return;
  if (u->dups && n < 2) return;
  if (u->uniques && n > 1) return;
  if (u->count) fprintf(o, "%7ld ", n);
  fwrite(line, 1, len, o);
  putc('\n', o);
}

static const struct option uniq_long[] = {
  {"count", no_argument, NULL, 'c'},
  {"repeated", no_argument, NULL, 'd'},
  {"unique", no_argument, NULL, 'u'},
  {"ignore-case", no_argument, NULL, 'i'},
  {"skip-fields", required_argument, NULL, 'f'},
  {"skip-chars", required_argument, NULL, 's'},
  {"check-chars", required_argument, NULL, 'w'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int uniq_main(int argc, char **argv) {
  struct uniq u = {0, 0, 0, 0, 0, 0, -1};
  int c;
  while ((c = app_getopt(argc, argv, "cduif:s:w:z", uniq_long)) != -1) {
    switch (c) {
    case 'c': u.count = 1; break;
    case 'd': u.dups = 1; break;
    case 'u': u.uniques = 1; break;
    case 'i': u.icase = 1; break;
    case 'z': break;
    case 'f': case 's': case 'w': {
      long v;
      if (parse_long(optarg, &v) != 0 || v < 0) {
        if (GNU)
          app_err("%s: invalid number of %s", optarg, c == 'f' ? "fields to skip" : c == 's' ? "bytes to skip" : "bytes to compare");
        else
          app_err("invalid number '%s'", optarg);
        return 1;
      }
      if (c == 'f') u.skip_fields = v;
      else if (c == 's') u.skip_chars = v;
      else u.check_chars = v;
      break;
    }
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  const char *in = optind < argc ? argv[optind] : "-";
  FILE *f = open_input(in);
  if (!f) return 1;
  FILE *o = stdout;
  if (optind + 1 < argc && strcmp(argv[optind + 1], "-") != 0) {
    o = fopen(argv[optind + 1], "w");
    if (!o) {
      app_perr("%s", argv[optind + 1]);
      close_input(f);
      return 1;
    }
  }
  char *prev = NULL, *line = NULL;
  size_t prevlen = 0, cap = 0;
  long n = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, f)) >= 0) {
    if (len > 0 && line[len - 1] == '\n') len--;
    if (prev) {
      size_t ka, kb;
      const char *a = key_of(&u, prev, prevlen, &ka), *b = key_of(&u, line, (size_t)len, &kb);
      int same = ka == kb && (u.icase ? strncasecmp(a, b, ka) == 0 : memcmp(a, b, ka) == 0);
      if (same) {
        n++;
        continue;
      }
      emit(&u, o, prev, prevlen, n);
      free(prev);
    }
    prev = xmalloc((size_t)len + 1);
    memcpy(prev, line, (size_t)len);
    prevlen = (size_t)len;
    n = 1;
  }
  emit(&u, o, prev, prevlen, n);
  free(prev);
  free(line);
  close_input(f);
  if (o != stdout) fclose(o);
  return 0;
}
