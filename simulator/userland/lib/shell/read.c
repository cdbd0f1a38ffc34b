/* read [-r] [-p prompt] [-n count] [-d delim] [-s] [-t secs] [name…] */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "sh.h"

static int is_ifs_ws(char c, const char *ifs) { return (c == ' ' || c == '\t' || c == '\n') && strchr(ifs, c); }

int bi_read(int argc, char **argv) {
  int raw = 0, count = -1, i = 1, silent = 0;
  const char *prompt = NULL;
  char delim = '\n';
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    for (const char *c = argv[i] + 1; *c; c++) {
      if (*c == 'r') raw = 1;
      else if (*c == 's') {
        silent = 1;
      } else if (*c == 'p' || *c == 'n' || *c == 'd' || *c == 't' || *c == 'u') {
        const char *val = c[1] ? c + 1 : (i + 1 < argc ? argv[++i] : NULL);
        if (!val) {
          sh_cmderror("read", "-%c: option requires an argument", *c);
          return 2;
        }
        if (*c == 'p') prompt = val;
        else if (*c == 'n') count = atoi(val);
        else if (*c == 'd') delim = val[0];
        break;
      } else {
        if (sh.flavour == SHELL_BASH) {
          sh_cmderror("read", "-%c: invalid option", *c);
          fprintf(stderr, "read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n");
        } else
          sh_cmderror("read", "Illegal option -%c", *c);
        return 2;
      }
    }
  }
  if (i >= argc && sh.flavour == SHELL_DASH) {
    sh_cmderror("read", "arg count");
    return 2;
  }
  if (prompt && isatty(0)) {
    fputs(prompt, stderr);
    fflush(stderr);
  }
  /* -n at a terminal: take the characters as typed, without waiting for Enter */
  int rawtty = count > 0 && gorae_tty_raw(0, 1) == 0;
  sbuf line = {0};
  sbuf quoted = {0}; /* 1 per char: escaped by a backslash (not split) */
  sb_str(&line);
  sb_str(&quoted);
  int got_end = 0, nread = 0;
  for (;;) {
    if (count >= 0 && nread >= count) {
      got_end = 1;
      break;
    }
    char c;
    ssize_t r = read(0, &c, 1);
    if (r < 0 && errno == EINTR) {
      int sig = gorae_sigtake();
      if (sig) {
        if (sig == G_SIGINT && sh.interactive && !(sh.traps[sig] && *sh.traps[sig])) {
          fputc('\n', stderr);
          fflush(stderr);
          sh.int_nl = 2;
          sh.unwind = U_ERROR;
        }
        sh_run_trap(sig);
        if (rawtty) gorae_tty_raw(0, 0);
        free(line.s);
        free(quoted.s);
        return 128 + sig;
      }
      continue;
    }
    if (r <= 0) break;
    nread++;
    if (rawtty && c == 3) {
      /* Ctrl+C typed while the terminal is raw: it interrupts as the line discipline would */
      gorae_tty_raw(0, 0);
      fputs("^C", stderr);
      fflush(stderr);
      gorae_kill(sh.pid, G_SIGINT);
      sh_take_signals();
      free(line.s);
      free(quoted.s);
      return 130;
    }
    if (rawtty && !silent) {
      fputc(c == '\r' ? '\n' : c, stderr);
      fflush(stderr);
    }
    if (rawtty && c == '\r') c = '\n';
    if (c == delim) {
      got_end = 1;
      break;
    }
    if (c == '\\' && !raw) {
      r = read(0, &c, 1);
      if (r <= 0) break;
      if (c == '\n') continue;
      sb_addc(&line, c);
      sb_addc(&quoted, 1);
      continue;
    }
    sb_addc(&line, c);
    sb_addc(&quoted, 0);
  }
  if (rawtty) gorae_tty_raw(0, 0);
  const char *ifsv = var_get("IFS");
  const char *ifs = ifsv ? ifsv : " \t\n";
  const char *def[] = {"REPLY"};
  char **names = i < argc ? argv + i : (char **)def;
  int nn = i < argc ? argc - i : 1;
  size_t p = 0, n = line.n;
  const char *s = line.s;
  if (i >= argc) {
    /* REPLY gets the line as it is */
    var_set("REPLY", s, 0);
  } else {
    for (int k = 0; k < nn; k++) {
      while (p < n && !quoted.s[p] && is_ifs_ws(s[p], ifs)) p++;
      sbuf v = {0};
      sb_str(&v);
      if (k == nn - 1) {
        /* the last name takes the rest, trailing IFS white space removed */
        size_t e = n;
        while (e > p && !quoted.s[e - 1] && is_ifs_ws(s[e - 1], ifs)) e--;
        sb_addn(&v, s + p, e - p);
        p = n;
      } else {
        while (p < n && !(!quoted.s[p] && strchr(ifs, s[p]))) sb_addc(&v, s[p++]);
        if (p < n && !is_ifs_ws(s[p], ifs)) p++;
        else {
          while (p < n && !quoted.s[p] && is_ifs_ws(s[p], ifs)) p++;
          if (p < n && !quoted.s[p] && strchr(ifs, s[p]) && !is_ifs_ws(s[p], ifs)) p++;
        }
      }
      if (var_set(names[k], v.s, 0) < 0) {
        sh_error(sh.flavour == SHELL_BASH ? "%s: readonly variable" : "%s: is read only", names[k]);
        free(v.s);
        free(line.s);
        free(quoted.s);
        return 1;
      }
      free(v.s);
    }
  }
  free(line.s);
  free(quoted.s);
  return got_end ? 0 : 1;
}
