/* Reading the process table and memory figures the kernel provides. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "gorae_sys.h"
#include "lib.h"

int read_procs(struct proc **out) {
  int32_t cap = 8192;
  char *buf = NULL;
  int32_t n;
  for (;;) {
    buf = xrealloc(buf, (size_t)cap + 1);
    n = gorae_procs(buf, cap);
    if (n != -ERANGE) break;
    cap *= 2;
  }
  if (n < 0) {
    free(buf);
    *out = NULL;
    return -1;
  }
  buf[n] = 0;
  int count = 0, alloc = 16;
  struct proc *v = xmalloc((size_t)alloc * sizeof *v);
  char *save = NULL;
  for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    struct proc p;
    memset(&p, 0, sizeof p);
    int used = 0;
    if (sscanf(line, "%d %d %d %c %lld %lld %lld %lld %15s %n", &p.pid, &p.ppid, &p.uid, &p.state, &p.vsz, &p.rss, &p.start_ms, &p.cpu_ms, p.tty, &used) < 9) continue;
    char *args = xstrdup(line + used);
    for (char *c = args; *c; c++)
      if (*c == '\x1f') *c = ' ';
    p.args = args;
    char *first = xstrdup(line + used);
    char *sep = strchr(first, '\x1f');
    if (sep) *sep = 0;
    p.comm = xstrdup(base_name(first));
    free(first);
    if (count == alloc) v = xrealloc(v, (size_t)(alloc *= 2) * sizeof *v);
    v[count++] = p;
  }
  free(buf);
  *out = v;
  return count;
}

void free_procs(struct proc *p, int n) {
  for (int i = 0; i < n; i++) {
    free(p[i].args);
    free(p[i].comm);
  }
  free(p);
}

void read_sysinfo(long long out[7]) {
  int64_t v[7] = {0};
  if (gorae_sysinfo(v) < 0) {
    v[0] = 8029416;
    v[1] = 6000000;
    v[2] = 7000000;
  }
  for (int i = 0; i < 7; i++) out[i] = v[i];
}

unsigned long long blocks_1k(const struct stat *st) {
  if (st->st_blocks > 0) return (unsigned long long)st->st_blocks / 2;
  if (S_ISLNK(st->st_mode)) return 0;
  if (S_ISDIR(st->st_mode)) return 4;
  if (!S_ISREG(st->st_mode)) return 0;
  return ((unsigned long long)st->st_size + 4095) / 4096 * 4;
}
