/* md5sum, sha1sum, sha256sum, sha512sum: message digests written out by hand. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

struct hash {
  const char *name;
  size_t block, out;
  void (*init)(void *st);
  void (*compress)(void *st, const unsigned char *block);
  void (*final)(void *st, unsigned char *out, uint64_t total_bytes, unsigned char *last, size_t n);
};

static uint32_t rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

/* MD5 (RFC 1321) */
static const uint32_t md5_k[64] = {
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const int md5_r[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                              4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};

static void md5_init(void *p) {
  uint32_t *h = p;
  h[0] = 0x67452301;
  h[1] = 0xefcdab89;
  h[2] = 0x98badcfe;
  h[3] = 0x10325476;
}

static void md5_compress(void *p, const unsigned char *b) {
  uint32_t *h = p, w[16];
  for (int i = 0; i < 16; i++) w[i] = (uint32_t)b[i * 4] | (uint32_t)b[i * 4 + 1] << 8 | (uint32_t)b[i * 4 + 2] << 16 | (uint32_t)b[i * 4 + 3] << 24;
  uint32_t a = h[0], bb = h[1], c = h[2], d = h[3];
  for (int i = 0; i < 64; i++) {
    uint32_t f;
    int g;
    if (i < 16) { f = (bb & c) | (~bb & d); g = i; }
    else if (i < 32) { f = (d & bb) | (~d & c); g = (5 * i + 1) % 16; }
    else if (i < 48) { f = bb ^ c ^ d; g = (3 * i + 5) % 16; }
    else { f = c ^ (bb | ~d); g = (7 * i) % 16; }
    uint32_t t = d;
    d = c;
    c = bb;
    bb = bb + rol(a + f + md5_k[i] + w[g], md5_r[i]);
    a = t;
  }
  h[0] += a;
  h[1] += bb;
  h[2] += c;
  h[3] += d;
}

/* Pads the last block (big or little endian length) and compresses. */
static void pad(void *st, const struct hash *H, unsigned char *last, size_t n, uint64_t total, int big_endian) {
  size_t lenbytes = H->block == 128 ? 16 : 8;
  last[n++] = 0x80;
  if (n > H->block - lenbytes) {
    memset(last + n, 0, H->block - n);
    H->compress(st, last);
    n = 0;
  }
  memset(last + n, 0, H->block - n);
  uint64_t bits = total * 8;
  for (int i = 0; i < 8; i++) {
    if (big_endian)
      last[H->block - 1 - i] = (unsigned char)(bits >> (8 * i));
    else
      last[H->block - 8 + i] = (unsigned char)(bits >> (8 * i));
  }
  H->compress(st, last);
}

static const struct hash MD5;
static void md5_final(void *p, unsigned char *out, uint64_t total, unsigned char *last, size_t n) {
  pad(p, &MD5, last, n, total, 0);
  uint32_t *h = p;
  for (int i = 0; i < 16; i++) out[i] = (unsigned char)(h[i / 4] >> (8 * (i % 4)));
}

/* SHA-1 (FIPS 180-4) */
static void sha1_init(void *p) {
  uint32_t *h = p;
  h[0] = 0x67452301;
  h[1] = 0xefcdab89;
  h[2] = 0x98badcfe;
  h[3] = 0x10325476;
  h[4] = 0xc3d2e1f0;
}

static void sha1_compress(void *p, const unsigned char *b) {
  uint32_t *h = p, w[80];
  for (int i = 0; i < 16; i++) w[i] = (uint32_t)b[i * 4] << 24 | (uint32_t)b[i * 4 + 1] << 16 | (uint32_t)b[i * 4 + 2] << 8 | b[i * 4 + 3];
  for (int i = 16; i < 80; i++) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4];
  for (int i = 0; i < 80; i++) {
    uint32_t f, k;
    if (i < 20) { f = (bb & c) | (~bb & d); k = 0x5a827999; }
    else if (i < 40) { f = bb ^ c ^ d; k = 0x6ed9eba1; }
    else if (i < 60) { f = (bb & c) | (bb & d) | (c & d); k = 0x8f1bbcdc; }
    else { f = bb ^ c ^ d; k = 0xca62c1d6; }
    uint32_t t = rol(a, 5) + f + e + k + w[i];
    e = d;
    d = c;
    c = rol(bb, 30);
    bb = a;
    a = t;
  }
  h[0] += a;
  h[1] += bb;
  h[2] += c;
  h[3] += d;
  h[4] += e;
}

