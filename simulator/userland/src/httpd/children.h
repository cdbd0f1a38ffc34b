/*
 * The event MPM's child processes: the parent starts StartServers (3) of them, with the
 * parent's own command line, as httpd forks them — so ps and docker top list four
 * "httpd -DFOREGROUND" processes. A child knows itself by AP_PARENT_PID in its
 * environment naming its parent. It has no connections to serve yet: it waits until the
 * parent tells it to stop.
 */
#ifndef HTTPD_CHILDREN_H
#define HTTPD_CHILDREN_H

#define START_SERVERS 3

/* Whether this process is a child the parent started. */
int children_is_child(void);

/* A child's life: waits for the parent's signal, then ends. */
int children_child_run(void);

/* Starts children up to START_SERVERS; `self` is the program path, argv the parent's. */
void children_start(const char *self, char **argv);

int children_count(void);

/* A child ended (pid and wait status): logs an abnormal end as httpd does. */
void children_ended(int pid, int status);

/* Reaps whatever children have ended, without waiting. */
void children_reap(void);

/* Tells every child to end and waits until all have. */
void children_stop(void);

/* The path to start httpd again from: argv[0], or found in PATH. */
void children_find_self(const char *argv0, char *out, unsigned long size);

#endif
