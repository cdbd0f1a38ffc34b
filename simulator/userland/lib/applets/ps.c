/* ps: the process table (BusyBox's and procps' default layouts, -o columns). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib.h"

static char *uname_of(int uid) {
  char *n = user_name((unsigned)uid);
  return n ? n : xasprintf("%d", uid);
}

static void cpu_time(long long ms, char *buf, size_t len, int hms) {
  long long s = ms / 1000;
  if (hms)
    snprintf(buf, len, "%02lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  else
    snprintf(buf, len, "%lld:%02lld", s / 60, s % 60);
}

/* BusyBox -o columns */
struct col {
  const char *name, *header;
  int width; /* negative: left aligned */
};

static const struct col cols[] = {
  {"pid", "PID", 5}, {"ppid", "PPID", 5}, {"pgid", "PGID", 5}, {"user", "USER", -8}, {"uid", "UID", 5}, {"group", "GROUP", -8},
  {"gid", "GID", 5}, {"comm", "COMMAND", -16}, {"args", "COMMAND", 0}, {"time", "TIME", 6}, {"etime", "ELAPSED", 7},
  {"vsz", "VSZ", 6}, {"rss", "RSS", 5}, {"stat", "STAT", -4}, {"tty", "TT", -6}, {"nice", "NI", 3}, {"pcpu", "%CPU", 4},
};

static void print_cell(const struct proc *p, const char *name, long long uptime_ms, char *buf, size_t len) {
  if (!strcmp(name, "pid")) snprintf(buf, len, "%d", p->pid);
  else if (!strcmp(name, "ppid")) snprintf(buf, len, "%d", p->ppid);
  else if (!strcmp(name, "pgid")) snprintf(buf, len, "%d", p->pid);
  else if (!strcmp(name, "user")) { char *u = uname_of(p->uid); snprintf(buf, len, "%s", u); free(u); }
  else if (!strcmp(name, "group")) { char *g = group_name((unsigned)p->uid); snprintf(buf, len, "%s", g ? g : "0"); free(g); }
  else if (!strcmp(name, "uid") || !strcmp(name, "gid")) snprintf(buf, len, "%d", p->uid);
  else if (!strcmp(name, "comm")) snprintf(buf, len, "%s", p->comm);
  else if (!strcmp(name, "args")) snprintf(buf, len, "%s", p->args);
  else if (!strcmp(name, "time")) cpu_time(p->cpu_ms, buf, len, 0);
  else if (!strcmp(name, "etime")) cpu_time(uptime_ms - p->start_ms > 0 ? uptime_ms - p->start_ms : 0, buf, len, 0);
  else if (!strcmp(name, "vsz")) snprintf(buf, len, "%lld", p->vsz);
  else if (!strcmp(name, "rss")) snprintf(buf, len, "%lld", p->rss);
  else if (!strcmp(name, "stat")) snprintf(buf, len, "%c", p->state);
  else if (!strcmp(name, "tty")) snprintf(buf, len, "%s", p->tty);
  else if (!strcmp(name, "nice")) snprintf(buf, len, "0");
  else if (!strcmp(name, "pcpu")) snprintf(buf, len, "0");
  else buf[0] = 0;
}

static int bb_ps(char **colspec, int ncolspec, struct proc *v, int n, long long uptime_ms) {
  int width = term_width();
  if (!ncolspec) {
    puts("PID   USER     TIME  COMMAND");
    for (int i = 0; i < n; i++) {
      char t[32], *u = uname_of(v[i].uid);
      cpu_time(v[i].cpu_ms, t, sizeof t, 0);
      char line[4096];
      int len = snprintf(line, sizeof line, "%5d %-8.8s %5s %s", v[i].pid, u, t, v[i].args);
      if (width > 0 && len > width) line[width] = 0;
      puts(line);
      free(u);
    }
    return 0;
  }
  /* -o: columns with optional =HEADER */
  struct { const struct col *c; char *header; } sel[32];
  int ns = 0;
  for (int k = 0; k < ncolspec; k++) {
    char *spec = xstrdup(colspec[k]), *save = NULL;
    for (char *tok = strtok_r(spec, ",", &save); tok && ns < 32; tok = strtok_r(NULL, ",", &save)) {
      char *eq = strchr(tok, '=');
      if (eq) *eq = 0;
      const struct col *c = NULL;
      for (size_t j = 0; j < sizeof cols / sizeof cols[0]; j++)
        if (!strcmp(cols[j].name, tok)) c = &cols[j];
      if (!c) {
        app_err("bad -o argument '%s', supported arguments: user,group,comm,args,pid,ppid,pgid,etime,nice,rgroup,ruser,time,tty,vsz,sid,stat,rss", tok);
        free(spec);
        return 1;
      }
      sel[ns].c = c;
      sel[ns].header = xstrdup(eq ? eq + 1 : c->header);
      ns++;
      if (eq) break;
    }
    free(spec);
  }
  int any_header = 0;
  for (int k = 0; k < ns; k++) any_header |= sel[k].header[0] != 0;
  char cell[4096];
  for (int row = any_header ? -1 : 0; row < n; row++) {
    char line[8192];
    size_t o = 0;
    for (int k = 0; k < ns; k++) {
      const char *text = sel[k].header;
      if (row >= 0) {
        print_cell(&v[row], sel[k].c->name, uptime_ms, cell, sizeof cell);
        text = cell;
      }
      int w = sel[k].c->width;
      if (k + 1 == ns && w < 0) w = 0;
      o += (size_t)snprintf(line + o, sizeof line - o, "%s%*s", k ? " " : "", w, text);
      if (o >= sizeof line) o = sizeof line - 1;
    }
    while (o > 0 && line[o - 1] == ' ') line[--o] = 0;
    if (width > 0 && (int)o > width) line[width] = 0;
    puts(line);
  }
  for (int k = 0; k < ns; k++) free(sel[k].header);
  return 0;
}

