/* wc: count lines, words, bytes (and characters, longest line). */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

enum { W_LINES, W_WORDS, W_CHARS, W_BYTES, W_MAXLEN, W_N };

static const struct option wc_long[] = {
  {"lines", no_argument, NULL, 'l'},
  {"words", no_argument, NULL, 'w'},
  {"chars", no_argument, NULL, 'm'},
  {"bytes", no_argument, NULL, 'c'},
  {"max-line-length", no_argument, NULL, 'L'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

static void count(FILE *f, unsigned long long *n) {
  int ch, in_word = 0;
  unsigned long long col = 0;
  while ((ch = getc(f)) != EOF) {
    n[W_BYTES]++;
    if ((ch & 0xc0) != 0x80) n[W_CHARS]++;
    if (ch == '\n') {
      n[W_LINES]++;
      if (col > n[W_MAXLEN]) n[W_MAXLEN] = col;
      col = 0;
    } else if (ch == '\t') {
      col = (col + 8) & ~7ull;
    } else if ((ch & 0xc0) != 0x80) {
      col++;
    }
    if (isspace(ch)) {
      in_word = 0;
    } else if (!in_word && (GNU ? (isprint(ch) || ch >= 0x80) : 1)) {
      in_word = 1;
      n[W_WORDS]++;
    }
  }
  if (col > n[W_MAXLEN]) n[W_MAXLEN] = col;
}

static int multi; /* BusyBox pads even a single column when there are several files */

static void print_counts(const unsigned long long *n, const int *show, int width, const char *name) {
  static const int order[W_N] = {W_LINES, W_WORDS, W_CHARS, W_BYTES, W_MAXLEN};
  int first = 1, single = 0;
  for (int i = 0; i < W_N; i++) single += show[i];
  single = single == 1 && !multi;
  for (int i = 0; i < W_N; i++) {
    int k = order[i];
    if (!show[k]) continue;
    if (GNU)
      printf(first ? "%*llu" : " %*llu", width, n[k]);
    else if (single)
      printf("%llu", n[k]);
    else
      printf(first ? "%9llu" : " %9llu", n[k]);
    first = 0;
  }
  if (name)
    printf(" %s\n", name);
  else
    putchar('\n');
}

int wc_main(int argc, char **argv) {
  int show[W_N] = {0}, any = 0, c;
  while ((c = app_getopt(argc, argv, "lwmcL", wc_long)) != -1) {
    switch (c) {
    case 'l': show[W_LINES] = any = 1; break;
    case 'w': show[W_WORDS] = any = 1; break;
    case 'm': show[W_CHARS] = any = 1; break;
    case 'c': show[W_BYTES] = any = 1; break;
    case 'L': show[W_MAXLEN] = any = 1; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (!any) show[W_LINES] = show[W_WORDS] = show[W_BYTES] = 1;
  int nfiles = argc - optind;
  multi = nfiles > 1;
  char *dash[] = {"-", NULL};
  char **files = nfiles ? argv + optind : dash;
  int n = nfiles ? nfiles : 1;
  unsigned long long (*counts)[W_N] = xmalloc((size_t)n * sizeof *counts);
  int *ok = xmalloc((size_t)n * sizeof *ok);
  unsigned long long total[W_N] = {0};
  int status = 0, min_width = 1;
  unsigned long long regular_total = 0;
  int nshow = 0;
  for (int i = 0; i < W_N; i++) nshow += show[i];
  for (int i = 0; i < n; i++) {
    memset(counts[i], 0, sizeof counts[i]);
    struct stat dst;
    if (GNU && strcmp(files[i], "-") && stat(files[i], &dst) == 0 && S_ISDIR(dst.st_mode)) {
      /* GNU reports the read error and still prints a line of zeros */
      errno = EISDIR;
      app_perr("%s", qf(files[i]));
      ok[i] = 1;
      status = 1;
      min_width = 7;
      continue;
    }
    FILE *f = open_input(files[i]);
    ok[i] = f != NULL;
    if (!f) {
      status = 1;
      continue;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode))
      regular_total += (unsigned long long)st.st_size;
    else
      min_width = 7;
    count(f, counts[i]);
    close_input(f);
    for (int k = 0; k < W_N; k++) total[k] += counts[i][k];
    if (counts[i][W_MAXLEN] > total[W_MAXLEN]) total[W_MAXLEN] = counts[i][W_MAXLEN];
  }
  total[W_MAXLEN] = 0;
  for (int i = 0; i < n; i++)
    if (counts[i][W_MAXLEN] > total[W_MAXLEN]) total[W_MAXLEN] = counts[i][W_MAXLEN];
  int width = 1;
  for (unsigned long long v = regular_total; v >= 10; v /= 10) width++;
  if (width < min_width) width = min_width;
  if (nshow == 1 && n == 1) width = 1;
  for (int i = 0; i < n; i++) {
    if (!ok[i]) continue;
    print_counts(counts[i], show, width, nfiles ? files[i] : NULL);
  }
  if (nfiles > 1) print_counts(total, show, width, "total");
  free(counts);
  free(ok);
  return status;
}
