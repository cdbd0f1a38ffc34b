/*
 * The master process: starts the worker processes, writes the pid file, and acts on
 * signals as nginx's master does — QUIT graceful shutdown, TERM/INT fast shutdown, HUP
 * reload (new workers, old ones quit), USR1 reopen — restarting workers that die.
 */
#ifndef NGINX_MASTER_H
#define NGINX_MASTER_H

#include "conf.h"

#define MASTER_TITLE_PREFIX "nginx: master process "

/* `self` is the nginx program's path, to start workers from. */
int master_run(const struct ngx_options *options, struct ngx_conf *conf, const char *self);

/* The single process of `master_process off;`: no workers, same signals. */
int single_run(const struct ngx_conf *conf);

#endif
