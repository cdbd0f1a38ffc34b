/* cut: print selected bytes, characters or fields of each line. */
#include <stdlib.h>
#include <string.h>

#include "lib.h"

struct range {
  long lo, hi; /* 1-based, hi = -1 to end */
};

static int parse_list(const char *s, struct range **out, size_t *n) {
  *out = NULL;
  *n = 0;
  char *copy = xstrdup(s), *save = NULL;
  for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
    struct range r;
    char *dash = strchr(tok, '-');
    char *end;
    if (!dash) {
      r.lo = r.hi = strtol(tok, &end, 10);
      if (*end || end == tok) goto bad;
    } else {
      r.lo = dash == tok ? 1 : strtol(tok, &end, 10);
      if (dash != tok && end != dash) goto bad;
      r.hi = dash[1] ? strtol(dash + 1, &end, 10) : -1;
      if (dash[1] && *end) goto bad;
    }
    if (r.lo < 1 || (r.hi != -1 && r.hi < r.lo)) goto bad;
    *out = xrealloc(*out, (*n + 1) * sizeof **out);
    (*out)[(*n)++] = r;
  }
  free(copy);
  return *n ? 0 : -1;
bad:
  free(copy);
  free(*out);
  *out = NULL;
  return -1;
}

static int selected(const struct range *r, size_t n, long i) {
  for (size_t k = 0; k < n; k++)
    if (i >= r[k].lo && (r[k].hi == -1 || i <= r[k].hi)) return 1;
  return 0;
}

static const struct option cut_long[] = {
  {"bytes", required_argument, NULL, 'b'},
  {"characters", required_argument, NULL, 'c'},
  {"fields", required_argument, NULL, 'f'},
  {"delimiter", required_argument, NULL, 'd'},
  {"only-delimited", no_argument, NULL, 's'},
  {"output-delimiter", required_argument, NULL, 'O'},
  {"complement", no_argument, NULL, 'C'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int cut_main(int argc, char **argv) {
  int c, mode = 0, only = 0, complement = 0;
  const char *list = NULL, *odelim = NULL;
  char delim = '\t';
  while ((c = app_getopt(argc, argv, "b:c:f:d:snO:", cut_long)) != -1) {
    switch (c) {
    case 'b': case 'c': case 'f':
      if (mode) {
        app_err(GNU ? "only one type of list may be specified" : "only one list may be specified");
        return app_bad_usage(1);
      }
      mode = c;
      list = optarg;
      break;
    case 'd':
      if (strlen(optarg) > 1) {
        app_err("the delimiter must be a single character");
        return app_bad_usage(1);
      }
      delim = optarg[0];
      break;
    case 's': only = 1; break;
    case 'n': break;
    case 'O': odelim = optarg; break;
    case 'C': complement = 1; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (!mode) {
    if (GNU) {
      app_err("you must specify a list of bytes, characters, or fields");
      return app_bad_usage(1);
    }
    app_err("expected a list of bytes, characters, or fields");
    return 1;
  }
  struct range *r;
  size_t nr;
  if (parse_list(list, &r, &nr) != 0) {
    if (GNU) {
      if (strspn(list, "0,") == strlen(list) || strstr(list, ",0") || list[0] == '0')
        app_err(mode == 'f' ? "fields are numbered from 1" : "byte/character positions are numbered from 1");
      else if (strchr(list, '-'))
        app_err("invalid decreasing range");
      else
        app_err(mode == 'f' ? "invalid field value %s" : "invalid byte/character position %s", q(list));
    } else {
      app_err("invalid range");
    }
    return GNU ? app_bad_usage(1) : 1;
  }
  char od[2] = {delim, 0};
  if (!odelim) odelim = od;
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int status = 0;
  char *line = NULL;
  size_t cap = 0;
  for (; *files; files++) {
    FILE *f = open_input(*files);
    if (!f) {
      status = 1;
      continue;
    }
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
      int nl = len > 0 && line[len - 1] == '\n';
      if (nl) len--;
      if (mode != 'f') {
        for (long i = 0; i < len; i++)
          if (selected(r, nr, i + 1) != complement) putchar(line[i]);
        putchar('\n');
        continue;
      }
      if (!memchr(line, delim, (size_t)len)) {
        if (!only) {
          fwrite(line, 1, (size_t)len, stdout);
          putchar('\n');
        }
        continue;
      }
      long field = 1;
      int first = 1;
      char *p = line, *end = line + len;
      while (p <= end) {
        char *e = memchr(p, delim, (size_t)(end - p));
        if (!e) e = end;
        if (selected(r, nr, field) != complement) {
          if (!first) fputs(odelim, stdout);
          fwrite(p, 1, (size_t)(e - p), stdout);
          first = 0;
        }
        field++;
        p = e + 1;
      }
      putchar('\n');
    }
    close_input(f);
  }
  free(line);
  free(r);
  return status;
}
