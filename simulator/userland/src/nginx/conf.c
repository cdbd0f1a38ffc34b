#include "conf.h"

#include "version.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_WORDS 4
#define WORD_SIZE 1024
#define MAX_INCLUDE_DEPTH 16

/* Directives that take a block, in the modules the image's nginx has. */
static const char *const block_directives[] = {
  "events", "http", "server", "location", "upstream", "stream", "mail", "types", "map", "geo", "if",
  "limit_except", "split_clients", "match", "charset_map", "js_set_block", NULL,
};

struct source {
  const char *name; /* NULL: the -g directives ("command line") */
  const char *text;
  size_t len;
  size_t pos;
  int line;
};

struct words {
  int count;
  char word[MAX_WORDS][WORD_SIZE];
};

struct parser {
  struct ngx_conf *conf;
  int seen_workers, seen_daemon, seen_master, seen_pid, seen_events;
  int include_depth;
};

enum token { T_SEMI, T_BLOCK, T_END, T_EOF, T_ERROR };

/* Linux's numbers for the errors nginx prints as "(2: No such file or directory)". */
static int linux_errno(int err) {
  switch (err) {
  case ENOENT: return 2;
  case EACCES: return 13;
  case EISDIR: return 21;
  case ENOTDIR: return 20;
  case ELOOP: return 40;
  case ENAMETOOLONG: return 36;
  default: return err;
  }
}

static int fail(struct parser *p, const struct source *s, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(struct parser *p, const struct source *s, const char *fmt, ...) {
  char msg[1536];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (!s) {
    snprintf(p->conf->error, sizeof p->conf->error, "%s", msg);
  } else if (s->name) {
    snprintf(p->conf->error, sizeof p->conf->error, "%s in %s:%d", msg, s->name, s->line);
  } else {
    snprintf(p->conf->error, sizeof p->conf->error, "%s in command line", msg);
  }
  return -1;
}

static void add_char(struct words *w, size_t *n, char c) {
  if (w->count < MAX_WORDS && *n + 1 < WORD_SIZE) w->word[w->count][(*n)++] = c;
}

static void end_word(struct words *w, size_t n) {
  if (w->count < MAX_WORDS) w->word[w->count][n] = 0;
  w->count++;
}

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Reads one directive's words up to its ";", "{", a "}" or the end, as ngx_conf_read_token. */
static enum token read_directive(struct parser *p, struct source *s, struct words *w) {
  w->count = 0;
  for (;;) {
    if (s->pos >= s->len) {
      if (w->count > 0) {
        fail(p, s, "unexpected end of file, expecting \";\" or \"}\"");
        return T_ERROR;
      }
      return T_EOF;
    }
    char ch = s->text[s->pos];
    if (is_space(ch)) {
      if (ch == '\n') s->line++;
      s->pos++;
      continue;
    }
    if (ch == ';' || ch == '{') {
      s->pos++;
      if (w->count == 0) {
        fail(p, s, "unexpected \"%c\"", ch);
        return T_ERROR;
      }
      return ch == ';' ? T_SEMI : T_BLOCK;
    }
    if (ch == '}') {
      s->pos++;
      if (w->count != 0) {
        fail(p, s, "unexpected \"}\"");
        return T_ERROR;
      }
      return T_END;
    }
    if (ch == '#') {
      while (s->pos < s->len && s->text[s->pos] != '\n') s->pos++;
      continue;
    }
    size_t n = 0;
    if (ch == '"' || ch == '\'') {
      char quote = ch;
      s->pos++;
      for (;;) {
        if (s->pos >= s->len) {
          fail(p, s, "unexpected end of file, expecting \";\" or \"}\"");
          return T_ERROR;
        }
        char c = s->text[s->pos++];
        if (c == '\n') s->line++;
        if (c == '\\' && s->pos < s->len) {
          char next = s->text[s->pos];
          if (next == quote || next == '\\') {
            add_char(w, &n, next);
            s->pos++;
            continue;
          }
        }
        if (c == quote) break;
        add_char(w, &n, c);
      }
      end_word(w, n);
      if (s->pos < s->len) {
        char next = s->text[s->pos];
        if (!is_space(next) && next != ';' && next != '{' && next != '}' && next != ')') {
          s->pos++;
          fail(p, s, "unexpected \"%c\"", next);
          return T_ERROR;
        }
      }
      continue;
    }
    int in_variable = 0;
    while (s->pos < s->len) {
      char c = s->text[s->pos];
      if (in_variable) {
        if (c == '}') in_variable = 0;
      } else if (c == '{' && n > 0 && s->pos > 0 && s->text[s->pos - 1] == '$') {
        in_variable = 1;
      } else if (is_space(c) || c == ';' || c == '{' || c == '}') {
        break;
      }
      add_char(w, &n, c);
      s->pos++;
    }
    end_word(w, n);
  }
}

static int is_block_directive(const char *name) {
  for (int i = 0; block_directives[i]; i++) {
    if (strcmp(block_directives[i], name) == 0) return 1;
  }
  return 0;
}

static void resolve(const struct ngx_conf *conf, const char *path, char *out, size_t size) {
  if (path[0] == '/') {
    snprintf(out, size, "%s", path);
  } else {
    snprintf(out, size, "%s%s", conf->conf_prefix, path);
  }
}

/* A whole file into a new NUL-terminated buffer; NULL with errno set. */
static char *read_file(const char *path, size_t *len) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
    errno = EISDIR;
    return NULL;
  }
  FILE *f = fopen(path, "r");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (n + 1 >= cap) {
      cap *= 2;
      buf = realloc(buf, cap);
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    if (got == 0) break;
    n += got;
  }
  fclose(f);
  buf[n] = 0;
  *len = n;
  return buf;
}

