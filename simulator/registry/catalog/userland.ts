import { multiCallApplets } from '../../userland/applets';

/**
 * The programs each catalog image carries, and where: install-userland.ts puts them into the
 * layer named by `layer` (the step whose `createdBy` starts with that text) — the binary at
 * `path` (a module of programs.ts), then each link: a symlink, or a hard link to the binary.
 * Every link's target is `path` unless the link gives its own `target`. Programs without a
 * module in programs.ts are left out.
 */

export type LinkKind = 'symlink' | 'hardlink';

export interface ProgramLink {
  path: string;
  kind: LinkKind;
  /** What a symlink points at, as the real image writes it (absolute or relative). */
  target?: string;
}

export interface UserlandProgram {
  /** Name of the WASI module (key of `programUrls` in programs.ts). */
  program: string;
  /** Where the binary itself lives. */
  path: string;
  links: ProgramLink[];
  /** Approximate size of the real binary, for when the sizes are rebalanced. */
  realSize: number;
}

export interface ImageUserland {
  /** Repository and the tags the entry applies to. */
  repository: string;
  tags: string[];
  /** Prefix of the `createdBy` of the layer the programs belong in. */
  layer: string;
  programs: UserlandProgram[];
}

/** Only the commands our multi-call programs carry get a link (see userland/applets.ts). */
const carried = (names: readonly string[]): string[] => names.filter((n) => multiCallApplets.has(n));
const sym = (dir: string, names: readonly string[], target: string): ProgramLink[] => carried(names).map((n) => ({ path: `${dir}/${n}`, kind: 'symlink', target }));
const hard = (dir: string, names: readonly string[]): ProgramLink[] => carried(names).map((n) => ({ path: `${dir}/${n}`, kind: 'hardlink' }));

/** busybox applets alpine links, by directory (busybox 1.37, alpine 3.20/3.21). */
export const alpineApplets = {
  '/bin': ['arch', 'ash', 'base64', 'bbconfig', 'cat', 'chattr', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dmesg', 'dnsdomainname', 'dumpkmap', 'echo', 'egrep', 'false', 'fatattr', 'fdflush', 'fgrep', 'fsync', 'getopt', 'grep', 'gunzip', 'gzip', 'hostname', 'ionice', 'iostat', 'ipcalc', 'kbd_mode', 'kill', 'link', 'linux32', 'linux64', 'ln', 'login', 'ls', 'lsattr', 'lzop', 'makemime', 'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mountpoint', 'mpstat', 'mv', 'netstat', 'nice', 'pidof', 'ping', 'ping6', 'pipe_progress', 'printenv', 'ps', 'pwd', 'reformime', 'rev', 'rm', 'rmdir', 'run-parts', 'sed', 'setpriv', 'setserial', 'sh', 'sleep', 'stat', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname', 'usleep', 'watch', 'zcat'],
  '/sbin': ['acpid', 'adjtimex', 'arp', 'blkid', 'blockdev', 'depmod', 'fbsplash', 'fdisk', 'findfs', 'fsck', 'fstrim', 'getty', 'halt', 'hwclock', 'ifconfig', 'ifdown', 'ifenslave', 'ifup', 'init', 'inotifyd', 'insmod', 'ip', 'ipaddr', 'iplink', 'ipneigh', 'iproute', 'iprule', 'iptunnel', 'klogd', 'loadkmap', 'logread', 'losetup', 'lsmod', 'mdev', 'mkdosfs', 'mkfs.vfat', 'mkswap', 'modinfo', 'modprobe', 'nameif', 'nologin', 'pivot_root', 'poweroff', 'raidautorun', 'reboot', 'rmmod', 'route', 'setconsole', 'slattach', 'swapoff', 'swapon', 'switch_root', 'sysctl', 'syslogd', 'tunctl', 'udhcpc', 'vconfig', 'watchdog'],
  '/usr/bin': ['[', '[[', 'awk', 'basename', 'bc', 'beep', 'blkdiscard', 'bunzip2', 'bzcat', 'bzip2', 'cal', 'chvt', 'cksum', 'clear', 'cmp', 'comm', 'cpio', 'crontab', 'cryptpw', 'cut', 'dc', 'deallocvt', 'diff', 'dirname', 'dos2unix', 'du', 'eject', 'env', 'expand', 'expr', 'factor', 'fallocate', 'find', 'flock', 'fold', 'free', 'fuser', 'getfattr', 'groups', 'hd', 'head', 'hexdump', 'hostid', 'id', 'install', 'ipcrm', 'ipcs', 'killall', 'last', 'less', 'logger', 'lsof', 'lsusb', 'lzcat', 'lzma', 'lzopcat', 'md5sum', 'mesg', 'microcom', 'mkfifo', 'mkpasswd', 'nc', 'nl', 'nmeter', 'nohup', 'nproc', 'nsenter', 'nslookup', 'od', 'openvt', 'passwd', 'paste', 'pgrep', 'pkill', 'pmap', 'printf', 'pscan', 'pstree', 'pwdx', 'readlink', 'realpath', 'renice', 'reset', 'resize', 'seq', 'setkeycodes', 'setsid', 'sha1sum', 'sha256sum', 'sha3sum', 'sha512sum', 'showkey', 'shred', 'shuf', 'sort', 'split', 'strings', 'sum', 'tac', 'tail', 'tee', 'test', 'time', 'timeout', 'top', 'tr', 'traceroute', 'traceroute6', 'tree', 'truncate', 'tty', 'ttysize', 'udhcpc6', 'unexpand', 'uniq', 'unix2dos', 'unlink', 'unlzma', 'unlzop', 'unshare', 'unxz', 'unzip', 'uptime', 'uudecode', 'uuencode', 'vi', 'vlock', 'volname', 'wc', 'wget', 'which', 'who', 'whoami', 'whois', 'xargs', 'xxd', 'xzcat', 'yes'],
  '/usr/sbin': ['add-shell', 'addgroup', 'adduser', 'arping', 'brctl', 'chpasswd', 'chroot', 'crond', 'delgroup', 'deluser', 'ether-wake', 'fbset', 'killall5', 'loadfont', 'nanddump', 'nandwrite', 'nbd-client', 'ntpd', 'partprobe', 'rdate', 'rdev', 'readahead', 'remove-shell', 'sendmail', 'setfont', 'setlogcons'],
} as const;

