/* diff: unified differences between two files (BusyBox's only format). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

struct text {
  char **line;
  size_t n;
  int no_newline; /* the last line had no newline */
  char *buf;
};

static int load_text(const char *name, struct text *t) {
  memset(t, 0, sizeof *t);
  FILE *f = strcmp(name, "-") ? fopen(name, "r") : stdin;
  if (!f) {
    app_perr("can't stat '%s'", name);
    return -1;
  }
  size_t len;
  t->buf = read_all(f, &len);
  close_input(f);
  size_t cap = 64;
  t->line = xmalloc(cap * sizeof *t->line);
  for (size_t i = 0; i < len;) {
    char *e = memchr(t->buf + i, '\n', len - i);
    if (t->n == cap) t->line = xrealloc(t->line, (cap *= 2) * sizeof *t->line);
    t->line[t->n++] = t->buf + i;
    if (!e) {
      t->no_newline = 1;
      break;
    }
    *e = 0;
    i = (size_t)(e - t->buf) + 1;
  }
  return 0;
}

/* edit script: '=' keep, '-' delete from a, '+' insert from b */
struct edit {
  char op;
  size_t ai, bi;
};

static struct edit *script(struct text *a, struct text *b, size_t *count, int ignore_ws) {
  size_t n = a->n, m = b->n;
  struct edit *e = xmalloc((n + m + 1) * sizeof *e);
  size_t k = 0;
  /* common prefix and suffix first: most edits are small */
  size_t pre = 0;
  while (pre < n && pre < m && !strcmp(a->line[pre], b->line[pre])) pre++;
  size_t suf = 0;
  while (suf < n - pre && suf < m - pre && !strcmp(a->line[n - 1 - suf], b->line[m - 1 - suf])) suf++;
  for (size_t i = 0; i < pre; i++) e[k++] = (struct edit){'=', i, i};
  size_t an = n - pre - suf, bn = m - pre - suf;
  if (an * bn <= 4000000) {
    uint32_t *L = xmalloc((an + 1) * (bn + 1) * sizeof *L);
#define AT(i, j) L[(i) * (bn + 1) + (j)]
    for (size_t i = an + 1; i-- > 0;)
      for (size_t j = bn + 1; j-- > 0;) {
        if (i == an || j == bn) AT(i, j) = 0;
        else if (!strcmp(a->line[pre + i], b->line[pre + j])) AT(i, j) = AT(i + 1, j + 1) + 1;
        else AT(i, j) = AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1);
      }
    size_t i = 0, j = 0;
    while (i < an || j < bn) {
      if (i < an && j < bn && !strcmp(a->line[pre + i], b->line[pre + j])) {
        e[k++] = (struct edit){'=', pre + i, pre + j};
        i++;
        j++;
      } else if (i < an && (j == bn || AT(i + 1, j) >= AT(i, j + 1))) {
        e[k++] = (struct edit){'-', pre + i, pre + j};
        i++;
      } else {
        e[k++] = (struct edit){'+', pre + i, pre + j};
        j++;
      }
    }
#undef AT
    free(L);
  } else {
    for (size_t i = 0; i < an; i++) e[k++] = (struct edit){'-', pre + i, pre};
    for (size_t j = 0; j < bn; j++) e[k++] = (struct edit){'+', pre + an, pre + j};
  }
  for (size_t i = 0; i < suf; i++) e[k++] = (struct edit){'=', n - suf + i, m - suf + i};
  (void)ignore_ws;
  *count = k;
  return e;
}

static void range(size_t start, size_t len) {
  if (len == 1)
    printf("%zu", start + 1);
  else
    printf("%zu,%zu", len ? start + 1 : start, len);
}

static void print_line(char sign, struct text *t, size_t i) {
  printf("%c%s\n", sign, t->line[i]);
  if (i + 1 == t->n && t->no_newline) puts("\\ No newline at end of file");
}

int diff_main(int argc, char **argv) {
  int c, quiet = 0, same = 0;
  long ctx = 3;
  const char *labels[2] = {NULL, NULL};
  int nlabels = 0;
  while ((c = app_getopt(argc, argv, "qsuU:L:abBdiNrStTw", NULL)) != -1) {
    switch (c) {
    case 'q': quiet = 1; break;
    case 's': same = 1; break;
    case 'U': ctx = atol(optarg); break;
    case 'L': if (nlabels < 2) labels[nlabels++] = optarg; break;
    case 'H': return app_help();
    case '?': app_bad_usage(2); return 2;
    default: break;
    }
  }
  if (argc - optind != 2) {
    app_show_usage();
    return 2;
  }
  const char *an = argv[optind], *bn = argv[optind + 1];
  struct text a, b;
  if (load_text(an, &a) != 0) return 2;
  if (load_text(bn, &b) != 0) {
    free(a.buf);
    free(a.line);
    return 2;
  }
  size_t ne;
  struct edit *e = script(&a, &b, &ne, 0);
  int differ = a.no_newline != b.no_newline;
  for (size_t i = 0; i < ne; i++)
    if (e[i].op != '=') differ = 1;
  (void)same;
  if (!differ) {
  } else if (quiet) {
    printf("Files %s and %s differ\n", an, bn);
  } else {
    printf("--- %s\n+++ %s\n", labels[0] ? labels[0] : an, labels[1] ? labels[1] : bn);
    /* a last line that differs only by its newline counts as changed */
    if (ne && e[ne - 1].op == '=' && a.no_newline != b.no_newline) {
      size_t ai = e[ne - 1].ai, bi = e[ne - 1].bi;
      e = xrealloc(e, (ne + 1) * sizeof *e);
      e[ne - 1] = (struct edit){'-', ai, bi};
      e[ne++] = (struct edit){'+', ai + 1, bi};
    }
    size_t i = 0;
    while (i < ne) {
      while (i < ne && e[i].op == '=') i++;
      if (i >= ne) break;
      size_t start = i >= (size_t)ctx ? i - (size_t)ctx : 0;
      size_t end = i;
      /* extend while the next change is within 2*ctx lines */
      for (;;) {
        while (end < ne && e[end].op != '=') end++;
        size_t run = end;
        while (run < ne && e[run].op == '=') run++;
        if (run < ne && run - end <= 2 * (size_t)ctx) {
          end = run;
          continue;
        }
        end = end + (size_t)ctx < ne ? end + (size_t)ctx : ne;
        break;
      }
      size_t as = e[start].ai, bs = e[start].bi, al = 0, bl = 0;
      for (size_t k = start; k < end; k++) {
        if (e[k].op != '+') al++;
        if (e[k].op != '-') bl++;
      }
      fputs("@@ -", stdout);
      range(as, al);
      fputs(" +", stdout);
      range(bs, bl);
      puts(" @@");
      for (size_t k = start; k < end; k++) {
        if (e[k].op == '=') print_line(' ', &a, e[k].ai);
        else if (e[k].op == '-') print_line('-', &a, e[k].ai);
        else print_line('+', &b, e[k].bi);
      }
      i = end;
    }
  }
  free(e);
  free(a.buf);
  free(a.line);
  free(b.buf);
  free(b.line);
  return differ ? 1 : 0;
}
