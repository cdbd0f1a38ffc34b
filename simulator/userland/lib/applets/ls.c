/* ls: list directory contents (BusyBox and GNU layouts). */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"

enum {
  O_ALL = 1 << 0, O_ALMOST = 1 << 1, O_LONG = 1 << 2, O_ONE = 1 << 3, O_DIR = 1 << 4, O_REC = 1 << 5,
  O_HUMAN = 1 << 6, O_INODE = 1 << 7, O_CLASSIFY = 1 << 8, O_SLASH = 1 << 9, O_REVERSE = 1 << 10,
  O_SIZE_SORT = 1 << 11, O_TIME_SORT = 1 << 12, O_NUMERIC = 1 << 13, O_BLOCKS = 1 << 14, O_ROWS = 1 << 15,
  O_COLS = 1 << 16, O_DEREF = 1 << 17, O_DEREF_ARGS = 1 << 18, O_NOSORT = 1 << 19, O_NO_OWNER = 1 << 20,
  O_NO_GROUP = 1 << 21, O_CTIME = 1 << 22, O_ATIME = 1 << 23, O_EXT_SORT = 1 << 24, O_VERSION = 1 << 25,
  O_FULLTIME = 1 << 26, O_DIRS_FIRST = 1 << 27, O_COLOR = 1 << 28, O_COMMAS = 1 << 29,
};

struct ent {
  char *name; /* as shown */
  char *path; /* to stat and open */
  struct stat st;
  char *link; /* symlink target */
  int link_mode; /* target's mode for -F with -l, 0 when dangling */
  char *shown; /* GNU on a terminal: the name quoted for the shell, or NULL */
};

struct ls {
  unsigned opts;
  int width;
  int status;
  int printed; /* something was written (for blank lines between dirs) */
  int quote; /* GNU: quote names for the shell (on a terminal) */
  const char *time_style; /* GNU --time-style: strftime formats, or NULL */
  const char *time_style_recent;
  time_t now;
};

static int ls_stat(struct ls *ls, const char *path, struct stat *st, int arg) {
  if ((ls->opts & O_DEREF) || (arg && (ls->opts & O_DEREF_ARGS))) {
    if (xstat(path, st) == 0) return 0;
  }
  return xlstat(path, st);
}

static int load(struct ls *ls, struct ent *e, const char *name, const char *path, int arg) {
  memset(e, 0, sizeof *e);
  e->name = xstrdup(name);
  e->path = xstrdup(path);
  if (ls_stat(ls, path, &e->st, arg) != 0) return -1;
  if (S_ISLNK(e->st.st_mode) && (ls->opts & (O_LONG | O_CLASSIFY))) {
    char buf[4096];
    ssize_t n = readlink(path, buf, sizeof buf - 1);
    if (n >= 0) {
      buf[n] = 0;
      e->link = xstrdup(buf);
    }
    struct stat t;
    if (xstat(path, &t) == 0) e->link_mode = (int)t.st_mode;
  }
  return 0;
}

static void free_ent(struct ent *e) {
  free(e->shown);
  free(e->name);
  free(e->path);
  free(e->link);
}

static unsigned sort_opts;

static time_t ent_time(const struct stat *st, unsigned opts) {
  if (opts & O_CTIME) return st->st_ctime;
  if (opts & O_ATIME) return st->st_atime;
  return st->st_mtime;
}

static int cmp_ent(const void *pa, const void *pb) {
  const struct ent *a = pa, *b = pb;
  int d = 0;
  if (sort_opts & O_DIRS_FIRST) {
    d = (S_ISDIR(b->st.st_mode) != 0) - (S_ISDIR(a->st.st_mode) != 0);
    if (d) return d;
  }
  if (sort_opts & O_SIZE_SORT) {
    d = (b->st.st_size > a->st.st_size) - (b->st.st_size < a->st.st_size);
  } else if (sort_opts & O_TIME_SORT) {
    time_t ta = ent_time(&a->st, sort_opts), tb = ent_time(&b->st, sort_opts);
    d = (tb > ta) - (tb < ta);
  } else if (sort_opts & O_EXT_SORT) {
    const char *ea = strrchr(a->name, '.'), *eb = strrchr(b->name, '.');
    d = strcmp(ea ? ea : "", eb ? eb : "");
  }
  if (!d) d = (sort_opts & O_VERSION) ? strverscmp(a->name, b->name) : strcmp(a->name, b->name);
  return (sort_opts & O_REVERSE) ? -d : d;
}

