/* cd and pwd, with the logical $PWD the shells keep. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sh.h"

/* Joins and normalises a path: no ".", "..", or double slashes. */
static char *normalize(const char *base, const char *rel) {
  char *full = rel[0] == '/' ? xstrdup(rel) : str_cat3(base, "/", rel);
  strv parts = {0};
  char *save = NULL;
  for (char *t = strtok_r(full, "/", &save); t; t = strtok_r(NULL, "/", &save)) {
    if (strcmp(t, ".") == 0) continue;
    if (strcmp(t, "..") == 0) {
      if (parts.n) free(parts.v[--parts.n]);
      continue;
    }
    sv_add(&parts, xstrdup(t));
  }
  sbuf b = {0};
  for (int i = 0; i < parts.n; i++) {
    sb_addc(&b, '/');
    sb_adds(&b, parts.v[i]);
  }
  if (!b.n) sb_addc(&b, '/');
  sv_free(&parts);
  free(full);
  return sb_take(&b);
}

static const char *current_pwd(char *buf, size_t len) {
  const char *p = var_get("PWD");
  struct stat a, b;
  if (p && p[0] == '/' && stat(p, &a) == 0 && stat(".", &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev) return p;
  if (getcwd(buf, len)) return buf;
  return p ? p : "/";
}

int bi_cd(int argc, char **argv) {
  int i = 1;
  int physical = 0;
  while (i < argc && argv[i][0] == '-' && argv[i][1]) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    if (strcmp(argv[i], "-P") == 0) physical = 1;
    else if (strcmp(argv[i], "-L") == 0) physical = 0;
    else break;
    i++;
  }
  const char *dir;
  int print = 0;
  if (i >= argc) {
    dir = var_get("HOME");
    if (!dir || !*dir) {
      if (sh.flavour == SHELL_BASH) {
        sh_cmderror("cd", "HOME not set");
        return 1;
      }
      dir = "/";
      if (!var_get("HOME")) return 0;
    }
  } else if (i + 1 < argc && sh.flavour == SHELL_BASH) {
    sh_cmderror("cd", "too many arguments");
    return 1;
  } else if (strcmp(argv[i], "-") == 0) {
    dir = var_get("OLDPWD");
    if (!dir) {
      if (sh.flavour == SHELL_BASH) {
        sh_cmderror("cd", "OLDPWD not set");
        return 1;
      }
      dir = var_get("PWD") ? var_get("PWD") : "/";
    }
    print = 1;
  } else
    dir = argv[i];
  char cur[4096];
  char *old = xstrdup(current_pwd(cur, sizeof cur));
  char *target = normalize(old, dir);
  const char *go = physical ? dir : target;
  if (chdir(go) != 0) {
    int err = errno;
    if (!physical && chdir(dir) == 0) {
      free(target);
      target = getcwd(cur, sizeof cur) ? xstrdup(cur) : xstrdup(dir);
    } else {
      if (sh.flavour == SHELL_BASH) sh_cmderror("cd", "%s: %s", dir, strerror(err));
      else if (sh.flavour == SHELL_DASH) sh_cmderror("cd", "can't cd to %s", dir);
      else sh_cmderror("cd", "can't cd to %s: %s", dir, strerror(err));
      free(old);
      free(target);
      return sh.flavour == SHELL_BASH ? 1 : 2;
    }
  }
  if (physical) {
    free(target);
    target = getcwd(cur, sizeof cur) ? xstrdup(cur) : xstrdup(dir);
  }
  var_set("OLDPWD", old, sh.flavour == SHELL_BASH ? 0 : V_EXPORT);
  var_set("PWD", target, V_EXPORT);
  if (print) {
    puts(target);
  }
  free(old);
  free(target);
  return 0;
}

int bi_pwd(int argc, char **argv) {
  char buf[4096];
  int physical = argc > 1 && strcmp(argv[1], "-P") == 0;
  if (physical) {
    if (!getcwd(buf, sizeof buf)) return 1;
    puts(buf);
  } else
    puts(current_pwd(buf, sizeof buf));
  return 0;
}
