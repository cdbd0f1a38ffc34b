/*
 * The shell: one interpreter behind BusyBox's ash (sh), dash and bash. The flavour picks
 * the texts (prompts, error messages) and the bash extensions.
 */
#ifndef SHELL_H
#define SHELL_H

enum { SHELL_ASH, SHELL_DASH, SHELL_BASH };

int shell_main(int argc, char **argv, int flavour);

/* Builtins that are programs of their own too; they write through stdio and never exit(). */
int builtin_echo(int argc, char **argv);   /* also used as the echo applet */
int builtin_printf(int argc, char **argv);  /* also the printf applet */
int builtin_test(int argc, char **argv);    /* test and [ (argv[0] "[" needs a final "]") */

#endif
