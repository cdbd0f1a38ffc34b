/*
 * The grammar: lists, and-or lists, pipelines, simple and compound commands, function
 * definitions; POSIX's, plus bash's [[ ]], (( )), `function f` and |&.
 */
#include <stdlib.h>
#include <string.h>

#include "lex.h"

static int peek(Lexer *p) {
  if (!p->peeked) {
    lx_next(p);
    p->peeked = 1;
  }
  return p->tok;
}

static void consume(Lexer *p) { p->peeked = 0; }

static char *take_word(Lexer *p) {
  char *w = p->word;
  p->word = NULL;
  p->peeked = 0;
  return w;
}

static int is_word(Lexer *p, const char *w) { return peek(p) == T_WORD && strcmp(p->word, w) == 0; }

static const char *const keywords[] = {"if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while",
                                       "until", "for", "in", "{", "}", "!", NULL};

int is_keyword(const char *w) {
  for (int i = 0; keywords[i]; i++)
    if (strcmp(w, keywords[i]) == 0) return 1;
  if (sh.flavour != SHELL_DASH && (strcmp(w, "[[") == 0 || strcmp(w, "]]") == 0 || strcmp(w, "function") == 0))
    return 1;
  return 0;
}

static const char *op_text(int tok, int rtype) {
  switch (tok) {
  case T_SEMI: return ";";
  case T_DSEMI: return ";;";
  case T_AMP: return "&";
  case T_AND: return "&&";
  case T_PIPE: return "|";
  case T_PIPEAMP: return "|&";
  case T_OR: return "||";
  case T_LPAREN: return "(";
  case T_RPAREN: return ")";
  case T_NL: return "newline";
  case T_EOF: return "end of file";
  }
  static const char *const r[] = {"<", ">", ">>", ">|", "<>", "<&", ">&", "<<", "<<<", "&>", "&>>"};
  return r[rtype];
}

/* Records a syntax error at the current token. */
static void *fail(Lexer *p, const char *expecting) {
  if (p->err) return NULL;
  p->err = 1;
  p->expecting = expecting;
  p->err_eof = p->tok == T_EOF;
  p->err_redir = p->tok == T_REDIR;
  p->err_word = p->tok == T_WORD;
  if (p->tok == T_WORD) p->errtok = xstrdup(p->word);
  else p->errtok = xstrdup(op_text(p->tok, p->rtype));
  return NULL;
}

/* bash reads an end of input as a newline first: where no newline may stand, it says so */
static void *fail_nl(Lexer *p, const char *expecting) {
  if (p->tok == T_EOF && p->bash && !p->lexerr) {
    p->tok = T_NL;
    fail(p, expecting);
    p->tok = T_EOF;
    return NULL;
  }
  return fail(p, expecting);
}

static Node *new_node(Lexer *p, int type) {
  Node *n = xmalloc(sizeof *n);
  memset(n, 0, sizeof *n);
  n->type = type;
  n->line = p->line;
  return n;
}

static void add_kid(Node *n, Node *k, int bg) {
  n->kids = xrealloc(n->kids, (size_t)(n->nkids + 1) * sizeof *n->kids);
  n->bg = xrealloc(n->bg, (size_t)(n->nkids + 1));
  n->kids[n->nkids] = k;
  n->bg[n->nkids] = (unsigned char)bg;
  n->nkids++;
}

static Node *parse_and_or(Lexer *p);
static Node *parse_cmd(Lexer *p);
static Node *parse_arith_cmd(Lexer *p);

static void linebreak(Lexer *p) {
  while (peek(p) == T_NL) consume(p);
}

/* A word that ends a compound list (the caller expects it). */
static int at_terminator(Lexer *p) {
  int t = peek(p);
  if (t == T_EOF || t == T_RPAREN || t == T_DSEMI) return 1;
  if (t != T_WORD) return 0;
  static const char *const ends[] = {"then", "else", "elif", "fi", "do", "done", "esac", "}", NULL};
  for (int i = 0; ends[i]; i++)
    if (strcmp(p->word, ends[i]) == 0) return 1;
  return 0;
}

