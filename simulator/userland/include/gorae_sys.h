/*
 * Gorae's system calls beyond WASI preview1: processes, pipes, descriptors, signals and
 * what a Linux kernel tells about itself. They are WebAssembly imports from the module
 * "gorae", implemented by the process host (simulator/runtime/kernel). Every call returns
 * a value >= 0 on success or a negative errno (-ENOENT, …, with wasi-libc's numbers).
 *
 * Strings are NUL-terminated; arrays of strings are NULL-terminated, like execve's.
 */
#ifndef GORAE_SYS_H
#define GORAE_SYS_H

#include <stdint.h>

#define GORAE_IMPORT(name) __attribute__((import_module("gorae"), import_name(name)))

/* Linux signal numbers (what `kill -l` lists and exit statuses 128+n carry). */
#define G_SIGHUP 1
#define G_SIGINT 2
#define G_SIGQUIT 3
#define G_SIGKILL 9
#define G_SIGUSR1 10
#define G_SIGUSR2 12
#define G_SIGPIPE 13
#define G_SIGALRM 14
#define G_SIGTERM 15
#define G_SIGCHLD 17
#define G_SIGCONT 18
#define G_SIGSTOP 19
#define G_SIGTSTP 20
#define G_SIGWINCH 28

/* Signal dispositions for gorae_signal. */
#define G_SIG_DFL 0 /* the default action (most signals end the process) */
#define G_SIG_IGN 1 /* ignored */
#define G_SIG_CATCH 2 /* recorded: the next blocking call returns -EINTR and gorae_sigtake() returns it */

/* gorae_wait options */
#define G_WNOHANG 1

/*
 * Starts a program as a child process, like posix_spawn. `path` is looked up in the PATH
 * of `envp` when it has no '/'; a file starting with "#!" runs its interpreter. The child's
 * descriptors 0, 1 and 2 are copies of the caller's fds[0], fds[1], fds[2] (-1: closed);
 * it starts in the directory `cwd` (absolute). Returns the child's pid, or -ENOENT (not
 * found), -EACCES (not executable), -ENOEXEC (not a program), -EAGAIN (pids limit).
 */
int32_t gorae_spawn(const char *path, const char *const *argv, const char *const *envp, const int32_t *fds,
                    const char *cwd) GORAE_IMPORT("spawn");

/*
 * Replaces the calling process's program, like execve (the pid stays). Returns only on
 * failure, with the same errors as gorae_spawn. The caller's descriptors 0-2 carry over.
 */
int32_t gorae_exec(const char *path, const char *const *argv, const char *const *envp, const char *cwd)
  GORAE_IMPORT("exec");

/*
 * Waits for a child (pid > 0) or any child (pid == -1) to end. Stores the status in
 * Linux's format (exit code << 8, or the signal number in the low 7 bits) and returns the
 * child's pid; with G_WNOHANG returns 0 when none has ended; -ECHILD when there is no
 * such child; -EINTR when a caught signal arrived.
 */
int32_t gorae_wait(int32_t pid, int32_t *status, int32_t options) GORAE_IMPORT("wait");

/* Makes a pipe: fds[0] reads, fds[1] writes. */
int32_t gorae_pipe(int32_t *fds) GORAE_IMPORT("pipe");

/* dup(fd): a copy at the lowest free descriptor. */
int32_t gorae_dup(int32_t fd) GORAE_IMPORT("dup");

/* dup2(fd, to): closes `to` if open and makes it a copy of `fd`. */
int32_t gorae_dup2(int32_t fd, int32_t to) GORAE_IMPORT("dup2");

/* Sends a signal to a process of the same container (pid -1: all but the caller and 1). */
int32_t gorae_kill(int32_t pid, int32_t sig) GORAE_IMPORT("kill");

/* Sets what a signal does to the caller; returns the previous disposition. */
int32_t gorae_signal(int32_t sig, int32_t disposition) GORAE_IMPORT("signal");

/* Takes the oldest caught signal that has arrived, or returns 0. */
int32_t gorae_sigtake(void) GORAE_IMPORT("sigtake");

int32_t gorae_getpid(void) GORAE_IMPORT("getpid");
int32_t gorae_getppid(void) GORAE_IMPORT("getppid");