static void sort_ents(struct ls *ls, struct ent *v, size_t n) {
  if (ls->opts & O_NOSORT) return;
  sort_opts = ls->opts;
  qsort(v, n, sizeof *v, cmp_ent);
}

static char indicator(const struct ent *e, unsigned opts, int for_long) {
  mode_t m = e->st.st_mode;
  if (opts & O_CLASSIFY) {
    if (S_ISLNK(m)) {
      if (!for_long || !e->link_mode) return '@';
      m = (mode_t)e->link_mode;
      if (!GNU) return 0;
    }
    if (S_ISDIR(m)) return '/';
    if (S_ISFIFO(m)) return '|';
    if (S_ISSOCK(m)) return '=';
    if (S_ISREG(m) && (m & 0111)) return '*';
    return 0;
  }
  if ((opts & O_SLASH) && S_ISDIR(m)) return '/';
  return 0;
}

static void bb_human(unsigned long long v, char *buf, size_t len) {
  static const char units[] = "KMGTPE";
  if (v < 1024) {
    snprintf(buf, len, "%llu", v);
    return;
  }
  double d = (double)v;
  int u = -1;
  while (d >= 1024 && u < 5) {
    d /= 1024;
    u++;
  }
  snprintf(buf, len, "%.1f%c", d, units[u]);
}

static void format_time(struct ls *ls, const struct stat *st, char *buf, size_t len) {
  time_t t = ent_time(st, ls->opts);
  struct tm tm;
  gmtime_r(&t, &tm);
  if (ls->time_style) {
    long six = 31556952L / 2;
    int rec = t > ls->now - six && t <= ls->now;
    strftime(buf, len, rec && ls->time_style_recent ? ls->time_style_recent : ls->time_style, &tm);
    return;
  }
  if (ls->opts & O_FULLTIME) {
    long ns = (ls->opts & O_CTIME) ? st->st_ctim.tv_nsec : (ls->opts & O_ATIME) ? st->st_atim.tv_nsec : st->st_mtim.tv_nsec;
    char d[64];
    strftime(d, sizeof d, "%Y-%m-%d %H:%M:%S", &tm);
    snprintf(buf, len, "%s.%09ld +0000", d, ns);
    return;
  }
  long six_months = 31556952L / 2;
  int recent = t > ls->now - six_months && t <= ls->now + (GNU ? 0 : 3600);
  if (GNU && t > ls->now) recent = 0;
  strftime(buf, len, recent ? "%b %e %H:%M" : "%b %e  %Y", &tm);
}

static int num_width(unsigned long long v) {
  int w = 1;
  while (v >= 10) {
    v /= 10;
    w++;
  }
  return w;
}

/* The SGR colour of a name, as BusyBox's and GNU's defaults pick it. */
static const char *color_of(const struct ent *e) {
  mode_t m = e->st.st_mode;
  if (S_ISDIR(m)) return GNU ? "01;34" : "1;34";
  if (S_ISLNK(m)) return GNU ? "01;36" : "1;36";
  if (S_ISFIFO(m)) return GNU ? "40;33" : "0;33";
  if (S_ISSOCK(m)) return GNU ? "01;35" : "1;35";
  if (S_ISCHR(m) || S_ISBLK(m)) return GNU ? "40;33;01" : "1;33";
  if (S_ISREG(m) && (m & 0111)) return GNU ? "01;32" : "1;32";
  return GNU ? NULL : "0;0";
}

static int color_started; /* GNU writes one reset before the first colour */

static void print_name(const struct ent *e, unsigned opts, int for_long) {
  const char *color = (opts & O_COLOR) ? color_of(e) : NULL;
  const char *name = e->shown ? e->shown : e->name;
  if (color) {
    if (GNU && !color_started) fputs("\033[0m", stdout);
    color_started = 1;
    printf("\033[%sm", color);
    fputs(name, stdout);
    fputs(GNU ? "\033[0m" : "\033[m", stdout);
  } else {
    fputs(name, stdout);
  }
  if (for_long && e->link) {
    printf(" -> %s", e->link);
    if ((opts & O_CLASSIFY) && GNU && e->link_mode) {
      struct ent t = *e;
      t.st.st_mode = (mode_t)e->link_mode;
      t.link = NULL;
      char c = indicator(&t, opts, 0);
      if (c) putchar(c);
    }
    return;
  }
  char c = indicator(e, opts, for_long);
  if (c) putchar(c);
}