const alpineBusybox: UserlandProgram = {
  program: 'busybox',
  path: '/bin/busybox',
  realSize: 808_712,
  links: Object.entries(alpineApplets).flatMap(([dir, names]) => sym(dir, names, '/bin/busybox')),
};

/** busybox:latest: the binary is /bin/[ and every other applet a hard link to it, all in /bin. */
const busyboxImageApplets = [
  ...new Set([...Object.values(alpineApplets).flat(), 'busybox', 'ar', 'ascii', 'bootchartd', 'chat', 'chpst', 'conspy', 'cttyhack', 'devmem', 'dpkg', 'dpkg-deb', 'dumpleases', 'envdir', 'envuidgid', 'fakeidentd', 'fsfreeze', 'ftpd', 'ftpget', 'ftpput', 'hush', 'httpd', 'i2cdetect', 'i2cdump', 'i2cget', 'i2cset', 'ifplugd', 'inetd', 'linuxrc', 'lpd', 'lpq', 'lpr', 'lspci', 'man', 'mim', 'mt', 'nbd-client', 'pipe_progress', 'popmaildir', 'powertop', 'rpm', 'rpm2cpio', 'runlevel', 'runsv', 'runsvdir', 'rx', 'script', 'scriptreplay', 'sendmail', 'setuidgid', 'softlimit', 'ssl_client', 'sv', 'svc', 'svlogd', 'svok', 'tcpsvd', 'telnet', 'telnetd', 'tftp', 'tftpd', 'ts', 'ubiattach', 'udpsvd', 'uevent', 'users', 'vlock', 'w', 'wall', 'xz', 'zcip']),
].filter((n) => n !== '[').sort();

/** GNU coreutils 9.1 (Debian 12) / 9.4 (Ubuntu 24.04): separate binaries in /usr/bin. */
export const coreutilsNames = ['[', 'arch', 'b2sum', 'base32', 'base64', 'basename', 'basenc', 'cat', 'chcon', 'chgrp', 'chmod', 'chown', 'cksum', 'comm', 'cp', 'csplit', 'cut', 'date', 'dd', 'df', 'dir', 'dircolors', 'dirname', 'du', 'echo', 'env', 'expand', 'expr', 'factor', 'false', 'fmt', 'fold', 'groups', 'head', 'hostid', 'id', 'install', 'join', 'link', 'ln', 'logname', 'ls', 'md5sum', 'mkdir', 'mkfifo', 'mknod', 'mktemp', 'mv', 'nice', 'nl', 'nohup', 'nproc', 'numfmt', 'od', 'paste', 'pathchk', 'pinky', 'pr', 'printenv', 'printf', 'ptx', 'pwd', 'readlink', 'realpath', 'rm', 'rmdir', 'runcon', 'seq', 'sha1sum', 'sha224sum', 'sha256sum', 'sha384sum', 'sha512sum', 'shred', 'shuf', 'sleep', 'sort', 'split', 'stat', 'stdbuf', 'stty', 'sum', 'sync', 'tac', 'tail', 'tee', 'test', 'timeout', 'touch', 'tr', 'true', 'truncate', 'tsort', 'tty', 'uname', 'unexpand', 'uniq', 'unlink', 'users', 'vdir', 'wc', 'who', 'whoami', 'yes'] as const;

