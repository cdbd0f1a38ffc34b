/* tar: create, extract and list ustar archives (gzip-compressed ones too). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib.h"

int gunzip_buffer(const unsigned char *p, size_t n, unsigned char **out, size_t *outlen);
void gzip_buffer(const unsigned char *p, size_t n, const char *name, long mtime, unsigned char **out, size_t *outlen);

struct obuf {
  unsigned char *p;
  size_t n, cap;
};

static void emit(struct obuf *b, const void *p, size_t n) {
  if (b->n + n > b->cap) b->p = xrealloc(b->p, b->cap = (b->n + n) * 2 + 4096);
  memcpy(b->p + b->n, p, n);
  b->n += n;
}

static void octal(char *field, size_t width, unsigned long long v) {
  snprintf(field, width, "%0*llo", (int)width - 1, v);
}

static void header(struct obuf *b, const char *name, const struct stat *st, char type, const char *link, unsigned long long size) {
  unsigned char h[512];
  memset(h, 0, sizeof h);
  size_t nl = strlen(name);
  if (nl > 100) {
    /* GNU long name record first */
    unsigned char lh[512];
    memset(lh, 0, sizeof lh);
    strcpy((char *)lh, "././@LongLink");
    octal((char *)lh + 100, 8, 0644);
    octal((char *)lh + 108, 8, 0);
    octal((char *)lh + 116, 8, 0);
    octal((char *)lh + 124, 12, nl + 1);
    octal((char *)lh + 136, 12, 0);
    lh[156] = 'L';
    memcpy(lh + 257, "ustar  ", 8);
    memset(lh + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < 512; i++) sum += lh[i];
    snprintf((char *)lh + 148, 8, "%06o", sum);
    emit(b, lh, 512);
    emit(b, name, nl + 1);
    static const unsigned char zero[512];
    if ((nl + 1) % 512) emit(b, zero, 512 - (nl + 1) % 512);
  }
  memcpy(h, name, nl > 100 ? 100 : nl);
  octal((char *)h + 100, 8, st->st_mode & 07777);
  octal((char *)h + 108, 8, st->st_uid);
  octal((char *)h + 116, 8, st->st_gid);
  octal((char *)h + 124, 12, size);
  octal((char *)h + 136, 12, (unsigned long long)st->st_mtime);
  h[156] = (unsigned char)type;
  if (link) strncpy((char *)h + 157, link, 100);
  memcpy(h + 257, "ustar", 6);
  memcpy(h + 263, "00", 2);
  char *u = user_name(st->st_uid), *g = group_name(st->st_gid);
  strncpy((char *)h + 265, u ? u : "root", 31);
  strncpy((char *)h + 297, g ? g : "root", 31);
  free(u);
  free(g);
  memset(h + 148, ' ', 8);
  unsigned sum = 0;
  for (int i = 0; i < 512; i++) sum += h[i];
  snprintf((char *)h + 148, 8, "%06o", sum);
  h[155] = ' ';
  emit(b, h, 512);
}

