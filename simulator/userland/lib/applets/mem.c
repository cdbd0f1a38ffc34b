/* free and uptime: memory and load from the kernel's figures. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib.h"

static void fmt_mem(long long kib, int unit, char *buf, size_t len) {
  if (unit == 'h' && kib == 0 && !GNU) {
    snprintf(buf, len, "0");
    return;
  }
  if (unit == 'h') {
    double v = (double)kib;
    const char *units = GNU ? "KMGTP" : "KMGTP";
    int u = 0;
    while (v >= 1024 && u < 4) {
      v /= 1024;
      u++;
    }
    if (GNU) {
      if (u == 0) snprintf(buf, len, "%.0fKi", v);
      else snprintf(buf, len, v < 10 ? "%.1f%ci" : "%.0f%ci", v, units[u]);
    } else {
      snprintf(buf, len, "%.1f%c", v, units[u]);
    }
    return;
  }
  long long v = kib;
  if (unit == 'b') v *= 1024;
  else if (unit == 'm') v /= 1024;
  else if (unit == 'g') v /= 1024 * 1024;
  snprintf(buf, len, "%lld", v);
}

int free_main(int argc, char **argv) {
  int c, unit = 'k';
  static const struct option free_long[] = {{"human", no_argument, NULL, 'h'}, {"mebi", no_argument, NULL, 'm'}, {"kibi", no_argument, NULL, 'k'}, {"gibi", no_argument, NULL, 'g'}, {"bytes", no_argument, NULL, 'b'}, {"wide", no_argument, NULL, 'w'}, {"total", no_argument, NULL, 't'}, {"help", no_argument, NULL, 'H'}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "bkmghwt", free_long)) != -1) {
    switch (c) {
    case 'b': case 'k': case 'm': case 'g': case 'h': unit = c; break;
    case 'w': case 't': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  long long s[7];
  read_sysinfo(s);
  long long total = s[0], freek = s[1], avail = s[2], buffers = s[3], cached = s[4], shared = s[5];
  long long used = total - freek - buffers - cached;
  if (used < 0) used = 0;
  long long vals[6] = {total, used, freek, shared, buffers + cached, avail};
  char b[6][32];
  for (int i = 0; i < 6; i++) fmt_mem(vals[i], unit, b[i], sizeof b[i]);
  char z[32];
  fmt_mem(0, unit, z, sizeof z);
  if (GNU) {
    printf("               total        used        free      shared  buff/cache   available\n");
    printf("Mem:     %11s %11s %11s %11s %11s %11s\n", b[0], b[1], b[2], b[3], b[4], b[5]);
    printf("Swap:    %11s %11s %11s\n", z, z, z);
  } else {
    printf("              total        used        free      shared  buff/cache   available\n");
    printf("Mem:   %12s%12s%12s%12s%12s%12s\n", b[0], b[1], b[2], b[3], b[4], b[5]);
    printf("Swap:  %12s%12s%12s\n", z, z, z);
  }
  return 0;
}

/* " 13:30:00 up 1 day,  2:03," style head shared by uptime and top. */
void uptime_head(char *buf, size_t len, int procps_style);
void uptime_head(char *buf, size_t len, int procps_style) {
  long long s[7];
  read_sysinfo(s);
  long long up = s[6];
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  size_t o = (size_t)snprintf(buf, len, procps_style ? "%02d:%02d:%02d up " : " %02d:%02d:%02d up ", tm.tm_hour, tm.tm_min, tm.tm_sec);
  long long days = up / 86400, hours = up / 3600 % 24, mins = up / 60 % 60;
  if (days) o += (size_t)snprintf(buf + o, len - o, "%lld day%s, ", days, days == 1 ? "" : "s");
  if (hours)
    o += (size_t)snprintf(buf + o, len - o, "%2lld:%02lld, ", hours, mins);
  else
    o += (size_t)snprintf(buf + o, len - o, "%lld min, ", mins);
  (void)o;
}

int uptime_main(int argc, char **argv) {
  int c;
  while ((c = app_getopt(argc, argv, "sp", NULL)) != -1) {
    if (c == 'H') return app_help();
    if (c == '?') return app_bad_usage(1);
  }
  char head[128];
  uptime_head(head, sizeof head, 0);
  if (GNU)
    printf("%s 0 users,  load average: 0.00, 0.00, 0.00\n", head);
  else
    printf("%s load average: 0.00, 0.00, 0.00\n", head);
  return 0;
}