static void stime(long long start_ms, long long uptime_ms, char *buf, size_t len) {
  time_t now = time(NULL);
  time_t t = start_ms > 100000000000LL ? (time_t)(start_ms / 1000) : now - (time_t)((uptime_ms - start_ms) / 1000);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, len, now - t > 86400 ? "%b%d" : "%H:%M", &tm);
}

static int gnu_ps(int full, int bsd, struct proc *v, int n, long long uptime_ms, long long mem_total) {
  if (bsd) {
    puts("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND");
    for (int i = 0; i < n; i++) {
      char *u = uname_of(v[i].uid), st[16], t[16];
      stime(v[i].start_ms, uptime_ms, st, sizeof st);
      cpu_time(v[i].cpu_ms, t, sizeof t, 0);
      double mem = mem_total > 0 ? 100.0 * (double)v[i].rss / (double)mem_total : 0;
      char state[4] = {v[i].state, v[i].pid == 1 ? 's' : 0, 0, 0};
      printf("%-8.8s %7d %4.1f %4.1f %6lld %5lld %-8s %-4s %5s %6s %s\n", u, v[i].pid, 0.0, mem, v[i].vsz, v[i].rss, v[i].tty, state, st, t, v[i].args);
      free(u);
    }
    return 0;
  }
  if (full) {
    puts("UID          PID    PPID  C STIME TTY          TIME CMD");
    for (int i = 0; i < n; i++) {
      char *u = uname_of(v[i].uid), st[16], t[16];
      stime(v[i].start_ms, uptime_ms, st, sizeof st);
      cpu_time(v[i].cpu_ms, t, sizeof t, 1);
      printf("%-8.8s %7d %7d  0 %5s %-8s %8s %s\n", u, v[i].pid, v[i].ppid, st, v[i].tty, t, v[i].args);
      free(u);
    }
    return 0;
  }
  puts("    PID TTY          TIME CMD");
  for (int i = 0; i < n; i++) {
    char t[16];
    cpu_time(v[i].cpu_ms, t, sizeof t, 1);
    printf("%7d %-8s %8s %s\n", v[i].pid, v[i].tty, t, v[i].comm);
  }
  return 0;
}

int ps_main(int argc, char **argv) {
  int c, full = 0, bsd = 0, all = 0;
  char *colspec[16];
  int ncol = 0;
  /* BSD-style "ps aux": letters without a dash */
  if (argc > 1 && argv[1][0] != '-') {
    bsd = strchr(argv[1], 'u') != NULL;
    all = 1;
    argv[1] = (char *)"-w";
  }
  while ((c = app_getopt(argc, argv, "o:Tweflajx", NULL)) != -1) {
    switch (c) {
    case 'o': if (ncol < 16) colspec[ncol++] = optarg; break;
    case 'f': full = 1; break;
    case 'e': case 'A': case 'a': case 'x': all = 1; break;
    case 'T': case 'w': case 'l': case 'j': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  (void)all;
  struct proc *v;
  int n = read_procs(&v);
  if (n < 0) {
    app_err("can't read process table");
    return 1;
  }
  long long si[7];
  read_sysinfo(si);
  int rc = GNU ? (ncol ? bb_ps(colspec, ncol, v, n, si[6] * 1000) : gnu_ps(full, bsd, v, n, si[6] * 1000, si[0]))
               : bb_ps(colspec, ncol, v, n, si[6] * 1000);
  free_procs(v, n);
  return rc;
}
