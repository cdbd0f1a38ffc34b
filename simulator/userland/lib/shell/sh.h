/*
 * The shell's internals, shared by its modules. There is no fork and no longjmp: subshells
 * run in-process on a saved copy of the shell's state, and errors unwind by return values
 * plus the `sh.unwind` request that loops and lists check after every command.
 */
#ifndef SH_H
#define SH_H

#include <stddef.h>
#include <stdint.h>

#include "shell.h"

/* the shell's symbols get a prefix: programs link it next to other libraries */
#define xmalloc gsh_xmalloc
#define xrealloc gsh_xrealloc
#define xstrdup gsh_xstrdup
#define xstrndup gsh_xstrndup
#define sb_addc gsh_sb_addc
#define sb_addn gsh_sb_addn
#define sb_adds gsh_sb_adds
#define sb_addi gsh_sb_addi
#define sb_str gsh_sb_str
#define sb_take gsh_sb_take
#define sv_add gsh_sv_add
#define sv_free gsh_sv_free
#define str_cat3 gsh_str_cat3
#define is_name gsh_is_name
#define is_name_n gsh_is_name_n
#define str_to_int gsh_str_to_int
#define input_more gsh_input_more
#define input_from_string gsh_input_from_string
#define input_from_fd gsh_input_from_fd
#define input_line_at gsh_input_line_at
#define input_discard gsh_input_discard
#define parse_command gsh_parse_command
#define parse_string gsh_parse_string
#define unparse gsh_unparse
#define var_get gsh_var_get
#define var_find gsh_var_find
#define var_set gsh_var_set
#define var_unset gsh_var_unset
#define var_assign gsh_var_assign
#define var_environ gsh_var_environ
#define var_import gsh_var_import
#define func_find gsh_func_find
#define func_set gsh_func_set
#define func_unset gsh_func_unset
#define alias_get gsh_alias_get
#define alias_set gsh_alias_set
#define alias_unset gsh_alias_unset
#define local_add gsh_local_add
#define expand_words gsh_expand_words
#define expand_str gsh_expand_str
#define expand_pattern gsh_expand_pattern
#define expand_heredoc gsh_expand_heredoc
#define command_subst gsh_command_subst
#define arith_eval gsh_arith_eval
#define glob_match gsh_glob_match
#define glob_expand gsh_glob_expand
#define pattern_has_magic gsh_pattern_has_magic
#define pattern_unescape gsh_pattern_unescape
#define run_node gsh_run_node
#define run_string gsh_run_string
#define run_input gsh_run_input
#define run_argv gsh_run_argv
#define run_pipe gsh_run_pipe
#define run_background gsh_run_background
#define run_dbrack gsh_run_dbrack
#define run_subshell_node gsh_run_subshell_node
#define find_in_path gsh_find_in_path
#define spawn_program gsh_spawn_program
#define wait_pid gsh_wait_pid
#define redirect gsh_redirect
#define redirect_undo gsh_redirect_undo
#define job_add gsh_job_add
#define jobs_notify gsh_jobs_notify
#define job_reap_nohang gsh_job_reap_nohang
#define job_by_pid gsh_job_by_pid
#define job_ended gsh_job_ended
#define builtin_find gsh_builtin_find
#define builtin_wait gsh_builtin_wait
#define builtin_jobs gsh_builtin_jobs
#define is_keyword gsh_is_keyword
#define sh_error gsh_sh_error
#define sh_cmderror gsh_sh_cmderror
#define sh_error_at gsh_sh_error_at
#define sh_flush gsh_sh_flush
#define sh_run_trap gsh_sh_run_trap
#define sh_exit gsh_sh_exit
#define sig_name gsh_sig_name
#define sig_number gsh_sig_number
#define sh_prompt gsh_sh_prompt
#define state_save gsh_state_save
#define state_restore gsh_state_restore
#define lx_ch gsh_lx_ch
#define lx_next gsh_lx_next
#define lx_add_heredoc gsh_lx_add_heredoc
#define fd_copy_high gsh_fd_copy_high
#define start_external_pub gsh_start_external_pub
#define trace_cmd gsh_trace_cmd
#define expansion_failed gsh_expansion_failed
#define last_subst_status gsh_last_subst_status
#define bash_expand_aliases gsh_bash_expand_aliases
#define g_vars gsh_g_vars
#define g_funcs gsh_g_funcs
#define g_aliases gsh_g_aliases
#define sh_start_time gsh_sh_start_time
#define sh_take_signals gsh_sh_take_signals
#define print_squoted gsh_print_squoted
#define sh_read_file gsh_sh_read_file
#define echo_escapes gsh_echo_escapes
#define arith_failed gsh_arith_failed
#define brace_expand gsh_brace_expand
#define arr_split gsh_arr_split
#define arr_assign gsh_arr_assign
#define arr_set_elem gsh_arr_set_elem
#define arr_items gsh_arr_items
#define split_words gsh_split_words
#define sh_history gsh_sh_history
#define sh gsh_state

