/* top: one screen of the process table (batch), or a view redrawn every few seconds. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "lib.h"

void uptime_head(char *buf, size_t len, int procps_style);

static void draw(int rows, int width, int interactive) {
  struct proc *v;
  int n = read_procs(&v);
  if (n < 0) n = 0;
  long long s[7];
  read_sysinfo(s);
  long long total = s[0], freek = s[1], buffers = s[3], cached = s[4], shared = s[5];
  long long used = total - freek;
  int running = 0, sleeping = 0, stopped = 0, zombie = 0;
  for (int i = 0; i < n; i++) {
    if (v[i].state == 'R') running++;
    else if (v[i].state == 'T') stopped++;
    else if (v[i].state == 'Z') zombie++;
    else sleeping++;
  }
  if (interactive) fputs("\033[H\033[J", stdout);
  int lines = 0;
  char line[4096];
  if (!GNU) {
    printf("Mem: %lldK used, %lldK free, %lldK shrd, %lldK buff, %lldK cached\n", used, freek, shared, buffers, cached);
    printf("CPU:   0%% usr   0%% sys   0%% nic 100%% idle   0%% io   0%% irq   0%% sirq\n");
    printf("Load average: 0.00 0.00 0.00 %d/%d %d\n", running, n, n ? v[n - 1].pid : 0);
    snprintf(line, sizeof line, "  PID  PPID USER     STAT   VSZ %%VSZ CPU %%CPU COMMAND");
    printf(interactive ? "\033[7m%-*s\033[m\n" : "%-*s\n", interactive ? width : 0, line);
    lines = 4;
    for (int i = 0; i < n && (!interactive || lines < rows - 1); i++, lines++) {
      char *u = user_name((unsigned)v[i].uid);
      int pvsz = total ? (int)(v[i].vsz * 100 / total) : 0;
      int len = snprintf(line, sizeof line, "%5d %5d %-8.8s %c    %5lld %3d%% %3d %3d%% %s", v[i].pid, v[i].ppid, u ? u : "?", v[i].state, v[i].vsz, pvsz, 0, 0, v[i].args);
      if (width > 0 && len > width) line[width] = 0;
      puts(line);
      free(u);
    }
  } else {
    char head[128];
    uptime_head(head, sizeof head, 1);
    printf("top - %s 0 users,  load average: 0.00, 0.00, 0.00\n", head);
    printf("Tasks: %3d total, %3d running, %3d sleeping, %3d stopped, %3d zombie\n", n, running, sleeping, stopped, zombie);
    printf("%%Cpu(s):  0.0 us,  0.0 sy,  0.0 ni,100.0 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st \n");
    printf("MiB Mem : %8.1f total, %8.1f free, %8.1f used, %8.1f buff/cache     \n", total / 1024.0, freek / 1024.0, (total - freek - buffers - cached) / 1024.0, (buffers + cached) / 1024.0);
    printf("MiB Swap: %8.1f total, %8.1f free, %8.1f used. %8.1f avail Mem \n\n", 0.0, 0.0, 0.0, s[2] / 1024.0);
    printf(interactive ? "\033[7m%-*s\033[m\n" : "%-*s\n", interactive ? width : 0, "    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND");
    lines = 7;
    for (int i = 0; i < n && (!interactive || lines < rows - 1); i++, lines++) {
      char *u = user_name((unsigned)v[i].uid);
      long long cs = v[i].cpu_ms / 10;
      double mem = total ? 100.0 * (double)v[i].rss / (double)total : 0;
      printf("%7d %-8.8s  20   0 %7lld %6lld %6lld %c   0.0 %5.1f %3lld:%02lld.%02lld %s\n", v[i].pid, u ? u : "?", v[i].vsz, v[i].rss, v[i].rss / 2, v[i].state, mem, cs / 6000, cs / 100 % 60, cs % 100, v[i].comm);
      free(u);
    }
  }
  fflush(stdout);
  free_procs(v, n);
}

int top_main(int argc, char **argv) {
  int c, batch = 0;
  long iterations = -1;
  double delay = 3;
  while ((c = app_getopt(argc, argv, "bn:d:mHcSiu:p:", NULL)) != -1) {
    switch (c) {
    case 'b': batch = 1; break;
    case 'n': iterations = atol(optarg); break;
    case 'd': delay = atof(optarg); break;
    case 'm': case 'c': case 'S': case 'i': case 'u': case 'p': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  int32_t rc[2] = {24, 80};
  int tty = gorae_winsize(1, rc) >= 0;
  int interactive = tty && !batch;
  if (!interactive) {
    if (iterations < 0) iterations = GNU ? -1 : 1;
    if (!tty && !batch && GNU) iterations = 1;
    for (long i = 0; iterations < 0 || i < iterations; i++) {
      if (i) {
        putchar('\n');
        fflush(stdout);
        sleep_ns((unsigned long long)(delay * 1e9));
      }
      draw(0, 0, 0);
    }
    return 0;
  }
  int raw = gorae_tty_raw(0, 1) >= 0;
  fputs("\033[?25l", stdout);
  for (long i = 0; iterations < 0 || i < iterations; i++) {
    gorae_winsize(1, rc);
    draw(rc[0], rc[1], 1);
    if (iterations >= 0 && i + 1 >= iterations) break;
    /* wait for a key or the delay */
    struct pollfd pfd = {0, POLLIN, 0};
    int r = raw ? poll(&pfd, 1, (int)(delay * 1000)) : -1;
    if (r < 0 && errno == EINTR) break;
    if (r < 0) {
      sleep_ns((unsigned long long)(delay * 1e9));
      continue;
    }
    if (r > 0) {
      char ch;
      if (read(0, &ch, 1) <= 0) break;
      if (ch == 'q' || ch == 'Q' || ch == 3) break;
    }
  }
  fputs("\033[?25h\n", stdout);
  if (raw) gorae_tty_raw(0, 0);
  return 0;
}