static const struct hash SHA1;
static void sha1_final(void *p, unsigned char *out, uint64_t total, unsigned char *last, size_t n) {
  pad(p, &SHA1, last, n, total, 1);
  uint32_t *h = p;
  for (int i = 0; i < 20; i++) out[i] = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
}

/* SHA-256 */
static const uint32_t k256[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_init(void *p) {
  static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(p, iv, sizeof iv);
}

static void sha256_compress(void *p, const unsigned char *b) {
  uint32_t *h = p, w[64], v[8];
  for (int i = 0; i < 16; i++) w[i] = (uint32_t)b[i * 4] << 24 | (uint32_t)b[i * 4 + 1] << 16 | (uint32_t)b[i * 4 + 2] << 8 | b[i * 4 + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  memcpy(v, h, sizeof v);
  for (int i = 0; i < 64; i++) {
    uint32_t S1 = ror(v[4], 6) ^ ror(v[4], 11) ^ ror(v[4], 25);
    uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    uint32_t t1 = v[7] + S1 + ch + k256[i] + w[i];
    uint32_t S0 = ror(v[0], 2) ^ ror(v[0], 13) ^ ror(v[0], 22);
    uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    uint32_t t2 = S0 + maj;
    memmove(v + 1, v, 7 * sizeof *v);
    v[4] += t1;
    v[0] = t1 + t2;
  }
  for (int i = 0; i < 8; i++) h[i] += v[i];
}

static const struct hash SHA256;
static void sha256_final(void *p, unsigned char *out, uint64_t total, unsigned char *last, size_t n) {
  pad(p, &SHA256, last, n, total, 1);
  uint32_t *h = p;
  for (int i = 0; i < 32; i++) out[i] = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
}

/* SHA-512 */
static const uint64_t k512[80] = {
  0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
  0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
  0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL, 0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
  0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
  0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
  0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
  0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
  0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL, 0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
  0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
  0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static void sha512_init(void *p) {
  static const uint64_t iv[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                                 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  memcpy(p, iv, sizeof iv);
}

static void sha512_compress(void *p, const unsigned char *b) {
  uint64_t *h = p, w[80], v[8];
  for (int i = 0; i < 16; i++) {
    w[i] = 0;
    for (int k = 0; k < 8; k++) w[i] = w[i] << 8 | b[i * 8 + k];
  }
  for (int i = 16; i < 80; i++) {
    uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  memcpy(v, h, sizeof v);
  for (int i = 0; i < 80; i++) {
    uint64_t S1 = ror64(v[4], 14) ^ ror64(v[4], 18) ^ ror64(v[4], 41);
    uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
    uint64_t t1 = v[7] + S1 + ch + k512[i] + w[i];
    uint64_t S0 = ror64(v[0], 28) ^ ror64(v[0], 34) ^ ror64(v[0], 39);
    uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
    memmove(v + 1, v, 7 * sizeof *v);
    v[4] += t1;
    v[0] = t1 + S0 + maj;
  }
  for (int i = 0; i < 8; i++) h[i] += v[i];
}

static const struct hash SHA512;
static void sha512_final(void *p, unsigned char *out, uint64_t total, unsigned char *last, size_t n) {
  pad(p, &SHA512, last, n, total, 1);
  uint64_t *h = p;
  for (int i = 0; i < 64; i++) out[i] = (unsigned char)(h[i / 8] >> (56 - 8 * (i % 8)));
}

static const struct hash MD5 = {"MD5", 64, 16, md5_init, md5_compress, md5_final};
static const struct hash SHA1 = {"SHA1", 64, 20, sha1_init, sha1_compress, sha1_final};
static const struct hash SHA256 = {"SHA256", 64, 32, sha256_init, sha256_compress, sha256_final};
static const struct hash SHA512 = {"SHA512", 128, 64, sha512_init, sha512_compress, sha512_final};

/* Hex digest of a stream into hex (2*out+1 bytes). */
static void digest(const struct hash *H, FILE *f, char *hex) {
  uint64_t st[8];
  unsigned char block[128], out[64];
  size_t n = 0;
  uint64_t total = 0;
  H->init(st);
  for (;;) {
    size_t r = fread(block + n, 1, H->block - n, f);
    if (r == 0) break;
    n += r;
    total += r;
    if (n == H->block) {
      H->compress(st, block);
      n = 0;
    }
  }
  H->final(st, out, total, block, n);
  for (size_t i = 0; i < H->out; i++) sprintf(hex + 2 * i, "%02x", out[i]);
}

static int check(const struct hash *H, const char *listname, int quiet_ok, int status_only) {
  FILE *l = open_input(listname);
  if (!l) return 1;
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  int bad = 0, missing = 0, checked = 0;
  while ((len = getline(&line, &cap, l)) >= 0) {
    if (len > 0 && line[len - 1] == '\n') line[--len] = 0;
    size_t hl = H->out * 2;
    if ((size_t)len < hl + 2 || line[hl] != ' ') continue;
    const char *name = line + hl + 2;
    FILE *f = fopen(name, "r");
    if (!f) {
      if (!status_only) {
        app_perr("%s", name);
        printf("%s: FAILED open or read\n", name);
      }
      missing++;
      continue;
    }
    char hex[129];
    digest(H, f, hex);
    fclose(f);
    checked++;
    int ok = strncasecmp(hex, line, hl) == 0;
    if (!ok) bad++;
    if (!status_only && !(ok && quiet_ok)) printf("%s: %s\n", name, ok ? "OK" : "FAILED");
  }
  free(line);
  close_input(l);
  if (checked == 0 && missing == 0) {
    if (GNU)
      app_err("%s: no properly formatted checksum lines found", listname);
    else
      app_err("%s: no checksum lines found", listname);
    return 1;
  }
  if (!status_only && GNU) {
    if (missing) fprintf(stderr, "%s: WARNING: %d listed file%s could not be read\n", applet_name, missing, missing == 1 ? "" : "s");
    if (bad) fprintf(stderr, "%s: WARNING: %d computed checksum%s did NOT match\n", applet_name, bad, bad == 1 ? "" : "s");
  }
  return bad || missing;
}

static int sum_main(const struct hash *H, int argc, char **argv) {
  int c, checking = 0, quiet = 0, status_only = 0;
  open_cant_style = 1;
  static const struct option hash_long[] = {{"check", no_argument, NULL, 'c'}, {"quiet", no_argument, NULL, 'q'}, {"status", no_argument, NULL, 's'}, {"binary", no_argument, NULL, 'b'}, {"text", no_argument, NULL, 't'}, {"warn", no_argument, NULL, 'w'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "cqsbtwz", hash_long)) != -1) {
    switch (c) {
    case 'c': checking = 1; break;
    case 'q': quiet = 1; break;
    case 's': status_only = 1; break;
    case 'b': case 't': case 'w': case 'z': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  char *dash[] = {"-", NULL};
  char **files = optind < argc ? argv + optind : dash;
  int status = 0;
  for (; *files; files++) {
    if (checking) {
      status |= check(H, *files, quiet, status_only);
      continue;
    }
    FILE *f = open_input(*files);
    if (!f) {
      status = 1;
      continue;
    }
    char hex[129];
    digest(H, f, hex);
    close_input(f);
    printf("%s  %s\n", hex, *files);
  }
  return status;
}

int md5sum_main(int argc, char **argv) { return sum_main(&MD5, argc, argv); }
int sha1sum_main(int argc, char **argv) { return sum_main(&SHA1, argc, argv); }
int sha256sum_main(int argc, char **argv) { return sum_main(&SHA256, argc, argv); }
int sha512sum_main(int argc, char **argv) { return sum_main(&SHA512, argc, argv); }
