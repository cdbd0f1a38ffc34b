/* echo, in each flavour's manner: bash and BusyBox take -n/-e/-E, dash only -n and always reads escapes. */
#include <stdio.h>
#include <string.h>

#include "sh.h"

/* Running as GNU coreutils' echo (the program, not a shell's builtin). */
static int gnu_applet(void) {
#ifdef GNU_STYLE
  return sh.arg0 == NULL;
#else
  return 0;
#endif
}

/* Writes s with backslash escapes interpreted; returns 1 when \c ended the output. */
int echo_escapes(const char *s) {
  for (; *s; s++) {
    if (*s != '\\' || !s[1]) {
      putchar(*s);
      continue;
    }
    char c = *++s;
    int v;
    switch (c) {
    case 'a': putchar('\a'); break;
    case 'b': putchar('\b'); break;
    case 'c': return 1;
    case 'e': putchar(27); break;
    case 'f': putchar('\f'); break;
    case 'n': putchar('\n'); break;
    case 'r': putchar('\r'); break;
    case 't': putchar('\t'); break;
    case 'v': putchar('\v'); break;
    case '\\': putchar('\\'); break;
    case '0':
      v = 0;
      for (int k = 0; k < 3 && s[1] >= '0' && s[1] <= '7'; k++) v = v * 8 + (*++s - '0');
      putchar(v);
      break;
    case 'x':
      if (sh.flavour != SHELL_DASH && ((s[1] >= '0' && s[1] <= '9') || (s[1] >= 'a' && s[1] <= 'f') || (s[1] >= 'A' && s[1] <= 'F'))) {
        v = 0;
        for (int k = 0; k < 2; k++) {
          char h = s[1];
          int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
          if (d < 0) break;
          v = v * 16 + d;
          s++;
        }
        putchar(v);
        break;
      }
      /* fall through */
    default:
      if (c >= '1' && c <= '7' && sh.flavour == SHELL_ASH && !gnu_applet()) {
        v = c - '0';
        for (int k = 0; k < 2 && s[1] >= '0' && s[1] <= '7'; k++) v = v * 8 + (*++s - '0');
        putchar(v);
        break;
      }
      putchar('\\');
      putchar(c);
    }
  }
  return 0;
}

int builtin_echo(int argc, char **argv) {
  int nl = 1, esc = sh.flavour == SHELL_DASH, i = 1;
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || !a[1]) break;
    if (sh.flavour == SHELL_DASH) {
      if (strcmp(a, "-n") == 0) {
        nl = 0;
        continue;
      }
      break;
    }
    int ok = 1;
    for (const char *c = a + 1; *c; c++)
      if (*c != 'n' && *c != 'e' && *c != 'E') ok = 0;
    if (!ok) break;
    for (const char *c = a + 1; *c; c++) {
      if (*c == 'n') nl = 0;
      else if (*c == 'e') esc = 1;
      else esc = 0;
    }
  }
  for (int first = 1; i < argc; i++, first = 0) {
    if (!first) putchar(' ');
    if (esc) {
      if (echo_escapes(argv[i])) {
        fflush(stdout);
        return ferror(stdout) ? 1 : 0;
      }
    } else
      fputs(argv[i], stdout);
  }
  if (nl) putchar('\n');
  fflush(stdout);
  return ferror(stdout) ? 1 : 0;
}
