/* DEFLATE (RFC 1951) both ways and the gzip wrapper (RFC 1952), for gzip, gunzip, zcat and tar -z. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

struct buf {
  unsigned char *p;
  size_t n, cap;
};

static void put(struct buf *b, unsigned char c) {
  if (b->n == b->cap) b->p = xrealloc(b->p, b->cap = b->cap ? b->cap * 2 : 4096);
  b->p[b->n++] = c;
}

/* ---- inflate ---- */
struct in {
  const unsigned char *p;
  size_t n, pos;
  unsigned bitbuf, bitcnt;
  int err;
};

static int bits(struct in *s, int need) {
  unsigned v = s->bitbuf;
  while (s->bitcnt < (unsigned)need) {
    if (s->pos >= s->n) {
      s->err = 1;
      return 0;
    }
    v |= (unsigned)s->p[s->pos++] << s->bitcnt;
    s->bitcnt += 8;
  }
  s->bitbuf = v >> need;
  s->bitcnt -= (unsigned)need;
  return (int)(v & ((1u << need) - 1));
}

struct huff {
  short count[16], symbol[288];
};

static int decode(struct in *s, const struct huff *h) {
  int code = 0, first = 0, index = 0;
  for (int len = 1; len < 16; len++) {
    code |= bits(s, 1);
    if (s->err) return -1;
    int count = h->count[len];
    if (code - count < first) return h->symbol[index + (code - first)];
    index += count;
    first += count;
    first <<= 1;
    code <<= 1;
  }
  s->err = 1;
  return -1;
}

static int construct(struct huff *h, const short *length, int n) {
  short offs[16];
  memset(h->count, 0, sizeof h->count);
  for (int i = 0; i < n; i++) h->count[length[i]]++;
  if (h->count[0] == n) return 0;
  int left = 1;
  for (int len = 1; len < 16; len++) {
    left <<= 1;
    left -= h->count[len];
    if (left < 0) return -1;
  }
  offs[1] = 0;
  for (int len = 1; len < 15; len++) offs[len + 1] = (short)(offs[len] + h->count[len]);
  for (int i = 0; i < n; i++)
    if (length[i]) h->symbol[offs[length[i]]++] = (short)i;
  return left;
}

