/*
 * The applet library shared by busybox.wasm and coreutils.wasm: one table of small
 * programs (ls, cat, grep, ...) and the dispatch on argv[0]. The same sources build
 * both flavours; with -DGNU_STYLE the texts are GNU coreutils 9.1's, else BusyBox 1.37's.
 *
 * Every applet main can run more than once in one process (a shell may call it as a
 * builtin): options are re-parsed from scratch and nothing survives between calls.
 */
#ifndef APPLETS_H
#define APPLETS_H

struct applet {
  const char *name;
  int (*main)(int argc, char **argv);
};

/* The applet called `name`, or NULL. */
const struct applet *applet_find(const char *name);

/*
 * Runs the applet named by basename(argv[0]); for "busybox" (BusyBox flavour) argv[1]
 * names it. Returns the exit status.
 */
int applet_main(int argc, char **argv);

#endif
