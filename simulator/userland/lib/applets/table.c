/* The applet table and the dispatch on argv[0] shared by busybox and coreutils. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "applets.h"
#include "lib.h"

/* "--help" (BusyBox) or "--version" (GNU) as the only argument, except where it is an operand. */
static int help_applies(const char *name) {
  static const char *const bb_operands[] = {"[", "[[", "echo", "false", "test", "true", "sh", "ash"};
  static const char *const gnu_operands[] = {"test", "sh", "ash"};
  const char *const *v = GNU ? gnu_operands : bb_operands;
  size_t n = GNU ? sizeof gnu_operands / sizeof *v : sizeof bb_operands / sizeof *v;
  for (size_t i = 0; i < n; i++)
    if (strcmp(name, v[i]) == 0) return 0;
  return 1;
}

/* Declarations of every applet main. */
#define APPLET(name, fn, id) int fn(int argc, char **argv);
#include "list.h"
#undef APPLET

/* Wrappers: fresh option state before, flushed output after. */
#define APPLET(name, fn, id) \
  static int w##id(int argc, char **argv) { \
    app_begin(argv); \
    if (argc == 2 && strcmp(argv[1], GNU ? "--version" : "--help") == 0 && help_applies(name)) \
      return app_end(GNU ? app_version() : app_help()); \
    return app_end(fn(argc, argv)); \
  }
#include "list.h"
#undef APPLET

static const struct applet table[] = {
#define APPLET(name, fn, id) {name, w##id},
#include "list.h"
#undef APPLET
};

#define COUNT (sizeof table / sizeof table[0])

/* Applets provided by the shell library (weak: a build without it lacks them). */
#if __has_include("shell.h")
#include "shell.h"
#else
enum { SHELL_ASH, SHELL_DASH, SHELL_BASH };
#endif
int shell_main(int argc, char **argv, int flavour) __attribute__((weak));
int builtin_echo(int argc, char **argv) __attribute__((weak));
int builtin_printf(int argc, char **argv) __attribute__((weak));
int builtin_test(int argc, char **argv) __attribute__((weak));

static int available(const struct applet *a) {
  const char *n = a->name;
  if (strcmp(n, "sh") == 0 || strcmp(n, "ash") == 0) return shell_main != NULL;
  if (strcmp(n, "echo") == 0) return builtin_echo != NULL;
  if (strcmp(n, "printf") == 0) return builtin_printf != NULL;
  if (strcmp(n, "test") == 0 || strcmp(n, "[") == 0 || strcmp(n, "[[") == 0) return builtin_test != NULL;
  return 1;
}

int sh_applet_main(int argc, char **argv) { return shell_main(argc, argv, SHELL_ASH); }
int echo_applet_main(int argc, char **argv) { return builtin_echo(argc, argv); }
int printf_applet_main(int argc, char **argv) { return builtin_printf(argc, argv); }
int test_applet_main(int argc, char **argv) { return builtin_test(argc, argv); }

const struct applet *applet_find(const char *name) {
  size_t lo = 0, hi = COUNT;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int d = strcmp(name, table[mid].name);
    if (d == 0) return available(&table[mid]) ? &table[mid] : NULL;
    if (d < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NULL;
}

static void list_applets(int full) {
  for (size_t i = 0; i < COUNT; i++) {
    if (!available(&table[i])) continue;
    if (full) fputs(strcmp(table[i].name, "[") == 0 || strcmp(table[i].name, "[[") == 0 ? "usr/bin/" : "bin/", stdout);
    puts(table[i].name);
  }
}

static int busybox_usage(void) {
  int width = term_width();
  if (width <= 0) width = 80;
  fputs(BB_BANNER " multi-call binary.\n"
        "BusyBox is copyrighted by many authors between 1998-2015.\n"
        "Licensed under GPLv2. See source distribution for detailed\n"
        "copyright notices.\n"
        "\n"
        "Usage: busybox [function [arguments]...]\n"
        "   or: busybox --list[-full]\n"
        "   or: busybox --show SCRIPT\n"
        "   or: busybox --install [-s] [DIR]\n"
        "   or: function [arguments]...\n"
        "\n"
        "\tBusyBox is a multi-call binary that combines many common Unix\n"
        "\tutilities into a single executable.  Most people will create a\n"
        "\tlink to busybox for each function they wish to use and BusyBox\n"
        "\twill act like whatever it was invoked as.\n"
        "\n"
        "Currently defined functions:\n",
        stdout);
  int col = 0;
  width--; /* no comma in the very last column */
  for (size_t i = 0; i < COUNT; i++) {
    if (!available(&table[i])) continue;
    int len = (int)strlen(table[i].name) + 2;
    if (col >= width - len) {
      fputs(",\n", stdout);
      col = 0;
    }
    if (col == 0) {
      fputs("\t", stdout);
      col = 6;
    } else {
      fputs(", ", stdout);
    }
    fputs(table[i].name, stdout);
    col += len;
  }
  fputs("\n", stdout);
  fflush(stdout);
  return 0;
}

static int run(const struct applet *a, int argc, char **argv) { return a->main(argc, argv); }

int applet_main(int argc, char **argv) {
  const char *name = argc > 0 ? base_name(argv[0]) : "";
  if (GNU) {
    if (strcmp(name, "coreutils") == 0 && argc > 1 && strncmp(argv[1], "--coreutils-prog=", 17) == 0) {
      name = argv[1] + 17;
      argv[1] = (char *)name;
      argc--;
      argv++;
    }
    const struct applet *a = applet_find(name);
    if (!a) {
      fprintf(stderr, "coreutils: unknown program '%s'\n", name);
      return 127;
    }
    return run(a, argc, argv);
  }
  if (strcmp(name, "busybox") == 0) {
    if (argc < 2) return busybox_usage();
    if (strcmp(argv[1], "--list") == 0 || strcmp(argv[1], "--list-full") == 0) {
      list_applets(argv[1][6] != 0);
      fflush(stdout);
      return 0;
    }
    if (strcmp(argv[1], "--help") == 0) {
      if (argc > 2) {
        const struct applet *a = applet_find(argv[2]);
        if (!a) {
          fprintf(stderr, "%s: applet not found\n", argv[2]);
          return 127;
        }
        applet_base = applet_name = a->name;
        app_show_usage();
        return 0;
      }
      return busybox_usage();
    }
    argc--;
    argv++;
    name = base_name(argv[0]);
  }
  const struct applet *a = applet_find(name);
  if (!a) {
    fprintf(stderr, "%s: applet not found\n", name);
    return 127;
  }
  return run(a, argc, argv);
}
