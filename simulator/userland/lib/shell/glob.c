/* Pattern matching (case, ${v#pat}, [[ ]]) and pathname expansion against the file system. */
#include <dirent.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "sh.h"

int glob_match(const char *pat, const char *s) { return fnmatch(pat, s, 0) == 0; }

int pattern_has_magic(const char *pat) {
  for (const char *p = pat; *p; p++) {
    if (*p == '\\' && p[1]) {
      p++;
      continue;
    }
    if (*p == '*' || *p == '?' || *p == '[') return 1;
  }
  return 0;
}

char *pattern_unescape(const char *pat) {
  sbuf b = {0};
  sb_str(&b);
  for (const char *p = pat; *p; p++) {
    if (*p == '\\' && p[1]) p++;
    sb_addc(&b, *p);
  }
  return sb_take(&b);
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Expands the pattern components from `rest` below `dir` (a prefix that ends in '/' or is empty). */
static void walk(const char *dir, const char *rest, strv *out) {
  const char *slash = strchr(rest, '/');
  size_t clen = slash ? (size_t)(slash - rest) : strlen(rest);
  char *comp = xstrndup(rest, clen);
  const char *next = slash ? slash + 1 : NULL;
  while (next && *next == '/') next++;
  if (!pattern_has_magic(comp)) {
    char *lit = pattern_unescape(comp);
    char *path = str_cat3(dir, lit, "");
    struct stat st;
    if (lstat(path, &st) == 0) {
      if (!next) sv_add(out, xstrdup(path));
      else if (S_ISDIR(st.st_mode) || stat(path, &st) == 0) {
        if (*next == 0) sv_add(out, str_cat3(path, "/", ""));
        else {
          char *d = str_cat3(path, "/", "");
          walk(d, next, out);
          free(d);
        }
      }
    }
    free(path);
    free(lit);
    free(comp);
    return;
  }
  DIR *d = opendir(*dir ? dir : ".");
  if (!d) {
    free(comp);
    return;
  }
  strv names = {0};
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.' && comp[0] != '.') continue;
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
      /* bash 5.2 skips them (globskipdots); dash and BusyBox match them with a leading "." */
      if (comp[0] != '.' || sh.flavour == SHELL_BASH) continue;
    }
    if (fnmatch(comp, e->d_name, FNM_PERIOD) == 0) sv_add(&names, xstrdup(e->d_name));
  }
  closedir(d);
  if (names.n) qsort(names.v, (size_t)names.n, sizeof *names.v, cmp);
  for (int i = 0; i < names.n; i++) {
    char *path = str_cat3(dir, names.v[i], "");
    if (!next) {
      sv_add(out, path);
      continue;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
      char *dd = str_cat3(path, "/", "");
      if (*next == 0) sv_add(out, xstrdup(dd));
      else walk(dd, next, out);
      free(dd);
    }
    free(path);
  }
  sv_free(&names);
  free(comp);
}

int glob_expand(const char *pat, strv *out) {
  int before = out->n;
  if (pat[0] == '/') {
    const char *r = pat;
    while (*r == '/') r++;
    walk("/", r, out);
  } else
    walk("", pat, out);
  return out->n - before;
}
