/* more and less: page through files on a terminal; like cat otherwise. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "lib.h"

struct pager {
  char *buf;
  size_t len;
  size_t *lines; /* start offsets */
  size_t nlines;
  int rows, cols;
  int keyfd;
  int is_less;
  const char *name;
};

static void index_lines(struct pager *p) {
  size_t cap = 256;
  p->lines = xmalloc(cap * sizeof *p->lines);
  p->nlines = 0;
  size_t i = 0;
  while (i < p->len) {
    if (p->nlines == cap) p->lines = xrealloc(p->lines, (cap *= 2) * sizeof *p->lines);
    p->lines[p->nlines++] = i;
    while (i < p->len && p->buf[i] != '\n') i++;
    i++;
  }
}

static void show_line(struct pager *p, size_t k) {
  size_t s = p->lines[k];
  size_t e = s;
  while (e < p->len && p->buf[e] != '\n') e++;
  size_t n = e - s;
  if (p->is_less && p->cols > 0 && n > (size_t)p->cols) n = (size_t)p->cols;
  fwrite(p->buf + s, 1, n, stdout);
  fputs("\r\n", stdout);
}

static int key(struct pager *p) {
  fflush(stdout);
  char c;
  ssize_t r = read(p->keyfd, &c, 1);
  if (r <= 0) return 'q';
  if (c == '\033') {
    char seq[2];
    if (read(p->keyfd, seq, 1) == 1 && seq[0] == '[' && read(p->keyfd, seq + 1, 1) == 1) {
      if (seq[1] == 'A') return 'k';
      if (seq[1] == 'B') return 'j';
      if (seq[1] == '5') { (void)read(p->keyfd, &c, 1); return 'b'; }
      if (seq[1] == '6') { (void)read(p->keyfd, &c, 1); return ' '; }
    }
    return 0;
  }
  return (unsigned char)c;
}

static int page_more(struct pager *p) {
  size_t shown = 0, page = (size_t)(p->rows > 1 ? p->rows - 1 : 23);
  while (shown < p->nlines) {
    size_t until = shown + page;
    while (shown < p->nlines && shown < until) show_line(p, shown++);
    if (shown >= p->nlines) break;
    size_t off = shown < p->nlines ? p->lines[shown] : p->len;
    printf("--More-- (%d%% of %zu bytes)", (int)(off * 100 / (p->len ? p->len : 1)), p->len);
    int k = key(p);
    fputs("\r\033[K", stdout);
    if (k == 'q' || k == 'Q' || k == 3) return 1;
    page = (k == '\r' || k == '\n' || k == 'j') ? 1 : (size_t)(p->rows > 1 ? p->rows - 1 : 23);
  }
  return 0;
}

static int page_less(struct pager *p) {
  size_t top = 0, page = (size_t)(p->rows > 1 ? p->rows - 1 : 23);
  for (;;) {
    fputs("\033[H\033[J", stdout);
    for (size_t i = 0; i < page; i++) {
      if (top + i < p->nlines) show_line(p, top + i);
      else fputs("~\r\n", stdout);
    }
    if (top + page >= p->nlines)
      fputs("\033[7m(END)\033[m", stdout);
    else
      fputs(top == 0 && p->name ? p->name : ":", stdout);
    int k = key(p);
    size_t max_top = p->nlines > page ? p->nlines - page : 0;
    switch (k) {
    case 'q': case 'Q': case 3: fputs("\r\033[K", stdout); return 1;
    case ' ': case 'f': top = top + page < max_top ? top + page : max_top; break;
    case 'b': top = top > page ? top - page : 0; break;
    case 'j': case '\r': case '\n': if (top < max_top) top++; break;
    case 'k': case 'y': if (top) top--; break;
    case 'g': case '<': top = 0; break;
    case 'G': case '>': top = max_top; break;
    default: break;
    }
  }
}

int more_main(int argc, char **argv) {
  int c;
  int is_less = strcmp(applet_base, "less") == 0;
  while ((c = app_getopt(argc, argv, is_less ? "EFIMmNSRh~X" : "dlfpcsu", NULL)) != -1) {
    if (c == 'H') return app_help();
    if (c == '?') return app_bad_usage(1);
  }
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int32_t rc[2];
  int tty = gorae_winsize(1, rc) >= 0;
  int keyfd = gorae_winsize(0, rc) >= 0 && optind < argc ? 0 : gorae_winsize(2, rc) >= 0 ? 2 : -1;
  if (optind < argc && gorae_winsize(0, rc) >= 0) keyfd = 0;
  gorae_winsize(1, rc);
  int status = 0;
  for (; *files; files++) {
    FILE *f = open_input(*files);
    if (!f) {
      status = 1;
      continue;
    }
    if (!tty || keyfd < 0) {
      char buf[8192];
      size_t n;
      if (GNU && !tty && argc - optind > 1 && !is_less) printf("::::::::::::::\n%s\n::::::::::::::\n", *files);
      while ((n = fread(buf, 1, sizeof buf, f)) > 0) fwrite(buf, 1, n, stdout);
      close_input(f);
      continue;
    }
    struct pager p;
    memset(&p, 0, sizeof p);
    p.buf = read_all(f, &p.len);
    close_input(f);
    p.rows = rc[0];
    p.cols = rc[1];
    p.keyfd = keyfd;
    p.is_less = is_less;
    p.name = strcmp(*files, "-") ? *files : NULL;
    index_lines(&p);
    gorae_tty_raw(keyfd, 1);
    int quit = (is_less ? page_less : page_more)(&p);
    gorae_tty_raw(keyfd, 0);
    fflush(stdout);
    free(p.buf);
    free(p.lines);
    if (quit) break;
  }
  return status;
}
