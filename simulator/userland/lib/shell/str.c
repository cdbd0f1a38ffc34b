/* Growable strings and string lists. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fputs("sh: out of memory\n", stderr);
    abort();
  }
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) {
    fputs("sh: out of memory\n", stderr);
    abort();
  }
  return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

static void sb_grow(sbuf *b, size_t more) {
  if (b->n + more + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 32;
  while (cap < b->n + more + 1) cap *= 2;
  b->s = xrealloc(b->s, cap);
  b->cap = cap;
}

void sb_addc(sbuf *b, char c) {
  sb_grow(b, 1);
  b->s[b->n++] = c;
  b->s[b->n] = 0;
}

void sb_addn(sbuf *b, const char *s, size_t n) {
  sb_grow(b, n);
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = 0;
}

void sb_adds(sbuf *b, const char *s) { sb_addn(b, s, strlen(s)); }

void sb_addi(sbuf *b, long long v) {
  char t[32];
  snprintf(t, sizeof t, "%lld", v);
  sb_adds(b, t);
}

char *sb_str(sbuf *b) {
  sb_grow(b, 0);
  b->s[b->n] = 0;
  return b->s;
}

char *sb_take(sbuf *b) {
  char *s = sb_str(b);
  b->s = NULL;
  b->n = b->cap = 0;
  return s;
}

void sv_add(strv *a, char *s) {
  if (a->n + 2 > a->cap) {
    a->cap = a->cap ? a->cap * 2 : 8;
    a->v = xrealloc(a->v, (size_t)a->cap * sizeof *a->v);
  }
  a->v[a->n++] = s;
  a->v[a->n] = NULL;
}

void sv_free(strv *a) {
  for (int i = 0; i < a->n; i++) free(a->v[i]);
  free(a->v);
  a->v = NULL;
  a->n = a->cap = 0;
}

char *str_cat3(const char *a, const char *b, const char *c) {
  size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
  char *p = xmalloc(la + lb + lc + 1);
  memcpy(p, a, la);
  memcpy(p + la, b, lb);
  memcpy(p + la + lb, c, lc + 1);
  return p;
}

int is_name_n(const char *s, size_t n) {
  if (n == 0) return 0;
  if (!(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return 0;
  for (size_t i = 1; i < n; i++) {
    char c = s[i];
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return 0;
  }
  return 1;
}

int is_name(const char *s) { return is_name_n(s, strlen(s)); }

int str_to_int(const char *s, long long *out) {
  const char *p = s;
  int neg = 0;
  long long v = 0;
  if (*p == '+' || *p == '-') neg = *p++ == '-';
  if (!*p) return 0;
  for (; *p; p++) {
    if (*p < '0' || *p > '9') return 0;
    v = v * 10 + (*p - '0');
  }
  *out = neg ? -v : v;
  return 1;
}
