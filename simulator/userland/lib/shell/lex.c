/*
 * The shell's tokens: words (kept raw, quotes and all, for expansion to read later),
 * operators, redirections with their descriptor numbers, newlines; here-document bodies
 * are read after the newline that ends their command line.
 */
#include <stdlib.h>
#include <string.h>

#include "lex.h"

int lx_ch(Lexer *p, size_t i) {
  Input *in = p->in;
  while (in->pos + i >= in->text.n) {
    if (!input_more(in)) return -1;
  }
  return (unsigned char)in->text.s[in->pos + i];
}

static int is_meta(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' ||
         c == ')';
}

/* Scans a quoted or nested construct starting at offset *i; returns 0, or -1 at end of input. */
static int scan_dquote(Lexer *p, size_t *i);
static int scan_paren(Lexer *p, size_t *i);

static int scan_squote(Lexer *p, size_t *i) {
  (*i)++;
  for (;;) {
    int c = lx_ch(p, *i);
    if (c < 0) return -1;
    (*i)++;
    if (c == '\'') return 0;
  }
}

static int scan_backquote(Lexer *p, size_t *i) {
  (*i)++;
  for (;;) {
    int c = lx_ch(p, *i);
    if (c < 0) return -1;
    (*i)++;
    if (c == '\\') {
      if (lx_ch(p, *i) < 0) return -1;
      (*i)++;
    } else if (c == '`')
      return 0;
  }
}

static int scan_dollar(Lexer *p, size_t *i) {
  int c = lx_ch(p, *i + 1);
  if (c == '\'' && p->compat) {
    /* $'…' takes backslash escapes, \' included */
    *i += 2;
    for (;;) {
      int d = lx_ch(p, *i);
      if (d < 0) return -1;
      (*i)++;
      if (d == '\\') {
        if (lx_ch(p, *i) < 0) return -1;
        (*i)++;
      } else if (d == '\'')
        return 0;
    }
  }
  if (c == '(') {
    *i += 1;
    return scan_paren(p, i);
  }
  if (c == '{') {
    *i += 2;
    int depth = 1;
    for (;;) {
      c = lx_ch(p, *i);
      if (c < 0) return -1;
      if (c == '}') {
        (*i)++;
        if (--depth == 0) return 0;
      } else if (c == '{') {
        depth++;
        (*i)++;
      } else if (c == '\\') {
        *i += 2;
      } else if (c == '\'') {
        if (scan_squote(p, i) < 0) return -1;
      } else if (c == '"') {
        if (scan_dquote(p, i) < 0) return -1;
      } else if (c == '`') {
        if (scan_backquote(p, i) < 0) return -1;
      } else if (c == '$') {
        if (lx_ch(p, *i + 1) == '(') {
          if (scan_dollar(p, i) < 0) return -1;
        } else
          (*i)++;
      } else
        (*i)++;
    }
  }
  (*i)++;
  return 0;
}

/* From an opening parenthesis to its match, skipping quotes and comments; the ")" of a
   case pattern inside does not count. */
static int scan_paren(Lexer *p, size_t *i) {
  int depth = 0, cases = 0;
  int wordstart = 1;
  char word[8];
  int wl = 0;
  for (;;) {
    int c = lx_ch(p, *i);
    if (c < 0) return -1;
    int wc = (c >= 'a' && c <= 'z');
    if (wc && wl < 7 && (wl > 0 || wordstart)) word[wl++] = (char)c;
    else if (!wc) {
      if (wl == 4 && !memcmp(word, "case", 4)) cases++;
      if (wl == 4 && !memcmp(word, "esac", 4) && cases > 0) cases--;
      wl = 0;
    } else
      wl = 8;
    if (c == '(') {
      depth++;
      (*i)++;
    } else if (c == ')') {
      (*i)++;
      if (cases > 0 && depth == 1) continue;
      if (--depth == 0) return 0;
    } else if (c == '\\') {
      if (lx_ch(p, *i + 1) < 0) return -1;
      *i += 2;
    } else if (c == '\'') {
      if (scan_squote(p, i) < 0) return -1;
    } else if (c == '"') {
      if (scan_dquote(p, i) < 0) return -1;
    } else if (c == '`') {
      if (scan_backquote(p, i) < 0) return -1;
    } else if (c == '#' && wordstart) {
      while ((c = lx_ch(p, *i)) >= 0 && c != '\n') (*i)++;
    } else
      (*i)++;
    wordstart = c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '(' || c == '|' || c == '&';
  }
}

