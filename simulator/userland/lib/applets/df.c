/* df: the container's file systems, as Docker mounts them. */
#include <stdlib.h>
#include <string.h>

#include "lib.h"

struct mount {
  const char *fs, *type, *dir;
  long long total, used;
};

static int mounts(struct mount *m) {
  long long s[7];
  read_sysinfo(s);
  long long half = s[0] / 2;
  long long disk = 61202244, disk_used = 12086448;
  int n = 0;
  m[n++] = (struct mount){"overlay", "overlay", "/", disk, disk_used};
  m[n++] = (struct mount){"tmpfs", "tmpfs", "/dev", 65536, 0};
  m[n++] = (struct mount){"shm", "tmpfs", "/dev/shm", 65536, 0};
  m[n++] = (struct mount){"/dev/vda1", "ext4", "/etc/resolv.conf", disk, disk_used};
  m[n++] = (struct mount){"/dev/vda1", "ext4", "/etc/hostname", disk, disk_used};
  m[n++] = (struct mount){"/dev/vda1", "ext4", "/etc/hosts", disk, disk_used};
  m[n++] = (struct mount){"tmpfs", "tmpfs", "/proc/acpi", half, 0};
  m[n++] = (struct mount){"tmpfs", "tmpfs", "/sys/firmware", half, 0};
  return n;
}

static void bb_human(long long kib, char *buf, size_t len) {
  if (kib == 0) {
    snprintf(buf, len, "0");
    return;
  }
  double v = (double)kib;
  const char *u = "KMGTP";
  int i = 0;
  while (v >= 1024 && i < 4) {
    v /= 1024;
    i++;
  }
  snprintf(buf, len, "%.1f%c", v, u[i]);
}

static void gnu_human(long long kib, char *buf, size_t len) {
  if (kib == 0) {
    snprintf(buf, len, "0");
    return;
  }
  human_size((unsigned long long)kib * 1024, buf, len);
}

