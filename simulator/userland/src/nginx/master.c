#include "master.h"

#include "log.h"
#include "worker.h"

#include <errno.h>
#include <gorae_sys.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MAX_WORKERS 64

extern char **environ;

struct worker {
  int pid;
  int exiting; /* told to quit (reload): not restarted when it ends */
};

static struct worker workers[MAX_WORKERS];
static int worker_count;
static int quitting, terminating;

static const char *signal_name(int sig) {
  switch (sig) {
  case G_SIGHUP: return "SIGHUP";
  case G_SIGINT: return "SIGINT";
  case G_SIGQUIT: return "SIGQUIT";
  case G_SIGUSR1: return "SIGUSR1";
  case G_SIGUSR2: return "SIGUSR2";
  case G_SIGTERM: return "SIGTERM";
  case G_SIGCHLD: return "SIGCHLD";
  case G_SIGWINCH: return "SIGWINCH";
  default: return "";
  }
}

/* What nginx adds to "signal N (NAME) received" for each signal. */
static const char *signal_action(int sig) {
  switch (sig) {
  case G_SIGQUIT: return ", shutting down";
  case G_SIGTERM:
  case G_SIGINT: return ", exiting";
  case G_SIGHUP: return ", reconfiguring";
  case G_SIGUSR1: return ", reopening";
  case G_SIGUSR2: return ", changing binary";
  default: return "";
  }
}

static void log_signal(int sig) {
  ngx_log("notice", "signal %d (%s) received%s", sig, signal_name(sig), signal_action(sig));
}

static void catch_signals(void) {
  static const int caught[] = {G_SIGQUIT, G_SIGTERM, G_SIGINT, G_SIGHUP, G_SIGUSR1, G_SIGUSR2, G_SIGWINCH, G_SIGCHLD};
  for (unsigned i = 0; i < sizeof caught / sizeof caught[0]; i++) gorae_signal(caught[i], G_SIG_CATCH);
}

static void write_pid(const char *path) {
  FILE *f = fopen(path, "w");
  if (!f) return;
  fprintf(f, "%d\n", (int)gorae_getpid());
  fclose(f);
}

static void start_worker(const char *self) {
  if (worker_count >= MAX_WORKERS) return;
  static const char *const argv[] = {WORKER_TITLE, NULL};
  static const int32_t fds[3] = {0, 1, 2};
  char cwd[1024];
  if (!getcwd(cwd, sizeof cwd)) snprintf(cwd, sizeof cwd, "/");
  int pid = gorae_spawn(self, argv, (const char *const *)environ, fds, cwd);
  if (pid < 0) {
    ngx_log("alert", "fork() failed while spawning \"worker process\" (%d: %s)", -pid, strerror(-pid));
    return;
  }
  ngx_log("notice", "start worker process %d", pid);
  workers[worker_count].pid = pid;
  workers[worker_count].exiting = 0;
  worker_count++;
}

static void start_workers(const char *self, int n) {
  ngx_log("notice", "start worker processes");
  for (int i = 0; i < n; i++) start_worker(self);
}

static void signal_workers(int sig, int mark_exiting) {
  for (int i = 0; i < worker_count; i++) {
    if (mark_exiting) workers[i].exiting = 1;
    gorae_kill(workers[i].pid, sig);
  }
}

/* A worker ended: log it as nginx does, forget it, and restart it when it was not told to end. */
static void worker_ended(const char *self, int pid, int status) {
  for (int i = 0; i < worker_count; i++) {
    if (workers[i].pid != pid) continue;
    int sig = status & 0x7f;
    if (sig) {
      ngx_log("alert", "worker process %d exited on signal %d%s", pid, sig, (status & 0x80) ? " (core dumped)" : "");
    } else {
      ngx_log("notice", "worker process %d exited with code %d", pid, (status >> 8) & 0xff);
    }
    int respawn = !workers[i].exiting && !quitting && !terminating;
    workers[i] = workers[--worker_count];
    if (respawn) start_worker(self);
    return;
  }
}

/* Reaps every ended child; `first` is one already reaped (0: none). */
static void reap(const char *self, int first, int first_status) {
  int logged = 0;
  int pid = first, status = first_status;
  for (;;) {
    if (pid <= 0) {
      int32_t st = 0;
      pid = gorae_wait(-1, &st, G_WNOHANG);
      status = st;
      if (pid <= 0) return;
    }
    if (!logged) {
      ngx_log("notice", "signal %d (%s) received from %d", G_SIGCHLD, "SIGCHLD", pid);
      logged = 1;
    }
    worker_ended(self, pid, status);
    pid = 0;
  }
}

static void reconfigure(const struct ngx_options *options, struct ngx_conf *conf, const char *self) {
  ngx_log("notice", "reconfiguring");
  static struct ngx_conf next;
  if (conf_read(options, &next) < 0) {
    ngx_log("emerg", "%s", next.error);
    return;
  }
  *conf = next;
  ngx_log("notice", "using the \"epoll\" event method");
  int old = worker_count;
  start_workers(self, conf_worker_count(conf));
  for (int i = 0; i < old; i++) {
    workers[i].exiting = 1;
    gorae_kill(workers[i].pid, G_SIGQUIT);
  }
}

static void handle_signal(const struct ngx_options *options, struct ngx_conf *conf, const char *self, int sig) {
  if (sig == G_SIGCHLD) {
    reap(self, 0, 0);
    return;
  }
  log_signal(sig);
  switch (sig) {
  case G_SIGQUIT:
    quitting = 1;
    signal_workers(G_SIGQUIT, 1);
    break;
  case G_SIGTERM:
  case G_SIGINT:
    terminating = 1;
    signal_workers(G_SIGTERM, 1);
    break;
  case G_SIGHUP:
    if (!quitting && !terminating) reconfigure(options, conf, self);
    break;
  case G_SIGUSR1:
    ngx_log("notice", "reopening logs");
    signal_workers(G_SIGUSR1, 0);
    break;
  default: break;
  }
}

int master_run(const struct ngx_options *options, struct ngx_conf *conf, const char *self) {
  catch_signals();
  write_pid(conf->pid);
  start_workers(self, conf_worker_count(conf));
  for (;;) {
    if ((quitting || terminating) && worker_count == 0) break;
    int32_t status = 0;
    int pid = worker_count > 0 ? gorae_wait(-1, &status, 0) : gorae_pause();
    if (pid > 0) {
      reap(self, pid, status);
    } else if (pid == -ECHILD) {
      worker_count = 0;
    }
    for (int sig; (sig = gorae_sigtake()) > 0;) handle_signal(options, conf, self, sig);
  }
  ngx_log("notice", "exit");
  unlink(conf->pid);
  return 0;
}

int single_run(const struct ngx_conf *conf) {
  catch_signals();
  write_pid(conf->pid);
  for (;;) {
    int sig = gorae_sigtake();
    if (sig == 0) {
      gorae_pause();
      continue;
    }
    if (sig == G_SIGCHLD) continue;
    log_signal(sig);
    if (sig == G_SIGQUIT) {
      ngx_log("notice", "gracefully shutting down");
      ngx_log("notice", "exiting");
    }
    if (sig == G_SIGQUIT || sig == G_SIGTERM || sig == G_SIGINT) break;
    if (sig == G_SIGUSR1) ngx_log("notice", "reopening logs");
  }
  ngx_log("notice", "exit");
  unlink(conf->pid);
  return 0;
}
