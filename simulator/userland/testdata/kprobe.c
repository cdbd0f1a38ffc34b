/*
 * kprobe: exercises the gorae system calls for the kernel's tests. The first argument
 * picks what to do; output is one line per fact.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

#include "gorae_sys.h"

extern char **environ;

static int spawn_wait(char **argv, int in, int out) {
  int32_t fds[3] = {in, out, 2};
  int32_t pid = gorae_spawn(argv[0], (const char *const *)argv, (const char *const *)environ, fds, NULL);
  if (pid < 0) {
    printf("spawn=%d\n", -pid == ENOENT ? -1 : pid);
    return -1;
  }
  int32_t status = 0;
  int32_t got = gorae_wait(pid, &status, 0);
  fflush(stdout);
  printf("waited=%s status=%d\n", got == pid ? "child" : "other", status);
  return status;
}

static void cat(void) {
  char buf[256];
  ssize_t n;
  while ((n = read(0, buf, sizeof buf)) > 0) write(1, buf, (size_t)n);
}

int main(int argc, char **argv) {
  g_enter_cwd();
  const char *what = argc > 1 ? argv[1] : "";
  if (!strcmp(what, "pid")) {
    printf("pid=%d ppid=%d\n", gorae_getpid(), gorae_getppid());
  } else if (!strcmp(what, "cwd")) {
    char buf[256];
    printf("cwd=%s\n", getcwd(buf, sizeof buf));
  } else if (!strcmp(what, "uname")) {
    char buf[512];
    int n = gorae_uname(buf, sizeof buf);
    for (int i = 0; i < n; i++)
      if (!buf[i]) buf[i] = '|';
    printf("uname=%.*s\n", n, buf);
  } else if (!strcmp(what, "procs")) {
    char buf[4096];
    int n = gorae_procs(buf, sizeof buf);
    fwrite(buf, 1, (size_t)n, stdout);
  } else if (!strcmp(what, "spawn")) {
    fflush(stdout);
    spawn_wait(argv + 2, 0, 1);
  } else if (!strcmp(what, "missing")) {
    char *child[] = {"no-such-program", NULL};
    int32_t fds[3] = {0, 1, 2};
    printf("spawn=%d\n", gorae_spawn(child[0], (const char *const *)child, (const char *const *)environ, fds, NULL));
  } else if (!strcmp(what, "pipe")) {
    int32_t p[2];
    if (gorae_pipe(p) < 0) return 2;
    char *child[] = {argv[0], "cat", NULL};
    int32_t fds[3] = {p[0], 1, 2};
    int32_t pid = gorae_spawn("/bin/kprobe", (const char *const *)child, (const char *const *)environ, fds, NULL);
    close(p[0]);
    write(p[1], "through the pipe\n", 17);
    close(p[1]);
    int32_t status = -1;
    gorae_wait(pid, &status, 0);
    printf("child status=%d\n", status);
  } else if (!strcmp(what, "cat")) {
    cat();
  } else if (!strcmp(what, "dup2")) {
    int fd = open("/tmp/out.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int saved = gorae_dup(1);
    gorae_dup2(fd, 1);
    close(fd);
    printf("into the file\n");
    fflush(stdout);
    gorae_dup2(saved, 1);
    close(saved);
    printf("back on stdout\n");
  } else if (!strcmp(what, "exec")) {
    fflush(stdout);
    int r = gorae_exec(argv[2], (const char *const *)(argv + 2), (const char *const *)environ, NULL);
    printf("exec failed=%d\n", r);
  } else if (!strcmp(what, "sigcatch")) {
    gorae_signal(G_SIGTERM, G_SIG_CATCH);
    printf("ready\n");
    fflush(stdout);
    int r = gorae_pause();
    printf("pause=%d caught=%d\n", r == -EINTR ? -1 : r, gorae_sigtake());
  } else if (!strcmp(what, "pause")) {
    printf("waiting\n");
    fflush(stdout);
    gorae_pause();
  } else if (!strcmp(what, "yes")) {
    for (;;) write(1, "y\n", 2);
  } else if (!strcmp(what, "readline")) {
    char buf[256];
    ssize_t n = read(0, buf, sizeof buf);
    printf("read=%d [%.*s]\n", (int)n, n > 0 ? (int)n - 1 : 0, buf);
  } else if (!strcmp(what, "exit")) {
    return argc > 2 ? atoi(argv[2]) : 0;
  } else {
    fprintf(stderr, "kprobe: unknown %s\n", what);
    return 2;
  }
  return 0;
}
