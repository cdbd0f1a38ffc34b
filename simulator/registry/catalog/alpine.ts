import { blob, dir, exe, layer, link, osRelease, rootDirs, script, text } from './fs';
import type { ImageDefinition, LayerDefinition } from './types';

export const ALPINE_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const passwd = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const group = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

const shadow = passwd
  .trim()
  .split('\n')
  .map((l) => `${l.split(':')[0]}:${l.startsWith('root:') ? '*' : '!'}::0:::::`)
  .join('\n') + '\n';

const profile = `export CHARSET=UTF-8
export LANG=C.UTF-8
export LC_COLLATE=C
export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
export PAGER=less
umask 022

# use nicer PS1 for bash and busybox ash
if [ -n "$BASH_VERSION" -o "$BB_ASH_VERSION" ]; then
\tPS1='\\h:\\w\\$ '
# use nicer PS1 for zsh
elif [ -n "$ZSH_VERSION" ]; then
\tPS1='%m:%~%# '
# set up fallback default PS1
else
\t: "\${HOSTNAME:=$(hostname)}"
\tPS1='\${HOSTNAME%%.*}:$PWD'
\t[ "$(id -u)" -eq 0 ] && PS1="\${PS1}# " || PS1="\${PS1}\\$ "
fi

for script in /etc/profile.d/*.sh ; do
\tif [ -r "$script" ] ; then
\t\t. "$script"
\tfi
done
unset script
`;

export interface AlpineRelease {
  /** e.g. "3.21.3" */
  release: string;
  /** When the minirootfs was built (the image's created time). */
  created: string;
  /** Sizes of the big shared objects, which set the image size. */
  libcrypto: number;
  libssl: number;
  musl: number;
  apkVersion: string;
}

const branchOf = (release: string) => release.split('.').slice(0, 2).join('.');

