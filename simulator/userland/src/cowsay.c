/*
 * cowsay / cowthink: a speech (or thought) bubble around the message, over a cow read
 * from a cow file (the $the_cow heredoc of /usr/share/cowsay/cows/<name>.cow, with
 * $thoughts, $eyes and $tongue filled in), as cowsay 3.03 prints it.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gorae_sys.h"

#define COWPATH "/usr/share/cowsay/cows"

static char *read_all(FILE *f) {
  size_t cap = 1024, len = 0;
  char *buf = malloc(cap);
  int c;
  while (buf && (c = fgetc(f)) != EOF) {
    if (len + 1 >= cap) buf = realloc(buf, cap *= 2);
    if (buf) buf[len++] = (char)c;
  }
  if (buf) buf[len] = 0;
  return buf;
}

/* Greedy word wrap into lines shorter than `width` (Text::Wrap's columns). */
static int wrap(const char *text, int width, char lines[][256], int max_lines) {
  int n = 0;
  char line[256] = "";
  const char *p = text;
  while (*p && n < max_lines) {
    if (*p == '\n') {
      strcpy(lines[n++], line);
      line[0] = 0;
      p++;
      continue;
    }
    while (*p == ' ' || *p == '\t') p++;
    const char *w = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '\n') p++;
    int wl = (int)(p - w);
    if (wl == 0) continue;
    int ll = (int)strlen(line);
    if (ll > 0 && ll + 1 + wl > width - 1) {
      strcpy(lines[n++], line);
      line[0] = 0;
      ll = 0;
    }
    if (ll + wl + 1 >= (int)sizeof line) wl = (int)sizeof line - ll - 2;
    if (ll > 0) strcat(line, " ");
    strncat(line, w, (size_t)wl);
  }
  if ((line[0] || n == 0) && n < max_lines) strcpy(lines[n++], line);
  return n;
}

static void bubble(char lines[][256], int n, int think) {
  int max = 0;
  for (int i = 0; i < n; i++) {
    int l = (int)strlen(lines[i]);
    if (l > max) max = l;
  }
  putchar(' ');
  for (int i = 0; i < max + 2; i++) putchar('_');
  putchar('\n');
  for (int i = 0; i < n; i++) {
    const char *l = think ? "(" : n == 1 ? "<" : i == 0 ? "/" : i == n - 1 ? "\\" : "|";
    const char *r = think ? ")" : n == 1 ? ">" : i == 0 ? "\\" : i == n - 1 ? "/" : "|";
    printf("%s %-*s %s\n", l, max, lines[i], r);
  }
  putchar(' ');
  for (int i = 0; i < max + 2; i++) putchar('-');
  putchar('\n');
}

/* Prints the heredoc of a cow file, with Perl's interpolation of the few variables it uses. */
static int print_cow(const char *file, const char *thoughts, const char *eyes, const char *tongue) {
  FILE *f = fopen(file, "r");
  if (!f) return -1;
  char *text = read_all(f);
  fclose(f);
  if (!text) return -1;
  char *start = strstr(text, "<<");
  if (!start) return -1;
  char *eol = strchr(start, '\n');
  if (!eol) return -1;
  char *end = strstr(eol + 1, "\nEOC");
  if (!end) end = text + strlen(text);
  for (char *p = eol + 1; p <= end; p++) {
    if (*p == '$') {
      if (!strncmp(p, "$thoughts", 9)) { fputs(thoughts, stdout); p += 8; continue; }
      if (!strncmp(p, "$eyes", 5)) { fputs(eyes, stdout); p += 4; continue; }
      if (!strncmp(p, "$tongue", 7)) { fputs(tongue, stdout); p += 6; continue; }
    }
    if (*p == '\\' && p[1] == '\\') { putchar('\\'); p++; continue; }
    putchar(*p);
  }
  free(text);
  return 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* -l: the cow files there are, by name, on as many lines as cowsay's 80-column fill makes. */
static int list_cows(void) {
  DIR *dir = opendir(COWPATH);
  if (!dir) {
    fprintf(stderr, "cowsay: Cannot open cowfile directory %s\n", COWPATH);
    return 1;
  }
  char *names[256];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(dir)) && n < 256) {
    size_t l = strlen(e->d_name);
    if (l > 4 && !strcmp(e->d_name + l - 4, ".cow")) names[n++] = strndup(e->d_name, l - 4);
  }
  closedir(dir);
  qsort(names, (size_t)n, sizeof *names, by_name);
  printf("Cow files in %s:\n", COWPATH);
  int col = 0;
  for (int i = 0; i < n; i++) {
    int l = (int)strlen(names[i]);
    if (col > 0 && col + 1 + l > 79) {
      putchar('\n');
      col = 0;
    }
    printf("%s%s", col > 0 ? " " : "", names[i]);
    col += (col > 0) + l;
  }
  putchar('\n');
  return 0;
}

