/* cat: concatenate files to stdout (-n -b -s -v -t -e -A -E -T). */
#include <string.h>
#include <unistd.h>

#include "lib.h"

enum { C_NUM = 1, C_NONBLANK = 2, C_SQUEEZE = 4, C_NONPRINT = 8, C_TABS = 16, C_ENDS = 32 };

struct cat {
  unsigned opts;
  long line;
  int at_start;
  int blank_run;
};

static void cat_char(struct cat *c, int ch) {
  if (c->at_start) {
    if (c->opts & C_SQUEEZE) {
      if (ch == '\n') {
        if (c->blank_run++) return;
      } else {
        c->blank_run = 0;
      }
    }
    if ((c->opts & C_NONBLANK) ? ch != '\n' : (c->opts & C_NUM) != 0) printf("%6ld\t", ++c->line);
    c->at_start = 0;
  }
  if (ch == '\n') {
    if (c->opts & C_ENDS) putchar('$');
    putchar('\n');
    c->at_start = 1;
    return;
  }
  if (ch == '\t') {
    fputs((c->opts & C_TABS) ? "^I" : "\t", stdout);
    return;
  }
  if (c->opts & C_NONPRINT) {
    if (ch >= 128) {
      fputs("M-", stdout);
      ch -= 128;
    }
    if (ch < 32) {
      putchar('^');
      putchar(ch + 64);
      return;
    }
    if (ch == 127) {
      fputs("^?", stdout);
      return;
    }
  }
  putchar(ch);
}

static const struct option cat_long[] = {
  {"number", no_argument, NULL, 'n'},
  {"number-nonblank", no_argument, NULL, 'b'},
  {"squeeze-blank", no_argument, NULL, 's'},
  {"show-nonprinting", no_argument, NULL, 'v'},
  {"show-tabs", no_argument, NULL, 'T'},
  {"show-ends", no_argument, NULL, 'E'},
  {"show-all", no_argument, NULL, 'A'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int cat_main(int argc, char **argv) {
  struct cat c = {0, 0, 1, 0};
  int ch;
  open_cant_style = 1;
  while ((ch = app_getopt(argc, argv, GNU ? "nbsvtTeEAu" : "nbvteAsu", cat_long)) != -1) {
    switch (ch) {
    case 'n': c.opts |= C_NUM; break;
    case 'b': c.opts |= C_NUM | C_NONBLANK; break;
    case 's': c.opts |= C_SQUEEZE; break;
    case 'v': c.opts |= C_NONPRINT; break;
    case 't': c.opts |= C_NONPRINT | C_TABS; break;
    case 'T': c.opts |= C_TABS; break;
    case 'e': c.opts |= C_NONPRINT | C_ENDS; break;
    case 'E': c.opts |= C_ENDS; break;
    case 'A': c.opts |= C_NONPRINT | C_TABS | C_ENDS; break;
    case 'u': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int status = 0;
  for (; *files; files++) {
    FILE *f = open_input(*files);
    if (!f) {
      status = 1;
      continue;
    }
    if (!c.opts) {
      /* Plain copy with read(2)/write(2), as both cats do: what arrives goes out at once
         (a line typed into `docker run -i alpine cat` comes straight back). */
      char buf[8192];
      ssize_t n;
      fflush(stdout);
      int fd = fileno(f);
      while ((n = read(fd, buf, sizeof buf)) > 0) {
        if (write(1, buf, (size_t)n) != n) {
          status = 1;
          break;
        }
      }
    } else {
      int x;
      while ((x = getc(f)) != EOF) cat_char(&c, x);
    }
    close_input(f);
  }
  return status;
}
