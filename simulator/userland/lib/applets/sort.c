/* sort: sort lines (-r -n -u -k -t -f -b -o -c -s -h -V -M -z). */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

enum { S_NUM = 1, S_REV = 2, S_FOLD = 4, S_BLANKS = 8, S_HUMAN = 16, S_VERSION = 32, S_MONTH = 64, S_GENERAL = 128, S_DICT = 256 };

struct key {
  int f1, c1, f2, c2; /* fields and chars, 1-based; f2 0 = end of line */
  unsigned flags;
};

struct sorter {
  struct key *keys;
  int nkeys;
  unsigned flags;
  int sep; /* -1: blank runs */
  int stable, unique;
};

static struct sorter *S;

struct line {
  char *s;
  size_t len;
};

/* Start of field f (1-based) at char c, and the end of field f2 at char c2. */
static void key_span(const struct line *l, const struct key *k, const char **bs, const char **be) {
  const char *s = l->s, *end = l->s + l->len;
  const char *p = s;
  int sep = S->sep;
  for (int f = 1; f < k->f1 && p < end; f++) {
    if (sep < 0) {
      while (p < end && isblank((unsigned char)*p)) p++;
      while (p < end && !isblank((unsigned char)*p)) p++;
    } else {
      while (p < end && *p != sep) p++;
      if (p < end) p++;
    }
  }
  if (k->flags & S_BLANKS || (sep < 0 && 0))
    while (p < end && isblank((unsigned char)*p)) p++;
  if (k->c1 > 1) p = p + (k->c1 - 1) < end ? p + (k->c1 - 1) : end;
  const char *e = end;
  if (k->f2 > 0) {
    const char *q = s;
    for (int f = 1; f < k->f2 && q < end; f++) {
      if (sep < 0) {
        while (q < end && isblank((unsigned char)*q)) q++;
        while (q < end && !isblank((unsigned char)*q)) q++;
      } else {
        while (q < end && *q != sep) q++;
        if (q < end) q++;
      }
    }
    if (k->c2 > 0) {
      if (sep < 0 && (k->flags & S_BLANKS))
        while (q < end && isblank((unsigned char)*q)) q++;
      e = q + k->c2 < end ? q + k->c2 : end;
    } else {
      if (sep < 0) {
        while (q < end && isblank((unsigned char)*q)) q++;
        while (q < end && !isblank((unsigned char)*q)) q++;
      } else {
        while (q < end && *q != sep) q++;
      }
      e = q;
    }
  }
  if (e < p) e = p;
  *bs = p;
  *be = e;
}

static double num_value(const char *p, const char *e, unsigned flags) {
  char buf[128];
  while (p < e && isblank((unsigned char)*p)) p++;
  size_t n = (size_t)(e - p) < sizeof buf - 1 ? (size_t)(e - p) : sizeof buf - 1;
  memcpy(buf, p, n);
  buf[n] = 0;
  char *end;
  double v;
  if (flags & S_GENERAL) {
    v = strtod(buf, &end);
  } else {
    /* -n: an optional '-', digits, one '.': no exponents */
    size_t i = 0;
    if (buf[i] == '-') i++;
    while (isdigit((unsigned char)buf[i])) i++;
    if (buf[i] == '.') {
      i++;
      while (isdigit((unsigned char)buf[i])) i++;
    }
    char save = buf[i];
    buf[i] = 0;
    v = strtod(buf, &end);
    if (end == buf) v = 0;
    buf[i] = save;
    end = buf + i;
  }
  if (flags & S_HUMAN) {
    static const char units[] = "KMGTPEZY";
    const char *u = *end ? strchr(units, toupper((unsigned char)*end)) : NULL;
    if (u)
      for (const char *x = units; x <= u; x++) v *= 1024;
  }
  return v;
}