/* compound_list: and-or lists separated by ; & or newlines, up to a terminator. */
static Node *parse_compound_list(Lexer *p) {
  Node *list = new_node(p, N_LIST);
  linebreak(p);
  while (!at_terminator(p)) {
    Node *n = parse_and_or(p);
    if (!n) return NULL;
    int t = peek(p), bg = 0;
    if (t == T_AMP || t == T_SEMI) {
      bg = t == T_AMP;
      consume(p);
    } else if (t != T_NL) {
      add_kid(list, n, 0);
      break;
    }
    add_kid(list, n, bg);
    linebreak(p);
  }
  if (p->err) return NULL;
  if (list->nkids == 0) return fail(p, NULL);
  return list;
}

static int expect_word(Lexer *p, const char *w) {
  if (!is_word(p, w)) {
    fail(p, w);
    return 0;
  }
  consume(p);
  return 1;
}

static Redir *parse_redir(Lexer *p) {
  Redir *r = xmalloc(sizeof *r);
  memset(r, 0, sizeof *r);
  r->type = p->rtype;
  int strip = p->strip_tabs;
  r->fd = p->iofd;
  if (r->fd < 0) r->fd = (r->type == R_IN || r->type == R_DUPIN || r->type == R_HEREDOC || r->type == R_HERESTR || r->type == R_RDWR) ? 0 : 1;
  consume(p);
  if (peek(p) != T_WORD) {
    free(r);
    return fail_nl(p, NULL);
  }
  r->word = take_word(p);
  if (r->type == R_HEREDOC) {
    /* the delimiter is the word with its quotes removed */
    sbuf d = {0};
    for (const char *s = r->word; *s; s++) {
      if (*s == '\'' || *s == '"') {
        r->quoted = 1;
        continue;
      }
      if (*s == '\\' && s[1]) {
        r->quoted = 1;
        s++;
      }
      sb_addc(&d, *s);
    }
    free(r->word);
    r->word = sb_take(&d);
    lx_add_heredoc(p, r, strip);
  }
  return r;
}

static void append_redir(Redir **list, Redir *r) {
  while (*list) list = &(*list)->next;
  *list = r;
}

static int parse_redirs(Lexer *p, Redir **list) {
  while (peek(p) == T_REDIR) {
    Redir *r = parse_redir(p);
    if (!r) return 0;
    append_redir(list, r);
  }
  return 1;
}

static int is_assignment(const char *w) {
  const char *eq = strchr(w, '=');
  if (sh.flavour == SHELL_BASH && eq) {
    const char *br = strchr(w, '[');
    if (br && br < eq && is_name_n(w, (size_t)(br - w))) {
      const char *close = strchr(br, ']');
      if (close && (close[1] == '=' || (close[1] == '+' && close[2] == '='))) return 1;
    }
  }
  if (eq && eq > w + 1 && eq[-1] == '+' && sh.flavour == SHELL_BASH) return is_name_n(w, (size_t)(eq - w - 1));
  return eq && eq != w && is_name_n(w, (size_t)(eq - w));
}

/* Replaces the current word by its alias, when it has one. Returns 1 when it did. */
static int try_alias(Lexer *p) {
  if (peek(p) != T_WORD || p->quoted_word) return 0;
  if (sh.flavour == SHELL_BASH && !sh.interactive) {
    extern int bash_expand_aliases;
    if (!bash_expand_aliases) return 0;
  }
  const char *v = alias_get(p->word);
  if (!v) return 0;
  Input *in = p->in;
  if (p->tstart >= p->alias_end) sv_free(&p->alias_active);
  for (int i = 0; i < p->alias_active.n; i++)
    if (strcmp(p->alias_active.v[i], p->word) == 0) return 0;
  sv_add(&p->alias_active, xstrdup(p->word));
  /* splice the alias text in place of the word */
  size_t wlen = in->pos - p->tstart, vlen = strlen(v);
  sbuf t = {0};
  sb_addn(&t, in->text.s, p->tstart);
  sb_addn(&t, v, vlen);
  sb_addn(&t, in->text.s + in->pos, in->text.n - in->pos);
  free(in->text.s);
  in->text = t;
  in->pos = p->tstart;
  if (in->lpos > p->tstart) in->lpos = p->tstart;
  size_t end = p->tstart + vlen;
  if (p->alias_end > p->tstart) p->alias_end = p->alias_end - wlen + vlen;
  if (end > p->alias_end) p->alias_end = end;
  p->alias_next = vlen > 0 && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t');
  p->peeked = 0;
  return 1;
}