/* ---- strings (str.c) ---- */
typedef struct {
  char *s;
  size_t n, cap;
} sbuf;

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
void sb_addc(sbuf *b, char c);
void sb_addn(sbuf *b, const char *s, size_t n);
void sb_adds(sbuf *b, const char *s);
void sb_addi(sbuf *b, long long v);
char *sb_str(sbuf *b); /* NUL-terminated view, still owned by b */
char *sb_take(sbuf *b); /* the string; b is empty again */

typedef struct {
  char **v;
  int n, cap;
} strv;
void sv_add(strv *a, char *s); /* takes s */
void sv_free(strv *a);
char *str_cat3(const char *a, const char *b, const char *c);
int is_name(const char *s);
int is_name_n(const char *s, size_t n);
int str_to_int(const char *s, long long *out); /* decimal, optional sign; 0 on failure */

/* ---- syntax tree (parse.c) ---- */
enum { R_IN, R_OUT, R_APPEND, R_CLOBBER, R_RDWR, R_DUPIN, R_DUPOUT, R_HEREDOC, R_HERESTR, R_ALL, R_ALLAPP };

typedef struct Redir {
  struct Redir *next;
  int fd, type;
  char *word; /* target, or the here-document's delimiter */
  char *body; /* here-document text */
  int quoted; /* here-document delimiter was quoted: no expansion */
} Redir;

enum {
  N_SIMPLE, N_PIPE, N_AND, N_OR, N_LIST, N_SUBSHELL, N_GROUP, N_IF, N_WHILE, N_UNTIL,
  N_FOR, N_CASE, N_FUNCDEF, N_DBRACK, N_ARITH
};

typedef struct CaseItem {
  struct CaseItem *next;
  strv pats;
  struct Node *body;
} CaseItem;

typedef struct Node {
  int type, line;
  Redir *redirs;
  struct Node *a, *b, *c; /* if: cond then else; while: cond body; and/or: left right; body */
  strv words;             /* simple command words; for: list; case: subject; [[ ]] words */
  strv assigns;           /* simple command assignments */
  struct Node **kids;     /* pipeline stages, list items */
  unsigned char *bg;      /* list: item runs in the background */
  int nkids;
  char *name;             /* for: variable; function name */
  CaseItem *items;
  int flag;               /* pipeline: negated (!); for: has `in` */
} Node;

/* ---- input and parser (input.c, parse.c) ---- */
typedef struct Input {
  sbuf text;
  size_t pos;
  int fd;            /* >= 0: read more lines from this descriptor */
  int eof;           /* no more text */
  int interactive;   /* print prompts */
  int ps1_due;       /* next read starts a command: PS1, else PS2 */
  int line;          /* line number at `lpos` */
  size_t lpos;
  int intr;          /* reading was interrupted by SIGINT */
  struct Input *prev;
} Input;

int input_more(Input *in); /* appends a line; 0 at end of input */
void input_from_string(Input *in, const char *s, int line);
void input_from_fd(Input *in, int fd, int interactive);
int input_line_at(Input *in, size_t pos);
void input_discard(Input *in); /* drop what was read so far */

enum { P_OK, P_EOF, P_ERROR };
/* Parses the next complete command (up to a newline). *out is NULL for an empty line. */
int parse_command(Input *in, Node **out);
/* Parses all of a string; used by eval, command substitution and traps. */
int parse_string(const char *s, int line, Node **out);
char *unparse(Node *n);
void split_words(const char *text, strv *out);

/* ---- variables, functions, aliases (var.c) ---- */
enum { V_EXPORT = 1, V_READONLY = 2, V_UNSET = 4 };

typedef struct Var {
  char *name, *value;
  char *arr; /* bash arrays: the elements, each ended by \x1f */
  int flags;
  struct Var *next;
} Var;

typedef struct Func {
  char *name;
  Node *body;
  struct Func *next;
} Func;

typedef struct Alias {
  char *name, *value;
  struct Alias *next;
} Alias;

/* A function call's local variables: what to restore on return. */
typedef struct Local {
  char *name, *value;
  int flags, existed;
  struct Local *next;
} Local;

const char *var_get(const char *name);
Var *var_find(const char *name);
int var_set(const char *name, const char *value, int flags); /* -1: read-only */
int var_unset(const char *name);                             /* -1: read-only */
int var_assign(const char *assignment, int flags);           /* "name=value" */
char **var_environ(strv *extra);                             /* exported, plus extra "n=v" */
void var_import(char **envp);
Func *func_find(const char *name);
void func_set(const char *name, Node *body);
void func_unset(const char *name);
const char *alias_get(const char *name);
void alias_set(const char *name, const char *value);
int alias_unset(const char *name);
void local_add(const char *name);
void arr_split(const char *enc, strv *out);
int arr_assign(const char *name, strv *items, int append);
int arr_set_elem(const char *name, long long index, const char *value);
void arr_items(const char *name, strv *out);

