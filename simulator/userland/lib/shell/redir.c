/*
 * Redirections, applied to the shell's own descriptors; the previous ones are kept in
 * copies (above 9) to put back afterwards. Programs started meanwhile get 0-2 as set.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gorae_sys.h"
#include "sh.h"

/* A copy of fd numbered 10 or more (so it does not take one of the standard numbers). */
int fd_copy_high(int fd) {
  int held[12], n = 0, c;
  for (;;) {
    c = gorae_dup(fd);
    if (c < 0 || c >= 10 || n == 12) break;
    held[n++] = c;
  }
  while (n > 0) close(held[--n]);
  return c;
}

static int fd_is_open(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0;
}

static void save_fd(FdSave *save, int fd) {
  if (!save) return;
  for (int i = 0; i < save->n; i++)
    if (save->s[i].fd == fd) return;
  if (save->n == (int)(sizeof save->s / sizeof save->s[0])) return;
  save->s[save->n].fd = fd;
  save->s[save->n].copy = fd_is_open(fd) ? fd_copy_high(fd) : -1;
  save->n++;
}

void redirect_undo(FdSave *save) {
  fflush(stdout);
  fflush(stderr);
  for (int i = save->n - 1; i >= 0; i--) {
    SavedFd *s = &save->s[i];
    if (s->copy >= 0) {
      gorae_dup2(s->copy, s->fd);
      close(s->copy);
    } else
      close(s->fd);
  }
  save->n = 0;
}

static void open_error(const char *file, int err, int creating) {
  if (sh.flavour == SHELL_BASH) sh_error("%s: %s", file, strerror(err));
  else if (sh.flavour == SHELL_DASH) {
    const char *why = err == ENOENT ? (creating ? "Directory nonexistent" : "No such file") : strerror(err);
    sh_error("cannot %s %s: %s", creating ? "create" : "open", file, why);
  } else if (creating)
    sh_error("can't create %s: %s", file, err == ENOENT ? "nonexistent directory" : strerror(err));
  else
    sh_error("can't open '%s': %s", file, strerror(err));
}

static int feed_text(const char *text, int fd) {
  int32_t p[2];
  if (gorae_pipe(p) < 0) return -1;
  size_t len = strlen(text);
  const char *s = text;
  while (len > 0) {
    ssize_t w = write(p[1], s, len);
    if (w <= 0) break;
    s += w;
    len -= (size_t)w;
  }
  close(p[1]);
  if (p[0] != fd) {
    gorae_dup2(p[0], fd);
    close(p[0]);
  }
  return 0;
}

static int bad_fd(const char *word) {
  if (sh.flavour == SHELL_BASH) sh_error("%s: Bad file descriptor", word);
  else if (sh.flavour == SHELL_DASH) sh_error("%s: Bad file descriptor", word);
  else sh_error("%s: bad file descriptor", word);
  return -1;
}

int redirect(Redir *r, FdSave *save) {
  fflush(stdout);
  fflush(stderr);
  for (; r; r = r->next) {
    int fd = r->fd;
    if (r->type == R_HEREDOC) {
      char *text = r->quoted ? xstrdup(r->body ? r->body : "") : expand_heredoc(r->body ? r->body : "");
      if (!text) return -1;
      save_fd(save, fd);
      feed_text(text, fd);
      free(text);
      continue;
    }
    char *w = expand_str(r->word, 0);
    if (!w) return -1;
    if (r->type == R_HERESTR) {
      char *t = str_cat3(w, "\n", "");
      save_fd(save, fd);
      feed_text(t, fd);
      free(t);
      free(w);
      continue;
    }
    if (r->type == R_DUPIN || r->type == R_DUPOUT) {
      if (strcmp(w, "-") == 0) {
        save_fd(save, fd);
        close(fd);
        free(w);
        continue;
      }
      long long n;
      if (str_to_int(w, &n) && n >= 0) {
        if (!fd_is_open((int)n)) {
          bad_fd(w);
          free(w);
          return -1;
        }
        save_fd(save, fd);
        if (n != fd) gorae_dup2((int)n, fd);
        free(w);
        continue;
      }
      if (r->type == R_DUPOUT && sh.flavour == SHELL_BASH && fd == 1) {
        r->type = R_ALL; /* >&file is &>file in bash */
      } else {
        if (sh.flavour == SHELL_BASH) sh_error("%s: ambiguous redirect", w);
        else sh_error(sh.flavour == SHELL_DASH ? "Syntax error: Bad fd number" : "%s: bad file descriptor", w);
        free(w);
        return -1;
      }
    }
    int flags;
    switch (r->type) {
    case R_IN: flags = O_RDONLY; break;
    case R_RDWR: flags = O_RDWR | O_CREAT; break;
    case R_APPEND:
    case R_ALLAPP: flags = O_WRONLY | O_CREAT | O_APPEND; break;
    default: flags = O_WRONLY | O_CREAT | O_TRUNC; break;
    }
    if (r->type == R_OUT && sh.opt_C) {
      struct stat st;
      if (stat(w, &st) == 0 && S_ISREG(st.st_mode)) {
        if (sh.flavour == SHELL_BASH) sh_error("%s: cannot overwrite existing file", w);
        else sh_error("cannot create %s: File exists", w);
        free(w);
        return -1;
      }
    }
    if (r->type == R_ALL || r->type == R_ALLAPP) {
      save_fd(save, 1);
      save_fd(save, 2);
    } else
      save_fd(save, fd);
    int f = open(w, flags, 0666);
    if (f < 0) {
      int err = errno;
      struct stat st;
      if (flags != O_RDONLY && stat(w, &st) == 0 && S_ISDIR(st.st_mode)) err = EISDIR;
      open_error(w, err, flags != O_RDONLY);
      free(w);
      return -1;
    }
    free(w);
    if (r->type == R_ALL || r->type == R_ALLAPP) {
      gorae_dup2(f, 1);
      gorae_dup2(f, 2);
      close(f);
      continue;
    }
    if (f != fd) {
      gorae_dup2(f, fd);
      close(f);
    }
  }
  return 0;
}
