/*
 * The running server: for now it has no network to accept from, so the parent process
 * waits for the signals httpd acts on, reaping children that end meanwhile. When sockets
 * exist, the accept loop goes here.
 */
#ifndef HTTPD_SERVE_H
#define HTTPD_SERVE_H

/* Catches the signals serve_until_signal returns (and SIGCHLD). Call once, before the startup lines. */
void serve_catch_signals(void);

/* Serves until SIGTERM, SIGINT, SIGWINCH, SIGHUP or SIGUSR1 arrives; returns its number. */
int serve_until_signal(void);

#endif