static int scan_dquote(Lexer *p, size_t *i) {
  (*i)++;
  for (;;) {
    int c = lx_ch(p, *i);
    if (c < 0) return -1;
    if (c == '"') {
      (*i)++;
      return 0;
    }
    if (c == '\\') {
      if (lx_ch(p, *i + 1) < 0) return -1;
      *i += 2;
    } else if (c == '`') {
      if (scan_backquote(p, i) < 0) return -1;
    } else if (c == '$' && lx_ch(p, *i + 1) != '\'') {
      if (scan_dollar(p, i) < 0) return -1;
    } else
      (*i)++;
  }
}

static void set_op(Lexer *p, int tok, size_t len) {
  p->tok = tok;
  p->in->pos += len;
}

static void read_heredocs(Lexer *p);

/* Reads the next token into p->tok (and p->word for words). */
void lx_next(Lexer *p) {
  Input *in = p->in;
  free(p->word);
  p->word = NULL;
  p->iofd = -1;
  p->quoted_word = 0;
  for (;;) {
    int c = lx_ch(p, 0);
    if (c == ' ' || c == '\t') {
      in->pos++;
    } else if (c == '\\' && lx_ch(p, 1) == '\n') {
      in->pos += 2;
    } else if (c == '#') {
      while ((c = lx_ch(p, 0)) >= 0 && c != '\n') in->pos++;
    } else
      break;
  }
  p->tstart = in->pos;
  p->line = input_line_at(in, in->pos);
  int c = lx_ch(p, 0);
  if (c < 0) {
    p->tok = T_EOF;
    if (p->heredocs) read_heredocs(p);
    return;
  }
  if (c == '\n') {
    set_op(p, T_NL, 1);
    read_heredocs(p);
    return;
  }
  if (p->dbrack) {
    int c1 = lx_ch(p, 1);
    if ((c == '(' || c == ')' || c == '<' || c == '>') || (c == '&' && c1 == '&') || (c == '|' && c1 == '|')) {
      size_t len = (c == '&' || c == '|') ? 2 : 1;
      p->word = xstrndup(in->text.s + in->pos, len);
      set_op(p, T_WORD, len);
      return;
    }
  }
  /* an IO number: digits right before < or > */
  size_t i = 0;
  while (lx_ch(p, i) >= '0' && lx_ch(p, i) <= '9') i++;
  if (i > 0 && i < 4 && (lx_ch(p, i) == '<' || lx_ch(p, i) == '>')) {
    p->iofd = atoi(in->text.s + in->pos);
    in->pos += i;
    c = lx_ch(p, 0);
  }
  int c1 = lx_ch(p, 1), c2;
  switch (c) {
  case ';':
    if (c1 == ';') return set_op(p, T_DSEMI, 2);
    return set_op(p, T_SEMI, 1);
  case '&':
    if (c1 == '&') return set_op(p, T_AND, 2);
    if (c1 == '>' && p->compat) {
      p->rtype = R_ALL;
      if (lx_ch(p, 2) == '>') {
        p->rtype = R_ALLAPP;
        return set_op(p, T_REDIR, 3);
      }
      return set_op(p, T_REDIR, 2);
    }
    return set_op(p, T_AMP, 1);
  case '|':
    if (c1 == '|') return set_op(p, T_OR, 2);
    if (c1 == '&' && p->bash) return set_op(p, T_PIPEAMP, 2);
    return set_op(p, T_PIPE, 1);
  case '(':
    return set_op(p, T_LPAREN, 1);
  case ')':
    return set_op(p, T_RPAREN, 1);
  case '<':
    if (c1 == '<') {
      c2 = lx_ch(p, 2);
      if (c2 == '-') {
        p->rtype = R_HEREDOC;
        p->strip_tabs = 1;
        return set_op(p, T_REDIR, 3);
      }
      if (c2 == '<' && p->bash) {
        p->rtype = R_HERESTR;
        return set_op(p, T_REDIR, 3);
      }
      p->rtype = R_HEREDOC;
      p->strip_tabs = 0;
      return set_op(p, T_REDIR, 2);
    }
    if (c1 == '&') {
      p->rtype = R_DUPIN;
      return set_op(p, T_REDIR, 2);
    }
    if (c1 == '>') {
      p->rtype = R_RDWR;
      return set_op(p, T_REDIR, 2);
    }
    p->rtype = R_IN;
    return set_op(p, T_REDIR, 1);
  case '>':
    if (c1 == '>') {
      p->rtype = R_APPEND;
      return set_op(p, T_REDIR, 2);
    }
    if (c1 == '&') {
      p->rtype = R_DUPOUT;
      return set_op(p, T_REDIR, 2);
    }
    if (c1 == '|') {
      p->rtype = R_CLOBBER;
      return set_op(p, T_REDIR, 2);
    }
    p->rtype = R_OUT;
    return set_op(p, T_REDIR, 1);
  }
  /* a word */
  i = 0;
  for (;;) {
    c = lx_ch(p, i);
    if (c < 0 || is_meta(c)) break;
    int r = 0;
    if (c == '\\') {
      if (lx_ch(p, i + 1) < 0) {
        i++;
        break;
      }
      i += 2;
      p->quoted_word = 1;
    } else if (c == '\'') {
      r = scan_squote(p, &i);
      p->quoted_word = 1;
      if (r < 0) p->unterminated = '\'';
    } else if (c == '"') {
      r = scan_dquote(p, &i);
      p->quoted_word = 1;
      if (r < 0) p->unterminated = '"';
    } else if (c == '`') {
      r = scan_backquote(p, &i);
      if (r < 0) p->unterminated = '`';
    } else if (c == '$') {
      r = scan_dollar(p, &i);
      if (r < 0) p->unterminated = ')';
    } else if (p->dbrack && (c == '(' || c == ')'))
      break;
    else
      i++;
    if (r < 0) {
      p->tok = T_EOF;
      p->lexerr = 1;
      return;
    }
  }
  p->word = xstrndup(in->text.s + in->pos, i);
  in->pos += i;
  p->tok = T_WORD;
}