static char *owner(unsigned id, int group, unsigned opts) {
  char *s = (opts & O_NUMERIC) ? NULL : group ? group_name(id) : user_name(id);
  return s ? s : xasprintf("%u", id);
}

static void list_long(struct ls *ls, struct ent *v, size_t n) {
  unsigned opts = ls->opts;
  if (!GNU) {
    for (size_t i = 0; i < n; i++) {
      struct ent *e = &v[i];
      char mode[11], tbuf[64];
      if (opts & O_INODE) printf("%7llu ", (unsigned long long)e->st.st_ino);
      if (opts & O_BLOCKS) printf("%6llu ", blocks_1k(&e->st));
      mode_string(e->st.st_mode, mode);
      printf("%-10s %4lu ", mode, (unsigned long)e->st.st_nlink);
      if (!(opts & O_NO_OWNER)) {
        if (opts & O_NUMERIC) {
          printf("%-8u ", (unsigned)e->st.st_uid);
        } else {
          char *u = owner(e->st.st_uid, 0, opts);
          printf("%-8.8s ", u);
          free(u);
        }
      }
      if (!(opts & O_NO_GROUP)) {
        if (opts & O_NUMERIC) {
          printf("%-8u ", (unsigned)e->st.st_gid);
        } else {
          char *g = owner(e->st.st_gid, 1, opts);
          printf("%-8.8s ", g);
          free(g);
        }
      }
      if (S_ISCHR(e->st.st_mode) || S_ISBLK(e->st.st_mode)) {
        printf("%4u, %3u ", (unsigned)(e->st.st_rdev >> 8) & 0xfff, (unsigned)(e->st.st_rdev & 0xff));
      } else if (opts & O_HUMAN) {
        char h[32];
        bb_human((unsigned long long)e->st.st_size, h, sizeof h);
        printf("%7s ", h);
      } else {
        printf("%9llu ", (unsigned long long)e->st.st_size);
      }
      format_time(ls, &e->st, tbuf, sizeof tbuf);
      printf("%s ", tbuf);
      print_name(e, opts, 1);
      putchar('\n');
    }
    return;
  }
  /* GNU: every column as wide as its widest cell */
  char **users = xmalloc(n * sizeof *users), **groups = xmalloc(n * sizeof *groups), **sizes = xmalloc(n * sizeof *sizes);
  int wl = 1, wu = 1, wg = 1, ws = 1, wi = 1, wb = 1;
  for (size_t i = 0; i < n; i++) {
    struct ent *e = &v[i];
    users[i] = owner(e->st.st_uid, 0, opts);
    groups[i] = owner(e->st.st_gid, 1, opts);
    if (S_ISCHR(e->st.st_mode) || S_ISBLK(e->st.st_mode)) {
      sizes[i] = xasprintf("%u, %u", (unsigned)(e->st.st_rdev >> 8) & 0xfff, (unsigned)(e->st.st_rdev & 0xff));
    } else if (opts & O_HUMAN) {
      char h[32];
      human_size((unsigned long long)e->st.st_size, h, sizeof h);
      sizes[i] = xstrdup(h);
    } else {
      sizes[i] = xasprintf("%llu", (unsigned long long)e->st.st_size);
    }
    int l;
    if ((l = num_width(e->st.st_nlink)) > wl) wl = l;
    if ((l = (int)strlen(users[i])) > wu) wu = l;
    if ((l = (int)strlen(groups[i])) > wg) wg = l;
    if ((l = (int)strlen(sizes[i])) > ws) ws = l;
    if ((l = num_width(e->st.st_ino)) > wi) wi = l;
    if ((l = num_width(blocks_1k(&e->st))) > wb) wb = l;
  }
  for (size_t i = 0; i < n; i++) {
    struct ent *e = &v[i];
    char mode[11], tbuf[64];
    if (opts & O_INODE) printf("%*llu ", wi, (unsigned long long)e->st.st_ino);
    if (opts & O_BLOCKS) printf("%*llu ", wb, blocks_1k(&e->st));
    mode_string(e->st.st_mode, mode);
    printf("%s %*lu ", mode, wl, (unsigned long)e->st.st_nlink);
    if (!(opts & O_NO_OWNER)) printf("%-*s ", wu, users[i]);
    if (!(opts & O_NO_GROUP)) printf("%-*s ", wg, groups[i]);
    format_time(ls, &e->st, tbuf, sizeof tbuf);
    printf("%*s %s ", ws, sizes[i], tbuf);
    print_name(e, opts, 1);
    putchar('\n');
    free(users[i]);
    free(groups[i]);
    free(sizes[i]);
  }
  free(users);
  free(groups);
  free(sizes);
}

