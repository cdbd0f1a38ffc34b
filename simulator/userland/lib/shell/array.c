/*
 * bash's indexed arrays. A variable's `arr` holds the elements, each ended by \x1f (so an
 * empty array is ""); its `value` stays element 0, which is what $name gives.
 */
#include <stdlib.h>
#include <string.h>

#include "sh.h"

#define SEP '\x1f'

void arr_split(const char *enc, strv *out) {
  const char *p = enc;
  while (p && *p) {
    const char *e = strchr(p, SEP);
    if (!e) {
      sv_add(out, xstrdup(p));
      break;
    }
    sv_add(out, xstrndup(p, (size_t)(e - p)));
    p = e + 1;
  }
}

static char *join(strv *items) {
  sbuf b = {0};
  sb_str(&b);
  for (int i = 0; i < items->n; i++) {
    sb_adds(&b, items->v[i]);
    sb_addc(&b, SEP);
  }
  return sb_take(&b);
}

/* Stores the elements of name (replacing them, or after them when append). */
int arr_assign(const char *name, strv *items, int append) {
  Var *v = var_find(name);
  strv all = {0};
  if (append && v) {
    if (v->arr) arr_split(v->arr, &all);
    else if (v->value) sv_add(&all, xstrdup(v->value));
  }
  for (int i = 0; i < items->n; i++) sv_add(&all, xstrdup(items->v[i]));
  if (var_set(name, all.n ? all.v[0] : "", 0) < 0) {
    sv_free(&all);
    return -1;
  }
  v = var_find(name);
  free(v->arr);
  v->arr = join(&all);
  sv_free(&all);
  return 0;
}

/* name[index]=value */
int arr_set_elem(const char *name, long long index, const char *value) {
  Var *v = var_find(name);
  strv all = {0};
  if (v && v->arr) arr_split(v->arr, &all);
  else if (v && v->value && !(v->flags & V_UNSET)) sv_add(&all, xstrdup(v->value));
  if (index < 0) index += all.n;
  if (index < 0) {
    sv_free(&all);
    return -2;
  }
  while (all.n <= index) sv_add(&all, xstrdup(""));
  free(all.v[index]);
  all.v[index] = xstrdup(value);
  if (var_set(name, all.v[0], 0) < 0) {
    sv_free(&all);
    return -1;
  }
  v = var_find(name);
  free(v->arr);
  v->arr = join(&all);
  sv_free(&all);
  return 0;
}

/* The elements of name: an array's, a set scalar's one, or none. */
void arr_items(const char *name, strv *out) {
  Var *v = var_find(name);
  if (!v || (v->flags & V_UNSET)) return;
  if (v->arr) arr_split(v->arr, out);
  else if (v->value) sv_add(out, xstrdup(v->value));
}