void lx_add_heredoc(Lexer *p, Redir *r, int strip_tabs) {
  HereDoc *h = xmalloc(sizeof *h);
  h->r = r;
  h->strip_tabs = strip_tabs;
  h->line = p->line;
  h->next = NULL;
  HereDoc **pp = &p->heredocs;
  while (*pp) pp = &(*pp)->next;
  *pp = h;
}

static void read_heredocs(Lexer *p) {
  Input *in = p->in;
  while (p->heredocs) {
    HereDoc *h = p->heredocs;
    p->heredocs = h->next;
    sbuf body = {0};
    int start_line = h->line;
    for (;;) {
      if (lx_ch(p, 0) < 0) {
        if (p->bash)
          sh_error_at(input_line_at(in, in->text.n) - (in->text.n && in->text.s[in->text.n - 1] == '\n'), 0,
                      "warning: here-document at line %d delimited by end-of-file (wanted `%s')", start_line, h->r->word);
        break;
      }
      size_t i = 0;
      int c;
      while ((c = lx_ch(p, i)) >= 0 && c != '\n') i++;
      const char *line = in->text.s + in->pos;
      size_t len = i, skip = 0;
      if (h->strip_tabs)
        while (skip < len && line[skip] == '\t') skip++;
      int end = len - skip == strlen(h->r->word) && memcmp(line + skip, h->r->word, len - skip) == 0;
      if (!end) {
        sb_addn(&body, line + skip, len - skip);
        sb_addc(&body, '\n');
      }
      in->pos += i + (c == '\n');
      if (end) break;
    }
    h->r->body = sb_take(&body);
    free(h);
  }
}