static int name_len(const struct ent *e, unsigned opts) {
  return (int)strlen(e->shown ? e->shown : e->name) + (indicator(e, opts, 0) ? 1 : 0);
}

static int needs_quotes(const char *s) {
  if (*s == '~' || *s == '#') return 1;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("%+,-./:=@_^", c) || c >= 0x80)) return 1;
  }
  return 0;
}

/* GNU ls on a terminal quotes names for the shell and aligns the others by a space. */
static void quote_names(struct ent *v, size_t n) {
  int any = 0;
  for (size_t i = 0; i < n; i++) any |= needs_quotes(v[i].name);
  if (!any) return;
  for (size_t i = 0; i < n; i++) {
    free(v[i].shown);
    if (!needs_quotes(v[i].name)) {
      v[i].shown = xasprintf(" %s", v[i].name);
    } else if (strchr(v[i].name, '\'') && !strpbrk(v[i].name, "\"$`\\!")) {
      v[i].shown = xasprintf("\"%s\"", v[i].name);
    } else {
      v[i].shown = xstrdup(q(v[i].name));
    }
  }
}

static void list_columns(struct ls *ls, struct ent *v, size_t n) {
  unsigned opts = ls->opts;
  int prefix_w = 0;
  if (GNU && (opts & (O_INODE | O_BLOCKS))) {
    for (size_t i = 0; i < n; i++) {
      int w = 0;
      if (opts & O_INODE) w += num_width(v[i].st.st_ino) + 1;
      if (opts & O_BLOCKS) w += num_width(blocks_1k(&v[i].st)) + 1;
      if (w > prefix_w) prefix_w = w;
    }
  }
  if ((opts & O_ONE) || ls->width <= 0) {
    for (size_t i = 0; i < n; i++) {
      if (opts & O_INODE) printf(GNU ? "%llu " : "%7llu ", (unsigned long long)v[i].st.st_ino);
      if (opts & O_BLOCKS) printf(GNU ? "%llu " : "%6llu ", blocks_1k(&v[i].st));
      print_name(&v[i], opts, 0);
      putchar('\n');
    }
    return;
  }
  size_t rows, cols;
  int *colw = NULL;
  if (!GNU) {
    int cw = 0;
    for (size_t i = 0; i < n; i++) {
      int l = name_len(&v[i], opts);
      if (l > cw) cw = l;
    }
    cw += 2 + ((opts & O_INODE) ? 8 : 0) + ((opts & O_BLOCKS) ? 7 : 0);
    cols = (size_t)(ls->width / cw);
    if (cols > 1) {
      rows = (n + cols - 1) / cols;
    } else {
      rows = n;
      cols = 1;
    }
    int column = 0, nexttab = 0;
    for (size_t r = 0; r < rows; r++) {
      for (size_t c = 0; c < cols; c++) {
        size_t i = (opts & O_ROWS) ? r * cols + c : c * rows + r;
        if (i >= n) continue;
        if (column > 0) {
          nexttab -= column;
          printf("%*s", nexttab, "");
          column += nexttab;
        }
        nexttab = column + cw;
        if (opts & O_INODE) column += printf("%7llu ", (unsigned long long)v[i].st.st_ino);
        if (opts & O_BLOCKS) column += printf("%6llu ", blocks_1k(&v[i].st));
        print_name(&v[i], opts, 0);
        column += name_len(&v[i], opts);
      }
      putchar('\n');
      column = 0;
    }
    return;
  }
  /* GNU: the most columns whose widest names still fit the line */
  size_t max_cols = (size_t)ls->width / 3 + 1;
  if (max_cols > n) max_cols = n;
  if (max_cols < 1) max_cols = 1;
  colw = xmalloc(max_cols * sizeof *colw);
  for (cols = max_cols; cols >= 1; cols--) {
    rows = (n + cols - 1) / cols;
    if (!(opts & O_ROWS) && cols > 1 && (cols - 1) * rows >= n) continue;
    int total = 0;
    for (size_t c = 0; c < cols; c++) colw[c] = 0;
    for (size_t i = 0; i < n; i++) {
      size_t c = (opts & O_ROWS) ? i % cols : i / rows;
      int l = prefix_w + name_len(&v[i], opts) + (c == cols - 1 ? 0 : 2);
      if (l > colw[c]) colw[c] = l;
    }
    for (size_t c = 0; c < cols; c++) total += colw[c];
    if (total < ls->width || cols == 1) break;
  }
  rows = (n + cols - 1) / cols;
  for (size_t r = 0; r < rows; r++) {
    int pos = 0, want = 0;
    for (size_t c = 0; c < cols; c++) {
      size_t i = (opts & O_ROWS) ? r * cols + c : c * rows + r;
      if (i >= n) break;
      if (pos < want) printf("%*s", want - pos, "");
      pos = want;
      if (opts & O_INODE) pos += printf("%*llu ", prefix_w - ((opts & O_BLOCKS) ? num_width(blocks_1k(&v[i].st)) + 1 : 0) - 1, (unsigned long long)v[i].st.st_ino);
      if (opts & O_BLOCKS) pos += printf("%llu ", blocks_1k(&v[i].st));
      print_name(&v[i], opts, 0);
      pos += name_len(&v[i], opts);
      want += colw[c];
    }
    putchar('\n');
  }
  free(colw);
}

