/* date: print (or refuse to set) the time; also the date parsers touch uses. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib.h"

static int all_digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isdigit((unsigned char)s[i])) return 0;
  return 1;
}

int parse_date(const char *s, time_t *out) {
  while (isspace((unsigned char)*s)) s++;
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  tm.tm_isdst = 0;
  int Y, M, D, h = 0, m = 0, sec = 0, n = 0;
  char rest[64];
  if (s[0] == '@') {
    char *end;
    errno = 0;
    long long v = strtoll(s + 1, &end, 10);
    if (end == s + 1 || *end || errno) return -1;
    *out = (time_t)v;
    return 0;
  }
  if (strcasecmp(s, "now") == 0 || !*s) {
    *out = now;
    return 0;
  }
  if (strcasecmp(s, "today") == 0) {
    *out = now;
    return 0;
  }
  if (strcasecmp(s, "yesterday") == 0) {
    *out = now - 86400;
    return 0;
  }
  if (strcasecmp(s, "tomorrow") == 0) {
    *out = now + 86400;
    return 0;
  }
  long amount;
  char unit[16];
  if (sscanf(s, "%ld %15s %n", &amount, unit, &n) >= 2) {
    static const struct { const char *name; long secs; } units[] = {
      {"sec", 1}, {"second", 1}, {"min", 60}, {"minute", 60}, {"hour", 3600}, {"day", 86400}, {"week", 604800},
    };
    size_t ul = strlen(unit);
    if (ul > 1 && unit[ul - 1] == 's') unit[--ul] = 0;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
      if (strcmp(unit, units[i].name) == 0) {
        long d = amount * units[i].secs;
        if (strcmp(s + n, "ago") == 0) d = -d;
        else if (s[n]) return -1;
        *out = now + d;
        return 0;
      }
    }
  }
  if ((n = 0, sscanf(s, "%d-%d-%d%n", &Y, &M, &D, &n) == 3) || (n = 0, sscanf(s, "%d.%d.%d-%n", &Y, &M, &D, &n) == 3) ||
      (n = 0, sscanf(s, "%d/%d/%d%n", &M, &D, &Y, &n) == 3 && Y >= 100)) {
    const char *t = s + n;
    if (*t == 'T' || *t == ' ' || *t == '-') t++;
    while (*t == ' ') t++;
    h = m = sec = 0;
    if (*t) {
      int k = 0;
      if (sscanf(t, "%d:%d:%d%n", &h, &m, &sec, &k) != 3) {
        k = 0;
        sec = 0;
        if (sscanf(t, "%d:%d%n", &h, &m, &k) != 2) return -1;
      }
      t += k;
      if (*t == '.') {
        t++;
        while (isdigit((unsigned char)*t)) t++;
      }
      while (*t == ' ') t++;
      if (*t == 'Z' || strcmp(t, "UTC") == 0 || strcmp(t, "+00:00") == 0 || strcmp(t, "+0000") == 0) t += strlen(t);
      if (*t) return -1;
    }
    tm.tm_year = Y - 1900;
    tm.tm_mon = M - 1;
    tm.tm_mday = D;
  } else {
    n = 0;
    if (sscanf(s, "%d:%d:%d%n", &h, &m, &sec, &n) != 3) {
      n = 0;
      sec = 0;
      if (sscanf(s, "%d:%d%n", &h, &m, &n) != 2) return -1;
    }
    if (sscanf(s + n, "%63s", rest) == 1) return -1;
  }
  if (M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || m > 59 || sec > 60) {
    if (tm.tm_mon != M - 1 || tm.tm_mday != D) return -1;
  }
  tm.tm_hour = h;
  tm.tm_min = m;
  tm.tm_sec = sec;
  *out = timegm(&tm);
  return 0;
}

int parse_stamp(const char *s, time_t *out, int date_order) {
  char buf[32];
  const char *dot = strchr(s, '.');
  size_t len = dot ? (size_t)(dot - s) : strlen(s);
  int sec = 0;
  if (dot) {
    if (strlen(dot + 1) != 2 || !all_digits(dot + 1, 2)) return -1;
    sec = atoi(dot + 1);
  }
  if (!all_digits(s, len) || len >= sizeof buf) return -1;
  memcpy(buf, s, len);
  buf[len] = 0;
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  int v[6];
#define TWO(i) ((buf[i] - '0') * 10 + (buf[i + 1] - '0'))
  if (date_order) {
    /* MMDDhhmm[[CC]YY] */
    if (len != 8 && len != 10 && len != 12) return -1;
    tm.tm_mon = TWO(0) - 1;
    tm.tm_mday = TWO(2);
    tm.tm_hour = TWO(4);
    tm.tm_min = TWO(6);
    if (len == 10) tm.tm_year = TWO(8) < 69 ? TWO(8) + 100 : TWO(8);
    if (len == 12) tm.tm_year = TWO(8) * 100 + TWO(10) - 1900;
  } else {
    /* [[CC]YY]MMDDhhmm */
    size_t off = 0;
    if (len == 12) {
      tm.tm_year = TWO(0) * 100 + TWO(2) - 1900;
      off = 4;
    } else if (len == 10) {
      tm.tm_year = TWO(0) < 69 ? TWO(0) + 100 : TWO(0);
      off = 2;
    } else if (len != 8) {
      return -1;
    }
    for (int i = 0; i < 4; i++) v[i] = TWO(off + 2 * (size_t)i);
    tm.tm_mon = v[0] - 1;
    tm.tm_mday = v[1];
    tm.tm_hour = v[2];
    tm.tm_min = v[3];
  }
#undef TWO
  tm.tm_sec = sec;
  if (tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59) return -1;
  *out = timegm(&tm);
  return 0;
}