/* ids[0..3] = uid, gid, euid, egid of the caller (from the container's user). */
int32_t gorae_getids(int32_t *ids) GORAE_IMPORT("getids");

/*
 * uname(2) as text: "sysname\0nodename\0release\0version\0machine\0" into buf. Returns the
 * bytes stored. nodename is the container's hostname.
 */
int32_t gorae_uname(char *buf, int32_t len) GORAE_IMPORT("uname");

/*
 * The container's processes (its PID namespace), one line per process, lowest pid first:
 *   pid ppid uid state vsz_kib rss_kib start_ms cpu_ms tty argv…
 * fields separated by ' ', argv's elements by '\x1f'; state is R, S, T (paused) or Z. tty
 * is "pts/0" or "?". Returns the bytes stored, or -ERANGE (with nothing stored) when
 * `len` is too small.
 */
int32_t gorae_procs(char *buf, int32_t len) GORAE_IMPORT("procs");

/*
 * Memory as /proc/meminfo would tell, in KiB: out[0] total, out[1] free, out[2]
 * available, out[3] buffers, out[4] cached, out[5] shared. Also uptime: out[6] seconds.
 */
int32_t gorae_sysinfo(int64_t *out) GORAE_IMPORT("sysinfo");

/*
 * The directory the process starts in (its container's WorkingDir, or the cwd its
 * spawner gave); returns its length (no NUL is stored).
 */
int32_t gorae_initial_cwd(char *buf, int32_t len) GORAE_IMPORT("initial_cwd");

/* Terminal size of fd (rows_cols[0] rows, [1] columns), or -ENOTTY when it is no terminal. */
int32_t gorae_winsize(int32_t fd, int32_t *rows_cols) GORAE_IMPORT("winsize");

/*
 * Turns the terminal's line discipline on fd off (raw: bytes as typed, no echo) or on
 * again (cooked: echo, line editing, Ctrl+C to SIGINT). -ENOTTY when fd is no terminal.
 */
int32_t gorae_tty_raw(int32_t fd, int32_t raw) GORAE_IMPORT("tty_raw");

/*
 * Blocks until a signal arrives that the caller catches (returns -EINTR) or that ends it,
 * like pause(2). A server with nothing else to do waits here.
 */
int32_t gorae_pause(void) GORAE_IMPORT("pause");

/*
 * What stat(2) tells that WASI's leaves out: out[0] st_mode (file type and permission
 * bits), out[1] uid, out[2] gid, out[3] nlink, out[4] rdev. `path` is absolute (see
 * g_abspath); follow = 0 is lstat.
 */
int32_t gorae_stat(const char *path, int32_t follow, int32_t *out) GORAE_IMPORT("stat");

/* chmod(2): -EPERM unless the caller is root or owns the file. */
int32_t gorae_chmod(const char *path, int32_t mode) GORAE_IMPORT("chmod");

/* chown(2) (lchown with follow = 0); -1 leaves an id as it is. Root only (-EPERM). */
int32_t gorae_chown(const char *path, int32_t uid, int32_t gid, int32_t follow) GORAE_IMPORT("chown");

#include <string.h>
#include <unistd.h>

/* `path` made absolute against the working directory, into buf; returns buf or NULL. */
static inline char *g_abspath(const char *path, char *buf, size_t len) {
  if (path[0] == '/') {
    if (strlen(path) >= len) return NULL;
    strcpy(buf, path);
    return buf;
  }
  if (!getcwd(buf, len)) return NULL;
  size_t n = strlen(buf);
  if (n + 1 + strlen(path) >= len) return NULL;
  if (n > 1) buf[n++] = '/';
  strcpy(buf + n, path);
  return buf;
}

/* Moves into the starting directory. Every program calls this first thing in main. */
static inline void g_enter_cwd(void) {
  char buf[4096];
  int32_t n = gorae_initial_cwd(buf, (int32_t)sizeof buf);
  /* libc starts in "/" already: only another directory needs the (checked) chdir. */
  if (n > 1 && n < (int32_t)sizeof buf) {
    buf[n] = 0;
    (void)chdir(buf);
  }
}

#endif
