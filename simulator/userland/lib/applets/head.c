/* head and tail: the first or last lines (or bytes) of files. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

static FILE *open_ht(const char *name) {
  if (strcmp(name, "-") == 0) return stdin;
  FILE *f = fopen(name, "r");
  if (!f) {
    if (GNU)
      app_perr("cannot open %s for reading", q(name));
    else if (strcmp(applet_base, "tail") == 0)
      app_perr("can't open '%s'", name);
    else
      app_perr("%s", name);
    return NULL;
  }
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    fclose(f);
    errno = EISDIR;
    if (GNU)
      app_perr("error reading %s", q(name));
    else
      app_perr("read error");
    return NULL;
  }
  return f;
}

/* N with an optional b/k/m (and GNU's K, M, G, kB...) multiplier. */
static int parse_count(const char *s, long long *out) {
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (end == s || errno || v < 0) return -1;
  if (*end) {
    long long m = 0;
    if (strcmp(end, "b") == 0) m = 512;
    else if (strcmp(end, "k") == 0 || strcmp(end, "K") == 0 || strcmp(end, "KiB") == 0) m = 1024;
    else if (strcmp(end, "kB") == 0 || strcmp(end, "KB") == 0) m = 1000;
    else if (strcmp(end, "m") == 0 || strcmp(end, "M") == 0 || strcmp(end, "MiB") == 0) m = 1024 * 1024;
    else if (strcmp(end, "MB") == 0) m = 1000 * 1000;
    else if (strcmp(end, "G") == 0 || strcmp(end, "g") == 0) m = 1024LL * 1024 * 1024;
    else return -1;
    v *= m;
  }
  *out = v;
  return 0;
}

static void header(const char *name, int *first) {
  printf("%s==> %s <==\n", *first ? "" : "\n", strcmp(name, "-") == 0 ? "standard input" : name);
  *first = 0;
}

/* Turns -5 / +5 style old options into -n 5 / -n +5 (only as the first argument). */
static char **legacy_count(int *argc, char **argv, char ***alloc) {
  *alloc = NULL;
  if (*argc < 2) return argv;
  const char *a = argv[1];
  if ((a[0] == '-' || (a[0] == '+' && strcmp(applet_base, "tail") == 0)) && a[1] >= '0' && a[1] <= '9') {
    const char *p = a + 1;
    while (*p >= '0' && *p <= '9') p++;
    char **v = xmalloc(((size_t)*argc + 2) * sizeof *v);
    v[0] = argv[0];
    v[1] = "-n";
    v[2] = a[0] == '+' ? (char *)a : (char *)a + 1;
    if (*p == 'c') {
      v[1] = "-c";
      v[2] = xstrdup(v[2]);
      v[2][strlen(v[2]) - 1] = 0;
    } else if (*p == 'l') {
      v[2] = xstrdup(v[2]);
      v[2][strlen(v[2]) - 1] = 0;
    }
    for (int i = 2; i <= *argc; i++) v[i + 1] = argv[i];
    (*argc)++;
    *alloc = v;
    return v;
  }
  return argv;
}

