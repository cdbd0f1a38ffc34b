/* Helpers for the applets: messages in each flavour's words, options, files, users. */
#ifndef APPLET_LIB_H
#define APPLET_LIB_H

#include <getopt.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

#ifdef GNU_STYLE
#define GNU 1
#else
#define GNU 0
#endif

#define BB_BANNER "BusyBox v1.37.0 (2026-01-10 15:38:28 UTC)"

/* The running applet's name as messages start with it (GNU: argv[0] as given). */
extern const char *applet_name;
/* Its table name (basename), for usage texts. */
extern const char *applet_base;

/* Called by the table's wrapper around every applet. */
void app_begin(char **argv);
int app_end(int status);

/* "name: message\n" on stderr. */
void app_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "name: message: strerror(errno)\n" on stderr. */
void app_perr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* GNU's quote(): 'name' (with ' written as '\'' ). Returns a static buffer (2 slots). */
const char *q(const char *s);
/* GNU's quotef(): quotes only when the name has shell-special characters. */
const char *qf(const char *s);

/*
 * Option parsing around getopt_long: prints the flavour's error for a bad option and
 * returns '?'; "--help" returns 'H' (put {"help", no_argument, 0, 'H'} in longopts or
 * pass NULL to get it automatically).
 */
int app_getopt(int argc, char **argv, const char *shortopts, const struct option *longopts);
/* After a bad option: BusyBox prints its usage (exit 1); GNU "Try '... --help'". */
int app_bad_usage(int status);
/* --help: BusyBox usage text on stderr... GNU: text on stdout. Returns 0. */
int app_help(void);
/* GNU --version text; returns 0. */
int app_version(void);
/* BusyBox: print the usage (missing operand and similar); returns 1. */
int app_show_usage(void);
/* The usage text of an applet ("trivial\n\nfull") or NULL. */
const char *usage_text(const char *name);

/* Memory: exits the process when out of memory (never happens in practice). */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* dir + "/" + name, without doubling the slash. */
char *concat_path(const char *dir, const char *name);
const char *base_name(const char *path);

/* BusyBox words open errors "can't open 'x': ..." in some applets, "x: ..." in others. */
extern int open_cant_style;
/* Opens a file for reading; "-" is stdin. Reports the error and returns NULL. */
FILE *open_input(const char *name);
void close_input(FILE *f);
/* Reads a whole stream; returns a malloc'd buffer, *len set. */
char *read_all(FILE *f, size_t *len);

/* Writes to stdout through stdio. */
void out_str(const char *s);

/* User and group names from /etc/passwd and /etc/group (NULL when unknown). */
char *user_name(unsigned uid);
char *group_name(unsigned gid);
/* -1 when unknown. */
long user_id(const char *name);
long group_id(const char *name);
/* The user's primary gid from /etc/passwd, -1 when unknown. */
long user_gid(unsigned uid);
/* Supplementary groups of a user name, from /etc/group; returns count. */
int user_groups(const char *user, unsigned *gids, int max);

/* The caller's ids: [0] uid, [1] gid, [2] euid, [3] egid. */
void get_ids(int ids[4]);

/* uname fields: sysname, nodename, release, version, machine. */
struct uts {
  char buf[512];
  const char *f[5];
};
void get_uts(struct uts *u);

/* stat with Gorae's permission defaults (WASI keeps no mode bits or owners). */
int xlstat(const char *path, struct stat *st);
int xstat(const char *path, struct stat *st);

/* "drwxr-xr-x" into buf (11 bytes). */
void mode_string(mode_t mode, char *buf);
/* 1.2K style (BusyBox/GNU -h): into buf. */
void human_size(unsigned long long bytes, char *buf, size_t len);
/* Terminal width of stdout or 0 when not a terminal. */
int term_width(void);
/* Is fd a terminal (gorae_winsize answers)? */
int is_tty(int fd);

/* Parses a whole decimal number; returns 0 on success. */
int parse_long(const char *s, long *out);

/* Removes a file or a directory tree; reports errors in rm's words. */
int remove_tree(const char *path, int force);
/* realpath(3) done by hand (wasi-libc has none). Returns malloc'd string or NULL. */
char *real_path(const char *path, int must_exist);

/* Signals by name and number. */
int sig_number(const char *name);
const char *sig_name(int num);

/* Runs a program found in PATH with stdio inherited; returns its wait status code, or
 * -errno when it could not start. */
int run_program(char **argv);

/* Sleeps for ns nanoseconds. */
void sleep_ns(unsigned long long ns);

#endif

/* Parses a date as date -d / touch -d take it ("@N", "YYYY-MM-DD[ HH:MM[:SS]]", "HH:MM",
 * "now"...); UTC. Returns 0 on success. */
int parse_date(const char *s, time_t *out);
/* touch -t / BusyBox date's [[[[[YY]YY]MM]DD]hh]mm[.ss]; returns 0 on success. */
int parse_stamp(const char *s, time_t *out, int date_order);

/* A process of the container, as gorae_procs tells. */
struct proc {
  int pid, ppid, uid;
  char state;
  long long vsz, rss, start_ms, cpu_ms;
  char tty[16];
  char *args; /* argv joined by spaces */
  char *comm; /* basename of argv[0] */
};
/* Reads the process table (free with free_procs). Returns the count, -1 on error. */
int read_procs(struct proc **out);
void free_procs(struct proc *p, int n);
/* Memory in KiB and uptime: [0] total [1] free [2] available [3] buffers [4] cached [5] shared [6] uptime s. */
void read_sysinfo(long long out[7]);
/* 1K blocks a file occupies (st_blocks, or its size rounded up to 4K blocks). */
unsigned long long blocks_1k(const struct stat *st);