int main(int argc, char **argv) {
  g_enter_cwd();
  const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
  int think = strcmp(name, "cowthink") == 0;
  const char *cow = "default", *eyes = "oo", *tongue = "  ";
  int width = 40, nowrap = 0, opt;
  while ((opt = getopt(argc, argv, "bde:f:gh:lLnNpstT:wW:y")) != -1) {
    switch (opt) {
      case 'b': eyes = "=="; break;
      case 'd': eyes = "xx"; tongue = "U "; break;
      case 'g': eyes = "$$"; break;
      case 'p': eyes = "@@"; break;
      case 's': eyes = "**"; tongue = "U "; break;
      case 't': eyes = "--"; break;
      case 'w': eyes = "OO"; break;
      case 'y': eyes = ".."; break;
      case 'e': eyes = optarg; break;
      case 'T': tongue = optarg; break;
      case 'f': cow = optarg; break;
      case 'W': width = atoi(optarg); break;
      case 'n': nowrap = 1; break;
      case 'l':
        return list_cows();
      default:
        fprintf(stderr, "cow{say,think} version 3.03, (c) 1999 Tony Monroe\nUsage: %s [-bdgpstwy] [-h] [-e eyes] [-f cowfile] \n          [-l] [-n] [-T tongue] [-W wrapcolumn] [message]\n", name);
        return 1;
    }
  }
  char eye2[3] = {eyes[0] ? eyes[0] : ' ', eyes[0] && eyes[1] ? eyes[1] : ' ', 0};
  char tongue2[3] = {tongue[0] ? tongue[0] : ' ', tongue[0] && tongue[1] ? tongue[1] : ' ', 0};
  char *message;
  if (optind < argc) {
    size_t len = 0;
    for (int i = optind; i < argc; i++) len += strlen(argv[i]) + 1;
    message = malloc(len + 1);
    if (!message) return 1;
    message[0] = 0;
    for (int i = optind; i < argc; i++) {
      if (i > optind) strcat(message, " ");
      strcat(message, argv[i]);
    }
  } else {
    message = read_all(stdin);
    if (!message) return 1;
    size_t l = strlen(message);
    while (l > 0 && message[l - 1] == '\n') message[--l] = 0;
  }
  static char lines[512][256];
  int n = nowrap ? wrap(message, 1 << 30, lines, 512) : wrap(message, width, lines, 512);
  bubble(lines, n, think);
  char path[512];
  if (strchr(cow, '/')) snprintf(path, sizeof path, "%s", cow);
  else snprintf(path, sizeof path, "%s/%s%s", COWPATH, cow, strstr(cow, ".cow") ? "" : ".cow");
  if (print_cow(path, think ? "o" : "\\", eye2, tongue2) != 0) {
    fprintf(stderr, "%s: Could not find %s cowfile!\n", name, cow);
    return 1;
  }
  return 0;
}