static void list_commas(struct ls *ls, struct ent *v, size_t n) {
  int pos = 0, width = ls->width > 0 ? ls->width : 80;
  for (size_t i = 0; i < n; i++) {
    int len = name_len(&v[i], ls->opts) + (i + 1 < n ? 1 : 0);
    if (pos > 0 && pos + 1 + len > width) {
      putchar('\n');
      pos = 0;
    } else if (pos > 0) {
      putchar(' ');
      pos++;
    }
    print_name(&v[i], ls->opts, 0);
    if (i + 1 < n) putchar(',');
    pos += len;
  }
  putchar('\n');
}

static void list_ents(struct ls *ls, struct ent *v, size_t n) {
  if (n == 0) return;
  if (GNU && ls->quote) quote_names(v, n);
  if ((ls->opts & O_COMMAS) && !(ls->opts & O_LONG))
    list_commas(ls, v, n);
  else if (ls->opts & O_LONG)
    list_long(ls, v, n);
  else
    list_columns(ls, v, n);
  ls->printed = 1;
}

static void list_dir(struct ls *ls, const char *path, const char *shown, int header) {
  DIR *d = opendir(path);
  if (!d) {
    if (GNU) {
      app_perr("cannot open directory %s", q(shown));
      ls->status = 2;
    } else {
      app_perr("can't open '%s'", shown);
      ls->status = 1;
    }
    return;
  }
  if (header) {
    if (ls->printed) putchar('\n');
    printf("%s:\n", shown);
    ls->printed = 1;
  }
  size_t n = 0, cap = 32;
  struct ent *v = xmalloc(cap * sizeof *v);
  struct dirent *de;
  while ((de = readdir(d))) {
    const char *nm = de->d_name;
    if (nm[0] == '.') {
      int dot = nm[1] == 0 || (nm[1] == '.' && nm[2] == 0);
      if (dot ? !(ls->opts & O_ALL) : !(ls->opts & (O_ALL | O_ALMOST))) continue;
    }
    if (n == cap) v = xrealloc(v, (cap *= 2) * sizeof *v);
    char *full = concat_path(path, nm);
    if (load(ls, &v[n], nm, full, 0) != 0) {
      if (GNU) {
        app_perr("cannot access %s", q(full));
        ls->status = 1;
      } else {
        app_perr("%s", full);
        ls->status = 1;
      }
      free_ent(&v[n]);
      free(full);
      continue;
    }
    free(full);
    n++;
  }
  closedir(d);
  if (ls->opts & O_ALL) {
    /* some directory readers leave out . and .. */
    int have_dot = 0, have_dotdot = 0;
    for (size_t i = 0; i < n; i++) {
      if (!strcmp(v[i].name, ".")) have_dot = 1;
      if (!strcmp(v[i].name, "..")) have_dotdot = 1;
    }
    for (int k = 0; k < 2; k++) {
      if (k == 0 ? have_dot : have_dotdot) continue;
      const char *nm = k == 0 ? "." : "..";
      if (n + 1 >= cap) v = xrealloc(v, (cap *= 2) * sizeof *v);
      char *full = concat_path(path, nm);
      if (load(ls, &v[n], nm, full, 0) == 0)
        n++;
      else
        free_ent(&v[n]);
      free(full);
    }
  }
  sort_ents(ls, v, n);
  if (ls->opts & (O_LONG | O_BLOCKS)) {
    unsigned long long total = 0;
    for (size_t i = 0; i < n; i++) total += blocks_1k(&v[i].st);
    if ((ls->opts & O_HUMAN) && GNU) {
      char h[32];
      human_size(total * 1024, h, sizeof h);
      printf("total %s\n", h);
    } else if (ls->opts & O_HUMAN) {
      char h[32];
      bb_human(total * 1024, h, sizeof h);
      size_t hl = strlen(h);
      if (hl > 3 && h[hl - 3] == '.' && h[hl - 2] == '0') memmove(h + hl - 3, h + hl - 1, 2);
      printf("total %-7s\n", h);
    } else {
      printf("total %llu\n", total);
    }
    ls->printed = 1;
  }
  list_ents(ls, v, n);
  if (ls->opts & O_REC) {
    for (size_t i = 0; i < n; i++) {
      const char *nm = v[i].name;
      if (!S_ISDIR(v[i].st.st_mode)) continue;
      if (nm[0] == '.' && (nm[1] == 0 || (nm[1] == '.' && nm[2] == 0))) continue;
      char *sub = concat_path(shown, nm);
      list_dir(ls, v[i].path, sub, 1);
      free(sub);
    }
  }
  for (size_t i = 0; i < n; i++) free_ent(&v[i]);
  free(v);
}

