/* Who and where: hostname, dnsdomainname, id, whoami, groups, logname, users, who, uname, arch. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"

/* Address of a host name from /etc/hosts, or NULL. */
static char *hosts_address(const char *name) {
  FILE *f = fopen("/etc/hosts", "r");
  if (!f) return NULL;
  char line[512], *res = NULL;
  while (!res && fgets(line, sizeof line, f)) {
    char *save = NULL, *addr = strtok_r(line, " \t\n", &save);
    if (!addr || addr[0] == '#') continue;
    for (char *h = strtok_r(NULL, " \t\n", &save); h; h = strtok_r(NULL, " \t\n", &save))
      if (strcmp(h, name) == 0) {
        res = xstrdup(addr);
        break;
      }
  }
  fclose(f);
  return res;
}

static const struct option hostname_long[] = {
  {"short", no_argument, NULL, 's'},
  {"domain", no_argument, NULL, 'd'},
  {"fqdn", no_argument, NULL, 'f'},
  {"long", no_argument, NULL, 'f'},
  {"ip-address", no_argument, NULL, 'i'},
  {"all-ip-addresses", no_argument, NULL, 'I'},
  {"file", required_argument, NULL, 'F'},
  {"help", no_argument, NULL, 'H' + 0x100},
  {NULL, 0, NULL, 0},
};

int hostname_main(int argc, char **argv) {
  int c, mode = 0;
  const char *file = NULL;
  while ((c = app_getopt(argc, argv, "sdfiIF:yAb", hostname_long)) != -1) {
    switch (c) {
    case 's': case 'd': case 'f': case 'i': case 'I': case 'A': mode = c; break;
    case 'F': file = optarg; break;
    case 'y': case 'b': break;
    case 'H' + 0x100: return app_help();
    default: return app_bad_usage(1);
    }
  }
  struct uts u;
  get_uts(&u);
  if (optind < argc || file) {
    errno = EPERM;
    if (GNU)
      app_err("you don't have permission to set the host name");
    else
      app_perr("sethostname");
    return 1;
  }
  const char *name = u.f[1];
  if (mode == 's') {
    const char *dot = strchr(name, '.');
    printf("%.*s\n", dot ? (int)(dot - name) : (int)strlen(name), name);
  } else if (mode == 'd') {
    const char *dot = strchr(name, '.');
    puts(dot ? dot + 1 : "");
  } else if (mode == 'i' || mode == 'I') {
    char *a = hosts_address(name);
    if (!a) {
      if (GNU) {
        app_err("Name or service not known");
        return 1;
      }
      app_err("%s: Unknown host", name);
      return 1;
    }
    printf(mode == 'I' ? "%s \n" : "%s\n", a);
    free(a);
  } else {
    puts(name);
  }
  return 0;
}

int dnsdomainname_main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  struct uts u;
  get_uts(&u);
  const char *dot = strchr(u.f[1], '.');
  puts(dot ? dot + 1 : "");
  return 0;
}

static void print_id(const char *label, unsigned id, char *name) {
  printf("%s=%u", label, id);
  if (name) printf("(%s)", name);
  free(name);
}

