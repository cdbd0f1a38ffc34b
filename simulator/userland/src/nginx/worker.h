/*
 * A worker process: what the master starts with argv[0] "nginx: worker process" (what ps
 * shows). It has no connections to serve yet, so it waits for the master's signals.
 */
#ifndef NGINX_WORKER_H
#define NGINX_WORKER_H

#define WORKER_TITLE "nginx: worker process"

int worker_run(void);

#endif