static const struct option head_long[] = {
  {"lines", required_argument, NULL, 'n'},
  {"bytes", required_argument, NULL, 'c'},
  {"quiet", no_argument, NULL, 'q'},
  {"silent", no_argument, NULL, 'q'},
  {"verbose", no_argument, NULL, 'v'},
  {"follow", optional_argument, NULL, 'f'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

static int bad_count(const char *arg, int lines) {
  if (GNU)
    app_err(lines ? "invalid number of lines: %s" : "invalid number of bytes: %s", q(arg));
  else
    app_err("invalid number '%s'", arg);
  return 1;
}

int head_main(int argc, char **argv) {
  char **alloc;
  argv = legacy_count(&argc, argv, &alloc);
  long long count = 10;
  int bytes = 0, all_but = 0, verbose = 0, quiet = 0, c;
  while ((c = app_getopt(argc, argv, "n:c:qv", head_long)) != -1) {
    switch (c) {
    case 'n':
    case 'c': {
      const char *a = optarg;
      all_but = a[0] == '-';
      if (all_but) a++;
      if (parse_count(a, &count) != 0) {
        free(alloc);
        return bad_count(optarg, c == 'n');
      }
      bytes = c == 'c';
      break;
    }
    case 'q': quiet = 1; verbose = 0; break;
    case 'v': verbose = 1; quiet = 0; break;
    case 'H': free(alloc); return app_help();
    default: free(alloc); return app_bad_usage(1);
    }
  }
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int nfiles = optind < argc ? argc - optind : 1;
  int show = verbose || (nfiles > 1 && !quiet), first = 1, status = 0;
  for (; *files; files++) {
    FILE *f = open_ht(*files);
    if (!f) {
      status = 1;
      continue;
    }
    if (show) header(*files, &first);
    if (all_but) {
      size_t len;
      char *buf = read_all(f, &len);
      size_t end = len;
      if (bytes) {
        end = (long long)len > count ? len - (size_t)count : 0;
      } else {
        long long seen = 0;
        size_t i = len;
        if (i > 0 && buf[i - 1] == '\n') i--;
        end = len;
        if (count > 0) {
          while (i > 0) {
            if (buf[i - 1] == '\n' && ++seen == count) break;
            i--;
          }
          end = seen == count ? i : 0;
          if (seen < count) end = 0;
        }
      }
      fwrite(buf, 1, end, stdout);
      free(buf);
    } else if (bytes) {
      int ch;
      for (long long i = 0; i < count && (ch = getc(f)) != EOF; i++) putchar(ch);
    } else {
      int ch;
      long long lines = 0;
      while (lines < count && (ch = getc(f)) != EOF) {
        putchar(ch);
        if (ch == '\n') lines++;
      }
    }
    close_input(f);
  }
  free(alloc);
  return status;
}

static const struct option tail_long[] = {
  {"lines", required_argument, NULL, 'n'},
  {"bytes", required_argument, NULL, 'c'},
  {"quiet", no_argument, NULL, 'q'},
  {"silent", no_argument, NULL, 'q'},
  {"verbose", no_argument, NULL, 'v'},
  {"follow", optional_argument, NULL, 'f'},
  {"sleep-interval", required_argument, NULL, 's'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int tail_main(int argc, char **argv) {
  char **alloc;
  argv = legacy_count(&argc, argv, &alloc);
  long long count = 10;
  int bytes = 0, from_start = 0, verbose = 0, quiet = 0, follow = 0, c;
  double interval = 1;
  while ((c = app_getopt(argc, argv, "n:c:qvfFs:", tail_long)) != -1) {
    switch (c) {
    case 'n':
    case 'c': {
      const char *a = optarg;
      from_start = a[0] == '+';
      if (a[0] == '+' || a[0] == '-') a++;
      if (parse_count(a, &count) != 0) {
        free(alloc);
        return bad_count(optarg, c == 'n');
      }
      bytes = c == 'c';
      break;
    }
    case 'q': quiet = 1; verbose = 0; break;
    case 'v': verbose = 1; quiet = 0; break;
    case 'f': case 'F': follow = 1; break;
    case 's': interval = atof(optarg); break;
    case 'H': free(alloc); return app_help();
    default: free(alloc); return app_bad_usage(1);
    }
  }
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int nfiles = optind < argc ? argc - optind : 1;
  int show = verbose || (nfiles > 1 && !quiet), first = 1, status = 0;
  FILE *last = NULL;
  int opened = 0;
  for (; *files; files++) {
    FILE *f = open_ht(*files);
    if (!f) {
      status = 1;
      continue;
    }
    if (show) header(*files, &first);
    size_t len;
    char *buf = read_all(f, &len);
    size_t start = 0;
    if (from_start) {
      if (bytes) {
        start = count > 0 ? (size_t)(count - 1) : 0;
      } else {
        long long line = 1;
        while (start < len && line < count) {
          if (buf[start++] == '\n') line++;
        }
      }
      if (start > len) start = len;
    } else if (bytes) {
      start = (long long)len > count ? len - (size_t)count : 0;
    } else {
      size_t i = len;
      long long seen = 0;
      if (i > 0 && buf[i - 1] == '\n') i--;
      if (count == 0) {
        i = len;
      } else {
        while (i > 0) {
          if (buf[i - 1] == '\n' && ++seen == count) break;
          i--;
        }
      }
      start = i;
    }
    fwrite(buf + start, 1, len - start, stdout);
    free(buf);
    opened++;
    if (follow && f != stdin && nfiles == 1) {
      last = f;
    } else {
      close_input(f);
    }
  }
  if (!opened && !GNU) {
    app_err("no files");
    free(alloc);
    return 1;
  }
  if (last) {
    /* -f: poll for more data until a signal ends us */
    for (;;) {
      fflush(stdout);
      sleep_ns((unsigned long long)(interval * 1e9));
      char b[4096];
      size_t n;
      clearerr(last);
      while ((n = fread(b, 1, sizeof b, last)) > 0) fwrite(b, 1, n, stdout);
    }
  }
  free(alloc);
  return status;
}