static const struct option gnu_longopts[] = {
  {"all", no_argument, NULL, 'a'},
  {"almost-all", no_argument, NULL, 'A'},
  {"directory", no_argument, NULL, 'd'},
  {"human-readable", no_argument, NULL, 'h'},
  {"recursive", no_argument, NULL, 'R'},
  {"classify", optional_argument, NULL, 'F'},
  {"inode", no_argument, NULL, 'i'},
  {"reverse", no_argument, NULL, 'r'},
  {"size", no_argument, NULL, 's'},
  {"numeric-uid-gid", no_argument, NULL, 'n'},
  {"dereference", no_argument, NULL, 'L'},
  {"dereference-command-line", no_argument, NULL, 'H'},
  {"color", optional_argument, NULL, 'K'},
  {"full-time", no_argument, NULL, 'T'},
  {"group-directories-first", no_argument, NULL, 'G' + 256},
  {"width", required_argument, NULL, 'w'},
  {"time-style", required_argument, NULL, 'Y' + 256},
  {"format", required_argument, NULL, 'M' + 256},
  {"literal", no_argument, NULL, 'N'},
  {"quote-name", no_argument, NULL, 'Q'},
  {"sort", required_argument, NULL, 'O' + 256},
  {"time", required_argument, NULL, 'Z' + 256},
  {"indicator-style", required_argument, NULL, 'I' + 256},
  {"help", no_argument, NULL, 'H' + 256},
  {"version", no_argument, NULL, 'V'},
  {NULL, 0, NULL, 0},
};

static const struct option bb_longopts[] = {
  {"color", optional_argument, NULL, 'K'},
  {"full-time", no_argument, NULL, 'T'},
  {"group-directories-first", no_argument, NULL, 'G' + 256},
  {"help", no_argument, NULL, 'H' + 256},
  {NULL, 0, NULL, 0},
};

