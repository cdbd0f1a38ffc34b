/*
 * nginx: nginx 1.27 as the nginx image runs it (`nginx -g 'daemon off;'`). It checks its
 * configuration, logs the startup notices, then becomes the master process — re-executing
 * itself so that ps shows "nginx: master process nginx -g daemon off;" — which starts
 * "nginx: worker process" children and handles nginx's signals. -v, -V, -h, -t, -T, -q,
 * -s, -c, -p, -g behave as nginx's.
 */
#include "conf.h"
#include "log.h"
#include "master.h"
#include "version.h"
#include "worker.h"

#include <gorae_sys.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

struct command {
  struct ngx_options options;
  int show_version, show_help, show_configure, test, dump, quiet;
  const char *signal;
};

static int parse(int argc, char **argv, struct command *cmd) {
  for (int i = 1; i < argc; i++) {
    const char *p = argv[i];
    if (*p++ != '-') {
      ngx_log_stderr("invalid option: \"%s\"", argv[i]);
      return -1;
    }
    while (*p) {
      char c = *p++;
      const char **target = NULL;
      const char *needs = NULL;
      switch (c) {
      case '?':
      case 'h': cmd->show_version = cmd->show_help = 1; continue;
      case 'v': cmd->show_version = 1; continue;
      case 'V': cmd->show_version = cmd->show_configure = 1; continue;
      case 't': cmd->test = 1; continue;
      case 'T': cmd->test = cmd->dump = 1; continue;
      case 'q': cmd->quiet = 1; continue;
      case 'p': target = &cmd->options.prefix, needs = "directory name"; break;
      case 'e': target = NULL, needs = "file name"; break;
      case 'c': target = &cmd->options.conf_file, needs = "file name"; break;
      case 'g': target = &cmd->options.directives, needs = "parameter"; break;
      case 's': target = &cmd->signal, needs = "parameter"; break;
      default: ngx_log_stderr("invalid option: \"%c\"", c); return -1;
      }
      const char *value = NULL;
      if (*p) {
        value = p;
      } else if (i + 1 < argc) {
        value = argv[++i];
      } else {
        ngx_log_stderr("option \"-%c\" requires %s", c, needs);
        return -1;
      }
      if (target) *target = value;
      if (c == 's' && strcmp(value, "stop") != 0 && strcmp(value, "quit") != 0 && strcmp(value, "reopen") != 0 &&
          strcmp(value, "reload") != 0) {
        ngx_log_stderr("invalid option: \"-s %s\"", value);
        return -1;
      }
      break;
    }
  }
  return 0;
}

static void write_stderr(const char *s) {
  size_t len = strlen(s);
  while (len > 0) {
    ssize_t n = write(STDERR_FILENO, s, len);
    if (n <= 0) return;
    s += n;
    len -= (size_t)n;
  }
}

static void show_version_info(const struct command *cmd) {
  write_stderr("nginx version: " NGINX_VER "\n");
  if (cmd->show_help) {
    write_stderr("Usage: nginx [-?hvVtTq] [-s signal] [-p prefix]\n"
                 "             [-e filename] [-c filename] [-g directives]\n\n"
                 "Options:\n"
                 "  -?,-h         : this help\n"
                 "  -v            : show version and exit\n"
                 "  -V            : show version and configure options then exit\n"
                 "  -t            : test configuration and exit\n"
                 "  -T            : test configuration, dump it and exit\n"
                 "  -q            : suppress non-error messages during configuration testing\n"
                 "  -s signal     : send signal to a master process: stop, quit, reopen, reload\n"
                 "  -p prefix     : set prefix path (default: " NGX_PREFIX ")\n"
                 "  -e filename   : set error log file (default: " NGX_ERROR_LOG_PATH ")\n"
                 "  -c filename   : set configuration file (default: " NGX_CONF_PATH ")\n"
                 "  -g directives : set global directives out of configuration file\n\n");
  }
  if (cmd->show_configure) {
    write_stderr("built by " NGX_COMPILER "\n"
                 "built with " NGX_OPENSSL "\n"
                 "TLS SNI support enabled\n"
                 "configure arguments:" NGX_CONFIGURE "\n");
  }
}

static int test_config(const struct command *cmd, struct ngx_conf *conf) {
  if (conf_read(&cmd->options, conf) < 0) {
    ngx_emerg(conf->error);
    ngx_log_stderr("configuration file %s test failed", conf->conf_file);
    return 1;
  }
  if (!cmd->quiet) {
    ngx_log_stderr("the configuration file %s syntax is ok", conf->conf_file);
    ngx_log_stderr("configuration file %s test is successful", conf->conf_file);
  }
  for (int i = 0; cmd->dump && i < conf->dump_count; i++) {
    printf("# configuration file %s:\n%s\n", conf->dump_name[i], conf->dump_text[i]);
  }
  return 0;
}

/* nginx -s: reads the master's pid from the pid file and signals it. */
static int signal_process(const char *name, const struct ngx_conf *conf) {
  ngx_log("notice", "signal process started");
  FILE *f = fopen(conf->pid, "r");
  if (!f) {
    char msg[1200];
    snprintf(msg, sizeof msg, "open() \"%s\" failed (2: No such file or directory)", conf->pid);
    ngx_log("error", "%s", msg);
    ngx_log_stderr("[error] %s", msg);
    return 1;
  }
  char buf[64] = {0};
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r' || buf[n - 1] == ' ')) buf[--n] = 0;
  char *end = NULL;
  long pid = strtol(buf, &end, 10);
  if (n == 0 || *end || pid <= 0) {
    char msg[1200];
    snprintf(msg, sizeof msg, "invalid PID number \"%s\" in \"%s\"", buf, conf->pid);
    ngx_log("error", "%s", msg);
    ngx_log_stderr("[error] %s", msg);
    return 1;
  }
  int sig = strcmp(name, "stop") == 0 ? G_SIGTERM : strcmp(name, "quit") == 0 ? G_SIGQUIT
            : strcmp(name, "reopen") == 0                                   ? G_SIGUSR1
                                                                             : G_SIGHUP;
  if (gorae_kill((int32_t)pid, sig) < 0) {
    char msg[128];
    snprintf(msg, sizeof msg, "kill(%ld, %d) failed (3: No such process)", pid, sig);
    ngx_log("alert", "%s", msg);
    ngx_log_stderr("[alert] %s", msg);
    return 1;
  }
  return 0;
}

