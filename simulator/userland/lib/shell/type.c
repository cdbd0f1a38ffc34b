/* type, and command [-v|-V]: what a name would run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

void print_squoted(const char *s);

/* Describes name; verbose: type's sentences, else command -v's one word. Returns 0 if found. */
static int describe(const char *name, int verbose, int nofunc) {
  char path[4096];
  const char *al = alias_get(name);
  if (al) {
    if (!verbose) {
      printf("alias %s=", name);
      print_squoted(al);
      putchar('\n');
    } else if (sh.flavour == SHELL_BASH)
      printf("%s is aliased to `%s'\n", name, al);
    else
      printf("%s is an alias for %s\n", name, al);
    return 0;
  }
  if (is_keyword(name)) {
    if (verbose) printf("%s is a shell keyword\n", name);
    else puts(name);
    return 0;
  }
  Func *f = nofunc ? NULL : func_find(name);
  if (f) {
    if (!verbose) puts(name);
    else if (sh.flavour == SHELL_BASH) {
      printf("%s is a function\n%s () \n", name, name);
      Node *b = f->body;
      if (b->type == N_GROUP && b->a && b->a->type == N_LIST) {
        /* bash's layout: one command a line, indented by four */
        fputs("{ \n", stdout);
        for (int i = 0; i < b->a->nkids; i++) {
          char *t = unparse(b->a->kids[i]);
          printf("    %s%s\n", t, b->a->bg[i] ? " &" : i + 1 < b->a->nkids ? ";" : "");
          free(t);
        }
        puts("}");
      } else {
        char *body = unparse(b);
        puts(body);
        free(body);
      }
    } else
      printf("%s is a shell function\n", name);
    return 0;
  }
  int special = 0;
  if (!strchr(name, '/') && builtin_find(name, &special)) {
    if (!verbose) puts(name);
    else if (special && sh.flavour != SHELL_BASH) printf("%s is a special shell builtin\n", name);
    else printf("%s is a shell builtin\n", name);
    return 0;
  }
  if (find_in_path(name, path, sizeof path) == 0) {
    if (verbose) printf("%s is %s\n", name, path);
    else puts(path);
    return 0;
  }
  if (verbose) {
    if (sh.flavour == SHELL_BASH) sh_cmderror("type", "%s: not found", name);
    else {
      fflush(stdout);
      printf("%s: not found\n", name);
    }
  }
  return 1;
}

/* bash's type -t: one word for what the name is */
static int kind(const char *name, int path_only) {
  char path[4096];
  int special;
  if (!path_only) {
    const char *k = alias_get(name) ? "alias" : is_keyword(name) ? "keyword" : func_find(name) ? "function"
                    : builtin_find(name, &special) ? "builtin" : NULL;
    if (k) {
      puts(k);
      return 0;
    }
  }
  if (find_in_path(name, path, sizeof path) == 0) {
    puts(path_only ? path : "file");
    return 0;
  }
  return 1;
}

int bi_type(int argc, char **argv) {
  int status = 0;
  int i = 1, mode = 0;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] && sh.flavour == SHELL_BASH; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    for (const char *c = argv[i] + 1; *c; c++) mode = *c;
  }
  if (i < argc && strcmp(argv[i], "--") == 0) i++;
  for (; i < argc; i++) {
    int r = mode == 't' ? kind(argv[i], 0) : (mode == 'p' || mode == 'P') ? kind(argv[i], 1) : describe(argv[i], 1, 0);
    if (r) status = sh.flavour == SHELL_BASH ? 1 : 127;
  }
  return status;
}

int bi_command(int argc, char **argv) {
  int i = 1, mode = 0;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    for (const char *c = argv[i] + 1; *c; c++) {
      if (*c == 'v') mode = 'v';
      else if (*c == 'V') mode = 'V';
      else if (*c != 'p') {
        sh_cmderror("command", sh.flavour == SHELL_BASH ? "-%c: invalid option" : "Illegal option -%c", *c);
        return 2;
      }
    }
  }
  if (i >= argc) return 0;
  if (mode) {
    int status = 0;
    for (; i < argc; i++)
      if (describe(argv[i], mode == 'V', 0)) status = sh.flavour == SHELL_BASH ? 1 : 127;
    return status;
  }
  /* run the command, skipping functions */
  strv args = {0};
  for (; i < argc; i++) sv_add(&args, xstrdup(argv[i]));
  int special;
  builtin_fn fn = builtin_find(args.v[0], &special);
  int st;
  if (fn) {
    st = fn(args.n, args.v);
  } else {
    extern int start_external_pub(char **argv, strv *assigns);
    int pid = start_external_pub(args.v, NULL);
    st = pid < 0 ? sh.status : wait_pid(pid);
  }
  sv_free(&args);
  return st;
}
