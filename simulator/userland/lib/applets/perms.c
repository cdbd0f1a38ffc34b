/*
 * chmod, chown, chgrp: validate their operands like the real tools. The WASI file
 * interface has no call to change modes or owners, so a valid request changes nothing.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

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

static int each_file(int argc, char **argv, int first, int recursive, int quiet, const char *what) {
  (void)recursive;
  int status = 0;
  for (int i = first; i < argc; i++) {
    struct stat st;
    if (lstat(argv[i], &st) != 0) {
      if (!quiet) {
        if (GNU)
          app_perr("cannot access %s", q(argv[i]));
        else
          app_perr("%s", argv[i]);
      }
      status = 1;
    }
  }
  (void)what;
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
  return each_file(argc, argv, i + 1, recursive, quiet, "chmod");
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
  long id;
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
  return each_file(argc, argv, optind + 1, recursive, quiet, "chown");
}
