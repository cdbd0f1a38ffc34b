/*
 * Where the parser's text comes from: a string (-c, a script file, eval) or a descriptor
 * read a line at a time (stdin, so that commands reading stdin get the rest), with the
 * prompts of an interactive shell.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sh.h"

char *sh_prompt(int ps1);

void input_from_string(Input *in, const char *s, int line) {
  memset(in, 0, sizeof *in);
  sb_adds(&in->text, s);
  in->fd = -1;
  in->eof = 1;
  in->line = line;
}

void input_from_fd(Input *in, int fd, int interactive) {
  memset(in, 0, sizeof *in);
  sb_str(&in->text);
  in->fd = fd;
  in->interactive = interactive;
  in->line = 1;
}

int input_more(Input *in) {
  if (in->eof || in->fd < 0 || in->intr) return 0;
  if (in->interactive) {
    char *p = sh_prompt(in->ps1_due);
    fputs(p, stderr);
    fflush(stderr);
    free(p);
  }
  in->ps1_due = 0;
  size_t start = in->text.n;
  for (;;) {
    char c;
    ssize_t r = read(in->fd, &c, 1);
    if (r < 0 && errno == EINTR) {
      if (in->interactive) {
        in->intr = 1;
        return 0;
      }
      continue;
    }
    if (r <= 0) {
      in->eof = 1;
      return in->text.n > start;
    }
    sb_addc(&in->text, c);
    if (c == '\n') return 1;
  }
}

int input_line_at(Input *in, size_t pos) {
  if (pos < in->lpos) return in->line;
  for (; in->lpos < pos && in->lpos < in->text.n; in->lpos++)
    if (in->text.s[in->lpos] == '\n') in->line++;
  return in->line;
}

void input_discard(Input *in) {
  input_line_at(in, in->text.n);
  in->text.n = 0;
  sb_str(&in->text);
  in->pos = 0;
  in->lpos = 0;
}
