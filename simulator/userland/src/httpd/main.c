/*
 * httpd: Apache httpd 2.4 as the httpd:2.4 image runs it (`httpd -DFOREGROUND`, event MPM,
 * errors to stderr). It reads its configuration, logs the startup lines a real container
 * logs, starts its child processes, and runs until SIGTERM/SIGINT (stop), SIGWINCH
 * (graceful stop, the image's STOPSIGNAL), SIGHUP or SIGUSR1 (restarts). -v, -V, -t, -M,
 * -l, -k and the usage text behave as httpd's.
 */
#include "children.h"
#include "config.h"
#include "info.h"
#include "log.h"
#include "pidfile.h"
#include "serve.h"
#include "servername.h"

#include <gorae_sys.h>
#include <stdio.h>
#include <string.h>

enum mode { RUN, VERSION, COMPILE_SETTINGS, COMPILED_MODULES, LOADED_MODULES, TEST, SIGNAL };

struct command {
  struct httpd_options options;
  enum mode mode;
  int foreground;
  int one_process; /* -X or -DONE_PROCESS: no children */
  const char *dash_k;
  /* The command line as httpd rebuilds it for AH00094: each option apart from its argument. */
  char line[2048];
};

static const char *short_name(const char *argv0) {
  const char *slash = strrchr(argv0, '/');
  return slash ? slash + 1 : argv0;
}

static void append(char *line, size_t size, const char *word) {
  size_t len = strlen(line);
  snprintf(line + len, size - len, "%s%s", len ? " " : "", word);
}

static void define(struct command *cmd, const char *name) {
  if (strcmp(name, "FOREGROUND") == 0 || strcmp(name, "NO_DETACH") == 0 || strcmp(name, "ONE_PROCESS") == 0) {
    cmd->foreground = 1;
    if (strcmp(name, "ONE_PROCESS") == 0) cmd->one_process = 1;
  } else if (strcmp(name, "DUMP_MODULES") == 0) {
    cmd->mode = LOADED_MODULES;
  }
}

/* apr_getopt's rules with httpd's option string "C:c:D:d:E:e:f:vVlLtTSMh?Xk:". */
static int parse(int argc, char **argv, struct command *cmd) {
  const char *program = short_name(argv[0]);
  int test = 0, dump_modules = 0;
  append(cmd->line, sizeof cmd->line, argv[0]);
  int i = 1;
  for (; i < argc; i++) {
    const char *arg = argv[i];
    if (arg[0] != '-' || arg[1] == 0) break;
    if (strcmp(arg, "--") == 0) {
      i++;
      break;
    }
    for (const char *p = arg + 1; *p; p++) {
      char c = *p;
      if (!strchr("CcDdEefvVlLtTSMh?Xk", c)) {
        log_startup("%s: illegal option -- %c", program, c);
        return -1;
      }
      const char *value = NULL;
      if (strchr("CcDdEefk", c)) {
        if (p[1]) {
          value = p + 1;
        } else if (i + 1 < argc) {
          value = argv[++i];
        } else {
          log_startup("%s: option requires an argument -- %c", program, c);
          return -1;
        }
      }
      char opt[3] = {'-', c, 0};
      append(cmd->line, sizeof cmd->line, opt);
      if (value) append(cmd->line, sizeof cmd->line, value);
      switch (c) {
      case 'C':
        if (cmd->options.pre_count < MAX_DIRECTIVES) cmd->options.pre[cmd->options.pre_count++] = value;
        break;
      case 'c':
        if (cmd->options.post_count < MAX_DIRECTIVES) cmd->options.post[cmd->options.post_count++] = value;
        break;
      case 'D':
        if (strcmp(value, "DUMP_MODULES") == 0) dump_modules = 1;
        define(cmd, value);
        break;
      case 'd': cmd->options.server_root = value; break;
      case 'f': cmd->options.config_file = value; break;
      case 'k': cmd->dash_k = value; break;
      case 'v': cmd->mode = VERSION; return 0;
      case 'V': cmd->mode = COMPILE_SETTINGS; break;
      case 'l': cmd->mode = COMPILED_MODULES; return 0;
      case 'L': cmd->mode = COMPILED_MODULES; return 0;
      case 't': test = 1; break;
      case 'S': test = 1; break;
      case 'M': dump_modules = 1; break;
      case 'X': cmd->foreground = cmd->one_process = 1; break;
      case 'h':
      case '?': return -1;
      default: break;
      }
      if (value) break;
    }
  }
  if (i < argc) return -1;
  if (cmd->mode == COMPILE_SETTINGS) return 0;
  if (dump_modules) {
    cmd->mode = LOADED_MODULES;
  } else if (test) {
    cmd->mode = TEST;
  } else if (cmd->dash_k) {
    if (strcmp(cmd->dash_k, "start") != 0 && strcmp(cmd->dash_k, "restart") != 0 && strcmp(cmd->dash_k, "graceful") != 0 &&
        strcmp(cmd->dash_k, "graceful-stop") != 0 && strcmp(cmd->dash_k, "stop") != 0) {
      return -1;
    }
    cmd->mode = SIGNAL;
  }
  return 0;
}