static const struct option date_long[] = {
  {"utc", no_argument, NULL, 'u'},
  {"universal", no_argument, NULL, 'u'},
  {"date", required_argument, NULL, 'd'},
  {"reference", required_argument, NULL, 'r'},
  {"rfc-email", no_argument, NULL, 'R'},
  {"rfc-2822", no_argument, NULL, 'R'},
  {"iso-8601", optional_argument, NULL, 'I'},
  {"rfc-3339", required_argument, NULL, 'T'},
  {"set", required_argument, NULL, 's'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int date_main(int argc, char **argv) {
  int c;
  const char *when = NULL, *ref = NULL, *set = NULL, *iso = NULL, *rfc3339 = NULL;
  int rfc = 0;
  while ((c = app_getopt(argc, argv, "ud:r:RI::s:D:", date_long)) != -1) {
    switch (c) {
    case 'u': break;
    case 'd': when = optarg; break;
    case 'r': ref = optarg; break;
    case 'R': rfc = 1; break;
    case 'I': iso = optarg ? optarg : "date"; break;
    case 'T': rfc3339 = optarg; break;
    case 's': set = optarg; break;
    case 'D': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  const char *fmt = NULL;
  for (int i = optind; i < argc; i++) {
    if (argv[i][0] == '+') {
      if (fmt) {
        if (GNU) {
          app_err("extra operand %s", q(argv[i]));
          return app_bad_usage(1);
        }
        return app_show_usage();
      }
      fmt = argv[i] + 1;
    } else if (!set) {
      set = argv[i];
    } else {
      if (GNU) {
        app_err("extra operand %s", q(argv[i]));
        return app_bad_usage(1);
      }
      return app_show_usage();
    }
  }
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  time_t t = now.tv_sec;
  long nsec = now.tv_nsec;
  if (when && parse_date(when, &t) != 0) {
    if (GNU)
      app_err("invalid date %s", q(when));
    else
      app_err("invalid date '%s'", when);
    return 1;
  }
  if (when) nsec = 0;
  if (ref) {
    struct stat st;
    if (stat(ref, &st) != 0) {
      app_perr("%s", GNU ? qf(ref) : ref);
      return 1;
    }
    t = st.st_mtime;
    nsec = st.st_mtim.tv_nsec;
  }
  if (set) {
    time_t ignored;
    if (parse_stamp(set, &ignored, 1) != 0 && parse_date(set, &ignored) != 0) {
      if (GNU)
        app_err("invalid date %s", q(set));
      else
        app_err("invalid date '%s'", set);
      return 1;
    }
    errno = EPERM;
    app_perr(GNU ? "cannot set date" : "can't set date");
    return 1;
  }
  struct tm tm;
  gmtime_r(&t, &tm);
  char out[1024];
  if (rfc) {
    fmt = "%a, %d %b %Y %H:%M:%S +0000";
  } else if (iso || rfc3339) {
    const char *spec = iso ? iso : rfc3339;
    const char *sep = iso ? "T" : " ";
    static char f[64];
    if (strncmp(spec, "hours", strlen(spec)) == 0 && *spec)
      snprintf(f, sizeof f, "%%Y-%%m-%%d%s%%H+00:00", sep);
    else if (strncmp(spec, "minutes", strlen(spec)) == 0 && *spec)
      snprintf(f, sizeof f, "%%Y-%%m-%%d%s%%H:%%M+00:00", sep);
    else if (strncmp(spec, "seconds", strlen(spec)) == 0 && *spec)
      snprintf(f, sizeof f, "%%Y-%%m-%%d%s%%H:%%M:%%S+00:00", sep);
    else if (strcmp(spec, "ns") == 0)
      snprintf(f, sizeof f, "%%Y-%%m-%%d%s%%H:%%M:%%S,%09ld+00:00", sep, nsec);
    else
      snprintf(f, sizeof f, "%%Y-%%m-%%d");
    fmt = f;
  } else if (!fmt) {
    fmt = "%a %b %e %H:%M:%S UTC %Y";
  }
  /* %N (nanoseconds) and %Z are ours: strftime knows neither reliably */
  char expanded[1024];
  size_t o = 0;
  for (const char *p = fmt; *p && o < sizeof expanded - 16; p++) {
    if (p[0] == '%' && p[1] == 'N') {
      o += (size_t)snprintf(expanded + o, sizeof expanded - o, "%09ld", nsec);
      p++;
    } else if (p[0] == '%' && p[1] == 'Z') {
      o += (size_t)snprintf(expanded + o, sizeof expanded - o, "UTC");
      p++;
    } else if (p[0] == '%' && (p[1] == 'k' || p[1] == 'l')) {
      /* GNU extensions musl's strftime lacks */
      int h = p[1] == 'k' ? tm.tm_hour : (tm.tm_hour % 12 ? tm.tm_hour % 12 : 12);
      o += (size_t)snprintf(expanded + o, sizeof expanded - o, "%2d", h);
      p++;
    } else if (p[0] == '%' && p[1] == 'P') {
      o += (size_t)snprintf(expanded + o, sizeof expanded - o, "%s", tm.tm_hour < 12 ? "am" : "pm");
      p++;
    } else if (p[0] == '%' && p[1] == 's') {
      o += (size_t)snprintf(expanded + o, sizeof expanded - o, "%lld", (long long)t);
      p++;
    } else if (p[0] == '%' && p[1] == '%') {
      expanded[o++] = '%';
      expanded[o++] = '%';
      p++;
    } else {
      expanded[o++] = *p;
    }
  }
  expanded[o] = 0;
  size_t n = expanded[0] ? strftime(out, sizeof out, expanded, &tm) : 0;
  fwrite(out, 1, n, stdout);
  putchar('\n');
  return 0;
}
