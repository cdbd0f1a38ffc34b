/* Terminal and process wrappers: stty, time, setsid, linux32, linux64, getopt, cal. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "lib.h"

extern char **environ;

int stty_main(int argc, char **argv) {
  int32_t rc[2];
  int i = 1;
  if (i < argc && !strcmp(argv[i], "--help")) return app_help();
  if (i + 1 < argc && (!strcmp(argv[i], "-F") || !strcmp(argv[i], "--file"))) i += 2;
  if (gorae_winsize(0, rc) < 0) {
    if (GNU)
      app_err("'standard input': Inappropriate ioctl for device");
    else
      app_err("standard input: Not a tty");
    return 1;
  }
  if (i >= argc) {
    printf("speed 38400 baud; line = 0;\n-brkint -imaxbel iutf8\n");
    return 0;
  }
  int status = 0;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "size")) {
      printf("%d %d\n", rc[0], rc[1]);
    } else if (!strcmp(a, "-a") || !strcmp(a, "--all") || !strcmp(a, "-g")) {
      printf("speed 38400 baud; rows %d; columns %d; line = 0;\n"
             "intr = ^C; quit = ^\\; erase = ^?; kill = ^U; eof = ^D; eol = <undef>; eol2 = <undef>; swtch = <undef>; start = ^Q; stop = ^S; susp = ^Z; rprnt = ^R; werase = ^W; lnext = ^V; discard = ^O; min = 1; time = 0;\n"
             "-parenb -parodd -cmspar cs8 -hupcl -cstopb cread -clocal -crtscts\n"
             "-ignbrk -brkint -ignpar -parmrk -inpck -istrip -inlcr -igncr icrnl ixon -ixoff -iuclc -ixany -imaxbel iutf8\n"
             "opost -olcuc -ocrnl onlcr -onocr -onlret -ofill -ofdel nl0 cr0 tab0 bs0 vt0 ff0\n"
             "isig icanon iexten echo echoe echok -echonl -noflsh -xcase -tostop -echoprt echoctl echoke -flusho -extproc\n",
             rc[0], rc[1]);
    } else if (!strcmp(a, "raw") || !strcmp(a, "-echo") || !strcmp(a, "-icanon") || !strcmp(a, "cbreak")) {
      gorae_tty_raw(0, 1);
    } else if (!strcmp(a, "-raw") || !strcmp(a, "cooked") || !strcmp(a, "sane") || !strcmp(a, "echo") || !strcmp(a, "icanon")) {
      gorae_tty_raw(0, 0);
    } else if ((!strcmp(a, "rows") || !strcmp(a, "cols") || !strcmp(a, "columns") || !strcmp(a, "speed") || !strcmp(a, "intr") ||
                !strcmp(a, "erase") || !strcmp(a, "kill") || !strcmp(a, "eof") || !strcmp(a, "susp")) && i + 1 < argc) {
      if (!strcmp(a, "speed")) printf("38400\n");
      i++;
    } else if (a[0] == '-' || strspn(a, "abcdefghijklmnopqrstuvwxyz0123456789") == strlen(a)) {
      /* other settings are accepted and change nothing */
    } else {
      if (GNU) {
        app_err("invalid argument %s", q(a));
        return app_bad_usage(1);
      }
      app_err("invalid argument '%s'", a);
      status = 1;
    }
  }
  return status;
}

int time_main(int argc, char **argv) {
  int i = 1;
  while (i < argc && argv[i][0] == '-') {
    if (!strcmp(argv[i], "--help")) return app_help();
    if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "-f")) i++;
    i++;
  }
  if (i >= argc) return app_show_usage();
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  int r = run_program(argv + i);
  clock_gettime(CLOCK_MONOTONIC, &b);
  if (r < 0) {
    errno = -r;
    app_perr("can't execute '%s'", argv[i]);
    r = r == -ENOENT ? 127 : 126;
  }
  double el = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
  fprintf(stderr, "real\t%dm %.2fs\nuser\t0m 0.00s\nsys\t0m 0.00s\n", (int)(el / 60), el - 60 * (int)(el / 60));
  return r;
}