static int add_path(struct obuf *b, const char *path, const char *name, int verbose, int deref) {
  struct stat st;
  if ((deref ? xstat(path, &st) : xlstat(path, &st)) != 0) {
    app_perr("%s", path);
    return 1;
  }
  if (verbose) fprintf(stderr, "%s%s\n", name, S_ISDIR(st.st_mode) ? "/" : "");
  if (S_ISDIR(st.st_mode)) {
    char *dn = xasprintf("%s/", name);
    header(b, dn, &st, '5', NULL, 0);
    free(dn);
    DIR *d = opendir(path);
    if (!d) {
      app_perr("can't open '%s'", path);
      return 1;
    }
    size_t n = 0, cap = 16;
    char **names = xmalloc(cap * sizeof *names);
    struct dirent *de;
    while ((de = readdir(d))) {
      if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
      if (n == cap) names = xrealloc(names, (cap *= 2) * sizeof *names);
      names[n++] = xstrdup(de->d_name);
    }
    closedir(d);
    int status = 0;
    for (size_t i = 0; i < n; i++) {
      char *p = concat_path(path, names[i]), *nm = concat_path(name, names[i]);
      status |= add_path(b, p, nm, verbose, deref);
      free(p);
      free(nm);
      free(names[i]);
    }
    free(names);
    return status;
  }
  if (S_ISLNK(st.st_mode)) {
    char t[4096];
    ssize_t l = readlink(path, t, sizeof t - 1);
    t[l > 0 ? l : 0] = 0;
    header(b, name, &st, '2', t, 0);
    return 0;
  }
  if (!S_ISREG(st.st_mode)) return 0;
  FILE *f = fopen(path, "r");
  if (!f) {
    app_perr("can't open '%s'", path);
    return 1;
  }
  size_t len;
  char *data = read_all(f, &len);
  fclose(f);
  header(b, name, &st, '0', NULL, len);
  emit(b, data, len);
  static const unsigned char zero[512];
  if (len % 512) emit(b, zero, 512 - len % 512);
  free(data);
  return 0;
}

static unsigned long long parse_octal(const unsigned char *p, size_t n) {
  unsigned long long v = 0;
  size_t i = 0;
  while (i < n && (p[i] == ' ' || p[i] == 0)) i++;
  for (; i < n && p[i] >= '0' && p[i] <= '7'; i++) v = v * 8 + (unsigned)(p[i] - '0');
  return v;
}

static void mkdirs(const char *path) {
  char *p = xstrdup(path);
  for (char *s = p + 1; *s; s++)
    if (*s == '/') {
      *s = 0;
      mkdir(p, 0755);
      *s = '/';
    }
  free(p);
}