static Node *parse_simple(Lexer *p) {
  Node *n = new_node(p, N_SIMPLE);
  for (;;) {
    int t = peek(p);
    if (t == T_REDIR) {
      Redir *r = parse_redir(p);
      if (!r) return NULL;
      append_redir(&n->redirs, r);
    } else if (t == T_WORD) {
      if (n->words.n == 0 && is_assignment(p->word)) {
        char *w = take_word(p);
        size_t wl = strlen(w);
        if (p->bash && wl && w[wl - 1] == '=' && lx_ch(p, 0) == '(') {
          /* name=(elements): a bash array */
          sbuf b = {0};
          sb_adds(&b, w);
          sb_addc(&b, '(');
          free(w);
          lx_next(p);
          for (int first = 1;; first = 0) {
            int t2 = peek(p);
            if (t2 == T_NL) {
              consume(p);
              continue;
            }
            if (t2 == T_RPAREN) {
              consume(p);
              break;
            }
            if (t2 != T_WORD) return fail(p, NULL);
            if (!first) sb_addc(&b, ' ');
            char *e = take_word(p);
            sb_adds(&b, e);
            free(e);
          }
          sb_addc(&b, ')');
          w = sb_take(&b);
        }
        sv_add(&n->assigns, w);
      } else {
        if (n->words.n > 0 && p->alias_next) {
          p->alias_next = 0;
          if (try_alias(p)) continue;
        }
        sv_add(&n->words, take_word(p));
        if (n->words.n == 1 && n->assigns.n == 0 && !n->redirs && peek(p) == T_LPAREN) {
          /* name() compound-command */
          consume(p);
          if (peek(p) != T_RPAREN) return fail_nl(p, ")");
          consume(p);
          linebreak(p);
          Node *f = new_node(p, N_FUNCDEF);
          f->line = n->line;
          f->name = xstrdup(n->words.v[0]);
          f->a = parse_cmd(p);
          if (!f->a) return p->err ? NULL : fail(p, NULL);
          if (f->a->type == N_SIMPLE) return fail(p, NULL);
          return f;
        }
      }
    } else
      break;
  }
  if (n->words.n == 0 && n->assigns.n == 0 && !n->redirs) return fail(p, NULL);
  return n;
}

static Node *parse_if(Lexer *p) {
  Node *n = new_node(p, N_IF);
  consume(p);
  if (!(n->a = parse_compound_list(p))) return NULL;
  if (!expect_word(p, "then")) return NULL;
  if (!(n->b = parse_compound_list(p))) return NULL;
  if (is_word(p, "elif")) {
    n->c = parse_if(p);
    if (!n->c) return NULL;
    return n; /* the inner if consumed "fi" */
  }
  if (is_word(p, "else")) {
    consume(p);
    if (!(n->c = parse_compound_list(p))) return NULL;
  }
  if (!expect_word(p, "fi")) return NULL;
  return n;
}

static Node *parse_loop(Lexer *p, int type) {
  Node *n = new_node(p, type);
  consume(p);
  if (!(n->a = parse_compound_list(p))) return NULL;
  if (!expect_word(p, "do")) return NULL;
  if (!(n->b = parse_compound_list(p))) return NULL;
  if (!expect_word(p, "done")) return NULL;
  return n;
}

static Node *parse_for(Lexer *p) {
  Node *n = new_node(p, N_FOR);
  consume(p);
  if (p->bash && peek(p) == T_LPAREN && lx_ch(p, 0) == '(') {
    /* for (( init; cond; step )) */
    Node *a = parse_arith_cmd(p);
    if (!a) return NULL;
    char *text = a->words.v[0];
    char *s1 = strchr(text, ';');
    char *s2 = s1 ? strchr(s1 + 1, ';') : NULL;
    if (!s2) return fail(p, NULL);
    sv_add(&n->words, xstrndup(text, (size_t)(s1 - text)));
    sv_add(&n->words, xstrndup(s1 + 1, (size_t)(s2 - s1 - 1)));
    sv_add(&n->words, xstrdup(s2 + 1));
    n->flag = 2;
    if (peek(p) == T_SEMI) consume(p);
    linebreak(p);
    if (is_word(p, "{")) {
      consume(p);
      if (!(n->a = parse_compound_list(p))) return NULL;
      if (!expect_word(p, "}")) return NULL;
      return n;
    }
    if (!expect_word(p, "do")) return NULL;
    if (!(n->a = parse_compound_list(p))) return NULL;
    if (!expect_word(p, "done")) return NULL;
    return n;
  }
  if (peek(p) != T_WORD || !is_name(p->word)) return fail(p, NULL);
  n->name = take_word(p);
  linebreak(p);
  if (is_word(p, "in")) {
    consume(p);
    n->flag = 1;
    while (peek(p) == T_WORD) sv_add(&n->words, take_word(p));
    if (peek(p) != T_SEMI && peek(p) != T_NL) return fail(p, "do");
    consume(p);
  } else if (peek(p) == T_SEMI)
    consume(p);
  linebreak(p);
  if (!expect_word(p, "do")) return NULL;
  if (!(n->a = parse_compound_list(p))) return NULL;
  if (!expect_word(p, "done")) return NULL;
  return n;
}

