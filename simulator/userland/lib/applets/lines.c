/* Line tools: tac, rev, nl, paste, fold, comm, expand. */
#include <stdlib.h>
#include <string.h>

#include "lib.h"

static char **files_or_stdin(int argc, char **argv, char **dash) {
  dash[0] = "-";
  dash[1] = NULL;
  return optind < argc ? argv + optind : dash;
}

static int simple_opts(int argc, char **argv, const char *spec) {
  int c;
  while ((c = app_getopt(argc, argv, spec, NULL)) != -1) {
    if (c == 'H') {
      app_help();
      return -1;
    }
    app_bad_usage(1);
    return -2;
  }
  return 0;
}

int tac_main(int argc, char **argv) {
  int r = simple_opts(argc, argv, "");
  if (r) return r == -1 ? 0 : 1;
  char *dash[2];
  int status = 0;
  for (char **f = files_or_stdin(argc, argv, dash); *f; f++) {
    FILE *in = open_input(*f);
    if (!in) {
      status = 1;
      continue;
    }
    size_t len;
    char *buf = read_all(in, &len);
    close_input(in);
    size_t end = len;
    while (end > 0) {
      size_t start = end - 1;
      while (start > 0 && buf[start - 1] != '\n') start--;
      fwrite(buf + start, 1, end - start, stdout);
      if (buf[end - 1] != '\n' && !GNU) putchar('\n');
      end = start;
    }
    free(buf);
  }
  return status;
}

int rev_main(int argc, char **argv) {
  int r = simple_opts(argc, argv, "");
  if (r) return r == -1 ? 0 : 1;
  char *dash[2], *line = NULL;
  size_t cap = 0;
  int status = 0;
  for (char **f = files_or_stdin(argc, argv, dash); *f; f++) {
    FILE *in = open_input(*f);
    if (!in) {
      status = 1;
      continue;
    }
    ssize_t n;
    while ((n = getline(&line, &cap, in)) >= 0) {
      int nl = n > 0 && line[n - 1] == '\n';
      if (nl) n--;
      for (ssize_t i = n - 1; i >= 0; i--) putchar(line[i]);
      if (nl) putchar('\n');
    }
    close_input(in);
  }
  free(line);
  return status;
}

