#include "children.h"

#include "log.h"

#include <errno.h>
#include <gorae_sys.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_ENV 256

extern char **environ;

static int pids[START_SERVERS];
static int count;
static char self_path[1024];
static char **self_argv;

int children_is_child(void) {
  const char *parent = getenv("AP_PARENT_PID");
  return parent && atoi(parent) == gorae_getppid() && atoi(parent) > 0;
}

int children_child_run(void) {
  static const int stops[] = {G_SIGTERM, G_SIGINT, G_SIGWINCH, G_SIGHUP, G_SIGUSR1};
  for (unsigned i = 0; i < sizeof stops / sizeof stops[0]; i++) gorae_signal(stops[i], G_SIG_CATCH);
  while (gorae_sigtake() == 0) gorae_pause();
  return 0;
}

void children_find_self(const char *argv0, char *out, unsigned long size) {
  snprintf(out, size, "%s", argv0);
  if (strchr(argv0, '/')) return;
  const char *path = getenv("PATH");
  while (path && *path) {
    const char *colon = strchr(path, ':');
    size_t len = colon ? (size_t)(colon - path) : strlen(path);
    char candidate[1024];
    snprintf(candidate, sizeof candidate, "%.*s/%s", (int)len, path, argv0);
    if (len > 0 && access(candidate, X_OK) == 0) {
      snprintf(out, size, "%s", candidate);
      return;
    }
    path = colon ? colon + 1 : NULL;
  }
}

void children_start(const char *self, char **argv) {
  if (self != self_path) snprintf(self_path, sizeof self_path, "%s", self);
  self_argv = argv;
  static char parent[32];
  static const char *env[MAX_ENV];
  int n = 0;
  snprintf(parent, sizeof parent, "AP_PARENT_PID=%d", (int)gorae_getpid());
  for (char **e = environ; e && *e && n < MAX_ENV - 2; e++) {
    if (strncmp(*e, "AP_PARENT_PID=", 14) != 0) env[n++] = *e;
  }
  env[n++] = parent;
  env[n] = NULL;
  static const int32_t fds[3] = {0, 1, 2};
  char cwd[1024];
  if (!getcwd(cwd, sizeof cwd)) snprintf(cwd, sizeof cwd, "/");
  while (count < START_SERVERS) {
    int pid = gorae_spawn(self, (const char *const *)argv, env, fds, cwd);
    if (pid < 0) {
      log_error("mpm_event", "alert", "(%d)%s: AH00481: fork: Unable to fork new process", -pid, strerror(-pid));
      return;
    }
    pids[count++] = pid;
  }
}

int children_count(void) {
  return count;
}

static const char *signal_description(int sig) {
  switch (sig) {
  case G_SIGHUP: return "Hangup";
  case G_SIGINT: return "Interrupt";
  case G_SIGQUIT: return "Quit";
  case G_SIGKILL: return "Killed";
  case G_SIGUSR1: return "User defined signal 1";
  case G_SIGUSR2: return "User defined signal 2";
  case G_SIGPIPE: return "Broken pipe";
  case G_SIGALRM: return "Alarm clock";
  case G_SIGTERM: return "Terminated";
  default: return "Unknown signal";
  }
}

void children_ended(int pid, int status) {
  for (int i = 0; i < count; i++) {
    if (pids[i] != pid) continue;
    pids[i] = pids[--count];
    int sig = status & 0x7f;
    if (sig) log_error("core", "notice", "AH00052: child pid %d exit signal %s (%d)", pid, signal_description(sig), sig);
    /* The parent keeps StartServers children running. */
    if (self_argv) children_start(self_path, self_argv);
    return;
  }
}

void children_reap(void) {
  for (;;) {
    int32_t status = 0;
    int pid = gorae_wait(-1, &status, G_WNOHANG);
    if (pid <= 0) {
      if (pid == -ECHILD) count = 0;
      return;
    }
    children_ended(pid, status);
  }
}

void children_stop(void) {
  /* SIGTERM ends a child even before it has set up its signals. */
  for (int i = 0; i < count; i++) gorae_kill(pids[i], G_SIGTERM);
  while (count > 0) {
    int32_t status = 0;
    int pid = gorae_wait(-1, &status, 0);
    if (pid > 0) {
      for (int i = 0; i < count; i++) {
        if (pids[i] == pid) pids[i] = pids[--count];
      }
    } else if (pid != -EINTR) {
      count = 0;
    }
  }
}