static Node *parse_case(Lexer *p) {
  Node *n = new_node(p, N_CASE);
  consume(p);
  if (peek(p) != T_WORD) return fail(p, NULL);
  sv_add(&n->words, take_word(p));
  linebreak(p);
  if (!expect_word(p, "in")) return NULL;
  linebreak(p);
  CaseItem **tail = &n->items;
  while (!is_word(p, "esac")) {
    CaseItem *it = xmalloc(sizeof *it);
    memset(it, 0, sizeof *it);
    if (peek(p) == T_LPAREN) consume(p);
    for (;;) {
      if (peek(p) != T_WORD) return fail(p, peek(p) == T_EOF ? ")" : NULL);
      sv_add(&it->pats, take_word(p));
      if (peek(p) == T_PIPE) {
        consume(p);
        continue;
      }
      break;
    }
    if (peek(p) != T_RPAREN) return fail(p, ")");
    consume(p);
    linebreak(p);
    if (peek(p) != T_DSEMI && !is_word(p, "esac")) {
      if (!(it->body = parse_compound_list(p))) return NULL;
    }
    *tail = it;
    tail = &it->next;
    if (peek(p) == T_DSEMI) {
      consume(p);
      linebreak(p);
    } else if (!is_word(p, "esac"))
      return fail(p, "esac");
  }
  consume(p);
  return n;
}

static Node *parse_dbrack(Lexer *p) {
  Node *n = new_node(p, N_DBRACK);
  consume(p);
  p->dbrack = 1;
  while (!is_word(p, "]]")) {
    if (peek(p) != T_WORD) {
      p->dbrack = 0;
      return fail(p, NULL);
    }
    sv_add(&n->words, take_word(p));
  }
  p->dbrack = 0;
  consume(p);
  return n;
}

/* bash's (( expression )): the text up to the matching "))". */
static Node *parse_arith_cmd(Lexer *p) {
  Node *n = new_node(p, N_ARITH);
  Input *in = p->in;
  /* the lexer consumed "("; the next character is the second "(" */
  in->pos++;
  size_t i = 0;
  int depth = 0;
  for (;;) {
    int c = lx_ch(p, i);
    if (c < 0) return fail(p, NULL);
    if (c == '(') depth++;
    else if (c == ')') {
      if (depth == 0 && lx_ch(p, i + 1) == ')') break;
      depth--;
    }
    i++;
  }
  sv_add(&n->words, xstrndup(in->text.s + in->pos, i));
  in->pos += i + 2;
  p->peeked = 0;
  return n;
}

