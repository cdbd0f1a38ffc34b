/* bash's brace expansion: a{b,c}d and {1..5} on the raw word, before the other expansions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

/* Finds an unquoted brace group with a top-level comma or "..": [*open, *close]. */
static int find_group(const char *w, size_t *open, size_t *close) {
  size_t n = strlen(w);
  for (size_t i = 0; i < n; i++) {
    char c = w[i];
    if (c == '\\') {
      i++;
      continue;
    }
    if (c == '\'') {
      while (++i < n && w[i] != '\'') {
      }
      continue;
    }
    if (c == '"') {
      while (++i < n && w[i] != '"')
        if (w[i] == '\\') i++;
      continue;
    }
    if (c == '$' && i + 1 < n && w[i + 1] == '{') {
      int d = 0;
      for (; i < n; i++) {
        if (w[i] == '{') d++;
        else if (w[i] == '}' && --d == 0) break;
      }
      continue;
    }
    if (c != '{') continue;
    int depth = 0, comma = 0;
    for (size_t j = i; j < n; j++) {
      char d = w[j];
      if (d == '\\') {
        j++;
        continue;
      }
      if (d == '{') depth++;
      else if (d == '}') {
        if (--depth == 0) {
          if (comma || (strstr(w + i, "..") && strstr(w + i, "..") < w + j)) {
            *open = i;
            *close = j;
            return 1;
          }
          break;
        }
      } else if (d == ',' && depth == 1)
        comma = 1;
    }
  }
  return 0;
}

static void expand_one(const char *w, strv *out, int depth) {
  size_t o, c;
  if (depth > 8 || !find_group(w, &o, &c)) {
    sv_add(out, xstrdup(w));
    return;
  }
  char *pre = xstrndup(w, o);
  char *body = xstrndup(w + o + 1, c - o - 1);
  const char *post = w + c + 1;
  strv items = {0};
  long long a, b;
  char *dots = strstr(body, "..");
  int seq = 0;
  if (dots && !strchr(body, ',')) {
    char *left = xstrndup(body, (size_t)(dots - body));
    if (str_to_int(left, &a) && str_to_int(dots + 2, &b)) {
      seq = 1;
      long long step = a <= b ? 1 : -1;
      for (long long v = a;; v += step) {
        char t[24];
        snprintf(t, sizeof t, "%lld", v);
        sv_add(&items, xstrdup(t));
        if (v == b) break;
      }
    } else if (strlen(left) == 1 && strlen(dots + 2) == 1) {
      seq = 1;
      int x = left[0], y = dots[2], step = x <= y ? 1 : -1;
      for (int v = x;; v += step) {
        char t[2] = {(char)v, 0};
        sv_add(&items, xstrdup(t));
        if (v == y) break;
      }
    }
    free(left);
  }
  if (!seq) {
    int depth2 = 0;
    size_t st = 0, n = strlen(body);
    for (size_t i = 0; i <= n; i++) {
      char d = body[i];
      if (d == '\\' && i + 1 < n) {
        i++;
        continue;
      }
      if (d == '{') depth2++;
      else if (d == '}') depth2--;
      else if ((d == ',' && depth2 == 0) || d == 0) {
        sv_add(&items, xstrndup(body + st, i - st));
        st = i + 1;
      }
    }
  }
  for (int i = 0; i < items.n; i++) {
    char *t = str_cat3(pre, items.v[i], post);
    expand_one(t, out, depth + 1);
    free(t);
  }
  sv_free(&items);
  free(pre);
  free(body);
}

void brace_expand(strv *words, strv *out) {
  for (int i = 0; i < words->n; i++) expand_one(words->v[i], out, 0);
}