int df_main(int argc, char **argv) {
  int c, human = 0, mega = 0, types = 0, posix = 0, inodes = 0;
  const char *only_type = NULL;
  static const struct option df_long[] = {{"human-readable", no_argument, NULL, 'h'}, {"print-type", no_argument, NULL, 'T'}, {"all", no_argument, NULL, 'a'}, {"inodes", no_argument, NULL, 'i'}, {"portability", no_argument, NULL, 'P'}, {"type", required_argument, NULL, 't'}, {"help", no_argument, NULL, 'H' + 0x100}, {NULL, 0, NULL, 0}};
  while ((c = app_getopt(argc, argv, "hkmTaiPt:B:lx:H", df_long)) != -1) {
    switch (c) {
    case 'h': human = 1; break;
    case 'H': human = 2; break;
    case 'm': mega = 1; break;
    case 'T': types = 1; break;
    case 'P': posix = 1; break;
    case 'i': inodes = 1; break;
    case 't': only_type = optarg; break;
    case 'k': case 'a': case 'B': case 'l': case 'x': break;
    case 'H' + 0x100: return app_help();
    default: return app_bad_usage(1);
    }
  }
  struct mount m[16];
  int n = mounts(m);
  int selected[16];
  int ns = 0;
  for (int i = 0; i < n; i++) {
    if (only_type && strcmp(m[i].type, only_type) != 0) continue;
    if (optind < argc) {
      int want = 0;
      for (int k = optind; k < argc; k++) {
        struct stat st;
        if (stat(argv[k], &st) != 0) continue;
        /* the longest mount point that is a prefix */
        char *r = real_path(argv[k], 1);
        if (!r) continue;
        int best = 0;
        size_t bl = 0;
        for (int j = 0; j < n; j++) {
          size_t l = strlen(m[j].dir);
          if ((strcmp(m[j].dir, "/") == 0 || (strncmp(r, m[j].dir, l) == 0 && (r[l] == 0 || r[l] == '/'))) && l >= bl) {
            best = j;
            bl = l;
          }
        }
        free(r);
        if (best == i) want = 1;
      }
      if (!want) continue;
    }
    selected[ns++] = i;
  }
  int missing = 0;
  if (optind < argc) {
    for (int k = optind; k < argc; k++) {
      struct stat st;
      if (stat(argv[k], &st) != 0) {
        missing = 1;
        if (GNU) {
          app_perr("%s", q(argv[k]));
        } else {
          if (!ns) {
            printf("%-20s %9s %9s %9s %s %s\n", "Filesystem", human ? "Size" : mega ? "1M-blocks" : "1K-blocks", "Used", "Available", "Use%", "Mounted on");
            fflush(stdout);
          }
          app_err("%s: can't find mount point", argv[k]);
        }
      }
    }
    if (ns == 0) return 1;
  }
  char cells[17][6][40];
  const char *hdr[6];
  hdr[0] = "Filesystem";
  if (inodes) {
    hdr[1] = "Inodes";
    hdr[2] = GNU ? "IUsed" : "Used";
    hdr[3] = GNU ? "IFree" : "Available";
    hdr[4] = GNU ? "IUse%" : "Use%";
  } else if (human) {
    hdr[1] = "Size";
    hdr[2] = "Used";
    hdr[3] = GNU ? "Avail" : "Available";
    hdr[4] = "Use%";
  } else {
    hdr[1] = mega ? "1M-blocks" : posix ? "1024-blocks" : "1K-blocks";
    hdr[2] = "Used";
    hdr[3] = "Available";
    hdr[4] = posix ? "Capacity" : "Use%";
  }
  hdr[5] = "Mounted on";
  for (int r = 0; r < ns; r++) {
    struct mount *x = &m[selected[r]];
    long long total = x->total, used = x->used, avail = total - used;
    if (inodes) {
      total = total / 16;
      used = used / 64;
      avail = total - used;
    }
    snprintf(cells[r][0], 40, "%s", x->fs);
    if (human && !inodes) {
      (GNU ? gnu_human : bb_human)(total, cells[r][1], 40);
      (GNU ? gnu_human : bb_human)(used, cells[r][2], 40);
      (GNU ? gnu_human : bb_human)(avail, cells[r][3], 40);
    } else {
      long long d = mega && !inodes ? 1024 : 1;
      snprintf(cells[r][1], 40, "%lld", total / d);
      snprintf(cells[r][2], 40, "%lld", used / d);
      snprintf(cells[r][3], 40, "%lld", avail / d);
    }
    if (total == 0)
      snprintf(cells[r][4], 40, GNU ? "-" : "0%%");
    else
      snprintf(cells[r][4], 40, "%lld%%", (used * 100 + (used + avail) - 1) / (used + avail));
    snprintf(cells[r][5], 40, "%s", x->dir);
  }
  if (!GNU) {
    if (types)
      printf("%-20s %-10s %9s %9s %9s %s %s\n", hdr[0], "Type", hdr[1], hdr[2], hdr[3], hdr[4], hdr[5]);
    else
      printf("%-20s %9s %9s %9s %s %s\n", hdr[0], hdr[1], hdr[2], hdr[3], hdr[4], hdr[5]);
    for (int r = 0; r < ns; r++) {
      (void)missing;
      if (types)
        printf("%-20s %-10s %9s %9s %9s %4s %s\n", cells[r][0], m[selected[r]].type, cells[r][1], cells[r][2], cells[r][3], cells[r][4], cells[r][5]);
      else
        printf("%-20s %9s %9s %9s %4s %s\n", cells[r][0], cells[r][1], cells[r][2], cells[r][3], cells[r][4], cells[r][5]);
    }
    return 0;
  }
  int w[6];
  for (int k = 0; k < 6; k++) {
    w[k] = (int)strlen(hdr[k]);
    for (int r = 0; r < ns; r++)
      if ((int)strlen(cells[r][k]) > w[k]) w[k] = (int)strlen(cells[r][k]);
  }
  if (w[0] < 14) w[0] = 14;
  if (!human) {
    for (int k = 1; k < 4; k++) if (w[k] < 5) w[k] = 5;
  }
  int tw = 4;
  if (types) {
    for (int r = 0; r < ns; r++) if ((int)strlen(m[selected[r]].type) > tw) tw = (int)strlen(m[selected[r]].type);
    printf("%-*s %-*s %*s %*s %*s %*s %s\n", w[0], hdr[0], tw, "Type", w[1], hdr[1], w[2], hdr[2], w[3], hdr[3], w[4], hdr[4], hdr[5]);
  } else {
    printf("%-*s %*s %*s %*s %*s %s\n", w[0], hdr[0], w[1], hdr[1], w[2], hdr[2], w[3], hdr[3], w[4], hdr[4], hdr[5]);
  }
  for (int r = 0; r < ns; r++) {
    if (types)
      printf("%-*s %-*s %*s %*s %*s %*s %s\n", w[0], cells[r][0], tw, m[selected[r]].type, w[1], cells[r][1], w[2], cells[r][2], w[3], cells[r][3], w[4], cells[r][4], cells[r][5]);
    else
      printf("%-*s %*s %*s %*s %*s %s\n", w[0], cells[r][0], w[1], cells[r][1], w[2], cells[r][2], w[3], cells[r][3], w[4], cells[r][4], cells[r][5]);
  }
  return 0;
}
