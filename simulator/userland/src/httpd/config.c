#include "config.h"

#include "log.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

void config_resolve(const struct httpd_config *config, const char *path, char *out, unsigned long size) {
  if (path[0] == '/') {
    snprintf(out, size, "%s", path);
  } else {
    snprintf(out, size, "%s/%s", config->server_root, path);
  }
}

/* The first argument of a directive line, unquoted, into out. */
static void first_argument(const char *args, char *out, size_t size) {
  while (*args == ' ' || *args == '\t') args++;
  char quote = 0;
  if (*args == '"' || *args == '\'') quote = *args++;
  size_t n = 0;
  while (*args && n + 1 < size) {
    if (quote ? *args == quote : isspace((unsigned char)*args)) break;
    out[n++] = *args++;
  }
  out[n] = 0;
}

/* Applies one directive line (comments and blank lines are ignored). */
static void apply_line(struct httpd_config *config, char *line) {
  while (*line == ' ' || *line == '\t') line++;
  size_t len = strlen(line);
  while (len > 0 && isspace((unsigned char)line[len - 1])) line[--len] = 0;
  if (*line == 0 || *line == '#') return;
  char name[64];
  size_t n = 0;
  while (line[n] && !isspace((unsigned char)line[n]) && n + 1 < sizeof name) {
    name[n] = line[n];
    n++;
  }
  name[n] = 0;
  const char *args = line + n;
  char value[1024];
  first_argument(args, value, sizeof value);
  if (strcasecmp(name, "ServerName") == 0) {
    config->has_server_name = value[0] != 0;
  } else if (strcasecmp(name, "ServerRoot") == 0 && value[0]) {
    snprintf(config->server_root, sizeof config->server_root, "%s", value);
  } else if (strcasecmp(name, "PidFile") == 0 && value[0]) {
    config_resolve(config, value, config->pid_file, sizeof config->pid_file);
  } else if (strcasecmp(name, "LoadModule") == 0 && value[0] && config->module_count < MAX_MODULES) {
    snprintf(config->modules[config->module_count++], sizeof config->modules[0], "%s", value);
  }
}

int config_read(const char *program, const struct httpd_options *options, struct httpd_config *config) {
  memset(config, 0, sizeof *config);
  snprintf(config->server_root, sizeof config->server_root, "%s", options->server_root ? options->server_root : HTTPD_ROOT);
  size_t root_len = strlen(config->server_root);
  while (root_len > 1 && config->server_root[root_len - 1] == '/') config->server_root[--root_len] = 0;
  config_resolve(config, options->config_file ? options->config_file : SERVER_CONFIG_FILE, config->config_file,
                 sizeof config->config_file);

  char line[4096];
  for (int i = 0; i < options->pre_count; i++) {
    snprintf(line, sizeof line, "%s", options->pre[i]);
    apply_line(config, line);
  }
  FILE *f = fopen(config->config_file, "r");
  if (!f) {
    log_startup("%s: Could not open configuration file %s: %s", program, config->config_file, strerror(errno));
    return -1;
  }
  while (fgets(line, sizeof line, f)) apply_line(config, line);
  fclose(f);
  for (int i = 0; i < options->post_count; i++) {
    snprintf(line, sizeof line, "%s", options->post[i]);
    apply_line(config, line);
  }
  if (!config->pid_file[0]) config_resolve(config, DEFAULT_PIDLOG, config->pid_file, sizeof config->pid_file);
  return 0;
}
