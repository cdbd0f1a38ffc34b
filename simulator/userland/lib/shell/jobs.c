/* Background jobs: `cmd &`, jobs, wait, and the "Done" notices of interactive shells. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gorae_sys.h"
#include "sh.h"

static int job_status_of(int32_t st) { return (st & 0x7f) ? 128 + (st & 0x7f) : (st >> 8) & 0xff; }

int job_add(int *pids, int n, const char *cmd) {
  Job *j = xmalloc(sizeof *j);
  memset(j, 0, sizeof *j);
  int id = 1;
  for (Job *k = sh.jobs; k; k = k->next)
    if (k->id >= id) id = k->id + 1;
  j->id = id;
  j->npids = n > 16 ? 16 : n;
  memcpy(j->pids, pids, (size_t)j->npids * sizeof *pids);
  j->cmd = xstrdup(cmd);
  Job **pp = &sh.jobs;
  while (*pp) pp = &(*pp)->next;
  *pp = j;
  return id;
}

Job *job_by_pid(int pid) {
  for (Job *j = sh.jobs; j; j = j->next)
    for (int i = 0; i < j->npids; i++)
      if (j->pids[i] == pid) return j;
  return NULL;
}

/* Records that pid ended with raw status st. */
void job_ended(int pid, int32_t st) {
  Job *j = job_by_pid(pid);
  if (!j) return;
  for (int i = 0; i < j->npids; i++) {
    if (j->pids[i] == pid) {
      if (i == j->npids - 1) j->status = st;
      j->pids[i] = -j->pids[i];
    }
  }
  int alive = 0;
  for (int i = 0; i < j->npids; i++)
    if (j->pids[i] > 0) alive = 1;
  if (!alive) j->done = 1;
}

void job_reap_nohang(void) {
  for (Job *j = sh.jobs; j; j = j->next) {
    for (int i = 0; i < j->npids; i++) {
      if (j->pids[i] <= 0) continue;
      int32_t st;
      int r = gorae_wait(j->pids[i], &st, G_WNOHANG);
      if (r > 0) job_ended(r, st);
      else if (r == -ECHILD) job_ended(j->pids[i], 0);
    }
  }
}

static const char *state_text(Job *j, char *buf, size_t len) {
  if (!j->done) return "Running";
  int32_t st = j->status;
  if (st & 0x7f) {
    int sig = st & 0x7f;
    if (sig == G_SIGKILL) return "Killed";
    if (sig == G_SIGTERM) return "Terminated";
    if (sig == G_SIGINT) return "Interrupt";
    snprintf(buf, len, "Signal %d", sig);
    return buf;
  }
  int code = (st >> 8) & 0xff;
  if (code == 0) return "Done";
  snprintf(buf, len, sh.flavour == SHELL_BASH ? "Exit %d" : "Done(%d)", code);
  return buf;
}

static void print_job(Job *j, int last) {
  char buf[32];
  const char *s = state_text(j, buf, sizeof buf);
  char mark = last ? '+' : ' ';
  if (sh.flavour == SHELL_BASH) {
    fprintf(stdout, "[%d]%c  %-24s%s%s\n", j->id, mark, s, j->cmd, j->done ? "" : " &");
  } else {
    fprintf(stdout, "[%d] %c %-27s%s\n", j->id, mark, s, j->cmd);
  }
}

static void remove_done(void) {
  for (Job **pp = &sh.jobs; *pp;) {
    Job *j = *pp;
    if (j->done && j->reported) {
      *pp = j->next;
      free(j->cmd);
      free(j);
    } else
      pp = &j->next;
  }
}

/* Prints the jobs that ended (all: every job, for the jobs builtin). */
void jobs_notify(int all) {
  job_reap_nohang();
  for (Job *j = sh.jobs; j; j = j->next) {
    if (!all && !j->done) continue;
    if (all || sh.interactive) {
      FILE *f = all ? stdout : stderr;
      (void)f;
      if (!all) fflush(stdout);
      print_job(j, j->next == NULL);
      fflush(stdout);
    }
    if (j->done) j->reported = 1;
  }
  remove_done();
}

/* wait [pid…]: waits for the given or all background jobs; status of the last. */
int builtin_wait(int argc, char **argv) {
  int status = 0;
  if (argc <= 1) {
    for (Job *j = sh.jobs; j; j = j->next) {
      for (int i = 0; i < j->npids; i++) {
        if (j->pids[i] <= 0) continue;
        int32_t st;
        int r;
        while ((r = gorae_wait(j->pids[i], &st, 0)) == -EINTR) {
          int sig = gorae_sigtake();
          if (sig) {
            sh_run_trap(sig);
            return 128 + sig;
          }
        }
        job_ended(j->pids[i], r > 0 ? st : 0);
      }
      j->reported = 1;
    }
    remove_done();
    return 0;
  }
  for (int a = 1; a < argc; a++) {
    const char *arg = argv[a];
    Job *j = NULL;
    long long pid = 0;
    if (arg[0] == '%') {
      long long id = 0;
      if (str_to_int(arg + 1, &id))
        for (Job *k = sh.jobs; k; k = k->next)
          if (k->id == id) j = k;
    } else if (str_to_int(arg, &pid))
      j = job_by_pid((int)pid);
    if (!j) {
      if (pid > 0) {
        int32_t st;
        int r = gorae_wait((int)pid, &st, 0);
        status = r > 0 ? job_status_of(st) : 127;
        if (r < 0 && sh.flavour == SHELL_BASH) sh_cmderror("wait", "pid %lld is not a child of this shell", pid);
      } else
        status = 127;
      continue;
    }
    for (int i = 0; i < j->npids; i++) {
      if (j->pids[i] <= 0) continue;
      int32_t st;
      int r;
      while ((r = gorae_wait(j->pids[i], &st, 0)) == -EINTR) {
        int sig = gorae_sigtake();
        if (sig) {
            sh_run_trap(sig);
            return 128 + sig;
          }
      }
      job_ended(j->pids[i], r > 0 ? st : 0);
    }
    status = job_status_of(j->status);
    if ((j->status & 0x7f) && sh.flavour == SHELL_DASH) {
      char buf[32];
      fprintf(stderr, "%s\n", state_text(j, buf, sizeof buf));
    }
    j->reported = 1;
  }
  remove_done();
  return status;
}

int builtin_jobs(int argc, char **argv) {
  (void)argc;
  (void)argv;
  jobs_notify(1);
  return 0;
}
