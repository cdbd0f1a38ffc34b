#include "servername.h"

#include "log.h"

#include <gorae_sys.h>
#include <stdio.h>
#include <string.h>

/* The node name from uname(2): the second NUL-terminated field. */
static void host_name(char *out, size_t size) {
  char buf[512];
  out[0] = 0;
  int32_t n = gorae_uname(buf, (int32_t)sizeof buf - 1);
  if (n <= 0) return;
  buf[n] = 0;
  const char *node = buf + strlen(buf) + 1;
  if (node >= buf + n) return;
  snprintf(out, size, "%s", node);
}

/*
 * The address of the last /etc/hosts line naming `name` (Docker appends the container's
 * own line last), as a canonical name: a name with a dot when the line has one.
 * Returns 0 when no line names it.
 */
static int lookup_hosts(const char *name, char *addr, size_t addr_size, char *canonical, size_t canonical_size) {
  FILE *f = fopen("/etc/hosts", "r");
  if (!f) return 0;
  char line[1024];
  int found = 0;
  while (fgets(line, sizeof line, f)) {
    char *hash = strchr(line, '#');
    if (hash) *hash = 0;
    char *save = NULL;
    char *first = strtok_r(line, " \t\r\n", &save);
    if (!first) continue;
    char *official = NULL;
    int names_it = 0;
    for (char *tok = strtok_r(NULL, " \t\r\n", &save); tok; tok = strtok_r(NULL, " \t\r\n", &save)) {
      if (!official) official = tok;
      if (strcmp(tok, name) == 0) names_it = 1;
    }
    if (names_it) {
      found = 1;
      snprintf(addr, addr_size, "%s", first);
      snprintf(canonical, canonical_size, "%s", official);
    }
  }
  fclose(f);
  return found;
}

void warn_server_name(const char *program) {
  char name[256];
  char addr[128];
  char canonical[256];
  host_name(name, sizeof name);
  if (strchr(name, '.')) return;
  if (!lookup_hosts(name, addr, sizeof addr, canonical, sizeof canonical)) {
    log_startup("AH00557: %s: apr_sockaddr_info_get() failed for %s", program, name);
    snprintf(addr, sizeof addr, "127.0.0.1");
  } else if (strchr(canonical, '.')) {
    return;
  }
  log_startup("AH00558: %s: Could not reliably determine the server's fully qualified domain name, using %s. "
              "Set the 'ServerName' directive globally to suppress this message",
              program, addr);
}