static Node *parse_cmd(Lexer *p) {
  Node *n = NULL;
  while (try_alias(p)) {
  }
  int t = peek(p);
  if (t == T_LPAREN) {
    if (p->bash && lx_ch(p, 0) == '(') {
      n = parse_arith_cmd(p);
    } else {
      consume(p);
      n = new_node(p, N_SUBSHELL);
      if (!(n->a = parse_compound_list(p))) return NULL;
      if (peek(p) != T_RPAREN) return fail(p, ")");
      consume(p);
    }
  } else if (t == T_WORD) {
    const char *w = p->word;
    if (strcmp(w, "if") == 0) n = parse_if(p);
    else if (strcmp(w, "while") == 0) n = parse_loop(p, N_WHILE);
    else if (strcmp(w, "until") == 0) n = parse_loop(p, N_UNTIL);
    else if (strcmp(w, "for") == 0) n = parse_for(p);
    else if (strcmp(w, "case") == 0) n = parse_case(p);
    else if (strcmp(w, "{") == 0) {
      n = new_node(p, N_GROUP);
      consume(p);
      if (!(n->a = parse_compound_list(p))) return NULL;
      if (!expect_word(p, "}")) return NULL;
    } else if (p->compat && strcmp(w, "[[") == 0)
      n = parse_dbrack(p);
    else if (p->compat && strcmp(w, "function") == 0) {
      consume(p);
      if (peek(p) != T_WORD) return fail(p, NULL);
      n = new_node(p, N_FUNCDEF);
      n->name = take_word(p);
      if (peek(p) == T_LPAREN) {
        consume(p);
        if (peek(p) != T_RPAREN) return fail(p, ")");
        consume(p);
      }
      linebreak(p);
      n->a = parse_cmd(p);
      if (!n->a) return NULL;
      return n;
    } else if (is_keyword(w) && strcmp(w, "!") != 0 && strcmp(w, "]]") != 0)
      return fail(p, NULL);
    else
      return parse_simple(p);
  } else if (t == T_REDIR)
    return parse_simple(p);
  else
    return fail(p, NULL);
  if (!n) return NULL;
  if (!parse_redirs(p, &n->redirs)) return NULL;
  return n;
}

static Node *parse_pipeline(Lexer *p) {
  int bang = 0, timed = 0;
  if (p->bash && is_word(p, "time")) {
    consume(p);
    timed = 2;
  }
  while (is_word(p, "!")) {
    consume(p);
    bang = !bang;
  }
  Node *first = parse_cmd(p);
  if (!first) return NULL;
  if (peek(p) != T_PIPE && peek(p) != T_PIPEAMP && !bang && !timed) return first;
  Node *n = new_node(p, N_PIPE);
  n->line = first->line;
  n->flag = bang | timed;
  add_kid(n, first, 0);
  while (peek(p) == T_PIPE || peek(p) == T_PIPEAMP) {
    if (p->tok == T_PIPEAMP) {
      Redir *r = xmalloc(sizeof *r);
      memset(r, 0, sizeof *r);
      r->type = R_DUPOUT;
      r->fd = 2;
      r->word = xstrdup("1");
      append_redir(&n->kids[n->nkids - 1]->redirs, r);
    }
    consume(p);
    linebreak(p);
    Node *k = parse_cmd(p);
    if (!k) return NULL;
    add_kid(n, k, 0);
  }
  return n;
}

static Node *parse_and_or(Lexer *p) {
  Node *left = parse_pipeline(p);
  while (left && (peek(p) == T_AND || peek(p) == T_OR)) {
    Node *n = new_node(p, p->tok == T_AND ? N_AND : N_OR);
    n->line = left->line;
    consume(p);
    linebreak(p);
    n->a = left;
    n->b = parse_pipeline(p);
    if (!n->b) return NULL;
    left = n;
  }
  return left;
}