/* ---- expansion (expand.c, arith.c, glob.c) ---- */
enum { X_SPLIT = 1, X_GLOB = 2, X_ASSIGN = 4, X_PATTERN = 8, X_HEREDOC = 16, X_NOTILDE = 32 };
int expand_words(strv *words, strv *out);
void brace_expand(strv *words, strv *out);          /* full expansion; -1 on error */
char *expand_str(const char *raw, int flags);      /* one string, no splitting; NULL on error */
char *expand_pattern(const char *raw);             /* glob pattern with quoted chars escaped */
char *expand_heredoc(const char *body);
char *command_subst(const char *text);             /* output, trailing newlines removed */
int arith_eval(const char *expr, long long *out);  /* -1 on error (message printed) */
int glob_match(const char *pat, const char *s);    /* 1 on match */
int glob_expand(const char *pat, strv *out);       /* sorted matches appended; count */
int pattern_has_magic(const char *pat);
char *pattern_unescape(const char *pat);

/* ---- execution (exec.c, redir.c, jobs.c) ---- */
enum { U_NONE, U_BREAK, U_CONTINUE, U_RETURN, U_EXIT, U_ERROR };

int run_node(Node *n);
int run_string(const char *s, const char *name);
int run_input(Input *in, int top);
int run_argv(strv *args, strv *assigns, Redir *redirs, int line); /* an expanded command */
int find_in_path(const char *name, char *out, size_t outlen); /* 0 found, -ENOENT, -EACCES */
int spawn_program(const char *path, char **argv, char **envp, const int32_t fds[3]);
int wait_pid(int pid); /* exit status in shell form (0-255, 128+n) */

typedef struct SavedFd {
  int fd, copy;
} SavedFd;
typedef struct {
  SavedFd s[10];
  int n;
} FdSave;
int redirect(Redir *r, FdSave *save); /* -1 on error (message printed); save NULL: permanent */
void redirect_undo(FdSave *save);

typedef struct Job {
  int id, npids, pids[16], status, done, reported;
  char *cmd;
  struct Job *next;
} Job;
int job_add(int *pids, int n, const char *cmd);
void jobs_notify(int all); /* print finished jobs (interactive) */
void job_reap_nohang(void);
int builtin_wait(int argc, char **argv);
int builtin_jobs(int argc, char **argv);
Job *job_by_pid(int pid);

/* ---- state ---- */
typedef struct Shell {
  int flavour;
  const char *arg0;      /* the shell's name in messages */
  const char *cmdname;   /* script name while running a script */
  const char *builtin;   /* builtin running now (ash's messages) */
  int interactive, from_file;
  int status;            /* $? */
  int lineno;
  int unwind, unwind_n;  /* pending break/continue/return/exit */
  int exit_status;
  int opt_a_export;
  int opt_e, opt_x, opt_u, opt_f, opt_n, opt_v, opt_C, opt_m;
  int noerrexit;         /* inside a condition: set -e does not apply */
  int infunc, loops;
  int subshell;          /* depth of in-process subshells */
  int last_bg;           /* $! */
  int pid;
  strv params;           /* $1… */
  char *dollar0;
  char *traps[65];
  int in_trap;
  int umask_v;
  Local *locals;
  int capture;           /* inside command substitution */
  char *selfpath;        /* the program to start for background subshells */
  Job *jobs;
  int pipefail;
  int nullglob;          /* bash's shopt nullglob */
  int minus_c;           /* running -c text */
  int in_source;         /* inside . or source */
  int pipe_stage;        /* running a pipeline stage that writes to a pipe */
  int int_nl;            /* Ctrl+C's newline printed (2: it stopped a builtin) */
} Shell;

extern Shell sh;

/* builtins (builtins.c and friends) */
typedef int (*builtin_fn)(int argc, char **argv);
builtin_fn builtin_find(const char *name, int *special);
int is_keyword(const char *name);

/* errors and messages (main.c) */
void sh_error(const char *fmt, ...);      /* "sh: [line N: ]msg" as the flavour prints it */
void sh_cmderror(const char *cmd, const char *fmt, ...); /* a builtin's or a command's error */
void sh_error_at(int line, int syntax, const char *fmt, ...); /* with an explicit line number */
void sh_flush(void);
int sh_run_trap(int sig);
void sh_take_signals(void);
void sh_exit(int status); /* runs the EXIT trap and ends the process */
const char *sig_name(int sig);
int sig_number(const char *name);

/* subshell state (state.c) */
typedef struct Saved Saved;
Saved *state_save(void);
void state_restore(Saved *s);

#endif