/* The path to start nginx again from: argv[0] itself, or found in PATH. */
static void find_self(const char *argv0, char *out, size_t size) {
  snprintf(out, size, "/usr/sbin/nginx");
  if (strchr(argv0, '/')) {
    snprintf(out, size, "%s", argv0);
    return;
  }
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

static void startup_notices(void) {
  char buf[512];
  const char *sysname = "Linux", *release = "";
  int32_t n = gorae_uname(buf, (int32_t)sizeof buf - 1);
  if (n > 0) {
    buf[n] = 0;
    sysname = buf;
    const char *node = buf + strlen(buf) + 1;
    if (node < buf + n) {
      const char *rel = node + strlen(node) + 1;
      if (rel < buf + n) release = rel;
    }
  }
  ngx_log("notice", "using the \"epoll\" event method");
  ngx_log("notice", "%s", NGINX_VER);
  ngx_log("notice", "built by %s", NGX_COMPILER);
  ngx_log("notice", "OS: %s %s", sysname, release);
  ngx_log("notice", "getrlimit(RLIMIT_NOFILE): %d:%d", 1048576, 1048576);
}

/* The master's title: what nginx's setproctitle writes, "nginx: master process " and argv. */
static void master_title(int argc, char **argv, char *out, size_t size) {
  size_t len = (size_t)snprintf(out, size, "%s", MASTER_TITLE_PREFIX);
  for (int i = 0; i < argc && len < size; i++) {
    len += (size_t)snprintf(out + len, size - len, "%s%s", i ? " " : "", argv[i]);
  }
}

/*
 * Back from a title: the master re-executed itself with one argument, its title. The words
 * after "nginx: master process " are the original command line; a -g value runs on to the
 * next word that is an option.
 */
static int parse_title(const char *title, struct command *cmd, char *argv0, size_t argv0_size) {
  static char words_buf[4096];
  static char *words[128];
  static char directives[4096];
  snprintf(words_buf, sizeof words_buf, "%s", title + strlen(MASTER_TITLE_PREFIX));
  int count = 0;
  for (char *save = NULL, *w = strtok_r(words_buf, " ", &save); w && count < 127; w = strtok_r(NULL, " ", &save)) {
    words[count++] = w;
  }
  if (count == 0) return -1;
  snprintf(argv0, argv0_size, "%s", words[0]);
  for (int i = 1; i < count; i++) {
    const char *w = words[i];
    if (w[0] != '-' || w[1] == 0) continue;
    const char *value = w[2] ? w + 2 : (i + 1 < count ? words[++i] : NULL);
    if (!value && strchr("pcg", w[1])) return -1;
    if (w[1] == 'p') cmd->options.prefix = value;
    if (w[1] == 'c') cmd->options.conf_file = value;
    if (w[1] == 'g') {
      snprintf(directives, sizeof directives, "%s", value);
      while (i + 1 < count && words[i + 1][0] != '-') {
        size_t len = strlen(directives);
        snprintf(directives + len, sizeof directives - len, " %s", words[++i]);
      }
      cmd->options.directives = directives;
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  g_enter_cwd();
  if (argc >= 1 && strcmp(argv[0], WORKER_TITLE) == 0) return worker_run();
  static struct command cmd;
  static struct ngx_conf conf;
  char self[1024];
  if (argc >= 1 && strncmp(argv[0], MASTER_TITLE_PREFIX, strlen(MASTER_TITLE_PREFIX)) == 0) {
    char argv0[1024];
    if (parse_title(argv[0], &cmd, argv0, sizeof argv0) < 0 || conf_read(&cmd.options, &conf) < 0) return 1;
    find_self(argv0, self, sizeof self);
    return master_run(&cmd.options, &conf, self);
  }
  if (parse(argc, argv, &cmd) < 0) return 1;
  if (cmd.show_version) {
    show_version_info(&cmd);
    if (!cmd.test) return 0;
  }
  if (cmd.test) {
    conf.dump = cmd.dump;
    return test_config(&cmd, &conf);
  }
  if (conf_read(&cmd.options, &conf) < 0) {
    ngx_emerg(conf.error);
    return 1;
  }
  if (cmd.signal) return signal_process(cmd.signal, &conf);

  startup_notices();
  find_self(argc > 0 ? argv[0] : "nginx", self, sizeof self);
  if (!conf.master) return single_run(&conf);
  char title[4096];
  master_title(argc, argv, title, sizeof title);
  const char *const master_argv[] = {title, NULL};
  char cwd[1024];
  if (!getcwd(cwd, sizeof cwd)) snprintf(cwd, sizeof cwd, "/");
  if (conf.daemon) {
    /* nginx goes to the background: the master carries on as a child, this process ends. */
    static const int32_t fds[3] = {-1, -1, 2};
    gorae_spawn(self, master_argv, (const char *const *)environ, fds, cwd);
    return 0;
  }
  gorae_exec(self, master_argv, (const char *const *)environ, cwd);
  /* Could not take the master's title: be the master under the name we have. */
  return master_run(&cmd.options, &conf, self);
}
