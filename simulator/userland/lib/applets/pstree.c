/* pstree: the process tree, drawn with ASCII lines. */
#include <stdlib.h>
#include <string.h>

#include "lib.h"

struct tree {
  struct proc *v;
  int n;
  int pids;
  char *line; /* the prefix for continuation lines */
};

static char *label(struct tree *t, int i) {
  if (t->pids) return xasprintf("%s(%d)", t->v[i].comm, t->v[i].pid);
  return xstrdup(t->v[i].comm);
}

static int has_children(struct tree *t, int pid) {
  for (int i = 0; i < t->n; i++)
    if (t->v[i].ppid == pid && t->v[i].pid != pid) return 1;
  return 0;
}

/* Prints node i (already positioned at column `col`) and its subtree. */
static void draw(struct tree *t, int i, int col, char *prefix) {
  char *me = label(t, i);
  fputs(me, stdout);
  col += (int)strlen(me);
  free(me);
  int kids[256], nk = 0;
  for (int k = 0; k < t->n && nk < 256; k++)
    if (t->v[k].ppid == t->v[i].pid && t->v[k].pid != t->v[i].pid) kids[nk++] = k;
  if (!nk) {
    putchar('\n');
    return;
  }
  /* group identical leaf children as N*[name] (not with -p) */
  int shown[256], counts[256], ns = 0;
  for (int k = 0; k < nk; k++) {
    int merged = 0;
    if (!t->pids && !has_children(t, t->v[kids[k]].pid))
      for (int s = 0; s < ns; s++)
        if (!has_children(t, t->v[shown[s]].pid) && !strcmp(t->v[shown[s]].comm, t->v[kids[k]].comm)) {
          counts[s]++;
          merged = 1;
          break;
        }
    if (!merged) {
      shown[ns] = kids[k];
      counts[ns++] = 1;
    }
  }
  size_t pl = strlen(prefix);
  char *np = xmalloc(pl + (size_t)col + 8);
  for (int s = 0; s < ns; s++) {
    const char *conn = ns == 1 ? "---" : s == 0 ? "-+-" : s + 1 == ns ? " `-" : " |-";
    if (s > 0) {
      fputs(prefix, stdout);
      printf("%*s", col - (int)pl, "");
    }
    fputs(conn, stdout);
    /* the prefix for lines below this child */
    memcpy(np, prefix, pl);
    int pad = col - (int)pl;
    memset(np + pl, ' ', (size_t)pad);
    np[pl + (size_t)pad] = 0;
    strcat(np, ns > 1 && s + 1 < ns ? " | " : "   ");
    if (counts[s] > 1) {
      char *l = label(t, shown[s]);
      printf("%d*[%s]\n", counts[s], l);
      free(l);
    } else {
      draw(t, shown[s], col + 3, np);
    }
  }
  free(np);
}

int pstree_main(int argc, char **argv) {
  int c;
  struct tree t = {0};
  while ((c = app_getopt(argc, argv, "p", NULL)) != -1) {
    if (c == 'p') t.pids = 1;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  t.n = read_procs(&t.v);
  if (t.n <= 0) return 1;
  long root = -1;
  if (optind < argc && parse_long(argv[optind], &root) != 0) {
    app_err("invalid number '%s'", argv[optind]);
    free_procs(t.v, t.n);
    return 1;
  }
  for (int i = 0; i < t.n; i++) {
    int is_root = root >= 0 ? t.v[i].pid == root : 1;
    if (root < 0)
      for (int k = 0; k < t.n; k++)
        if (t.v[k].pid == t.v[i].ppid && k != i) is_root = 0;
    if (is_root) {
      char empty[1] = "";
      draw(&t, i, 0, empty);
    }
  }
  free_procs(t.v, t.n);
  return 0;
}
