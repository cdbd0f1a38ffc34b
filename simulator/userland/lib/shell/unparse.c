/* The text of a command again (for jobs and for background subshells). */
#include <stdlib.h>
#include <string.h>

#include "sh.h"

static void un(sbuf *b, Node *n);

static void words(sbuf *b, strv *w) {
  for (int i = 0; i < w->n; i++) {
    if (b->n && b->s[b->n - 1] != ' ' && b->s[b->n - 1] != '(') sb_addc(b, ' ');
    sb_adds(b, w->v[i]);
  }
}

static void redirs(sbuf *b, Redir *r) {
  static const char *const ops[] = {"<", ">", ">>", ">|", "<>", "<&", ">&", "<<", "<<<", "&>", "&>>"};
  for (; r; r = r->next) {
    sb_addc(b, ' ');
    int deffd = (r->type == R_IN || r->type == R_DUPIN || r->type == R_HEREDOC || r->type == R_HERESTR || r->type == R_RDWR) ? 0 : 1;
    if (r->fd != deffd && r->type != R_ALL && r->type != R_ALLAPP) sb_addi(b, r->fd);
    if (r->type == R_HEREDOC) {
      /* a here-document becomes a here-string-free form: printf's output piped in is not
         possible inline, so keep the document with a quoted delimiter */
      sb_adds(b, "<<'");
      sb_adds(b, r->word);
      sb_adds(b, "'\n");
      sb_adds(b, r->body ? r->body : "");
      sb_adds(b, r->word);
      sb_addc(b, '\n');
      continue;
    }
    sb_adds(b, ops[r->type]);
    sb_adds(b, r->word);
  }
}

static void list(sbuf *b, Node *n) {
  if (n->type != N_LIST) {
    un(b, n);
    return;
  }
  for (int i = 0; i < n->nkids; i++) {
    if (i) sb_adds(b, " ");
    un(b, n->kids[i]);
    sb_adds(b, n->bg[i] ? " &" : (i + 1 < n->nkids ? ";" : ""));
  }
}

static void un(sbuf *b, Node *n) {
  switch (n->type) {
  case N_SIMPLE: {
    size_t st = b->n;
    words(b, &n->assigns);
    words(b, &n->words);
    (void)st;
    break;
  }
  case N_PIPE:
    if (n->flag & 2) sb_adds(b, "time ");
    if (n->flag & 1) sb_adds(b, "! ");
    for (int i = 0; i < n->nkids; i++) {
      if (i) sb_adds(b, " | ");
      un(b, n->kids[i]);
    }
    break;
  case N_AND:
  case N_OR:
    un(b, n->a);
    sb_adds(b, n->type == N_AND ? " && " : " || ");
    un(b, n->b);
    break;
  case N_LIST: list(b, n); break;
  case N_SUBSHELL:
    sb_adds(b, "(");
    list(b, n->a);
    sb_adds(b, ")");
    break;
  case N_GROUP:
    sb_adds(b, "{ ");
    list(b, n->a);
    sb_adds(b, "; }");
    break;
  case N_IF:
    sb_adds(b, "if ");
    list(b, n->a);
    sb_adds(b, "; then ");
    list(b, n->b);
    if (n->c) {
      sb_adds(b, "; else ");
      list(b, n->c);
    }
    sb_adds(b, "; fi");
    break;
  case N_WHILE:
  case N_UNTIL:
    sb_adds(b, n->type == N_WHILE ? "while " : "until ");
    list(b, n->a);
    sb_adds(b, "; do ");
    list(b, n->b);
    sb_adds(b, "; done");
    break;
  case N_FOR:
    if (n->flag == 2) {
      sb_adds(b, "for ((");
      sb_adds(b, n->words.v[0]);
      sb_addc(b, ';');
      sb_adds(b, n->words.v[1]);
      sb_addc(b, ';');
      sb_adds(b, n->words.v[2]);
      sb_adds(b, ")); do ");
      list(b, n->a);
      sb_adds(b, "; done");
      break;
    }
    sb_adds(b, "for ");
    sb_adds(b, n->name);
    if (n->flag) {
      sb_adds(b, " in");
      words(b, &n->words);
    }
    sb_adds(b, "; do ");
    list(b, n->a);
    sb_adds(b, "; done");
    break;
  case N_CASE:
    sb_adds(b, "case ");
    sb_adds(b, n->words.v[0]);
    sb_adds(b, " in ");
    for (CaseItem *it = n->items; it; it = it->next) {
      for (int i = 0; i < it->pats.n; i++) {
        if (i) sb_addc(b, '|');
        sb_adds(b, it->pats.v[i]);
      }
      sb_adds(b, ") ");
      if (it->body) list(b, it->body);
      sb_adds(b, ";; ");
    }
    sb_adds(b, "esac");
    break;
  case N_FUNCDEF:
    sb_adds(b, n->name);
    sb_adds(b, "() ");
    un(b, n->a);
    break;
  case N_DBRACK:
    sb_adds(b, "[[");
    words(b, &n->words);
    sb_adds(b, " ]]");
    break;
  case N_ARITH:
    sb_adds(b, "((");
    sb_adds(b, n->words.v[0]);
    sb_adds(b, "))");
    break;
  }
  redirs(b, n->redirs);
}

char *unparse(Node *n) {
  sbuf b = {0};
  sb_str(&b);
  un(&b, n);
  return sb_take(&b);
}
