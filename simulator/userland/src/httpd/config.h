/*
 * The little httpd reads of its configuration: whether the file opens, ServerRoot,
 * ServerName, PidFile and the LoadModule lines (for -M). Directives given with -C are
 * applied before the file, -c after, as httpd does.
 */
#ifndef HTTPD_CONFIG_H
#define HTTPD_CONFIG_H

#define HTTPD_ROOT "/usr/local/apache2"
#define SERVER_CONFIG_FILE "conf/httpd.conf"
#define DEFAULT_PIDLOG "logs/httpd.pid"

#define MAX_DIRECTIVES 32
#define MAX_MODULES 96

struct httpd_config {
  char server_root[1024];
  char config_file[1024]; /* as given (-f) or the default, resolved against server_root */
  int has_server_name;
  char pid_file[1024];    /* resolved against server_root */
  int module_count;
  char modules[MAX_MODULES][64];
};

struct httpd_options {
  const char *server_root; /* -d, or NULL */
  const char *config_file; /* -f, or NULL */
  int pre_count, post_count;
  const char *pre[MAX_DIRECTIVES];  /* -C */
  const char *post[MAX_DIRECTIVES]; /* -c */
};

/*
 * Reads the configuration. On failure prints httpd's message ("<program>: Could not open
 * configuration file …") and returns -1.
 */
int config_read(const char *program, const struct httpd_options *options, struct httpd_config *config);

/* `path` made absolute against the server root, into out. */
void config_resolve(const struct httpd_config *config, const char *path, char *out, unsigned long size);

#endif
