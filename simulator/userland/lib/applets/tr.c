/* tr: translate, squeeze or delete characters. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

/* Expands ranges, classes and escapes of a tr set into out (up to 2048 bytes). */
static int expand_set(const char *s, unsigned char *out, int *n) {
  *n = 0;
  while (*s) {
    int c = (unsigned char)*s;
    if (c == '[' && s[1] == ':') {
      const char *e = strstr(s + 2, ":]");
      if (e) {
        size_t len = (size_t)(e - s - 2);
        char name[16] = {0};
        if (len < sizeof name) memcpy(name, s + 2, len);
        int (*fn)(int) = NULL;
        if (!strcmp(name, "alpha")) fn = isalpha;
        else if (!strcmp(name, "digit")) fn = isdigit;
        else if (!strcmp(name, "alnum")) fn = isalnum;
        else if (!strcmp(name, "lower")) fn = islower;
        else if (!strcmp(name, "upper")) fn = isupper;
        else if (!strcmp(name, "space")) fn = isspace;
        else if (!strcmp(name, "blank")) fn = isblank;
        else if (!strcmp(name, "punct")) fn = ispunct;
        else if (!strcmp(name, "print")) fn = isprint;
        else if (!strcmp(name, "graph")) fn = isgraph;
        else if (!strcmp(name, "cntrl")) fn = iscntrl;
        else if (!strcmp(name, "xdigit")) fn = isxdigit;
        if (!fn) return -1;
        for (int ch = 0; ch < 256 && *n < 2048; ch++)
          if (fn(ch)) out[(*n)++] = (unsigned char)ch;
        s = e + 2;
        continue;
      }
    }
    if (c == '[' && s[1] && s[2] == '*') {
      const char *e = strchr(s + 3, ']');
      if (e) {
        long cnt = atol(s + 3);
        if (cnt <= 0) cnt = 2048 - *n;
        for (long i = 0; i < cnt && *n < 2048; i++) out[(*n)++] = (unsigned char)s[1];
        s = e + 1;
        continue;
      }
    }
    if (c == '\\' && s[1]) {
      s++;
      switch (*s) {
      case 'n': c = '\n'; break;
      case 't': c = '\t'; break;
      case 'r': c = '\r'; break;
      case 'a': c = '\a'; break;
      case 'b': c = '\b'; break;
      case 'f': c = '\f'; break;
      case 'v': c = '\v'; break;
      case '\\': c = '\\'; break;
      default:
        if (*s >= '0' && *s <= '7') {
          c = 0;
          for (int i = 0; i < 3 && *s >= '0' && *s <= '7'; i++) c = c * 8 + (*s++ - '0');
          s--;
        } else {
          c = (unsigned char)*s;
        }
      }
    }
    s++;
    if (*s == '-' && s[1]) {
      int hi = (unsigned char)s[1];
      const char *next = s + 2;
      if (s[1] == '\\' && s[2]) {
        hi = (unsigned char)s[2];
        next = s + 3;
        if (hi == 'n') hi = '\n';
        else if (hi == 't') hi = '\t';
      }
      if (hi < c) {
        if (GNU)
          app_err("range-endpoints of '%c-%c' are in reverse collating sequence order", c, hi);
        else
          app_err("bad range");
        return -2;
      }
      for (int ch = c; ch <= hi && *n < 2048; ch++) out[(*n)++] = (unsigned char)ch;
      s = next;
      continue;
    }
    if (*n < 2048) out[(*n)++] = (unsigned char)c;
  }
  return 0;
}

static const struct option tr_long[] = {
  {"complement", no_argument, NULL, 'c'},
  {"delete", no_argument, NULL, 'd'},
  {"squeeze-repeats", no_argument, NULL, 's'},
  {"truncate-set1", no_argument, NULL, 't'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int tr_main(int argc, char **argv) {
  int c, comp = 0, del = 0, squeeze = 0, trunc = 0;
  while ((c = app_getopt(argc, argv, "cCdst", tr_long)) != -1) {
    switch (c) {
    case 'c': case 'C': comp = 1; break;
    case 'd': del = 1; break;
    case 's': squeeze = 1; break;
    case 't': trunc = 1; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  int nargs = argc - optind;
  int need = (del && !squeeze) || (squeeze && !del && nargs == 1) || !GNU ? 1 : 2;
  if (nargs < need || nargs < 1) {
    if (!GNU) return app_show_usage();
    if (nargs == 0)
      app_err("missing operand");
    else if (del && squeeze)
      app_err("missing operand after %s\nTwo strings must be given when both deleting and squeezing repeats.", q(argv[optind]));
    else
      app_err("missing operand after %s\nTwo strings must be given when translating.", q(argv[optind]));
    return app_bad_usage(1);
  }
  if (nargs > need && del && !squeeze) {
    if (!GNU) return app_show_usage();
    app_err("extra operand %s\nOnly one string may be given when deleting without squeezing repeats.", q(argv[optind + 1]));
    return app_bad_usage(1);
  }
  static unsigned char s1[2048], s2[2048];
  int n1, n2 = 0;
  int r = expand_set(argv[optind], s1, &n1);
  if (r == 0 && nargs > 1) r = expand_set(argv[optind + 1], s2, &n2);
  if (r) return 1;
  unsigned char in1[256] = {0}, map[256], in2[256] = {0};
  for (int i = 0; i < n1; i++) in1[s1[i]] = 1;
  if (comp)
    for (int i = 0; i < 256; i++) in1[i] = !in1[i];
  for (int i = 0; i < 256; i++) map[i] = (unsigned char)i;
  if (!del && nargs > 1) {
    if (n2 == 0) {
      if (GNU) {
        app_err("when not truncating set1, string2 must be non-empty");
        return 1;
      }
    } else if (comp) {
      int k = 0;
      for (int i = 0; i < 256; i++)
        if (in1[i]) map[i] = s2[k < n2 - 1 ? k++ : n2 - 1];
    } else {
      if (trunc && n1 > n2) n1 = n2;
      for (int i = 0; i < n1; i++) map[s1[i]] = s2[i < n2 ? i : n2 - 1];
    }
  }
  const unsigned char *sq = (nargs > 1 && !(del && !squeeze)) ? s2 : s1;
  int nsq = (nargs > 1 && !(del && !squeeze)) ? n2 : n1;
  for (int i = 0; i < nsq; i++) in2[sq[i]] = 1;
  if (squeeze && nargs == 1 && comp)
    for (int i = 0; i < 256; i++) in2[i] = in1[i];
  int ch, last = -1;
  while ((ch = getchar()) != EOF) {
    if (del && in1[ch]) continue;
    int o = del ? ch : map[ch];
    if (squeeze && in2[o] && o == last) continue;
    putchar(o);
    last = o;
  }
  return 0;
}
