/*
 * chmod, chown, chgrp: validate their operands like the real tools, then change modes
 * and owners through the kernel (WASI has no calls for them), -R walking directories.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "gorae_sys.h"
#include "lib.h"

/* The new mode for `spec` (octal, or [ugoa]*[-+=][rwxXst]* clauses) over `old`. */
static mode_t apply_mode(const char *spec, mode_t old) {
  mode_t mode = old & 07777;
  if (isdigit((unsigned char)*spec)) return (mode_t)strtol(spec, NULL, 8);
  const char *p = spec;
  while (*p) {
    mode_t who = 0;
    while (*p && strchr("ugoa", *p)) {
      who |= *p == 'u' ? 04700 : *p == 'g' ? 02070 : *p == 'o' ? 01007 : 07777;
      p++;
    }
    int all = who == 0;
    if (all) who = 07777;
    while (*p && strchr("+-=", *p)) {
      char op = *p++;
      mode_t bits = 0;
      while (*p && strchr("rwxXstugo", *p)) {
        switch (*p) {
        case 'r': bits |= 0444; break;
        case 'w': bits |= 0222; break;
        case 'x': bits |= 0111; break;
        case 'X': if (S_ISDIR(old) || (old & 0111)) bits |= 0111; break;
        case 's': bits |= 06000; break;
        case 't': bits |= 01000; break;
        case 'u': bits |= ((mode & 0700) >> 6) * 0111; break;
        case 'g': bits |= ((mode & 0070) >> 3) * 0111; break;
        case 'o': bits |= (mode & 0007) * 0111; break;
        }
        p++;
      }
      bits &= who;
      /* Without who, the umask (022) keeps + from adding group and other write. */
      if (all && op == '+') bits &= (mode_t)~022;
      if (op == '+') mode |= bits;
      else if (op == '-') mode &= ~bits;
      else mode = (mode & ~who) | bits;
    }
    if (*p == ',') p++;
  }
  return mode;
}

struct change {
  const char *what;
  const char *mode;
  long uid, gid;
  int quiet;
};

static int change_one(const char *path, const struct change *c) {
  char abs[4096];
  int32_t v[5];
  if (!g_abspath(path, abs, sizeof abs) || gorae_stat(abs, 1, v) < 0) return 0;
  int32_t r = c->mode ? gorae_chmod(abs, (int32_t)apply_mode(c->mode, (mode_t)v[0])) : gorae_chown(abs, (int32_t)c->uid, (int32_t)c->gid, 1);
  if (r == 0) return 0;
  errno = -r;
  if (!c->quiet) {
    if (GNU)
      app_perr(c->mode ? "changing permissions of %s" : "changing ownership of %s", q(path));
    else
      app_perr("%s", path);
  }
  return 1;
}

static int change_tree(const char *path, const struct change *c) {
  int status = change_one(path, c);
  struct stat st;
  if (xlstat(path, &st) != 0 || !S_ISDIR(st.st_mode)) return status;
  DIR *d = opendir(path);
  if (!d) return 1;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    size_t n = strlen(path) + strlen(e->d_name) + 2;
    char *child = malloc(n);
    if (!child) break;
    snprintf(child, n, "%s/%s", path, e->d_name);
    status |= change_tree(child, c);
    free(child);
  }
  closedir(d);
  return status;
}

static int valid_mode(const char *m) {
  if (isdigit((unsigned char)*m)) {
    for (const char *p = m; *p; p++)
      if (*p < '0' || *p > '7') return 0;
    return strlen(m) <= 4;
  }
  /* [ugoa]*([-+=]([rwxXst]*|[ugo]))+ separated by commas */
  const char *p = m;
  while (*p) {
    while (*p && strchr("ugoa", *p)) p++;
    if (!*p || !strchr("+-=", *p)) return 0;
    while (*p && strchr("+-=", *p)) {
      p++;
      while (*p && strchr("rwxXstugo", *p)) p++;
    }
    if (*p == ',') p++;
    else if (*p) return 0;
  }
  return 1;
}