int ls_main(int argc, char **argv) {
  struct ls ls;
  memset(&ls, 0, sizeof ls);
  color_started = 0;
  ls.now = time(NULL);
  ls.width = term_width();
  int tty = ls.width > 0;
  int color = GNU ? 0 : tty; /* alpine's BusyBox colours a terminal by default */
  if (!tty && !GNU) ls.width = 0;
  int c;
  const char *shortopts = GNU ? "1aAdRlhiFprstSnLHCxcuXvUfgGow:kmNQ" : "1aAdRlhiFprstSnLHCxcuXvw:k";
  while ((c = app_getopt(argc, argv, shortopts, GNU ? gnu_longopts : bb_longopts)) != -1) {
    switch (c) {
    case '1': ls.opts = (ls.opts & ~(O_LONG | O_COLS | O_ROWS)) | O_ONE; break;
    case 'a': ls.opts = (ls.opts & ~O_ALMOST) | O_ALL; break;
    case 'A': if (!(ls.opts & O_ALL) || GNU) ls.opts = (ls.opts & ~O_ALL) | O_ALMOST; break;
    case 'd': ls.opts |= O_DIR; break;
    case 'R': ls.opts |= O_REC; break;
    case 'l': ls.opts = (ls.opts & ~(O_ONE | O_COLS | O_ROWS)) | O_LONG; break;
    case 'o': ls.opts |= O_LONG | O_NO_GROUP; break;
    case 'g': ls.opts |= O_LONG | O_NO_OWNER; break;
    case 'G': ls.opts |= O_NO_GROUP; break;
    case 'n': ls.opts |= O_LONG | O_NUMERIC; break;
    case 'h': ls.opts |= O_HUMAN; break;
    case 'i': ls.opts |= O_INODE; break;
    case 'F': ls.opts |= O_CLASSIFY; break;
    case 'p': ls.opts |= O_SLASH; break;
    case 'r': ls.opts |= O_REVERSE; break;
    case 's': ls.opts |= O_BLOCKS; break;
    case 'S': ls.opts = (ls.opts & ~(O_TIME_SORT | O_EXT_SORT)) | O_SIZE_SORT; break;
    case 't': ls.opts = (ls.opts & ~(O_SIZE_SORT | O_EXT_SORT)) | O_TIME_SORT; break;
    case 'X': ls.opts |= O_EXT_SORT; break;
    case 'v': ls.opts |= O_VERSION; break;
    case 'c': ls.opts = (ls.opts & ~O_ATIME) | O_CTIME; break;
    case 'u': ls.opts = (ls.opts & ~O_CTIME) | O_ATIME; break;
    case 'L': ls.opts |= O_DEREF; break;
    case 'H': ls.opts |= O_DEREF_ARGS; break;
    case 'C': ls.opts = (ls.opts & ~(O_ONE | O_LONG | O_ROWS)) | O_COLS; break;
    case 'x': ls.opts = (ls.opts & ~(O_ONE | O_LONG | O_COLS)) | O_ROWS; break;
    case 'U': ls.opts |= O_NOSORT; break;
    case 'f': ls.opts |= O_NOSORT | O_ALL; break;
    case 'e': case 'T': ls.opts |= O_FULLTIME | O_LONG; break;
    case 'k': break;
    case 'K':
      if (!optarg || !strcmp(optarg, "always") || !strcmp(optarg, "yes") || !strcmp(optarg, "force")) color = 1;
      else if (!strcmp(optarg, "never") || !strcmp(optarg, "no") || !strcmp(optarg, "none")) color = 0;
      else if (!strcmp(optarg, "auto") || !strcmp(optarg, "tty") || !strcmp(optarg, "if-tty")) color = tty;
      else {
        if (GNU) {
          app_err("invalid argument %s for '--color'", q(optarg));
          return app_bad_usage(2);
        }
        return app_bad_usage(1);
      }
      break;
    case 'G' + 256: ls.opts |= O_DIRS_FIRST; break;
    case 'w': {
      long w;
      if (parse_long(optarg, &w) != 0 || w < 0) {
        if (GNU) {
          app_err("invalid line width: %s", q(optarg));
          return 2;
        }
        app_err("invalid number '%s'", optarg);
        return 1;
      }
      ls.width = w ? (int)w : 1 << 30;
      break;
    }
    case 'm': ls.opts = (ls.opts & ~(O_ONE | O_LONG | O_COLS | O_ROWS)) | O_COMMAS; break;
    case 'N': ls.quote = -1; break;
    case 'Q': break;
    case 'M' + 256:
      if (!strcmp(optarg, "long") || !strcmp(optarg, "verbose")) ls.opts |= O_LONG;
      else if (!strcmp(optarg, "single-column")) ls.opts |= O_ONE;
      else if (!strcmp(optarg, "commas")) ls.opts |= O_COMMAS;
      else if (!strcmp(optarg, "across") || !strcmp(optarg, "horizontal")) ls.opts |= O_ROWS;
      else ls.opts |= O_COLS;
      break;
    case 'O' + 256:
      if (!strcmp(optarg, "size")) ls.opts |= O_SIZE_SORT;
      else if (!strcmp(optarg, "time")) ls.opts |= O_TIME_SORT;
      else if (!strcmp(optarg, "none")) ls.opts |= O_NOSORT;
      else if (!strcmp(optarg, "extension")) ls.opts |= O_EXT_SORT;
      else if (!strcmp(optarg, "version")) ls.opts |= O_VERSION;
      break;
    case 'Z' + 256:
      if (!strcmp(optarg, "atime") || !strcmp(optarg, "access") || !strcmp(optarg, "use")) ls.opts |= O_ATIME;
      else if (!strcmp(optarg, "ctime") || !strcmp(optarg, "status")) ls.opts |= O_CTIME;
      break;
    case 'I' + 256:
      if (!strcmp(optarg, "slash")) ls.opts |= O_SLASH;
      else if (!strcmp(optarg, "classify") || !strcmp(optarg, "file-type")) ls.opts |= O_CLASSIFY;
      break;
    case 'Y' + 256: {
      const char *st = optarg;
      if (!strncmp(st, "posix-", 6)) st += 6;
      if (!strcmp(st, "full-iso")) ls.opts |= O_FULLTIME;
      else if (!strcmp(st, "long-iso")) ls.time_style = "%Y-%m-%d %H:%M";
      else if (!strcmp(st, "iso")) {
        ls.time_style = "%Y-%m-%d ";
        ls.time_style_recent = "%m-%d %H:%M";
      } else if (!strcmp(st, "locale")) {
      } else if (st[0] == '+') {
        static char fmt[2][128];
        snprintf(fmt[0], sizeof fmt[0], "%s", st + 1);
        char *nl = strchr(fmt[0], '\n');
        if (nl) {
          *nl = 0;
          snprintf(fmt[1], sizeof fmt[1], "%s", nl + 1);
          ls.time_style_recent = fmt[1];
        }
        ls.time_style = fmt[0];
      } else {
        app_err("invalid argument %s for 'time style'", q(optarg));
        fputs("Valid arguments are:\n  - [posix-]full-iso\n  - [posix-]long-iso\n  - [posix-]iso\n  - [posix-]locale\n  - +FORMAT (e.g., +%H:%M) for a 'date'-style format\n", stderr);
        return app_bad_usage(2);
      }
      break;
    }
    case 'V': puts("ls (GNU coreutils) 9.1"); return 0;
    case 'H' + 256: return app_help();
    default: return app_bad_usage(2);
    }
  }
  if (color) ls.opts |= O_COLOR;
  ls.quote = ls.quote < 0 ? 0 : tty;
  if (GNU && strcmp(applet_base, "dir") == 0 && !(ls.opts & (O_LONG | O_ONE | O_ROWS))) ls.opts |= O_COLS;
  if (GNU && strcmp(applet_base, "vdir") == 0 && !(ls.opts & (O_ONE | O_COLS | O_ROWS))) ls.opts |= O_LONG;
  if (GNU && ls.width <= 0) ls.width = 80;
  if ((ls.opts & (O_COLS | O_ROWS)) && ls.width <= 0) ls.width = 80;
  if (!tty && !(ls.opts & (O_COLS | O_ROWS))) ls.opts |= O_ONE;
  /* command-line symlinks to directories are followed unless -l, -d or -F */
  if (!(ls.opts & (O_LONG | O_DIR | O_CLASSIFY))) ls.opts |= O_DEREF_ARGS;

  char *dot[] = {".", NULL};
  char **args = optind < argc ? argv + optind : dot;
  int nargs = optind < argc ? argc - optind : 1;
  struct ent *files = xmalloc((size_t)nargs * sizeof *files), *dirs = xmalloc((size_t)nargs * sizeof *dirs);
  size_t nf = 0, nd = 0;
  for (int i = 0; i < nargs; i++) {
    struct ent e;
    if (load(&ls, &e, args[i], args[i], 1) != 0) {
      if (GNU) {
        app_perr("cannot access %s", q(args[i]));
        ls.status = 2;
      } else {
        app_perr("%s", args[i]);
        ls.status = 1;
      }
      free_ent(&e);
      continue;
    }
    if (S_ISDIR(e.st.st_mode) && !(ls.opts & O_DIR))
      dirs[nd++] = e;
    else
      files[nf++] = e;
  }
  sort_ents(&ls, files, nf);
  list_ents(&ls, files, nf);
  sort_ents(&ls, dirs, nd);
  int headers = nargs > 1 || (ls.opts & O_REC);
  for (size_t i = 0; i < nd; i++) list_dir(&ls, dirs[i].path, dirs[i].name, headers);
  for (size_t i = 0; i < nf; i++) free_ent(&files[i]);
  for (size_t i = 0; i < nd; i++) free_ent(&dirs[i]);
  free(files);
  free(dirs);
  return ls.status;
}