int nl_main(int argc, char **argv) {
  int c;
  const char *style = "t", *sep = "\t";
  long inc = 1, start = 1, width = 6;
  while ((c = app_getopt(argc, argv, "b:i:s:v:w:n:", NULL)) != -1) {
    switch (c) {
    case 'b': style = optarg; break;
    case 'i': inc = atol(optarg); break;
    case 's': sep = optarg; break;
    case 'v': start = atol(optarg); break;
    case 'w': width = atol(optarg); break;
    case 'n': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  char *dash[2], *line = NULL;
  size_t cap = 0;
  int status = 0;
  long num = start;
  for (char **f = files_or_stdin(argc, argv, dash); *f; f++) {
    FILE *in = open_input(*f);
    if (!in) {
      status = 1;
      continue;
    }
    ssize_t n;
    while ((n = getline(&line, &cap, in)) >= 0) {
      int empty = n == 0 || (n == 1 && line[0] == '\n');
      int number = style[0] == 'a' || (style[0] == 't' && !empty);
      if (number) {
        printf("%*ld%s", (int)width, num, sep);
        num += inc;
      } else {
        printf("%*s", (int)(width + (long)strlen(sep)), "");
      }
      fwrite(line, 1, (size_t)n, stdout);
      if (n > 0 && line[n - 1] != '\n') putchar('\n');
    }
    close_input(in);
  }
  free(line);
  return status;
}

int paste_main(int argc, char **argv) {
  int c, serial = 0;
  const char *delims = "\t";
  while ((c = app_getopt(argc, argv, "d:s", NULL)) != -1) {
    if (c == 'd') delims = optarg;
    else if (c == 's') serial = 1;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  char *dash[2];
  char **files = files_or_stdin(argc, argv, dash);
  int n = 0;
  while (files[n]) n++;
  FILE **in = xmalloc((size_t)n * sizeof *in);
  int status = 0;
  for (int i = 0; i < n; i++) {
    in[i] = open_input(files[i]);
    if (!in[i]) status = 1;
  }
  if (status) {
    for (int i = 0; i < n; i++) close_input(in[i]);
    free(in);
    return 1;
  }
  size_t nd = strlen(delims);
  char *line = NULL;
  size_t cap = 0;
  if (serial) {
    for (int i = 0; i < n; i++) {
      ssize_t len;
      size_t k = 0;
      int first = 1;
      while ((len = getline(&line, &cap, in[i])) >= 0) {
        if (len > 0 && line[len - 1] == '\n') len--;
        if (!first && nd) putchar(delims[(k++) % nd]);
        fwrite(line, 1, (size_t)len, stdout);
        first = 0;
      }
      putchar('\n');
    }
  } else {
    size_t ocap = 256;
    char *out = xmalloc(ocap);
    for (;;) {
      int got = 0;
      size_t o = 0;
      for (int i = 0; i < n; i++) {
        ssize_t len = in[i] ? getline(&line, &cap, in[i]) : -1;
        if (len > 0 && line[len - 1] == '\n') len--;
        if (o + (size_t)(len > 0 ? len : 0) + 2 >= ocap) out = xrealloc(out, ocap = (o + (size_t)(len > 0 ? len : 0) + 2) * 2);
        if (len >= 0) {
          got = 1;
          memcpy(out + o, line, (size_t)len);
          o += (size_t)len;
        }
        if (i + 1 < n && nd) out[o++] = delims[i % nd];
      }
      if (!got) break;
      fwrite(out, 1, o, stdout);
      putchar('\n');
    }
    free(out);
  }
  free(line);
  for (int i = 0; i < n; i++) close_input(in[i]);
  free(in);
  return 0;
}

int fold_main(int argc, char **argv) {
  int c, spaces = 0;
  long width = 80;
  while ((c = app_getopt(argc, argv, "bsw:", NULL)) != -1) {
    if (c == 's') spaces = 1;
    else if (c == 'b') continue;
    else if (c == 'w') width = atol(optarg);
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  if (width < 1) width = 1;
  char *dash[2], *line = NULL;
  size_t cap = 0;
  int status = 0;
  for (char **f = files_or_stdin(argc, argv, dash); *f; f++) {
    FILE *in = open_input(*f);
    if (!in) {
      status = 1;
      continue;
    }
    ssize_t n;
    while ((n = getline(&line, &cap, in)) >= 0) {
      int nl = n > 0 && line[n - 1] == '\n';
      if (nl) n--;
      ssize_t pos = 0;
      while (n - pos > width) {
        ssize_t cut = width;
        if (spaces) {
          ssize_t k = width;
          while (k > 0 && line[pos + k - 1] != ' ') k--;
          if (k > 0) cut = k;
        }
        fwrite(line + pos, 1, (size_t)cut, stdout);
        putchar('\n');
        pos += cut;
      }
      fwrite(line + pos, 1, (size_t)(n - pos), stdout);
      if (nl) putchar('\n');
    }
    close_input(in);
  }
  free(line);
  return status;
}

int comm_main(int argc, char **argv) {
  int c, hide[4] = {0};
  while ((c = app_getopt(argc, argv, "123", NULL)) != -1) {
    if (c >= '1' && c <= '3') hide[c - '0'] = 1;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  if (argc - optind != 2) {
    if (!GNU) return app_show_usage();
    if (argc == optind)
      app_err("missing operand");
    else if (argc - optind < 2)
      app_err("missing operand after %s", q(argv[argc - 1]));
    else
      app_err("extra operand %s", q(argv[optind + 2]));
    return app_bad_usage(1);
  }
  FILE *a = open_input(argv[optind]), *b = open_input(argv[optind + 1]);
  if (!a || !b) {
    close_input(a);
    close_input(b);
    return 1;
  }
  char *la = NULL, *lb = NULL;
  size_t ca = 0, cb = 0;
  ssize_t na = getline(&la, &ca, a), nb = getline(&lb, &cb, b);
  const char *pre2 = hide[1] ? "" : "\t";
  char pre3[3] = "";
  if (!hide[1]) strcat(pre3, "\t");
  if (!hide[2]) strcat(pre3, "\t");
  char *preva = NULL, *prevb = NULL;
  int unsorted = 0, warned[2] = {0, 0};
  while (na >= 0 || nb >= 0) {
    if (na > 0 && la[na - 1] == '\n') la[--na] = 0;
    if (nb > 0 && lb[nb - 1] == '\n') lb[--nb] = 0;
    if (GNU) {
      if (na >= 0 && preva && strcmp(preva, la) > 0 && !warned[0]) {
        fflush(stdout);
        app_err("file 1 is not in sorted order");
        warned[0] = unsorted = 1;
      }
      if (nb >= 0 && prevb && strcmp(prevb, lb) > 0 && !warned[1]) {
        fflush(stdout);
        app_err("file 2 is not in sorted order");
        warned[1] = unsorted = 1;
      }
      free(preva);
      free(prevb);
      preva = na >= 0 ? xstrdup(la) : NULL;
      prevb = nb >= 0 ? xstrdup(lb) : NULL;
    }
    int d = na < 0 ? 1 : nb < 0 ? -1 : strcmp(la, lb);
    if (d < 0) {
      if (!hide[1]) printf("%s\n", la);
      na = getline(&la, &ca, a);
    } else if (d > 0) {
      if (!hide[2]) printf("%s%s\n", pre2, lb);
      nb = getline(&lb, &cb, b);
    } else {
      if (!hide[3]) printf("%s%s\n", pre3, la);
      na = getline(&la, &ca, a);
      nb = getline(&lb, &cb, b);
    }
  }
  free(la);
  free(lb);
  free(preva);
  free(prevb);
  close_input(a);
  close_input(b);
  if (unsorted) {
    fflush(stdout);
    app_err("input is not in sorted order");
    return 1;
  }
  return 0;
}

int expand_main(int argc, char **argv) {
  int c, initial = 0;
  long tab = 8;
  while ((c = app_getopt(argc, argv, "it:", NULL)) != -1) {
    if (c == 'i') initial = 1;
    else if (c == 't') tab = atol(optarg);
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  if (tab < 1) tab = 1;
  char *dash[2];
  int status = 0;
  for (char **f = files_or_stdin(argc, argv, dash); *f; f++) {
    FILE *in = open_input(*f);
    if (!in) {
      status = 1;
      continue;
    }
    int ch;
    long col = 0;
    int leading = 1;
    while ((ch = getc(in)) != EOF) {
      if (ch == '\t' && (!initial || leading)) {
        do putchar(' ');
        while (++col % tab);
      } else {
        putchar(ch);
        if (ch == '\n') {
          col = 0;
          leading = 1;
        } else {
          col++;
          if (ch != ' ' && ch != '\t') leading = 0;
        }
      }
    }
    close_input(in);
  }
  return status;
}