static int each_file(int argc, char **argv, int first, int recursive, const struct change *c) {
  int status = 0;
  for (int i = first; i < argc; i++) {
    struct stat st;
    if (lstat(argv[i], &st) != 0) {
      if (!c->quiet) {
        if (GNU)
          app_perr("cannot access %s", q(argv[i]));
        else
          app_perr("%s", argv[i]);
      }
      status = 1;
      continue;
    }
    status |= recursive ? change_tree(argv[i], c) : change_one(argv[i], c);
  }
  return status;
}

int chmod_main(int argc, char **argv) {
  int recursive = 0, quiet = 0, i = 1;
  /* modes like -x look like options: take them as the mode */
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    if (!strcmp(argv[i], "--")) {
      i++;
      break;
    }
    if (!strcmp(argv[i], "--help")) return app_help();
    if (valid_mode(argv[i])) break;
    for (const char *p = argv[i] + 1; *p; p++) {
      if (*p == 'R') recursive = 1;
      else if (*p == 'f') quiet = 1;
      else if (*p == 'v' || *p == 'c') continue;
      else if (*p == '-') break;
      else {
        if (GNU)
          fprintf(stderr, "%s: invalid option -- '%c'\n", applet_name, *p);
        else
          fprintf(stderr, "%s: unrecognized option: %c\n", applet_name, *p);
        return app_bad_usage(1);
      }
    }
  }
  if (argc - i < 2) {
    if (!GNU) return app_show_usage();
    if (argc - i == 0)
      app_err("missing operand");
    else
      app_err("missing operand after %s", q(argv[i]));
    return app_bad_usage(1);
  }
  if (!valid_mode(argv[i])) {
    if (GNU)
      app_err("invalid mode: %s", q(argv[i]));
    else
      app_err("invalid mode '%s'", argv[i]);
    return GNU ? app_bad_usage(1) : 1;
  }
  struct change c = {"chmod", argv[i], -1, -1, quiet};
  return each_file(argc, argv, i + 1, recursive, &c);
}

int chown_main(int argc, char **argv) {
  int c, recursive = 0, quiet = 0;
  int is_chgrp = strcmp(applet_base, "chgrp") == 0;
  static const struct option chown_long[] = {{"recursive", no_argument, NULL, 'R'}, {"silent", no_argument, NULL, 'f'}, {"quiet", no_argument, NULL, 'f'}, {"verbose", no_argument, NULL, 'v'}, {"help", no_argument, NULL, 'H' + 0x100}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "RfvchLHP", chown_long)) != -1) {
    if (c == 'R') recursive = 1;
    else if (c == 'f') quiet = 1;
    else if (c == 'H' + 0x100) return app_help();
    else if (c == '?') return app_bad_usage(1);
  }
  if (argc - optind < 2) {
    if (!GNU) return app_show_usage();
    if (argc == optind)
      app_err("missing operand");
    else
      app_err("missing operand after %s", q(argv[optind]));
    return app_bad_usage(1);
  }
  char *spec = xstrdup(argv[optind]);
  char *grp = is_chgrp ? spec : strpbrk(spec, ":.");
  char *usr = is_chgrp ? NULL : spec;
  if (grp && !is_chgrp) *grp++ = 0;
  long id, uid = -1, gid = -1;
  if (usr && *usr) uid = user_id(usr) >= 0 ? user_id(usr) : (parse_long(usr, &id) == 0 ? id : -1);
  if (grp && *grp) gid = group_id(grp) >= 0 ? group_id(grp) : (parse_long(grp, &id) == 0 ? id : -1);
  if (usr && *usr && user_id(usr) < 0 && parse_long(usr, &id) != 0) {
    if (GNU)
      app_err("invalid user: %s", q(argv[optind]));
    else
      app_err("unknown user %s", usr);
    free(spec);
    return 1;
  }
  if (grp && *grp && group_id(grp) < 0 && parse_long(grp, &id) != 0) {
    if (GNU)
      app_err(is_chgrp ? "invalid group: %s" : "invalid group: %s", q(argv[optind]));
    else
      app_err("unknown group %s", grp);
    free(spec);
    return 1;
  }
  free(spec);
  struct change change = {"chown", NULL, uid, gid, quiet};
  return each_file(argc, argv, optind + 1, recursive, &change);
}