static int month_value(const char *p, const char *e) {
  static const char *const months[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  while (p < e && isblank((unsigned char)*p)) p++;
  if (e - p < 3) return 0;
  for (int i = 0; i < 12; i++)
    if (strncasecmp(p, months[i], 3) == 0) return i + 1;
  return 0;
}

static int cmp_text(const char *a, const char *ae, const char *b, const char *be, unsigned flags) {
  if (flags & S_VERSION) {
    char *x = strndup(a, (size_t)(ae - a)), *y = strndup(b, (size_t)(be - b));
    int d = strverscmp(x, y);
    free(x);
    free(y);
    return d;
  }
  while (a < ae && b < be) {
    int ca = (unsigned char)*a, cb = (unsigned char)*b;
    if ((flags & S_DICT) && !(isalnum(ca) || isblank(ca))) { a++; continue; }
    if ((flags & S_DICT) && !(isalnum(cb) || isblank(cb))) { b++; continue; }
    if (flags & S_FOLD) {
      ca = toupper(ca);
      cb = toupper(cb);
    }
    if (ca != cb) return ca - cb;
    a++;
    b++;
  }
  return (a < ae) - (b < be);
}

static int cmp_key(const struct line *x, const struct line *y, const struct key *k) {
  const char *as, *ae, *bs, *be;
  key_span(x, k, &as, &ae);
  key_span(y, k, &bs, &be);
  unsigned fl = k->flags;
  int d;
  if (fl & (S_NUM | S_HUMAN | S_GENERAL)) {
    double a = num_value(as, ae, fl), b = num_value(bs, be, fl);
    d = (a > b) - (a < b);
  } else if (fl & S_MONTH) {
    d = month_value(as, ae) - month_value(bs, be);
  } else {
    if (fl & S_BLANKS) {
      while (as < ae && isblank((unsigned char)*as)) as++;
      while (bs < be && isblank((unsigned char)*bs)) bs++;
    }
    d = cmp_text(as, ae, bs, be, fl);
  }
  return (fl & S_REV) ? -d : d;
}

static int cmp_lines(const struct line *x, const struct line *y) {
  if (S->nkeys == 0) {
    int d = cmp_text(x->s, x->s + x->len, y->s, y->s + y->len, S->flags);
    return (S->flags & S_REV) ? -d : d;
  }
  for (int i = 0; i < S->nkeys; i++) {
    int d = cmp_key(x, y, &S->keys[i]);
    if (d) return d;
  }
  if (S->stable || S->unique) return 0;
  int d = cmp_text(x->s, x->s + x->len, y->s, y->s + y->len, 0);
  return (S->flags & S_REV) ? -d : d;
}

static void merge_sort(struct line *v, struct line *tmp, size_t n) {
  if (n < 2) return;
  size_t h = n / 2;
  merge_sort(v, tmp, h);
  merge_sort(v + h, tmp, n - h);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = cmp_lines(&v[j], &v[i]) < 0 ? v[j++] : v[i++];
  while (i < h) tmp[k++] = v[i++];
  while (j < n) tmp[k++] = v[j++];
  memcpy(v, tmp, n * sizeof *v);
}

static unsigned flag_letters(const char *s, const char **end) {
  unsigned f = 0;
  for (; *s; s++) {
    switch (*s) {
    case 'n': f |= S_NUM; break;
    case 'r': f |= S_REV; break;
    case 'f': f |= S_FOLD; break;
    case 'b': f |= S_BLANKS; break;
    case 'h': f |= S_HUMAN; break;
    case 'V': f |= S_VERSION; break;
    case 'M': f |= S_MONTH; break;
    case 'g': f |= S_GENERAL; break;
    case 'd': f |= S_DICT; break;
    default: *end = s; return f;
    }
  }
  *end = s;
  return f;
}

static int parse_key(const char *s, struct key *k, unsigned global) {
  memset(k, 0, sizeof *k);
  char *e;
  k->f1 = (int)strtol(s, &e, 10);
  if (e == s || k->f1 < 1) return -1;
  if (*e == '.') k->c1 = (int)strtol(e + 1, &e, 10);
  const char *fe;
  k->flags = flag_letters(e, &fe);
  if (*fe == ',') {
    k->f2 = (int)strtol(fe + 1, &e, 10);
    if (e == fe + 1 || k->f2 < 1) return -1;
    if (*e == '.') k->c2 = (int)strtol(e + 1, &e, 10);
    k->flags |= flag_letters(e, &fe);
  }
  if (*fe) return -1;
  if (!(k->flags & ~S_BLANKS)) k->flags |= global;
  return 0;
}

static const struct option sort_long[] = {
  {"reverse", no_argument, NULL, 'r'},
  {"numeric-sort", no_argument, NULL, 'n'},
  {"unique", no_argument, NULL, 'u'},
  {"key", required_argument, NULL, 'k'},
  {"field-separator", required_argument, NULL, 't'},
  {"ignore-case", no_argument, NULL, 'f'},
  {"ignore-leading-blanks", no_argument, NULL, 'b'},
  {"output", required_argument, NULL, 'o'},
  {"check", optional_argument, NULL, 'c'},
  {"stable", no_argument, NULL, 's'},
  {"human-numeric-sort", no_argument, NULL, 'h'},
  {"version-sort", no_argument, NULL, 'V'},
  {"month-sort", no_argument, NULL, 'M'},
  {"general-numeric-sort", no_argument, NULL, 'g'},
  {"dictionary-order", no_argument, NULL, 'd'},
  {"zero-terminated", no_argument, NULL, 'z'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int sort_main(int argc, char **argv) {
  struct sorter s;
  memset(&s, 0, sizeof s);
  s.sep = -1;
  S = &s;
  const char *out = NULL;
  int c, check = 0, zero = 0, rc = 0;
  char **keyargs = xmalloc((size_t)argc * sizeof *keyargs);
  int nkeyargs = 0;
  while ((c = app_getopt(argc, argv, "rnuk:t:fbo:csChVMgdzSTi", sort_long)) != -1) {
    switch (c) {
    case 'r': s.flags |= S_REV; break;
    case 'n': s.flags |= S_NUM; break;
    case 'f': s.flags |= S_FOLD; break;
    case 'b': s.flags |= S_BLANKS; break;
    case 'h': s.flags |= S_HUMAN; break;
    case 'V': s.flags |= S_VERSION; break;
    case 'M': s.flags |= S_MONTH; break;
    case 'g': s.flags |= S_GENERAL; break;
    case 'd': s.flags |= S_DICT; break;
    case 'u': s.unique = 1; break;
    case 's': s.stable = 1; break;
    case 'c': case 'C': check = 1; break;
    case 'z': zero = 1; break;
    case 'o': out = optarg; break;
    case 'k': keyargs[nkeyargs++] = optarg; break;
    case 'S': case 'T': case 'i': break;
    case 't':
      if (strlen(optarg) != 1) {
        if (GNU)
          app_err("multi-character tab %s", q(optarg));
        else
          app_err("bad -t parameter");
        rc = 2;
        goto done;
      }
      s.sep = (unsigned char)optarg[0];
      break;
    case 'H': rc = app_help(); goto done;
    default: app_bad_usage(2); rc = 2; goto done;
    }
  }
  s.keys = xmalloc(((size_t)nkeyargs + 1) * sizeof *s.keys);
  for (int i = 0; i < nkeyargs; i++) {
    if (parse_key(keyargs[i], &s.keys[s.nkeys], s.flags) != 0) {
      if (GNU)
        app_err("invalid number at field start: invalid count at start of %s", q(keyargs[i]));
      else
        app_err("bad field specification '%s'", keyargs[i]);
      rc = 2;
      goto done;
    }
    s.nkeys++;
  }
  if (s.nkeys == 0) {
    s.keys[0] = (struct key){1, 0, 0, 0, s.flags};
    s.nkeys = 1;
    if (!(s.flags & ~(S_REV | S_FOLD | S_DICT))) s.nkeys = 0;
  }
  /* read everything */
  size_t cap = 1024, n = 0;
  struct line *v = xmalloc(cap * sizeof *v);
  char **bufs = NULL;
  size_t nbufs = 0;
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  char eol = zero ? 0 : '\n';
  for (; *files; files++) {
    FILE *f = strcmp(*files, "-") == 0 ? stdin : fopen(*files, "r");
    if (!f) {
      if (GNU)
        app_perr("cannot read: %s", *files);
      else
        app_perr("%s", *files);
      rc = 2;
      continue;
    }
    struct stat fst;
    if (fstat(fileno(f), &fst) == 0 && S_ISDIR(fst.st_mode)) {
      errno = EISDIR;
      if (GNU)
        app_perr("read failed: %s", *files);
      else
        app_perr("read error");
      close_input(f);
      rc = 2;
      continue;
    }
    size_t len;
    char *buf = read_all(f, &len);
    close_input(f);
    bufs = xrealloc(bufs, (nbufs + 1) * sizeof *bufs);
    bufs[nbufs++] = buf;
    size_t pos = 0;
    while (pos < len) {
      char *e = memchr(buf + pos, eol, len - pos);
      size_t ll = e ? (size_t)(e - buf - pos) : len - pos;
      if (n == cap) v = xrealloc(v, (cap *= 2) * sizeof *v);
      v[n].s = buf + pos;
      v[n].len = ll;
      n++;
      pos += ll + 1;
    }
  }
  if (rc) goto free_all;
  if (check) {
    for (size_t i = 1; i < n; i++) {
      int d = cmp_lines(&v[i - 1], &v[i]);
      if (d > 0 || (s.unique && d == 0)) {
        if (GNU)
          fprintf(stderr, "%s: %s:%zu: disorder: %.*s\n", applet_name, optind < argc ? argv[optind] : "-", i + 1, (int)v[i].len, v[i].s);
        else
          fprintf(stderr, "%s: -:%zu: disorder: %.*s\n", applet_name, i + 1, (int)v[i].len, v[i].s);
        rc = 1;
        break;
      }
    }
    goto free_all;
  }
  struct line *tmp = xmalloc((n ? n : 1) * sizeof *tmp);
  merge_sort(v, tmp, n);
  free(tmp);
  FILE *o = stdout;
  if (out && strcmp(out, "-") != 0) {
    o = fopen(out, "w");
    if (!o) {
      if (GNU)
        app_perr("open failed: %s", qf(out));
      else
        app_perr("can't open '%s'", out);
      rc = 2;
      goto free_all;
    }
  }
  for (size_t i = 0; i < n; i++) {
    if (s.unique && i > 0 && cmp_lines(&v[i - 1], &v[i]) == 0) continue;
    fwrite(v[i].s, 1, v[i].len, o);
    putc(eol, o);
  }
  if (o != stdout) fclose(o);
free_all:
  for (size_t i = 0; i < nbufs; i++) free(bufs[i]);
  free(bufs);
  free(v);
done:
  free(keyargs);
  free(s.keys);
  S = NULL;
  return rc;
}
