/* Byte views: base64, od, hexdump, hd, xxd. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(int c) {
  const char *p = c ? strchr(b64, c) : NULL;
  return p ? (int)(p - b64) : -1;
}

int base64_main(int argc, char **argv) {
  int c, decode = 0, ignore = 0;
  open_cant_style = 1;
  long wrap = 76;
  static const struct option b64_long[] = {{"decode", no_argument, NULL, 'd'}, {"wrap", required_argument, NULL, 'w'}, {"ignore-garbage", no_argument, NULL, 'i'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "dw:i", b64_long)) != -1) {
    if (c == 'd') decode = 1;
    else if (c == 'i') ignore = 1;
    else if (c == 'w') {
      if (parse_long(optarg, &wrap) != 0 || wrap < 0) {
        if (GNU)
          app_err("invalid wrap size: %s", q(optarg));
        else
          app_err("invalid number '%s'", optarg);
        return 1;
      }
    } else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  if (argc - optind > 1) {
    if (!GNU) return app_show_usage();
    app_err("extra operand %s", q(argv[optind + 1]));
    return app_bad_usage(1);
  }
  FILE *f = open_input(optind < argc ? argv[optind] : "-");
  if (!f) return 1;
  size_t len;
  unsigned char *in = (unsigned char *)read_all(f, &len);
  close_input(f);
  int status = 0;
  if (decode) {
    unsigned v = 0;
    int bits = 0;
    for (size_t i = 0; i < len; i++) {
      int ch = in[i];
      if (ch == '=' ) break;
      if (ch == '\n' || ch == '\r') continue;
      int d = b64_value(ch);
      if (d < 0) {
        if (ignore) continue;
        fflush(stdout);
        app_err(GNU ? "invalid input" : "invalid input");
        status = 1;
        break;
      }
      v = v << 6 | (unsigned)d;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        putchar((int)((v >> bits) & 0xff));
      }
    }
  } else {
    long col = 0;
    for (size_t i = 0; i < len; i += 3) {
      unsigned n = (unsigned)in[i] << 16 | (i + 1 < len ? (unsigned)in[i + 1] << 8 : 0) | (i + 2 < len ? in[i + 2] : 0);
      char quad[4] = {b64[n >> 18 & 63], b64[n >> 12 & 63], i + 1 < len ? b64[n >> 6 & 63] : '=', i + 2 < len ? b64[n & 63] : '='};
      for (int k = 0; k < 4; k++) {
        putchar(quad[k]);
        if (wrap && ++col == wrap) {
          putchar('\n');
          col = 0;
        }
      }
    }
    if (col || (!wrap && len)) putchar('\n');
  }
  free(in);
  return status;
}

/* od: -c, -b, -x, -d, -o, -t x1/o1/c/d1/u1/x2..., -A x/d/o/n, -v */
struct odfmt {
  char type; /* a c o x d u */
  int size;
};

static void od_line(const unsigned char *b, size_t n, const struct odfmt *fmts, int nf, size_t width) {
  for (int k = 0; k < nf; k++) {
    const struct odfmt *f = &fmts[k];
    if (k) printf("%*s", 7, "");
    if (f->type == 'c' || f->type == 'a') {
      for (size_t i = 0; i < n; i++) {
        unsigned char ch = b[i];
        const char *esc = NULL;
        char tmp[8];
        if (f->type == 'c') {
          switch (ch) {
          case 0: esc = "\\0"; break;
          case '\a': esc = "\\a"; break;
          case '\b': esc = "\\b"; break;
          case '\f': esc = "\\f"; break;
          case '\n': esc = "\\n"; break;
          case '\r': esc = "\\r"; break;
          case '\t': esc = "\\t"; break;
          case '\v': esc = "\\v"; break;
          }
          if (!esc) {
            if (isprint(ch)) snprintf(tmp, sizeof tmp, "%c", ch);
            else snprintf(tmp, sizeof tmp, "%03o", ch);
            esc = tmp;
          }
        } else {
          static const char *names[] = {"nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs", "ht", "nl", "vt", "ff", "cr", "so", "si",
                                        "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb", "can", "em", "sub", "esc", "fs", "gs", "rs", "us"};
          ch &= 0x7f;
          if (ch < 32) esc = names[ch];
          else if (ch == 127) esc = "del";
          else if (ch == ' ') esc = "sp";
          else {
            snprintf(tmp, sizeof tmp, "%c", ch);
            esc = tmp;
          }
        }
        printf("%4s", esc);
      }
    } else {
      int w = f->type == 'x' ? f->size * 2 : f->type == 'o' ? (f->size * 8 + 2) / 3 : f->type == 'd' ? (f->size == 1 ? 4 : f->size == 2 ? 6 : f->size == 4 ? 11 : 20) : (f->size == 1 ? 3 : f->size == 2 ? 5 : f->size == 4 ? 10 : 20);
      for (size_t i = 0; i + (size_t)f->size <= n + (size_t)f->size - 1 && i < n; i += (size_t)f->size) {
        unsigned long long v = 0;
        for (int k2 = f->size - 1; k2 >= 0; k2--) v = v << 8 | (i + (size_t)k2 < n ? b[i + (size_t)k2] : 0);
        putchar(' ');
        if (f->type == 'x') printf("%0*llx", w, v);
        else if (f->type == 'o') printf("%0*llo", w, v);
        else if (f->type == 'u') printf("%*llu", w, v);
        else {
          long long sv = (long long)v;
          if (f->size < 8 && (v >> (f->size * 8 - 1)) & 1) sv = (long long)(v | (~0ULL << (f->size * 8)));
          printf("%*lld", w, sv);
        }
      }
    }
    putchar('\n');
  }
  (void)width;
}