/**
 * Tools of other Debian packages that our coreutils module also answers to (grep, sed,
 * findutils, hostname, util-linux, debianutils, ncurses-bin, mawk, tar, gzip, diffutils): hard links to it, like the
 * coreutils names. bookworm-slim has no procps, so no ps, top or free.
 */
const debianExtras = ['grep', 'egrep', 'fgrep', 'sed', 'find', 'xargs', 'hostname', 'kill', 'more', 'which', 'clear', 'run-parts', 'tempfile', 'getopt', 'awk', 'tar', 'gzip', 'gunzip', 'zcat', 'diff', 'cmp'] as const;

/** The shell and core tools of a merged-/usr Debian-family image. */
function debianFamily(): UserlandProgram[] {
  return [
    { program: 'bash', path: '/usr/bin/bash', realSize: 1_265_648, links: [{ path: '/usr/bin/rbash', kind: 'symlink', target: 'bash' }] },
    { program: 'dash', path: '/usr/bin/dash', realSize: 125_560, links: [{ path: '/usr/bin/sh', kind: 'symlink', target: 'dash' }] },
    // One multi-call module under every name, hard-linked, so `ls -l /usr/bin/ls` shows a regular file as in Debian.
    { program: 'coreutils', path: '/usr/bin/[', realSize: 6_200_000, links: hard('/usr/bin', [...coreutilsNames, ...debianExtras]) },
  ];
}

export const userlandPrograms: readonly ImageUserland[] = [
  { repository: 'library/alpine', tags: ['latest', '3', '3.21', '3.21.3', '3.20', '3.20.6'], layer: 'ADD alpine-minirootfs-', programs: [alpineBusybox] },
  {
    repository: 'library/busybox',
    tags: ['latest'],
    layer: 'ADD busybox.tar.xz',
    programs: [{ program: 'busybox', path: '/bin/[', realSize: 1_131_168, links: hard('/bin', busyboxImageApplets) }],
  },
  { repository: 'library/debian', tags: ['bookworm-slim', 'bookworm', 'latest'], layer: '# debian.sh', programs: debianFamily() },
  { repository: 'library/ubuntu', tags: ['latest', '24.04', '22.04'], layer: '/bin/sh -c #(nop) ADD file:', programs: debianFamily() },
  // httpd and nginx inherit debian:bookworm-slim's programs through the shared base layer.
  { repository: 'docker/getting-started', tags: ['latest'], layer: 'ADD alpine-minirootfs-', programs: [alpineBusybox] },
  {
    repository: 'docker/whalesay',
    tags: ['latest'],
    layer: '/bin/sh -c #(nop) ADD file:',
    // Ubuntu 14.04 predates merged /usr: the shell and coreutils live in /bin.
    programs: [
      { program: 'bash', path: '/bin/bash', realSize: 1_021_112, links: [{ path: '/bin/rbash', kind: 'symlink', target: 'bash' }] },
      { program: 'dash', path: '/bin/dash', realSize: 121_272, links: [{ path: '/bin/sh', kind: 'symlink', target: 'dash' }] },
      { program: 'coreutils', path: '/bin/cat', realSize: 5_000_000, links: hard('/bin', ['cat', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dir', 'echo', 'false', 'ln', 'ls', 'mkdir', 'mknod', 'mktemp', 'mv', 'pwd', 'readlink', 'rm', 'rmdir', 'sleep', 'stty', 'sync', 'touch', 'true', 'uname', 'vdir']) },
    ],
  },
  {
    repository: 'docker/whalesay',
    tags: ['latest'],
    layer: '/bin/sh -c apt-get update && apt-get install -y cowsay',
    // Replaces the placeholder script at /usr/games/cowsay (cowthink is already a symlink to it).
    programs: [{ program: 'cowsay', path: '/usr/games/cowsay', realSize: 4_681, links: [] }],
  },
];
