/* The tokenizer's state, shared by lex.c and parse.c. */
#ifndef LEX_H
#define LEX_H

#include "sh.h"

enum {
  T_EOF, T_NL, T_WORD, T_SEMI, T_DSEMI, T_AMP, T_AND, T_PIPE, T_PIPEAMP, T_OR, T_LPAREN, T_RPAREN, T_REDIR
};

typedef struct HereDoc {
  Redir *r;
  int strip_tabs;
  int line;
  struct HereDoc *next;
} HereDoc;

typedef struct {
  Input *in;
  int tok;
  char *word;        /* T_WORD: raw text */
  int quoted_word;   /* the word has quotes or backslashes */
  int iofd;          /* T_REDIR: explicit descriptor, or -1 */
  int rtype, strip_tabs;
  size_t tstart;
  int line;
  int peeked;
  int dbrack;        /* inside [[ ]] */
  int bash;
  int compat; /* bash's extensions BusyBox's ash has too */
  int lexerr, unterminated;
  HereDoc *heredocs;
  /* alias expansion */
  size_t alias_end;
  strv alias_active;
  int alias_next;    /* the previous alias ended in a blank */
  /* error */
  int err;
  char *errtok;
  const char *expecting;
  int err_eof, err_redir, err_word;
} Lexer;

int lx_ch(Lexer *p, size_t i);
void lx_next(Lexer *p);
void lx_add_heredoc(Lexer *p, Redir *r, int strip_tabs);

#endif