/* setsid, linux32, linux64, setpriv, ionice: run the program unchanged. */
int passthrough_main(int argc, char **argv) {
  int i = 1;
  if (i < argc && !strcmp(argv[i], "--help")) return app_help();
  while (i < argc && argv[i][0] == '-') {
    if (!strcmp(argv[i], "--")) {
      i++;
      break;
    }
    if (!strcmp(argv[i], "-c") || !strcmp(argv[i], "-n") || !strcmp(argv[i], "-p")) {
      i += strcmp(applet_base, "ionice") == 0 ? 2 : 1;
      continue;
    }
    i++;
  }
  if (i >= argc) {
    if (!strcmp(applet_base, "linux32") || !strcmp(applet_base, "linux64")) {
      char *sh[] = {"/bin/sh", NULL};
      argv = sh;
      i = 0;
    } else {
      return app_show_usage();
    }
  }
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
  fflush(stdout);
  int r = gorae_exec(argv[i], (const char *const *)(argv + i), (const char *const *)environ, cwd);
  errno = -r;
  app_perr("can't execute '%s'", argv[i]);
  return r == -ENOENT ? 127 : 126;
}

/* getopt: normalise options for shell scripts (util-linux / BusyBox style output). */
static void sq(const char *s) {
  putchar('\'');
  for (; *s; s++) {
    if (*s == '\'') fputs("'\\''", stdout);
    else putchar(*s);
  }
  putchar('\'');
}

int getopt_main(int argc, char **argv) {
  const char *shortopts = NULL, *longspec = NULL, *name = "getopt";
  int quiet = 0, quiet_out = 0, alternative = 0, i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--")) {
      i++;
      break;
    }
    if (!strcmp(a, "-o") || !strcmp(a, "--options")) {
      if (++i < argc) shortopts = argv[i];
    } else if (!strncmp(a, "-o", 2)) {
      shortopts = a + 2;
    } else if (!strcmp(a, "-l") || !strcmp(a, "--longoptions")) {
      if (++i < argc) longspec = argv[i];
    } else if (!strcmp(a, "-n") || !strcmp(a, "--name")) {
      if (++i < argc) name = argv[i];
    } else if (!strcmp(a, "-q")) {
      quiet = 1;
    } else if (!strcmp(a, "-Q")) {
      quiet_out = 1;
    } else if (!strcmp(a, "-a")) {
      alternative = 1;
    } else if (!strcmp(a, "-T")) {
      return 4;
    } else if (!strcmp(a, "-u") || !strcmp(a, "-s")) {
      if (!strcmp(a, "-s")) i++;
    } else if (!strcmp(a, "--help")) {
      return app_help();
    } else {
      break;
    }
  }
  if (!shortopts) {
    if (i >= argc) {
      app_err("missing optstring argument");
      return 2;
    }
    shortopts = argv[i++];
  }
  (void)alternative;
  /* build the long option table */
  struct option *lo = xmalloc(64 * sizeof *lo);
  int nlo = 0;
  char *lcopy = longspec ? xstrdup(longspec) : NULL;
  if (lcopy) {
    char *save = NULL;
    for (char *t = strtok_r(lcopy, ",", &save); t && nlo < 63; t = strtok_r(NULL, ",", &save)) {
      size_t l = strlen(t);
      int has = no_argument;
      if (l > 1 && t[l - 1] == ':') {
        has = required_argument;
        t[--l] = 0;
        if (l > 1 && t[l - 1] == ':') {
          has = optional_argument;
          t[--l] = 0;
        }
      }
      lo[nlo] = (struct option){t, has, NULL, 0x1000 + nlo};
      nlo++;
    }
  }
  lo[nlo] = (struct option){NULL, 0, NULL, 0};
  int pargc = argc - i + 1;
  char **pargv = xmalloc(((size_t)pargc + 1) * sizeof *pargv);
  pargv[0] = (char *)name;
  for (int k = 0; k < pargc - 1; k++) pargv[k + 1] = argv[i + k];
  pargv[pargc] = NULL;
  char spec[256];
  snprintf(spec, sizeof spec, ":%s", shortopts[0] == '+' || shortopts[0] == '-' ? shortopts + 1 : shortopts);
  optind = 0;
  opterr = 0;
  int c, status = 0, idx;
  while ((c = getopt_long(pargc, pargv, spec, lo, &idx)) != -1) {
    if (c == '?' || c == ':') {
      if (!quiet) {
        if (c == ':')
          fprintf(stderr, "%s: option requires an argument -- '%c'\n", name, optopt);
        else if (optopt)
          fprintf(stderr, "%s: invalid option -- '%c'\n", name, optopt);
        else
          fprintf(stderr, "%s: unrecognized option '%s'\n", name, pargv[optind - 1]);
      }
      status = 1;
      continue;
    }
    if (quiet_out) continue;
    if (c >= 0x1000) {
      printf(" --%s", lo[c - 0x1000].name);
      if (lo[c - 0x1000].has_arg != no_argument) {
        putchar(' ');
        sq(optarg ? optarg : "");
      }
    } else {
      printf(" -%c", c);
      const char *p = strchr(shortopts, c);
      if (p && p[1] == ':') {
        putchar(' ');
        sq(optarg ? optarg : "");
      }
    }
  }
  if (!quiet_out) {
    fputs(" --", stdout);
    for (int k = optind; k < pargc; k++) {
      putchar(' ');
      sq(pargv[k]);
    }
    putchar('\n');
  }
  free(pargv);
  free(lcopy);
  free(lo);
  return status;
}