static int parse_source(struct parser *p, struct source *s, int base);

/* Parses a file whose directives sit `base` blocks deep (its include's level). */
static int parse_file(struct parser *p, const char *path, const struct source *from, int base) {
  size_t len = 0;
  char *text = read_file(path, &len);
  if (!text) {
    int err = errno;
    return fail(p, from, "open() \"%s\" failed (%d: %s)", path, linux_errno(err), strerror(err));
  }
  struct ngx_conf *conf = p->conf;
  if (conf->dump && conf->dump_count < NGX_MAX_DUMP) {
    conf->dump_name[conf->dump_count] = strdup(path);
    conf->dump_text[conf->dump_count] = strdup(text);
    conf->dump_count++;
  }
  struct source s = {path, text, len, 0, 1};
  p->include_depth++;
  int rc = p->include_depth > MAX_INCLUDE_DEPTH ? fail(p, from, "too many nested includes") : parse_source(p, &s, base);
  p->include_depth--;
  free(text);
  return rc;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* include: one file, or every file a glob matches (in name order; none is fine). */
static int include(struct parser *p, const struct source *s, const char *pattern, int base) {
  char path[1024];
  resolve(p->conf, pattern, path, sizeof path);
  if (!strpbrk(path, "*?[")) return parse_file(p, path, s, base);
  char dir[1024];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = strrchr(dir, '/');
  const char *name_pattern = path + (slash - dir) + 1;
  if (slash == dir) {
    dir[1] = 0;
  } else {
    *slash = 0;
  }
  DIR *d = opendir(dir);
  if (!d) return 0;
  char *names[256];
  int count = 0;
  struct dirent *e;
  while ((e = readdir(d)) && count < 256) {
    if (e->d_name[0] == '.' && name_pattern[0] != '.') continue;
    if (fnmatch(name_pattern, e->d_name, 0) == 0) names[count++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, (size_t)count, sizeof names[0], compare_names);
  int rc = 0;
  for (int i = 0; i < count; i++) {
    char file[1280];
    snprintf(file, sizeof file, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir, names[i]);
    struct stat st;
    if (rc == 0 && stat(file, &st) == 0 && !S_ISDIR(st.st_mode)) rc = parse_file(p, file, s, base);
    free(names[i]);
  }
  return rc;
}

static int flag(struct parser *p, const struct source *s, const struct words *w, int *seen, int *value) {
  if (*seen) return fail(p, s, "\"%s\" directive is duplicate", w->word[0]);
  if (strcmp(w->word[1], "on") == 0) {
    *value = 1;
  } else if (strcmp(w->word[1], "off") == 0) {
    *value = 0;
  } else {
    return fail(p, s, "invalid value \"%s\" in \"%s\" directive, it must be \"on\" or \"off\"", w->word[1], w->word[0]);
  }
  *seen = 1;
  return 0;
}

/* The main-context directives this nginx acts on. */
static int main_directive(struct parser *p, const struct source *s, const struct words *w) {
  const char *name = w->word[0];
  int known = strcmp(name, "worker_processes") == 0 || strcmp(name, "daemon") == 0 ||
              strcmp(name, "master_process") == 0 || strcmp(name, "pid") == 0;
  if (!known) return 0;
  if (w->count != 2) return fail(p, s, "invalid number of arguments in \"%s\" directive", name);
  struct ngx_conf *conf = p->conf;
  if (strcmp(name, "daemon") == 0) return flag(p, s, w, &p->seen_daemon, &conf->daemon);
  if (strcmp(name, "master_process") == 0) return flag(p, s, w, &p->seen_master, &conf->master);
  if (strcmp(name, "pid") == 0) {
    if (p->seen_pid) return fail(p, s, "\"pid\" directive is duplicate");
    p->seen_pid = 1;
    resolve(conf, w->word[1], conf->pid, sizeof conf->pid);
    return 0;
  }
  if (p->seen_workers) return fail(p, s, "\"worker_processes\" directive is duplicate");
  p->seen_workers = 1;
  if (strcmp(w->word[1], "auto") == 0) {
    conf->workers = -1;
    return 0;
  }
  char *end = NULL;
  long n = strtol(w->word[1], &end, 10);
  if (end == w->word[1] || *end || n < 0) return fail(p, s, "\"worker_processes\" directive invalid value");
  conf->workers = (int)n;
  return 0;
}

static int parse_source(struct parser *p, struct source *s, int base) {
  static struct words w;
  int depth = 0;
  for (;;) {
    enum token t = read_directive(p, s, &w);
    switch (t) {
    case T_ERROR: return -1;
    case T_EOF:
      if (depth > 0) return fail(p, s, "unexpected end of file, expecting \"}\"");
      return 0;
    case T_END:
      if (depth == 0) return fail(p, s, "unexpected \"}\"");
      depth--;
      break;
    case T_BLOCK:
      if (!is_block_directive(w.word[0])) return fail(p, s, "directive \"%s\" is not terminated by \";\"", w.word[0]);
      if (base + depth == 0 && strcmp(w.word[0], "events") == 0) {
        if (p->seen_events) return fail(p, s, "\"events\" directive is duplicate");
        p->seen_events = 1;
      }
      depth++;
      break;
    case T_SEMI: {
      if (is_block_directive(w.word[0])) return fail(p, s, "directive \"%s\" has no opening \"{\"", w.word[0]);
      if (strcmp(w.word[0], "include") == 0) {
        if (w.count != 2) return fail(p, s, "invalid number of arguments in \"include\" directive");
        char pattern[WORD_SIZE];
        snprintf(pattern, sizeof pattern, "%s", w.word[1]);
        if (include(p, s, pattern, base + depth) < 0) return -1;
        break;
      }
      if (base + depth == 0 && main_directive(p, s, &w) < 0) return -1;
      break;
    }
    }
  }
}

int conf_read(const struct ngx_options *options, struct ngx_conf *conf) {
  int dump = conf->dump;
  memset(conf, 0, sizeof *conf);
  conf->dump = dump;
  conf->daemon = 1;
  conf->master = 1;
  conf->workers = 1;
  const char *prefix = options->prefix ? options->prefix : NGX_PREFIX;
  size_t plen = strlen(prefix);
  snprintf(conf->conf_prefix, sizeof conf->conf_prefix, "%s%s", prefix, plen && prefix[plen - 1] == '/' ? "" : "/");
  if (options->conf_file) {
    resolve(conf, options->conf_file, conf->conf_file, sizeof conf->conf_file);
  } else {
    snprintf(conf->conf_file, sizeof conf->conf_file, "%s", NGX_CONF_PATH);
  }
  snprintf(conf->pid, sizeof conf->pid, "%s", NGX_PID_PATH);

  struct parser p = {.conf = conf};
  if (options->directives) {
    struct source s = {NULL, options->directives, strlen(options->directives), 0, 1};
    if (parse_source(&p, &s, 0) < 0) return -1;
  }
  if (parse_file(&p, conf->conf_file, NULL, 0) < 0) return -1;
  if (!p.seen_events) {
    snprintf(conf->error, sizeof conf->error, "no \"events\" section in configuration");
    return -1;
  }
  return 0;
}

/* The CPUs /proc/cpuinfo or /sys lists; 0 when neither tells. */
static int cpu_count(void) {
  int n = 0;
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (f) {
    char line[256];
    while (fgets(line, sizeof line, f)) {
      if (strncmp(line, "processor", 9) == 0) n++;
    }
    fclose(f);
    if (n > 0) return n;
  }
  f = fopen("/sys/devices/system/cpu/online", "r");
  if (f) {
    int first = 0, last = -1;
    int got = fscanf(f, "%d-%d", &first, &last);
    fclose(f);
    if (got == 2) return last - first + 1;
    if (got == 1) return 1;
  }
  return 0;
}

int conf_worker_count(const struct ngx_conf *conf) {
  if (conf->workers >= 0) return conf->workers;
  int n = cpu_count();
  return n > 0 ? n : 2;
}