static const short lbase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const short lext[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const short dbase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const short dext[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static int codes(struct in *s, struct buf *out, const struct huff *lc, const struct huff *dc) {
  for (;;) {
    int sym = decode(s, lc);
    if (sym < 0) return -1;
    if (sym < 256) {
      put(out, (unsigned char)sym);
    } else if (sym == 256) {
      return 0;
    } else {
      sym -= 257;
      if (sym >= 29) return -1;
      int len = lbase[sym] + bits(s, lext[sym]);
      int ds = decode(s, dc);
      if (ds < 0 || ds >= 30) return -1;
      size_t dist = (size_t)(dbase[ds] + bits(s, dext[ds]));
      if (s->err || dist > out->n) return -1;
      for (int i = 0; i < len; i++) put(out, out->p[out->n - dist]);
    }
  }
}

static int inflate_raw(struct in *s, struct buf *out) {
  int last;
  do {
    last = bits(s, 1);
    int type = bits(s, 2);
    if (s->err) return -1;
    if (type == 0) {
      s->bitbuf = 0;
      s->bitcnt = 0;
      if (s->pos + 4 > s->n) return -1;
      unsigned len = s->p[s->pos] | (unsigned)s->p[s->pos + 1] << 8;
      s->pos += 4;
      if (s->pos + len > s->n) return -1;
      for (unsigned i = 0; i < len; i++) put(out, s->p[s->pos++]);
    } else if (type == 1) {
      static struct huff lc, dc;
      short l[288];
      int i = 0;
      for (; i < 144; i++) l[i] = 8;
      for (; i < 256; i++) l[i] = 9;
      for (; i < 280; i++) l[i] = 7;
      for (; i < 288; i++) l[i] = 8;
      construct(&lc, l, 288);
      for (i = 0; i < 30; i++) l[i] = 5;
      construct(&dc, l, 30);
      if (codes(s, out, &lc, &dc)) return -1;
    } else if (type == 2) {
      static const short order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
      short lengths[320];
      struct huff lc, dc;
      int nlen = bits(s, 5) + 257, ndist = bits(s, 5) + 1, ncode = bits(s, 4) + 4;
      if (nlen > 286 || ndist > 30) return -1;
      int i;
      for (i = 0; i < ncode; i++) lengths[order[i]] = (short)bits(s, 3);
      for (; i < 19; i++) lengths[order[i]] = 0;
      if (construct(&lc, lengths, 19) != 0) return -1;
      i = 0;
      while (i < nlen + ndist) {
        int sym = decode(s, &lc);
        if (sym < 0) return -1;
        if (sym < 16) {
          lengths[i++] = (short)sym;
        } else {
          int len = 0, rep;
          if (sym == 16) {
            if (i == 0) return -1;
            len = lengths[i - 1];
            rep = 3 + bits(s, 2);
          } else if (sym == 17) {
            rep = 3 + bits(s, 3);
          } else {
            rep = 11 + bits(s, 7);
          }
          if (i + rep > nlen + ndist) return -1;
          while (rep--) lengths[i++] = (short)len;
        }
      }
      if (lengths[256] == 0) return -1;
      int err = construct(&lc, lengths, nlen);
      if (err < 0 || (err > 0 && nlen - lc.count[0] != 1)) return -1;
      err = construct(&dc, lengths + nlen, ndist);
      if (err < 0 || (err > 0 && ndist - dc.count[0] != 1)) return -1;
      if (codes(s, out, &lc, &dc)) return -1;
    } else {
      return -1;
    }
  } while (!last && !s->err);
  return s->err ? -1 : 0;
}

uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n);
uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n) {
  crc = ~crc;
  for (size_t i = 0; i < n; i++) {
    crc ^= p[i];
    for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
  }
  return ~crc;
}

/* Decompresses one or more gzip members; returns 0, or -1 (not gzip) / -2 (corrupt). */
int gunzip_buffer(const unsigned char *p, size_t n, unsigned char **out, size_t *outlen);
int gunzip_buffer(const unsigned char *p, size_t n, unsigned char **out, size_t *outlen) {
  struct buf b = {0};
  size_t pos = 0;
  int members = 0;
  while (pos + 18 <= n && p[pos] == 0x1f && p[pos + 1] == 0x8b) {
    if (p[pos + 2] != 8) break;
    int flags = p[pos + 3];
    size_t q = pos + 10;
    if (flags & 4) {
      if (q + 2 > n) break;
      q += 2 + (p[q] | (size_t)p[q + 1] << 8);
    }
    if (flags & 8)
      while (q < n && p[q++]) {
      }
    if (flags & 16)
      while (q < n && p[q++]) {
      }
    if (flags & 2) q += 2;
    if (q >= n) break;
    struct in s = {p, n, q, 0, 0, 0};
    size_t start = b.n;
    if (inflate_raw(&s, &b) != 0 || s.pos + 8 > n) {
      free(b.p);
      return -2;
    }
    uint32_t crc = p[s.pos] | (uint32_t)p[s.pos + 1] << 8 | (uint32_t)p[s.pos + 2] << 16 | (uint32_t)p[s.pos + 3] << 24;
    if (crc != crc32_update(0, b.p + start, b.n - start)) {
      free(b.p);
      return -2;
    }
    pos = s.pos + 8;
    members++;
  }
  if (!members) {
    free(b.p);
    return -1;
  }
  *out = b.p ? b.p : xmalloc(1);
  *outlen = b.n;
  return 0;
}

/* ---- deflate: greedy LZ77 with fixed Huffman codes ---- */
struct bw {
  struct buf *b;
  unsigned bitbuf;
  int bitcnt;
};