/* cal: a month or a year */
static int days_in(int m, int y) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 1 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return d[m];
}

static int weekday(int y, int m, int d) {
  /* Sakamoto's method; 0 = Sunday */
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static const char *const month_names[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};

/* One month as BusyBox lays it out: title, headings, six week rows of 20 columns. */
static void month_lines(int m, int y, int with_year, char lines[8][32]) {
  char title[40];
  if (with_year)
    snprintf(title, sizeof title, "%s %d", month_names[m], y);
  else
    snprintf(title, sizeof title, "%s", month_names[m]);
  int pad = (20 - (int)strlen(title)) / 2;
  snprintf(lines[0], 32, "%*s%-*s", pad, "", 20 - pad, title);
  snprintf(lines[1], 32, "Su Mo Tu We Th Fr Sa");
  int first = weekday(y, m + 1, 1), n = days_in(m, y);
  for (int row = 0; row < 6; row++) {
    char *o = lines[2 + row];
    o[0] = 0;
    for (int col = 0; col < 7; col++) {
      int d = row * 7 + col - first + 1;
      char cell[4];
      if (d >= 1 && d <= n)
        snprintf(cell, sizeof cell, col < 6 ? "%2d " : "%2d", d);
      else
        snprintf(cell, sizeof cell, col < 6 ? "   " : "  ");
      strcat(o, cell);
    }
  }
}

static int all_blank(const char *s) { return strspn(s, " ") == strlen(s); }

static void trim_print(char *s, int blank_width) {
  if (all_blank(s)) {
    printf("%*s\n", blank_width, "");
    return;
  }
  size_t n = strlen(s);
  while (n > 0 && s[n - 1] == ' ') s[--n] = 0;
  puts(s);
}

int cal_main(int argc, char **argv) {
  int c, year_mode = 0;
  while ((c = app_getopt(argc, argv, "jmy", NULL)) != -1) {
    if (c == 'y') year_mode = 1;
    else if (c == 'j' || c == 'm') continue;
    else if (c == 'H') return app_help();
    else return app_bad_usage(1);
  }
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  int m = tm.tm_mon, y = tm.tm_year + 1900;
  if (argc - optind == 1) {
    y = atoi(argv[optind]);
    year_mode = 1;
  } else if (argc - optind == 2) {
    m = atoi(argv[optind]) - 1;
    y = atoi(argv[optind + 1]);
  }
  if (m < 0 || m > 11 || y < 1 || y > 9999) {
    app_err("invalid number");
    return 1;
  }
  char lines[8][32];
  if (!year_mode) {
    month_lines(m, y, 1, lines);
    trim_print(lines[0], 20);
    puts(lines[1]);
    for (int r = 2; r < 8; r++) trim_print(lines[r], 21);
    return 0;
  }
  char year[8];
  snprintf(year, sizeof year, "%d", y);
  int left = (64 - (int)strlen(year)) / 2;
  printf("%*s%s%*s\n\n", left, "", year, 64 - left - (int)strlen(year), "");
  for (int q3 = 0; q3 < 4; q3++) {
    char l[3][8][32];
    for (int k = 0; k < 3; k++) month_lines(q3 * 3 + k, y, 0, l[k]);
    for (int r = 0; r < 8; r++) {
      char row[100];
      snprintf(row, sizeof row, "%-20s  %-20s  %-20s", l[0][r], l[1][r], l[2][r]);
      if (r < 2)
        puts(row);
      else
        trim_print(row, 79);
    }
  }
  return 0;
}