static void od_addr(size_t a, char radix) {
  if (radix == 'n') return;
  printf(radix == 'x' ? "%06zx" : radix == 'd' ? "%07zu" : "%07zo", a);
}

int od_main(int argc, char **argv) {
  int c, verbose = 0;
  char radix = 'o';
  struct odfmt fmts[8];
  int nf = 0;
  long skip = 0, limit = -1;
  while ((c = app_getopt(argc, argv, "abcdfhilosxvA:t:j:N:w::", NULL)) != -1) {
    if (nf >= 8) nf = 7;
    switch (c) {
    case 'a': fmts[nf++] = (struct odfmt){'a', 1}; break;
    case 'b': fmts[nf++] = (struct odfmt){'o', 1}; break;
    case 'c': fmts[nf++] = (struct odfmt){'c', 1}; break;
    case 'd': fmts[nf++] = (struct odfmt){'u', 2}; break;
    case 'o': fmts[nf++] = (struct odfmt){'o', 2}; break;
    case 's': fmts[nf++] = (struct odfmt){'d', 2}; break;
    case 'x': case 'h': fmts[nf++] = (struct odfmt){'x', 2}; break;
    case 'i': fmts[nf++] = (struct odfmt){'d', 4}; break;
    case 'l': fmts[nf++] = (struct odfmt){'d', 8}; break;
    case 'f': break;
    case 'v': verbose = 1; break;
    case 'A': radix = optarg[0]; break;
    case 'j': skip = atol(optarg); break;
    case 'N': limit = atol(optarg); break;
    case 'w': break;
    case 't': {
      char t = optarg[0];
      int size = t == 'c' || t == 'a' ? 1 : 4;
      if (optarg[1] == 'C') size = 1;
      else if (optarg[1] == 'S') size = 2;
      else if (optarg[1] == 'I') size = 4;
      else if (optarg[1] == 'L') size = 8;
      else if (isdigit((unsigned char)optarg[1])) size = atoi(optarg + 1);
      if (!strchr("acdoux", t) || (size != 1 && size != 2 && size != 4 && size != 8)) {
        app_err(GNU ? "invalid type string %s" : "invalid type string '%s'", GNU ? q(optarg) : optarg);
        return 1;
      }
      fmts[nf++] = (struct odfmt){t, size};
      break;
    }
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (!nf) fmts[nf++] = (struct odfmt){'o', 2};
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  size_t cap = 4096, len = 0;
  unsigned char *all = xmalloc(cap);
  int status = 0;
  for (; *files; files++) {
    FILE *f = open_input(*files);
    if (!f) {
      status = 1;
      continue;
    }
    size_t n;
    char *b = read_all(f, &n);
    close_input(f);
    if (len + n > cap) all = xrealloc(all, cap = len + n);
    memcpy(all + len, b, n);
    len += n;
    free(b);
  }
  size_t start = (size_t)skip < len ? (size_t)skip : len;
  size_t end = limit >= 0 && start + (size_t)limit < len ? start + (size_t)limit : len;
  unsigned char prev[16];
  int have_prev = 0, starred = 0;
  for (size_t a = start; a < end; a += 16) {
    size_t n = end - a < 16 ? end - a : 16;
    if (!verbose && have_prev && n == 16 && memcmp(prev, all + a, 16) == 0) {
      if (!starred) puts("*");
      starred = 1;
      continue;
    }
    starred = 0;
    od_addr(a, radix);
    od_line(all + a, n, fmts, nf, 16);
    memcpy(prev, all + a, n);
    have_prev = n == 16;
  }
  if (!(status && len == 0)) {
    od_addr(end, radix);
    if (radix != 'n') putchar('\n');
  }
  free(all);
  return status;
}

/* hexdump -C (also hd) and the default 2-byte view; xxd. */
int hexdump_main(int argc, char **argv) {
  int c, canonical = strcmp(applet_base, "hd") == 0, verbose = 0;
  char mode = 'x';
  long skip = 0, limit = -1;
  while ((c = app_getopt(argc, argv, "bcCdoxvn:s:e:f:", NULL)) != -1) {
    switch (c) {
    case 'C': canonical = 1; break;
    case 'b': case 'c': case 'd': case 'o': case 'x': mode = (char)c; canonical = 0; break;
    case 'v': verbose = 1; break;
    case 'n': limit = atol(optarg); break;
    case 's': skip = atol(optarg); break;
    case 'e': case 'f': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  size_t len = 0;
  unsigned char *all = NULL;
  int status = 0;
  for (; *files; files++) {
    FILE *f = open_input(*files);
    if (!f) {
      status = 1;
      continue;
    }
    size_t n;
    char *b = read_all(f, &n);
    close_input(f);
    all = xrealloc(all, len + n + 1);
    memcpy(all + len, b, n);
    len += n;
    free(b);
  }
  size_t start = (size_t)skip < len ? (size_t)skip : len;
  size_t end = limit >= 0 && start + (size_t)limit < len ? start + (size_t)limit : len;
  unsigned char prev[16];
  int have_prev = 0, starred = 0;
  for (size_t a = start; a < end; a += 16) {
    size_t n = end - a < 16 ? end - a : 16;
    if (!verbose && have_prev && n == 16 && memcmp(prev, all + a, 16) == 0) {
      if (!starred) puts("*");
      starred = 1;
      continue;
    }
    starred = 0;
    if (canonical) {
      printf("%08zx ", a);
      for (size_t i = 0; i < 16; i++) {
        if (i == 8) putchar(' ');
        if (i < n) printf(" %02x", all[a + i]);
        else fputs("   ", stdout);
      }
      fputs("  |", stdout);
      for (size_t i = 0; i < n; i++) putchar(isprint(all[a + i]) ? all[a + i] : '.');
      puts("|");
    } else {
      printf("%07zx", a);
      if (mode == 'b' || mode == 'c') {
        for (size_t i = 0; i < 16; i++) {
          if (i >= n) {
            fputs("    ", stdout);
            continue;
          }
          unsigned char ch = all[a + i];
          if (mode == 'b') printf(" %03o", ch);
          else if (ch == '\n') fputs("  \\n", stdout);
          else if (ch == '\t') fputs("  \\t", stdout);
          else if (ch == 0) fputs("  \\0", stdout);
          else if (isprint(ch)) printf("   %c", ch);
          else printf(" %03o", ch);
        }
      } else {
        for (size_t i = 0; i < 16; i += 2) {
          if (i >= n) {
            fputs(mode == 'x' ? "     " : mode == 'd' ? "        " : "        ", stdout);
            continue;
          }
          unsigned v = all[a + i] | (i + 1 < n ? (unsigned)all[a + i + 1] << 8 : 0);
          if (mode == 'x') printf(" %04x", v);
          else if (mode == 'd') printf("   %05u", v);
          else printf("  %06o", v);
        }
      }
      putchar('\n');
    }
    memcpy(prev, all + a, n);
    have_prev = n == 16;
  }
  if (end > start || canonical) printf(canonical ? "%08zx\n" : "%07zx\n", end);
  free(all);
  return status;
}

int xxd_main(int argc, char **argv) {
  int c, plain = 0, cols = 16, group = 2;
  long skip = 0, limit = -1;
  while ((c = app_getopt(argc, argv, "pc:g:l:s:ri", NULL)) != -1) {
    switch (c) {
    case 'p': plain = 1; cols = 30; break;
    case 'c': cols = atoi(optarg); break;
    case 'g': group = atoi(optarg); break;
    case 'l': limit = atol(optarg); break;
    case 's': skip = atol(optarg); break;
    case 'r': case 'i': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (cols < 1) cols = 16;
  FILE *f = open_input(optind < argc ? argv[optind] : "-");
  if (!f) return 1;
  size_t len;
  unsigned char *all = (unsigned char *)read_all(f, &len);
  close_input(f);
  size_t start = (size_t)skip < len ? (size_t)skip : len;
  size_t end = limit >= 0 && start + (size_t)limit < len ? start + (size_t)limit : len;
  for (size_t a = start; a < end; a += (size_t)cols) {
    size_t n = end - a < (size_t)cols ? end - a : (size_t)cols;
    if (plain) {
      for (size_t i = 0; i < n; i++) printf("%02x", all[a + i]);
      putchar('\n');
      continue;
    }
    printf("%08zx:", a);
    int used = 0;
    for (size_t i = 0; i < (size_t)cols; i++) {
      if (group && i % (size_t)group == 0) {
        putchar(' ');
        used++;
      }
      if (i < n) printf("%02x", all[a + i]);
      else fputs("  ", stdout);
      used += 2;
    }
    fputs("  ", stdout);
    for (size_t i = 0; i < n; i++) putchar(isprint(all[a + i]) ? all[a + i] : '.');
    putchar('\n');
  }
  free(all);
  return 0;
}