int tar_main(int argc, char **argv) {
  /* "tar xzf a.tgz": a first word without a dash holds options */
  char **args = argv;
  char *first = NULL;
  if (argc > 1 && argv[1][0] != '-') {
    args = xmalloc(((size_t)argc + 1) * sizeof *args);
    memcpy(args, argv, ((size_t)argc + 1) * sizeof *args);
    first = xasprintf("-%s", argv[1]);
    args[1] = first;
  }
  int c, mode = 0, gz = 0, verbose = 0, to_stdout = 0, deref = 0, keep_old = 0, no_mtime = 0;
  const char *file = NULL, *dir = NULL;
  static const struct option tar_long[] = {{"gzip", no_argument, NULL, 'z'}, {"file", required_argument, NULL, 'f'}, {"directory", required_argument, NULL, 'C'},
                                           {"extract", no_argument, NULL, 'x'}, {"create", no_argument, NULL, 'c'}, {"list", no_argument, NULL, 't'},
                                           {"verbose", no_argument, NULL, 'v'}, {"to-stdout", no_argument, NULL, 'O'}, {"help", no_argument, NULL, 'H' + 0x100},
                                           {"no-same-owner", no_argument, NULL, 'o'}, {"overwrite", no_argument, NULL, 'W'}, {NULL, 0, NULL, 0}};
  int rc = 0;
  while ((c = app_getopt(argc, args, "cxtzf:C:vOhmokaj", tar_long)) != -1) {
    switch (c) {
    case 'c': case 'x': case 't': mode = c; break;
    case 'z': case 'a': gz = 1; break;
    case 'f': file = optarg; break;
    case 'C': dir = optarg; break;
    case 'v': verbose++; break;
    case 'O': to_stdout = 1; break;
    case 'h': deref = 1; break;
    case 'k': keep_old = 1; break;
    case 'm': no_mtime = 1; break;
    case 'o': case 'W': break;
    case 'j': app_err("bzip2 is not supported"); rc = 1; goto out;
    case 'H' + 0x100: rc = app_help(); goto out;
    default: rc = app_bad_usage(1); goto out;
    }
  }
  if (!mode) {
    rc = app_show_usage();
    goto out;
  }
  if (mode == 'c') {
    if (optind >= argc) {
      app_err("empty archive");
      rc = 1;
      goto out;
    }
    char cwd[4096];
    int saved = dir && getcwd(cwd, sizeof cwd) != NULL;
    if (dir && chdir(dir) != 0) {
      app_perr("can't change directory to '%s'", dir);
      rc = 1;
      goto out;
    }
    struct obuf b = {0};
    int warned = 0;
    for (int i = optind; i < argc; i++) {
      const char *nm = args[i];
      while (nm[0] == '/' && nm[1]) {
        if (!warned) app_err("removing leading '/' from member names");
        warned = 1;
        nm++;
      }
      if (!strcmp(args[i], "/")) nm = ".";
      rc |= add_path(&b, args[i], nm, verbose, deref);
    }
    static const unsigned char zero[1024];
    emit(&b, zero, 1024);
    if (b.n % 10240) {
      size_t pad = 10240 - b.n % 10240;
      unsigned char *z = xmalloc(pad);
      memset(z, 0, pad);
      emit(&b, z, pad);
      free(z);
    }
    if (saved) (void)chdir(cwd);
    unsigned char *data = b.p;
    size_t len = b.n;
    if (gz) {
      gzip_buffer(b.p, b.n, NULL, (long)time(NULL), &data, &len);
      free(b.p);
    }
    if (!file || !strcmp(file, "-")) {
      fwrite(data, 1, len, stdout);
    } else {
      FILE *o = fopen(file, "w");
      if (!o) {
        app_perr("can't open '%s'", file);
        free(data);
        rc = 1;
        goto out;
      }
      fwrite(data, 1, len, o);
      fclose(o);
    }
    free(data);
    goto out;
  }
  FILE *in = !file || !strcmp(file, "-") ? stdin : fopen(file, "r");
  if (!in) {
    app_perr("can't open '%s'", file);
    rc = 1;
    goto out;
  }
  size_t len;
  unsigned char *data = (unsigned char *)read_all(in, &len);
  close_input(in);
  if (len >= 2 && data[0] == 0x1f && data[1] == 0x8b) {
    unsigned char *u;
    size_t ul;
    if (gunzip_buffer(data, len, &u, &ul) != 0) {
      app_err("corrupted data");
      free(data);
      rc = 1;
      goto out;
    }
    free(data);
    data = u;
    len = ul;
  } else if (gz && len) {
    app_err("invalid magic");
    free(data);
    rc = 1;
    goto out;
  }
  if (dir && mode == 'x' && chdir(dir) != 0) {
    app_perr("can't change directory to '%s'", dir);
    free(data);
    rc = 1;
    goto out;
  }
  char *longname = NULL;
  size_t pos = 0;
  while (pos + 512 <= len) {
    const unsigned char *h = data + pos;
    int empty = 1;
    for (int i = 0; i < 512; i++)
      if (h[i]) {
        empty = 0;
        break;
      }
    if (empty) break;
    unsigned sum = 0;
    for (int i = 0; i < 512; i++) sum += (i >= 148 && i < 156) ? ' ' : h[i];
    if (sum != parse_octal(h + 148, 8)) {
      app_err(pos ? "checksum error" : "invalid tar magic");
      rc = 1;
      break;
    }
    unsigned long long size = parse_octal(h + 124, 12);
    char type = (char)h[156];
    char name[512];
    if (longname) {
      snprintf(name, sizeof name, "%s", longname);
      free(longname);
      longname = NULL;
    } else if (!memcmp(h + 257, "ustar", 5) && h[345]) {
      snprintf(name, sizeof name, "%.155s/%.100s", (const char *)h + 345, (const char *)h);
    } else {
      snprintf(name, sizeof name, "%.100s", (const char *)h);
    }
    const unsigned char *body = data + pos + 512;
    size_t blocks = (size_t)((size + 511) / 512) * 512;
    if (pos + 512 + size > len) {
      app_err("short read");
      rc = 1;
      break;
    }
    pos += 512 + blocks;
    if (type == 'L') {
      longname = strndup((const char *)body, (size_t)size);
      continue;
    }
    if (type == 'x' || type == 'g') {
      /* pax: take path= */
      const char *p = (const char *)body, *end = p + size;
      while (p < end) {
        const char *sp = memchr(p, ' ', (size_t)(end - p));
        if (!sp) break;
        long rl = atol(p);
        if (rl <= 0) break;
        if (!strncmp(sp + 1, "path=", 5) && type == 'x') longname = strndup(sp + 6, (size_t)(p + rl - sp - 7));
        p += rl;
      }
      continue;
    }
    if (optind < argc) {
      /* only the named members (and what is below them) */
      int want = 0;
      for (int i = optind; i < argc && !want; i++) {
        size_t l = strlen(args[i]);
        while (l > 1 && args[i][l - 1] == '/') l--;
        if (!strncmp(name, args[i], l) && (name[l] == 0 || name[l] == '/')) want = 1;
      }
      if (!want) continue;
    }
    mode_t perm = (mode_t)parse_octal(h + 100, 8);
    time_t mtime = (time_t)parse_octal(h + 136, 12);
    char linkname[101];
    snprintf(linkname, sizeof linkname, "%.100s", (const char *)h + 157);
    if (mode == 't') {
      if (verbose) {
        char m[11];
        mode_t ft = type == '5' ? S_IFDIR : type == '2' ? S_IFLNK : S_IFREG;
        mode_string(ft | (perm & 07777), m);
        struct tm tm;
        gmtime_r(&mtime, &tm);
        char ug[80];
        snprintf(ug, sizeof ug, "%.32s/%.32s", (const char *)h + 265, (const char *)h + 297);
        printf("%s %s %9llu %04d-%02d-%02d %02d:%02d:%02d %s", m, ug, size, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, name);
        if (type == '2') printf(" -> %s", linkname);
        if (type == '1') printf(" link to %s", linkname);
        putchar('\n');
      } else {
        puts(name);
      }
      continue;
    }
    /* extract */
    const char *nm = name;
    while (*nm == '/') nm++;
    if (!*nm) continue;
    if (verbose && !to_stdout) puts(name);
    if (to_stdout) {
      if (type == '0' || type == 0) fwrite(body, 1, (size_t)size, stdout);
      continue;
    }
    mkdirs(nm);
    struct timespec ts[2] = {{mtime, 0}, {mtime, 0}};
    if (type == '5') {
      if (mkdir(nm, 0755) != 0 && errno != EEXIST) {
        app_perr("can't create directory '%s'", nm);
        rc = 1;
      }
    } else if (type == '2') {
      unlink(nm);
      if (symlink(linkname, nm) != 0) {
        app_perr("can't create symlink '%s' to '%s'", nm, linkname);
        rc = 1;
      }
      continue;
    } else if (type == '1') {
      unlink(nm);
      if (link(linkname, nm) != 0) {
        app_perr("can't create hardlink '%s'", nm);
        rc = 1;
      }
      continue;
    } else if (type == '0' || type == 0 || type == '7') {
      struct stat st;
      if (keep_old && lstat(nm, &st) == 0) continue;
      unlink(nm);
      int fd = open(nm, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd < 0) {
        app_perr("can't open '%s'", nm);
        rc = 1;
        continue;
      }
      size_t left = (size_t)size;
      const unsigned char *p = body;
      while (left) {
        ssize_t w = write(fd, p, left);
        if (w <= 0) break;
        p += w;
        left -= (size_t)w;
      }
      close(fd);
    } else {
      continue;
    }
    if (!no_mtime) utimensat(AT_FDCWD, nm, ts, 0);
  }
  free(longname);
  free(data);
out:
  free(first);
  if (args != argv) free(args);
  return rc;
}