/** The single layer of alpine: the minirootfs tarball, ADDed by the official Dockerfile. */
export function alpineRootfs(r: AlpineRelease): LayerDefinition {
  const branch = branchOf(r.release);
  const apkLib = `/lib/libapk.so.${r.apkVersion}`;
  const installed = [
    ['musl', '1.2.5-r9'],
    ['busybox', '1.37.0-r12'],
    ['busybox-binsh', '1.37.0-r12'],
    ['alpine-baselayout', '3.6.8-r1'],
    ['alpine-baselayout-data', '3.6.8-r1'],
    ['alpine-keys', '2.5-r0'],
    ['alpine-release', `${r.release}-r0`],
    ['ca-certificates-bundle', '20241121-r1'],
    ['libcrypto3', '3.3.3-r0'],
    ['libssl3', '3.3.3-r0'],
    ['ssl_client', '1.37.0-r12'],
    ['zlib', '1.3.1-r2'],
    ['apk-tools', `${r.apkVersion}-r0`],
    ['scanelf', '1.3.8-r1'],
    ['musl-utils', '1.2.5-r9'],
  ]
    .map(([p, v]) => `C:Q1${p}\nP:${p}\nV:${v}\nA:x86_64\nT:${p}\nU:https://alpinelinux.org\nL:MIT\no:${p}\nm:Natanael Copa <ncopa@alpinelinux.org>\n`)
    .join('\n');
  const files = [
    ...rootDirs(['/lib/apk', '/lib/apk/db', '/lib/apk/exec', '/lib/firmware', '/lib/modules-load.d', '/usr/lib/engines-3', '/usr/lib/modules-load.d', '/usr/share/man', '/usr/share/misc', '/var/cache/apk', '/var/cache/misc', '/var/empty', '/var/lib/apk', '/var/lib/misc', '/var/local', '/var/mail', '/var/opt', '/var/spool/cron', '/etc/apk/protected_paths.d', '/etc/crontabs', '/etc/logrotate.d', '/etc/modprobe.d', '/etc/modules-load.d', '/etc/network/if-down.d', '/etc/network/if-post-down.d', '/etc/network/if-pre-up.d', '/etc/network/if-up.d', '/etc/opt', '/etc/periodic/15min', '/etc/periodic/daily', '/etc/periodic/hourly', '/etc/periodic/monthly', '/etc/periodic/weekly', '/etc/ssl/certs', '/etc/ssl/private']),
    text('/etc/alpine-release', `${r.release}\n`),
    text('/etc/apk/arch', 'x86_64\n'),
    text('/etc/apk/repositories', `https://dl-cdn.alpinelinux.org/alpine/v${branch}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${branch}/community\n`),
    text('/etc/apk/world', 'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\n'),
    ...['alpine-devel@lists.alpinelinux.org-4a6a0840.rsa.pub', 'alpine-devel@lists.alpinelinux.org-5261cecb.rsa.pub', 'alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub'].map((k) => blob(`/etc/apk/keys/${k}`, 451)),
    text('/etc/busybox-paths.d/busybox', ''),
    text('/etc/crontabs/root', '# do daily/weekly/monthly maintenance\n# min\thour\tday\tmonth\tweekday\tcommand\n*/15\t*\t*\t*\t*\trun-parts /etc/periodic/15min\n0\t*\t*\t*\t*\trun-parts /etc/periodic/hourly\n0\t2\t*\t*\t*\trun-parts /etc/periodic/daily\n0\t3\t*\t*\t6\trun-parts /etc/periodic/weekly\n0\t5\t1\t*\t*\trun-parts /etc/periodic/monthly\n\n', 0o600),
    text('/etc/fstab', '/dev/cdrom\t/media/cdrom\tiso9660\tnoauto,ro 0 0\n/dev/usbdisk\t/media/usb\tvfat\tnoauto,ro 0 0\n'),
    text('/etc/group', group),
    text('/etc/inittab', '# /etc/inittab\n\n::sysinit:/sbin/openrc sysinit\n::sysinit:/sbin/openrc boot\n::wait:/sbin/openrc default\n\n# Stuff to do before rebooting\n::shutdown:/sbin/openrc shutdown\n'),
    text('/etc/issue', `Welcome to Alpine Linux ${branch}\nKernel \\r on \\m (\\l)\n\n`),
    text('/etc/motd', 'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n'),
    text('/etc/nsswitch.conf', '# musl itself does not support NSS, however some third-party DNS\n# implementations use the nsswitch.conf file to determine what\n# policy to follow.\n# Editing this file is not recommended.\nhosts: files dns\n'),
    text('/etc/os-release', osRelease([
      ['NAME', 'Alpine Linux'],
      ['ID', 'alpine'],
      ['VERSION_ID', r.release],
      ['PRETTY_NAME', `Alpine Linux v${branch}`],
      ['HOME_URL', 'https://alpinelinux.org/'],
      ['BUG_REPORT_URL', 'https://gitlab.alpinelinux.org/alpine/aports/-/issues'],
    ])),
    text('/etc/passwd', passwd),
    text('/etc/profile', profile),
    text('/etc/profile.d/20locale.sh', '# environment variables for locale\nexport CHARSET=${CHARSET:-UTF-8}\nexport LANG=${LANG:-C.UTF-8}\nexport LC_COLLATE=${LC_COLLATE:-C}\n'),
    text('/etc/profile.d/README', 'This directory should contain shell scripts configuring system-wide\napplications. Scripts ending in .sh are sourced by /etc/profile.\n'),
    text('/etc/profile.d/color_prompt.sh.disabled', "# Setup a red prompt for root and a green one for users.\n# rename this file to color_prompt.sh to actually enable it\nNORMAL=\"\\[\\e[0m\\]\"\nRED=\"\\[\\e[1;31m\\]\"\nGREEN=\"\\[\\e[1;32m\\]\"\nif [ \"$USER\" = root ]; then\n\tPS1=\"$RED\\h [$NORMAL\\w$RED]# $NORMAL\"\nelse\n\tPS1=\"$GREEN\\h [$NORMAL\\w$GREEN]\\$ $NORMAL\"\nfi\n"),
    blob('/etc/protocols', 1865),
    text('/etc/securetty', 'console\ntty1\ntty2\ntty3\ntty4\ntty5\ntty6\nttyS0\nhvc0\n'),
    blob('/etc/services', 12813),
    text('/etc/shadow', shadow, 0o640),
    text('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n'),
    link('/etc/ssl/cert.pem', 'certs/ca-certificates.crt'),
    blob('/etc/ssl/certs/ca-certificates.crt', 219342),
    blob('/etc/ssl/openssl.cnf', 12324),
    text('/etc/sysctl.conf', '# content of this file will override /etc/sysctl.d/*\n'),
    text('/etc/udhcpc/udhcpc.conf', '# udhcpc configuration\n#RESOLV_CONF="no"\n'),
    text('/lib/apk/db/installed', installed),
    text('/lib/apk/db/lock', ''),
    blob('/lib/apk/db/scripts.tar', 10240),
    text('/lib/apk/db/triggers', 'Q1busybox /bin /usr/bin /sbin /usr/sbin /lib/modules/*\n'),
    exe('/lib/ld-musl-x86_64.so.1', r.musl),
    exe(apkLib, 247664),
    link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1'),
    exe('/lib/libcrypto.so.3', r.libcrypto),
    exe('/lib/libssl.so.3', r.libssl),
    link('/lib/libz.so.1', 'libz.so.1.3.1'),
    exe('/lib/libz.so.1.3.1', 100352),
    script('/lib/mdev/usbdisk_link', '#!/bin/sh\n# mdev helper: link USB disks under /dev/usbdisk\n'),
    text('/lib/sysctl.d/00-alpine.conf', 'net.ipv4.ip_forward = 0\nnet.ipv4.tcp_syncookies = 1\nkernel.panic = 120\nfs.protected_hardlinks = 1\nfs.protected_symlinks = 1\n'),
    exe('/sbin/apk', 66008),
    script('/sbin/ldconfig', '#!/bin/sh\nscan_dirs() {\n\tscanelf -qS "$@" | while read SONAME FILE; do\n\t\tTARGET="${FILE##*/}"\n\t\tLINK="${FILE%/*}/$SONAME"\n\t\tcase "$SONAME" in\n\t\t\tlibc.so*|ld-*) continue ;;\n\t\tesac\n\t\t[ -e "$LINK" ] || ln -sf "$TARGET" "$LINK"\n\tdone\n\treturn 0\n}\nexit 0\n'),
    exe('/sbin/mkmntdirs', 14064),
    exe('/usr/bin/getconf', 38792),
    exe('/usr/bin/getent', 51560),
    exe('/usr/bin/iconv', 22864),
    script('/usr/bin/ldd', '#!/bin/sh\nexec /lib/ld-musl-x86_64.so.1 --list "$@"\n'),
    exe('/usr/bin/scanelf', 83032),
    exe('/usr/bin/ssl_client', 14248),
    exe('/usr/lib/engines-3/afalg.so', 14240),
    exe('/usr/lib/engines-3/capi.so', 14240),
    exe('/usr/lib/engines-3/loader_attic.so', 34728),
    exe('/usr/lib/engines-3/padlock.so', 14240),
    link('/usr/lib/libcrypto.so.3', '../../lib/libcrypto.so.3'),
    link('/usr/lib/libssl.so.3', '../../lib/libssl.so.3'),
    exe('/usr/lib/ossl-modules/legacy.so', 120128),
    blob('/usr/share/apk/keys/x86_64/alpine-devel@lists.alpinelinux.org-4a6a0840.rsa.pub', 451),
    script('/usr/share/udhcpc/default.script', '#!/bin/sh\n# udhcpc script edited by Tim Riker <Tim@Rikers.org>\n\n[ -z "$1" ] && echo "Error: should be called from udhcpc" && exit 1\n'),
    link('/var/lock', '../run/lock'),
    link('/var/run', '../run'),
    link('/var/spool/cron/crontabs', '../../../etc/crontabs'),
    link('/var/spool/mail', '../mail'),
  ];
  return {
    createdBy: `ADD alpine-minirootfs-${r.release}-x86_64.tar.gz / # buildkit`,
    comment: 'buildkit.dockerfile.v0',
    created: r.created,
    files: layer(files),
  };
}

function alpineImage(tags: string[], r: AlpineRelease, stars: number): ImageDefinition {
  return {
    repository: 'library/alpine',
    tags,
    created: r.created,
    config: { Env: [ALPINE_PATH], Cmd: ['/bin/sh'], WorkingDir: '/' },
    steps: [alpineRootfs(r), { createdBy: 'CMD ["/bin/sh"]', comment: 'buildkit.dockerfile.v0', emptyLayer: true }],
    url: 'https://hub.docker.com/_/alpine',
    description: 'A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!',
    stars,
    official: true,
  };
}

export const alpine321Release: AlpineRelease = {
  release: '3.21.3',
  created: '2025-02-14T03:28:36Z',
  libcrypto: 4_817_192,
  libssl: 903_512,
  musl: 657_968,
  apkVersion: '2.14.6',
};

export const alpine321 = alpineImage(['latest', '3', '3.21', '3.21.3'], alpine321Release, 11189);

export const alpine320 = alpineImage(
  ['3.20', '3.20.6'],
  { release: '3.20.6', created: '2025-02-14T03:28:36Z', libcrypto: 4_590_544, libssl: 700_064, musl: 649_776, apkVersion: '2.14.4' },
  11189,
);
export const alpineImages = [alpine321, alpine320];
