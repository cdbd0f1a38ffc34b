/*
 * fsprobe: exercises the file system through libc (open, read, write, seek, stat,
 * directories, rename, links, unlink, chdir) and prints one "name=result" line each.
 * It expects /etc/motd ("welcome\n"), /etc/remove-me, /etc/os-release -> motd (a
 * symlink) and an empty /tmp, as the test's image layer provides.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

static const char *err(int e) {
  switch (e) {
    case 0: return "ok";
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case ENOTEMPTY: return "ENOTEMPTY";
    case EBADF: return "EBADF";
    case EINVAL: return "EINVAL";
    case ELOOP: return "ELOOP";
    case ENOTCAPABLE: return "ENOTCAPABLE";
    case ENOSYS: return "ENOSYS";
    default: return "other";
  }
}

static void line(const char *name, const char *value) { printf("%s=%s\n", name, value); }
static void linei(const char *name, long long value) { printf("%s=%lld\n", name, value); }
static void check(const char *name, int failed) { line(name, failed ? err(errno) : "ok"); }

/* Prints the whole content of a file (at most 255 bytes), or the error; 0 or -1. */
static int show(const char *name, const char *path) {
  char buf[256];
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    line(name, err(errno));
    return -1;
  }
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n < 0) {
    line(name, err(errno));
    return -1;
  }
  buf[n] = 0;
  for (ssize_t i = 0; i < n; i++)
    if (buf[i] == '\n') buf[i] = '|';
  line(name, buf);
  return 0;
}

static const char *kind(mode_t m) {
  return S_ISREG(m) ? "file" : S_ISDIR(m) ? "dir" : S_ISLNK(m) ? "symlink" : "other";
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The names in a directory ("." and ".." too), sorted, joined by commas. */
static void list(const char *name, const char *path) {
  DIR *d = opendir(path);
  if (!d) {
    line(name, err(errno));
    return;
  }
  char *names[64];
  int count = 0;
  struct dirent *e;
  while ((e = readdir(d)) && count < 64) names[count++] = strdup(e->d_name);
  closedir(d);
  qsort(names, count, sizeof names[0], by_name);
  char out[1024] = "";
  for (int i = 0; i < count; i++) {
    if (i) strcat(out, ",");
    strcat(out, names[i]);
    free(names[i]);
  }
  line(name, out);
}

int main(void) {
  struct stat st;
  char buf[256];

  /* Without a file system (no preopen) there is nothing more to try. */
  if (show("read-layer", "/etc/motd") != 0) return 1;
  show("read-symlink", "/etc/os-release");

  int fd = open("/tmp/out.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  check("create", fd < 0);
  check("write", write(fd, "hello fs\n", 9) != 9);
  close(fd);
  show("read-back", "/tmp/out.txt");

  fd = open("/tmp/out.txt", O_WRONLY | O_APPEND);
  check("append", write(fd, "more\n", 5) != 5);
  close(fd);
  show("read-appended", "/tmp/out.txt");

  errno = 0;
  check("create-excl", open("/tmp/out.txt", O_CREAT | O_EXCL | O_WRONLY, 0644) < 0);

  fd = open("/tmp/out.txt", O_RDWR);
  linei("seek-end", lseek(fd, 0, SEEK_END));
  check("pwrite", pwrite(fd, "J", 1, 0) != 1);
  memset(buf, 0, sizeof buf);
  ssize_t n = pread(fd, buf, 5, 0);
  line("pread", n == 5 ? buf : err(errno));
  lseek(fd, 6, SEEK_SET);
  n = read(fd, buf, 2);
  buf[n > 0 ? n : 0] = 0;
  line("seek-read", buf);
  linei("tell", lseek(fd, 0, SEEK_CUR));
  check("ftruncate", ftruncate(fd, 5) != 0);
  check("fstat", fstat(fd, &st) != 0);
  linei("fstat-size", st.st_size);
  line("fstat-kind", kind(st.st_mode));
  close(fd);

  check("stat", stat("/etc/os-release", &st) != 0);
  line("stat-kind", kind(st.st_mode));
  linei("stat-size", st.st_size);
  check("lstat", lstat("/etc/os-release", &st) != 0);
  line("lstat-kind", kind(st.st_mode));
  n = readlink("/etc/os-release", buf, sizeof buf - 1);
  buf[n > 0 ? n : 0] = 0;
  line("readlink", n >= 0 ? buf : err(errno));

  check("mkdir", mkdir("/tmp/d", 0755) != 0);
  errno = 0;
  check("mkdir-again", mkdir("/tmp/d", 0755) != 0);
  check("symlink", symlink("../../etc/motd", "/tmp/d/motd-link") != 0);
  show("read-new-symlink", "/tmp/d/motd-link");
  check("link", link("/tmp/out.txt", "/tmp/d/hard") != 0);
  check("stat-hard", stat("/tmp/d/hard", &st) != 0);
  linei("nlink", st.st_nlink);
  check("rename", rename("/tmp/out.txt", "/tmp/renamed.txt") != 0);
  errno = 0;
  check("stat-old", stat("/tmp/out.txt", &st) != 0);
  show("read-renamed", "/tmp/renamed.txt");
  list("list-tmp", "/tmp");
  list("list-etc", "/etc");
  list("list-root", "/");

  errno = 0;
  check("rmdir-nonempty", rmdir("/tmp/d") != 0);
  check("unlink-layer", unlink("/etc/remove-me") != 0);
  errno = 0;
  check("stat-removed", stat("/etc/remove-me", &st) != 0);
  errno = 0;
  check("open-missing", open("/nope/x", O_RDONLY) < 0);
  errno = 0;
  check("open-dir-write", open("/etc", O_WRONLY) < 0);
  errno = 0;
  check("open-notdir", open("/etc/motd/x", O_RDONLY) < 0);
  errno = 0;
  check("opendir-file", opendir("/etc/motd") == NULL);

  struct timeval tv[2] = {{1000000000, 0}, {1200000000, 0}};
  check("utimes", utimes("/tmp/renamed.txt", tv) != 0);
  stat("/tmp/renamed.txt", &st);
  linei("mtime", (long long)st.st_mtime);

  /* Bigger than one RPC chunk: written and read back in pieces. */
  size_t big = 3 * 1024 * 1024 + 17;
  unsigned char *data = malloc(big);
  for (size_t i = 0; i < big; i++) data[i] = (unsigned char)(i * 7 + i / 251);
  fd = open("/tmp/big", O_CREAT | O_RDWR | O_TRUNC, 0644);
  check("big-write", write(fd, data, big) != (ssize_t)big);
  unsigned char *back = calloc(big, 1);
  check("big-read", pread(fd, back, big, 0) != (ssize_t)big);
  line("big-same", memcmp(data, back, big) == 0 ? "yes" : "no");
  close(fd);
  check("unlink-big", unlink("/tmp/big") != 0);

  check("chdir", chdir("/etc") != 0);
  show("read-relative", "motd");
  FILE *f = fopen("/tmp/d/stdio.txt", "w");
  check("fopen", f == NULL);
  fprintf(f, "via stdio %d\n", 42);
  check("fclose", fclose(f) != 0);
  show("read-stdio", "../tmp/d/stdio.txt");
  check("unlink", unlink("/tmp/d/hard") != 0);
  check("unlink-link", unlink("/tmp/d/motd-link") != 0);
  check("unlink-stdio", unlink("/tmp/d/stdio.txt") != 0);
  check("rmdir", rmdir("/tmp/d") != 0);
  return 0;
}