static void putbits(struct bw *w, unsigned v, int n) {
  w->bitbuf |= v << w->bitcnt;
  w->bitcnt += n;
  while (w->bitcnt >= 8) {
    put(w->b, (unsigned char)w->bitbuf);
    w->bitbuf >>= 8;
    w->bitcnt -= 8;
  }
}

static void putrev(struct bw *w, unsigned code, int len) {
  unsigned r = 0;
  for (int i = 0; i < len; i++) r |= ((code >> i) & 1u) << (len - 1 - i);
  putbits(w, r, len);
}

static void lit(struct bw *w, int c) {
  if (c < 144) putrev(w, 0x30 + (unsigned)c, 8);
  else if (c < 256) putrev(w, 0x190 + (unsigned)(c - 144), 9);
  else if (c < 280) putrev(w, (unsigned)(c - 256), 7);
  else putrev(w, 0xc0 + (unsigned)(c - 280), 8);
}

static void match(struct bw *w, int len, int dist) {
  int i = 28;
  while (lbase[i] > len) i--;
  lit(w, 257 + i);
  putbits(w, (unsigned)(len - lbase[i]), lext[i]);
  int d = 29;
  while (dbase[d] > dist) d--;
  putrev(w, (unsigned)d, 5);
  putbits(w, (unsigned)(dist - dbase[d]), dext[d]);
}

void gzip_buffer(const unsigned char *p, size_t n, const char *name, long mtime, unsigned char **out, size_t *outlen);
void gzip_buffer(const unsigned char *p, size_t n, const char *name, long mtime, unsigned char **out, size_t *outlen) {
  struct buf b = {0};
  static const unsigned char head[4] = {0x1f, 0x8b, 8, 0};
  for (int i = 0; i < 4; i++) put(&b, head[i]);
  if (name) b.p[3] = 8;
  for (int i = 0; i < 4; i++) put(&b, (unsigned char)(mtime >> (8 * i)));
  put(&b, 0);
  put(&b, 3);
  if (name) {
    for (const char *c = name; *c; c++) put(&b, (unsigned char)*c);
    put(&b, 0);
  }
  struct bw w = {&b, 0, 0};
  putbits(&w, 1, 1);
  putbits(&w, 1, 2);
  enum { HBITS = 15, WIN = 32768 };
  int32_t *headtab = xmalloc(sizeof(int32_t) << HBITS);
  for (size_t i = 0; i < (1u << HBITS); i++) headtab[i] = -1;
  size_t i = 0;
  while (i < n) {
    int best = 0, bestd = 0;
    if (i + 3 <= n) {
      unsigned h = ((unsigned)p[i] << 10 ^ (unsigned)p[i + 1] << 5 ^ p[i + 2]) & ((1u << HBITS) - 1);
      int32_t cand = headtab[h];
      headtab[h] = (int32_t)i;
      if (cand >= 0 && i - (size_t)cand <= WIN - 1) {
        int l = 0;
        while (l < 258 && i + (size_t)l < n && p[(size_t)cand + (size_t)l] == p[i + (size_t)l]) l++;
        if (l >= 3) {
          best = l;
          bestd = (int)(i - (size_t)cand);
        }
      }
    }
    if (best) {
      match(&w, best, bestd);
      for (int k = 1; k < best && i + (size_t)k + 3 <= n; k++) {
        size_t j = i + (size_t)k;
        unsigned h = ((unsigned)p[j] << 10 ^ (unsigned)p[j + 1] << 5 ^ p[j + 2]) & ((1u << HBITS) - 1);
        headtab[h] = (int32_t)j;
      }
      i += (size_t)best;
    } else {
      lit(&w, p[i]);
      i++;
    }
  }
  lit(&w, 256);
  if (w.bitcnt) putbits(&w, 0, 8 - w.bitcnt);
  free(headtab);
  uint32_t crc = crc32_update(0, p, n);
  for (int k = 0; k < 4; k++) put(&b, (unsigned char)(crc >> (8 * k)));
  for (int k = 0; k < 4; k++) put(&b, (unsigned char)((uint32_t)n >> (8 * k)));
  *out = b.p;
  *outlen = b.n;
}