/* What each start logs once the configuration has been read. */
static void startup_lines(const char *line) {
  log_error("mpm_event", "notice", "AH00489: %s configured -- resuming normal operations", SERVER_VERSION);
  log_error("core", "notice", "AH00094: Command line: '%s'", line);
}

/* The parent process's life: startup lines, children, then serve until told to stop. */
static int run(const char *program, const struct httpd_config *config, const char *line, char **argv, int one_process) {
  char self[1024];
  children_find_self(argv[0], self, sizeof self);
  serve_catch_signals();
  /* httpd reads its configuration twice on start, checking the server name each time. */
  for (int pass = 0; pass < 2; pass++) {
    if (!config->has_server_name) warn_server_name(program);
  }
  pidfile_write(config->pid_file);
  startup_lines(line);
  if (!one_process) children_start(self, argv);
  for (;;) {
    int sig = serve_until_signal();
    switch (sig) {
    case G_SIGTERM:
    case G_SIGINT:
      log_error("mpm_event", "notice", "AH00491: caught SIGTERM, shutting down");
      children_stop();
      pidfile_remove(config->pid_file);
      return 0;
    case G_SIGWINCH:
      log_error("mpm_event", "notice", "AH00492: caught SIGWINCH, shutting down gracefully");
      children_stop();
      pidfile_remove(config->pid_file);
      return 0;
    case G_SIGHUP:
      children_stop();
      log_error("mpm_event", "notice", "AH00494: SIGHUP received.  Attempting to restart");
      if (!config->has_server_name) warn_server_name(program);
      startup_lines(line);
      if (!one_process) children_start(self, argv);
      break;
    case G_SIGUSR1:
      log_error("mpm_event", "notice", "AH00493: SIGUSR1 received.  Doing graceful restart");
      children_stop();
      if (!config->has_server_name) warn_server_name(program);
      startup_lines(line);
      if (!one_process) children_start(self, argv);
      break;
    default: break;
    }
  }
}

/* httpd -k: signals the running server named by the pid file (or starts one). */
static int signal_server(const char *program, const char *action, const struct httpd_config *config, int *handled) {
  int pid = pidfile_read(config->pid_file);
  int running = pid > 0 && gorae_kill(pid, 0) >= 0;
  char status[128];
  if (pid <= 0) {
    snprintf(status, sizeof status, "%s (no pid file) not running", program);
  } else if (running) {
    snprintf(status, sizeof status, "%s (pid %d) already running", program, pid);
  } else {
    snprintf(status, sizeof status, "%s (pid %d?) not running", program, pid);
  }
  *handled = 1;
  if (strcmp(action, "start") == 0 || (!running && (strcmp(action, "restart") == 0 || strcmp(action, "graceful") == 0))) {
    if (running) {
      printf("%s\n", status);
      return 0;
    }
    *handled = 0;
    return 0;
  }
  if (!running) {
    printf("%s\n", status);
    return 0;
  }
  int sig = strcmp(action, "stop") == 0            ? G_SIGTERM
            : strcmp(action, "graceful-stop") == 0 ? G_SIGWINCH
            : strcmp(action, "restart") == 0       ? G_SIGHUP
                                                   : G_SIGUSR1;
  gorae_kill(pid, sig);
  return 0;
}

int main(int argc, char **argv) {
  g_enter_cwd();
  if (children_is_child()) return children_child_run();
  static struct command cmd;
  const char *argv0 = argc > 0 ? argv[0] : "httpd";
  const char *program = short_name(argv0);
  if (argc < 1 || parse(argc, argv, &cmd) < 0) {
    show_usage(argv0);
    return 1;
  }
  if (cmd.mode == VERSION) {
    show_version();
    return 0;
  }
  if (cmd.mode == COMPILED_MODULES) {
    show_compiled_modules();
    return 0;
  }
  static struct httpd_config config;
  if (config_read(program, &cmd.options, &config) < 0) return 1;
  switch (cmd.mode) {
  case COMPILE_SETTINGS:
    show_compile_settings();
    return 0;
  case LOADED_MODULES:
    if (!config.has_server_name) warn_server_name(program);
    show_loaded_modules(&config);
    return 0;
  case TEST:
    if (!config.has_server_name) warn_server_name(program);
    log_startup("Syntax OK");
    return 0;
  case SIGNAL: {
    if (!config.has_server_name) warn_server_name(program);
    int handled = 0;
    int status = signal_server(program, cmd.dash_k, &config, &handled);
    if (handled) return status;
    break;
  }
  default: break;
  }
  if (!cmd.foreground) {
    /* Not told to stay in the foreground: httpd detaches, and its first process ends here. */
    if (cmd.mode != SIGNAL && !config.has_server_name) warn_server_name(program);
    return 0;
  }
  return run(program, &config, cmd.line, argv, cmd.one_process);
}
