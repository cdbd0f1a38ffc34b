/*
 * nginx's configuration as far as this nginx needs it: the file (and what it includes)
 * must parse by nginx's rules — tokens, quotes, blocks, ";" — and the main context gives
 * worker_processes, daemon, master_process and pid. Errors read as nginx words them.
 */
#ifndef NGINX_CONF_H
#define NGINX_CONF_H

#define NGX_MAX_DUMP 64

struct ngx_options {
  const char *prefix;     /* -p, or NULL */
  const char *conf_file;  /* -c, or NULL */
  const char *directives; /* -g, or NULL */
};

struct ngx_conf {
  char conf_file[1024];  /* absolute */
  char conf_prefix[1024]; /* ends in '/' */
  int workers;           /* worker_processes; -1: auto */
  int daemon;
  int master;
  char pid[1024];
  char error[2048];      /* the message of the error config_read returned -1 for */
  /* With dump on: the files read, in order, and their text (for -T). */
  int dump;
  int dump_count;
  char *dump_name[NGX_MAX_DUMP];
  char *dump_text[NGX_MAX_DUMP];
};

/* Reads the configuration; -1 with conf->error set when nginx would refuse it. */
int conf_read(const struct ngx_options *options, struct ngx_conf *conf);

/* The number of worker processes to start (worker_processes auto: the CPUs). */
int conf_worker_count(const struct ngx_conf *conf);

#endif