static const struct option id_long[] = {
  {"user", no_argument, NULL, 'u'},
  {"group", no_argument, NULL, 'g'},
  {"groups", no_argument, NULL, 'G'},
  {"name", no_argument, NULL, 'n'},
  {"real", no_argument, NULL, 'r'},
  {"zero", no_argument, NULL, 'z'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

/* Primary gid first, then the groups naming the user in /etc/group. */
static int all_groups(const char *user, unsigned gid, unsigned *out, int max) {
  unsigned extra[64];
  int n = 0, k = user ? user_groups(user, extra, 64) : 0;
  out[n++] = gid;
  for (int i = 0; i < k && n < max; i++)
    if (extra[i] != gid) out[n++] = extra[i];
  return n;
}

int id_main(int argc, char **argv) {
  int c, only = 0, names = 0, real = 0;
  while ((c = app_getopt(argc, argv, "ugGnrz", id_long)) != -1) {
    switch (c) {
    case 'u': case 'g': case 'G':
      if (only && only != c) {
        app_err(GNU ? "cannot print \"only\" of more than one choice" : "can't print \"only\" of more than one choice");
        return 1;
      }
      only = c;
      break;
    case 'n': names = 1; break;
    case 'r': real = 1; break;
    case 'z': break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  int ids[4];
  get_ids(ids);
  unsigned uid = (unsigned)(real ? ids[0] : ids[2]), gid = (unsigned)(real ? ids[1] : ids[3]);
  char *user = NULL;
  if (optind < argc) {
    long u = user_id(argv[optind]);
    if (u < 0) {
      long parsed;
      if (parse_long(argv[optind], &parsed) == 0 && (user = user_name((unsigned)parsed))) u = parsed;
    }
    if (u < 0) {
      if (GNU)
        app_err("%s: no such user", q(argv[optind]));
      else
        app_err("unknown user %s", argv[optind]);
      return 1;
    }
    uid = (unsigned)u;
    long g = user_gid(uid);
    gid = g >= 0 ? (unsigned)g : 0;
    free(user);
  }
  user = user_name(uid);
  if ((only == 'u' || only == 'g') ) {
    unsigned v = only == 'u' ? uid : gid;
    char *n = names ? (only == 'u' ? user_name(v) : group_name(v)) : NULL;
    if (names && !n) {
      if (GNU)
        app_err("cannot find name for %s ID %u", only == 'u' ? "user" : "group", v);
      printf("%u\n", v);
      free(user);
      return 1;
    }
    if (n)
      puts(n);
    else
      printf("%u\n", v);
    free(n);
    free(user);
    return 0;
  }
  unsigned groups[64];
  int ng = all_groups(user, gid, groups, 64);
  if (only == 'G') {
    for (int i = 0; i < ng; i++) {
      char *n = names ? group_name(groups[i]) : NULL;
      if (n)
        printf("%s%s", i ? " " : "", n);
      else
        printf("%s%u", i ? " " : "", groups[i]);
      free(n);
    }
    putchar('\n');
    free(user);
    return 0;
  }
  print_id("uid", uid, user);
  putchar(' ');
  print_id("gid", gid, group_name(gid));
  printf(" groups=");
  for (int i = 0; i < ng; i++) {
    if (i) putchar(',');
    printf("%u", groups[i]);
    char *n = group_name(groups[i]);
    if (n) printf("(%s)", n);
    free(n);
  }
  putchar('\n');
  return 0;
}

int whoami_main(int argc, char **argv) {
  int c;
  while ((c = app_getopt(argc, argv, "", NULL)) != -1) {
    if (c == 'H') return app_help();
    return app_bad_usage(1);
  }
  if (optind < argc) {
    if (!GNU) return app_show_usage();
    app_err("extra operand %s", q(argv[optind]));
    return app_bad_usage(1);
  }
  int ids[4];
  get_ids(ids);
  char *n = user_name((unsigned)ids[2]);
  if (!n) {
    if (GNU)
      app_err("cannot find name for user ID %d", ids[2]);
    else
      app_err("unknown uid %d", ids[2]);
    return 1;
  }
  puts(n);
  free(n);
  return 0;
}

int groups_main(int argc, char **argv) {
  int c;
  while ((c = app_getopt(argc, argv, "", NULL)) != -1) {
    if (c == 'H') return app_help();
    return app_bad_usage(1);
  }
  int ids[4];
  get_ids(ids);
  int status = 0;
  int i = optind;
  do {
    unsigned uid = (unsigned)ids[2], gid = (unsigned)ids[3];
    if (i < argc) {
      long u = user_id(argv[i]);
      if (u < 0) {
        if (GNU)
          app_err("%s: no such user", q(argv[i]));
        else
          app_err("unknown user %s", argv[i]);
        status = 1;
        continue;
      }
      uid = (unsigned)u;
      long g = user_gid(uid);
      gid = g >= 0 ? (unsigned)g : 0;
    }
    char *user = user_name(uid);
    unsigned groups[64];
    int ng = all_groups(user, gid, groups, 64);
    if (i < argc && GNU) printf("%s : ", argv[i]);
    for (int k = 0; k < ng; k++) {
      char *n = group_name(groups[k]);
      if (n)
        printf("%s%s", k ? " " : "", n);
      else
        printf("%s%u", k ? " " : "", groups[k]);
      free(n);
    }
    putchar('\n');
    free(user);
  } while (++i < argc);
  return status;
}

int logname_main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  app_err("no login name");
  return 1;
}

int users_main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  putchar('\n');
  return 0;
}

int who_main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  return 0;
}

static const struct option uname_long[] = {
  {"all", no_argument, NULL, 'a'},
  {"kernel-name", no_argument, NULL, 's'},
  {"nodename", no_argument, NULL, 'n'},
  {"kernel-release", no_argument, NULL, 'r'},
  {"kernel-version", no_argument, NULL, 'v'},
  {"machine", no_argument, NULL, 'm'},
  {"processor", no_argument, NULL, 'p'},
  {"hardware-platform", no_argument, NULL, 'i'},
  {"operating-system", no_argument, NULL, 'o'},
  {"help", no_argument, NULL, 'H'},
  {NULL, 0, NULL, 0},
};

int uname_main(int argc, char **argv) {
  struct uts u;
  get_uts(&u);
  if (strcmp(applet_base, "arch") == 0) {
    int c;
    while ((c = app_getopt(argc, argv, "", NULL)) != -1) {
      if (c == 'H') return app_help();
      return app_bad_usage(1);
    }
    puts(u.f[4]);
    return 0;
  }
  enum { S = 1, N = 2, R = 4, V = 8, M = 16, P = 32, I = 64, O = 128 };
  unsigned want = 0;
  int c, all = 0;
  while ((c = app_getopt(argc, argv, "asnrvmpio", uname_long)) != -1) {
    switch (c) {
    case 'a': all = 1; want = ~0u; break;
    case 's': want |= S; break;
    case 'n': want |= N; break;
    case 'r': want |= R; break;
    case 'v': want |= V; break;
    case 'm': want |= M; break;
    case 'p': want |= P; break;
    case 'i': want |= I; break;
    case 'o': want |= O; break;
    case 'H': return app_help();
    default: return app_bad_usage(1);
    }
  }
  if (optind < argc) {
    if (!GNU) return app_show_usage();
    app_err("extra operand %s", q(argv[optind]));
    return app_bad_usage(1);
  }
  if (!want) want = S;
  const char *os = GNU ? "GNU/Linux" : "Linux";
  const char *fields[8] = {u.f[0], u.f[1], u.f[2], u.f[3], u.f[4], "unknown", "unknown", os};
  int first = 1;
  for (int i = 0; i < 8; i++) {
    if (!(want & (1u << i))) continue;
    if (all && (i == 5 || i == 6)) continue;
    printf(first ? "%s" : " %s", fields[i]);
    first = 0;
  }
  putchar('\n');
  return 0;
}