static void report(Lexer *p) {
  int line = p->line;
  if (p->lexerr) {
    line = input_line_at(p->in, p->in->text.n);
    if (sh.flavour == SHELL_BASH) {
      const char *m = p->unterminated == ')' ? "`)'" : p->unterminated == '"' ? "`\"'" : p->unterminated == '`' ? "``'" : "`''";
      sh_error_at(line, 1, "unexpected EOF while looking for matching %s", m);
      if (!sh.minus_c) sh_error_at(line + 1, 1, "syntax error: unexpected end of file");
    } else if (p->unterminated == ')')
      sh_error_at(line, 1, sh.flavour == SHELL_DASH ? "Syntax error: end of file unexpected (expecting \")\")" : "syntax error: unexpected end of file (expecting \")\")");
    else
      sh_error_at(line, 1, sh.flavour == SHELL_DASH ? "Syntax error: Unterminated quoted string" : "syntax error: unterminated quoted string");
    return;
  }
  const char *tok = p->errtok ? p->errtok : "end of file";
  int is_eof = p->err_eof;
  if (sh.flavour == SHELL_BASH) {
    if (is_eof) {
      Input *in = p->in;
      line = input_line_at(in, in->text.n) + (in->text.n && in->text.s[in->text.n - 1] != '\n');
      sh_error_at(line, 1, "syntax error: unexpected end of file");
      return;
    }
    sh_error_at(line, 1, "syntax error near unexpected token `%s'", tok);
    if (!sh.interactive) {
      /* bash repeats the line the error is on */
      Input *in = p->in;
      size_t s = p->tstart, e = p->tstart;
      while (s > 0 && in->text.s[s - 1] != '\n') s--;
      while (e < in->text.n && in->text.s[e] != '\n') e++;
      char *text = xstrndup(in->text.s + s, e - s);
      sh_error_at(line, 1, "`%s'", text);
      free(text);
    }
    return;
  }
  sbuf m = {0};
  int quote = !p->err_eof && strcmp(tok, "newline") != 0 && !p->err_redir && (!p->err_word || is_keyword(tok));
  const char *shown = p->err_redir ? "redirection" : p->err_word && !quote ? "word" : tok;
  if (sh.flavour == SHELL_DASH) {
    sb_adds(&m, "Syntax error: ");
    if (quote) sb_addc(&m, '"');
    sb_adds(&m, shown);
    if (quote) sb_addc(&m, '"');
    sb_adds(&m, " unexpected");
  } else {
    sb_adds(&m, "syntax error: unexpected ");
    if (quote) sb_addc(&m, '"');
    sb_adds(&m, shown);
    if (quote) sb_addc(&m, '"');
  }
  if (p->expecting) {
    sb_adds(&m, " (expecting \"");
    sb_adds(&m, p->expecting);
    sb_adds(&m, "\")");
  }
  sh_error_at(line, 1, "%s", sb_str(&m));
  free(m.s);
}

int bash_expand_aliases;

int parse_command(Input *in, Node **out) {
  Lexer p;
  memset(&p, 0, sizeof p);
  p.in = in;
  p.bash = sh.flavour == SHELL_BASH;
  p.compat = sh.flavour != SHELL_DASH;
  *out = NULL;
  in->ps1_due = 1;
  int t = peek(&p);
  while (t == T_NL) {
    consume(&p);
    if (in->fd >= 0 && in->pos == in->text.n) {
      /* an empty line: return so that the caller prompts again */
      free(p.word);
      return P_OK;
    }
    t = peek(&p);
  }
  if (t == T_EOF && !p.lexerr) {
    free(p.word);
    return in->intr ? P_OK : P_EOF;
  }
  Node *list = new_node(&p, N_LIST);
  for (;;) {
    Node *n = parse_and_or(&p);
    if (!n) break;
    int bg = 0;
    t = peek(&p);
    if (t == T_AMP || t == T_SEMI) {
      bg = t == T_AMP;
      consume(&p);
      add_kid(list, n, bg);
      t = peek(&p);
      if (t == T_NL || t == T_EOF) break;
      continue;
    }
    add_kid(list, n, 0);
    if (t != T_NL && t != T_EOF) fail(&p, NULL);
    break;
  }
  if (!p.err && !p.lexerr && peek(&p) == T_NL) consume(&p);
  free(p.word);
  sv_free(&p.alias_active);
  if (in->intr) return P_OK;
  if (p.err || p.lexerr) {
    report(&p);
    free(p.errtok);
    return P_ERROR;
  }
  *out = list;
  return P_OK;
}

/* The words of a text, as the lexer reads them (for a bash array's elements). */
void split_words(const char *text, strv *out) {
  Input in;
  input_from_string(&in, text, 1);
  Lexer p;
  memset(&p, 0, sizeof p);
  p.in = &in;
  p.bash = 1;
  p.compat = 1;
  for (;;) {
    lx_next(&p);
    if (p.tok == T_EOF) break;
    if (p.tok == T_WORD) {
      sv_add(out, p.word);
      p.word = NULL;
    }
  }
  free(p.word);
  free(in.text.s);
}

int parse_string(const char *s, int line, Node **out) {
  Input in;
  input_from_string(&in, s, line);
  Node *all = NULL;
  Node *acc = xmalloc(sizeof *acc);
  memset(acc, 0, sizeof *acc);
  acc->type = N_LIST;
  for (;;) {
    Node *n;
    int r = parse_command(&in, &n);
    if (r == P_EOF) break;
    if (r == P_ERROR) {
      free(in.text.s);
      *out = NULL;
      return P_ERROR;
    }
    if (n) add_kid(acc, n, 0);
  }
  all = acc;
  free(in.text.s);
  *out = all;
  return P_OK;
}
