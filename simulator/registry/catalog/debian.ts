import { blob, dir, exe, fakeHex, layer, link, osRelease, padTo, text } from './fs';
import type { FileDefinition, ImageDefinition, LayerDefinition } from './types';

export const DEBIAN_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

type File = FileDefinition;

/** Users of base-passwd as Debian and Ubuntu ship them; `extra` lines go before nobody. */
export function debianPasswd(apt: string, extra = ''): string {
  return `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
${apt}
${extra}nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`.replace(/\n\n/g, '\n');
}

export function debianGroup(extra = ''): string {
  return `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
${extra}nogroup:x:65534:
`;
}

const shadowOf = (passwd: string) =>
  passwd.trim().split('\n').map((l) => `${l.split(':')[0]}:*:20206:0:99999:7:::`).join('\n') + '\n';

const bashrc = `# ~/.bashrc: executed by bash(1) for non-login shells.

# Note: PS1 and umask are already set in /etc/profile. You should not
# need this unless you want different defaults for root.
# PS1='\${debian_chroot:+($debian_chroot)}\\h:\\w\\$ '
# umask 022

# You may uncomment the following lines if you want \`ls' to be colorized:
# export LS_OPTIONS='--color=auto'
# eval "$(dircolors)"
# alias ls='ls $LS_OPTIONS'
# alias ll='ls $LS_OPTIONS -l'
# alias l='ls $LS_OPTIONS -lA'
#
# Some more alias to avoid making mistakes:
# alias rm='rm -i'
# alias cp='cp -i'
# alias mv='mv -i'
`;

const rootProfile = `# ~/.profile: executed by Bourne-compatible login shells.

if [ "$BASH" ]; then
  if [ -f ~/.bashrc ]; then
    . ~/.bashrc
  fi
fi

mesg n 2> /dev/null || true
`;

const etcProfile = `# /etc/profile: system-wide .profile file for the Bourne shell (sh(1))
# and Bourne compatible shells (bash(1), ksh(1), ash(1), ...).

if [ "$(id -u)" -eq 0 ]; then
  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
else
  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"
fi
export PATH

if [ "\${PS1-}" ]; then
  if [ "\${BASH-}" ] && [ "$BASH" != "/bin/sh" ]; then
    # The file bash.bashrc already sets the default PS1.
    # PS1='\\h:\\w\\$ '
    if [ -f /etc/bash.bashrc ]; then
      . /etc/bash.bashrc
    fi
  else
    if [ "$(id -u)" -eq 0 ]; then
      PS1='# '
    else
      PS1='$ '
    fi
  fi
fi

if [ -d /etc/profile.d ]; then
  for i in $(run-parts --list --regex '^[a-zA-Z0-9_][a-zA-Z0-9._-]*\\.sh$' /etc/profile.d); do
    if [ -r $i ]; then
      . $i
    fi
  done
  unset i
fi
`;

const bashBashrc = `# System-wide .bashrc file for interactive bash(1) shells.

# If not running interactively, don't do anything
[ -z "$PS1" ] && return

# check the window size after each command and, if necessary,
# update the values of LINES and COLUMNS.
shopt -s checkwinsize

# set variable identifying the chroot you work in (used in the prompt below)
if [ -z "\${debian_chroot:-}" ] && [ -r /etc/debian_chroot ]; then
    debian_chroot=$(cat /etc/debian_chroot)
fi

# set a fancy prompt (non-color, overwrite the one in /etc/profile)
PS1='\${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '
`;

/** What differs between the Debian-family root filesystems we build. */
export interface DebianLikeRootfs {
  osRelease: string;
  passwd: string;
  group: string;
  /** /etc/apt/sources.list(.d) and friends. */
  apt: File[];
  /** Files only this release has (debian_version, lsb-release, …). */
  extra: File[];
  /** /bin, /lib, /sbin as symlinks into /usr (merged /usr) or real directories. */
  usrMerge: boolean;
  /** Whether man pages, docs and locales were kept (not a -slim or minimized image). */
  docs: boolean;
  /** Bytes of file content in the layer, coreutils and bash not counted (they come later). */
  total: number;
}

const LIB = '/usr/lib/x86_64-linux-gnu';

/** The shared libraries and tools every Debian-family base has, with believable sizes. */
function coreFiles(d: DebianLikeRootfs): File[] {
  const lib = d.usrMerge ? LIB : '/lib/x86_64-linux-gnu';
  return [
    exe(`${lib}/libc.so.6`, 1_922_136),
    exe(`${lib}/libm.so.6`, 907_784),
    exe(`${lib}/libselinux.so.1`, 174_304),
    exe(`${lib}/libpcre2-8.so.0.11.2`, 629_384),
    link(`${lib}/libpcre2-8.so.0`, 'libpcre2-8.so.0.11.2'),
    exe(`${lib}/libtinfo.so.6.4`, 200_136),
    link(`${lib}/libtinfo.so.6`, 'libtinfo.so.6.4'),
    exe(`${lib}/libz.so.1.2.13`, 121_280),
    link(`${lib}/libz.so.1`, 'libz.so.1.2.13'),
    exe(`${lib}/liblzma.so.5.4.1`, 170_456),
    link(`${lib}/liblzma.so.5`, 'liblzma.so.5.4.1'),
    exe(`${lib}/libzstd.so.1.5.4`, 841_848),
    link(`${lib}/libzstd.so.1`, 'libzstd.so.1.5.4'),
    exe(`${lib}/libsystemd.so.0.35.0`, 910_728),
    link(`${lib}/libsystemd.so.0`, 'libsystemd.so.0.35.0'),
    exe(`${LIB}/libstdc++.so.6.0.30`, 2_190_440),
    link(`${LIB}/libstdc++.so.6`, 'libstdc++.so.6.0.30'),
    exe(`${LIB}/libapt-pkg.so.6.0.0`, 2_339_600),
    link(`${LIB}/libapt-pkg.so.6.0`, 'libapt-pkg.so.6.0.0'),
    exe(`${LIB}/libgnutls.so.30.34.3`, 2_085_864),
    link(`${LIB}/libgnutls.so.30`, 'libgnutls.so.30.34.3'),
    exe(`${LIB}/libdb-5.3.so`, 1_837_432),
    exe(`${LIB}/libunistring.so.2.2.0`, 1_788_080),
    link(`${LIB}/libunistring.so.2`, 'libunistring.so.2.2.0'),
    exe(`${LIB}/libp11-kit.so.0.3.0`, 1_306_784),
    link(`${LIB}/libp11-kit.so.0`, 'libp11-kit.so.0.3.0'),
    exe(`${LIB}/libgmp.so.10.4.1`, 534_208),
    link(`${LIB}/libgmp.so.10`, 'libgmp.so.10.4.1'),
    exe(`${LIB}/libcrypt.so.1.1.0`, 206_776),
    link(`${LIB}/libcrypt.so.1`, 'libcrypt.so.1.1.0'),
    exe('/usr/lib64/ld-linux-x86-64.so.2', 210_968),
    exe('/usr/bin/apt', 18_840),
    exe('/usr/bin/apt-get', 55_000),
    exe('/usr/bin/apt-cache', 88_704),
    exe('/usr/bin/apt-config', 27_672),
    exe('/usr/bin/apt-mark', 63_768),
    exe('/usr/bin/dpkg', 313_888),
    exe('/usr/bin/dpkg-query', 149_504),
    exe('/usr/bin/dpkg-deb', 157_704),
    exe('/usr/bin/perl', 3_926_176),
    exe('/usr/bin/passwd', 68_248),
    exe('/usr/sbin/useradd', 147_680),
    exe('/usr/sbin/groupadd', 79_744),
    exe('/usr/sbin/ldconfig', 987_152),
    exe('/usr/sbin/start-stop-daemon', 48_560),
    blob('/usr/lib/locale/C.utf8/LC_CTYPE', 346_132),
    blob('/var/cache/debconf/templates.dat', 489_330),
    blob('/var/lib/dpkg/status', 68_204),
    blob('/var/lib/dpkg/available', 0),
    text('/var/lib/dpkg/lock', '', 0o640),
    blob('/usr/share/zoneinfo/Etc/UTC', 114),
    blob('/usr/share/common-licenses/GPL-3', 35_149),
  ];
}

/** The bulk we do not list one by one: gconv modules, perl-base, dpkg's info files. */
function bulkNames(d: DebianLikeRootfs): string[] {
  const gconv = ['BIG5', 'CP1252', 'EUC-JP', 'EUC-KR', 'GBK', 'IBM850', 'ISO-2022-JP', 'ISO8859-1', 'ISO8859-15', 'KOI8-R', 'SJIS', 'UHC', 'UTF-16', 'UTF-32', 'UTF-7', 'libCNS', 'libGB', 'libJIS', 'libKSC'].map((n) => `${LIB}/gconv/${n}.so`);
  const perl = ['Carp.pm', 'Config.pm', 'Exporter.pm', 'File/Spec/Unix.pm', 'Getopt/Long.pm', 'POSIX.pm', 'auto/POSIX/POSIX.so', 'auto/re/re.so', 'unicore/Heavy.pl', 'unicore/Name.pl', 'unicore/To/Lb.pl', 'utf8_heavy.pl'].map((n) => `/usr/lib/x86_64-linux-gnu/perl-base/${n}`);
  const dpkgInfo = ['apt', 'base-files', 'bash', 'coreutils', 'dpkg', 'libc6:amd64', 'libgnutls30:amd64', 'libstdc++6:amd64', 'perl-base', 'tzdata', 'util-linux'].map((n) => `/var/lib/dpkg/info/${n}.md5sums`);
  const docs = d.docs
    ? ['/usr/share/doc/libc6/changelog.Debian.gz', '/usr/share/locale/de/LC_MESSAGES/coreutils.mo', '/usr/share/locale/fr/LC_MESSAGES/coreutils.mo', '/usr/share/locale/ja/LC_MESSAGES/coreutils.mo', '/usr/share/locale/ko/LC_MESSAGES/coreutils.mo', '/usr/share/man/man1/bash.1.gz', '/usr/share/man/man1/coreutils.1.gz', '/usr/share/info/coreutils.info.gz', '/usr/lib/locale/locale-archive', '/usr/share/i18n/charmaps/UTF-8.gz', '/usr/share/perl/5.36/unicore/lib.pl', '/usr/lib/x86_64-linux-gnu/libicuuc.so.72.1', '/usr/lib/x86_64-linux-gnu/libicudata.so.72.1', '/usr/lib/python3/dist-packages/debconf.py']
    : [];
  return [...gconv, ...perl, ...dpkgInfo, ...docs, ...['Africa/Abidjan', 'America/New_York', 'Asia/Seoul', 'Asia/Tokyo', 'Europe/Berlin', 'Europe/London', 'posix/Asia/Seoul', 'right/UTC'].map((z) => `/usr/share/zoneinfo/${z}`)];
}

/** A Debian-family root filesystem, as one layer's files. */
export function debianLikeFiles(d: DebianLikeRootfs): File[] {
  const merged = d.usrMerge
    ? [link('/bin', 'usr/bin'), link('/lib', 'usr/lib'), link('/lib64', 'usr/lib64'), link('/sbin', 'usr/sbin')]
    : [dir('/bin'), dir('/lib'), dir('/lib64'), dir('/sbin'), link('/lib64/ld-linux-x86-64.so.2', '/lib/x86_64-linux-gnu/ld-2.19.so')];
  const files: File[] = [
    ...merged,
    ...['/boot', '/dev', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/games', '/usr/include', '/usr/local/bin', '/usr/local/games', '/usr/local/include', '/usr/local/lib', '/usr/local/sbin', '/usr/local/share', '/usr/local/src', '/usr/src', '/var/backups', '/var/cache/apt/archives/partial', '/var/lib/apt/lists/partial', '/var/lib/misc', '/var/local', '/var/log/apt', '/var/mail', '/var/opt', '/var/spool', '/etc/profile.d', '/etc/skel', '/etc/update-motd.d', '/etc/dpkg/dpkg.cfg.d', '/etc/apt/preferences.d', '/etc/apt/trusted.gpg.d', '/etc/apt/auth.conf.d', '/etc/apt/keyrings'].map((p) => dir(p)),
    dir('/root', 0o700),
    dir('/tmp', 0o1777),
    dir('/var/tmp', 0o1777),
    link('/var/lock', '/run/lock'),
    link('/var/run', '/run'),
    link('/etc/os-release', '../usr/lib/os-release'),
    text('/usr/lib/os-release', d.osRelease),
    text('/etc/passwd', d.passwd),
    text('/etc/group', d.group),
    text('/etc/shadow', shadowOf(d.passwd), 0o640),
    text('/etc/gshadow', d.group.replace(/^([^:]+):x:\d+:(.*)$/gm, '$1:*::$2'), 0o640),
    text('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/usr/bin/dash\n'),
    text('/etc/profile', etcProfile),
    text('/etc/bash.bashrc', bashBashrc),
    text('/etc/skel/.bashrc', bashrc),
    text('/etc/skel/.profile', rootProfile),
    text('/root/.bashrc', bashrc),
    text('/root/.profile', rootProfile),
    text('/etc/host.conf', 'multi on\n'),
    text('/etc/nsswitch.conf', '# /etc/nsswitch.conf\n\npasswd:         files\ngroup:          files\nshadow:         files\ngshadow:        files\n\nhosts:          files dns\nnetworks:       files\n\nprotocols:      db files\nservices:       db files\nethers:         db files\nrpc:            db files\n\nnetgroup:       nis\n'),
    text('/etc/environment', ''),
    text('/etc/login.defs', 'MAIL_DIR        /var/mail\nFAILLOG_ENAB    yes\nLOG_UNKFAIL_ENAB no\nLOG_OK_LOGINS   no\nSYSLOG_SU_ENAB  yes\nSYSLOG_SG_ENAB  yes\nFTMP_FILE       /var/log/btmp\nSU_NAME         su\nHUSHLOGIN_FILE  .hushlogin\nENV_SUPATH      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nENV_PATH        PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games\nTTYGROUP        tty\nTTYPERM         0600\nERASECHAR       0177\nKILLCHAR        025\nUMASK           022\nHOME_MODE       0700\nPASS_MAX_DAYS   99999\nPASS_MIN_DAYS   0\nPASS_WARN_AGE   7\nUID_MIN                  1000\nUID_MAX                 60000\nGID_MIN                  1000\nGID_MAX                 60000\nLOGIN_RETRIES           5\nLOGIN_TIMEOUT           60\nCHFN_RESTRICT           rwh\nDEFAULT_HOME    yes\nUSERGROUPS_ENAB yes\nENCRYPT_METHOD SHA512\n'),
    link('/etc/localtime', '/usr/share/zoneinfo/Etc/UTC'),
    text('/etc/timezone', 'Etc/UTC\n'),
    text('/etc/ld.so.conf', 'include /etc/ld.so.conf.d/*.conf\n\n'),
    text('/etc/ld.so.conf.d/libc.conf', '# libc default configuration\n/usr/local/lib\n'),
    text('/etc/ld.so.conf.d/x86_64-linux-gnu.conf', '# Multiarch support\n/usr/local/lib/x86_64-linux-gnu\n/lib/x86_64-linux-gnu\n/usr/lib/x86_64-linux-gnu\n'),
    blob('/etc/ld.so.cache', 8_421),
    text('/etc/dpkg/dpkg.cfg', '# dpkg configuration file\n\n# Do not enable debsig-verify by default\nno-debsig\n\n# Log status changes and actions to a file.\nlog /var/log/dpkg.log\n'),
    text('/etc/dpkg/dpkg.cfg.d/docker-apt-speedup', '# For most Docker users, package installs happen during "docker build", which\n# doesn\'t survive power loss and gets restarted clean afterwards anyhow, so\n# this minor tweak gives us a nice speedup (much nicer on spinning disks,\n# obviously).\n\nforce-unsafe-io\n'),
    text('/etc/apt/apt.conf.d/docker-autoremove-suggests', '# Since Docker users are looking for the smallest possible final images, the\n# following emerges as a very common pattern:\n\n#   RUN apt-get update \\\n#       && apt-get install -y <packages> \\\n#       && <do some installation of software> \\\n#       && apt-get purge -y --auto-remove <packages>\n\nApt::AutoRemove::SuggestsImportant "false";\n'),
    text('/etc/apt/apt.conf.d/docker-clean', '# Since for most Docker users, package installs happen in "docker build" steps,\n# they essentially become individual layers due to the way Docker handles\n# layering, especially using CoW filesystems.\n\nDPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nAPT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\n\nDir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n'),
    text('/etc/apt/apt.conf.d/docker-gzip-indexes', '# Since Docker users using "RUN apt-get update && apt-get install -y ..." in\n# their Dockerfiles don\'t go delete the lists files afterwards, we want them to\n# be as small as possible on-disk, so we explicitly request that Apt keep them\n# compressed on-disk too instead of decompressing them.\n\nAcquire::GzipIndexes "true";\n'),
    text('/etc/apt/apt.conf.d/docker-no-languages', '# In Docker, we don\'t often need the "Translations" files, so we\'re just wasting\n# time and space by downloading them, and this inhibits that.\n\nAcquire::Languages "none";\n'),
    ...d.apt,
    ...d.extra,
    dir('/var/log'),
    ...coreFiles(d),
  ];
  return layer(padTo(files, d.total, bulkNames(d)));
}

const bookwormOsRelease = osRelease([
  ['PRETTY_NAME', 'Debian GNU/Linux 12 (bookworm)', true],
  ['NAME', 'Debian GNU/Linux', true],
  ['VERSION_ID', '12', true],
  ['VERSION', '12 (bookworm)', true],
  ['VERSION_CODENAME', 'bookworm'],
  ['ID', 'debian'],
  ['HOME_URL', 'https://www.debian.org/', true],
  ['SUPPORT_URL', 'https://www.debian.org/support', true],
  ['BUG_REPORT_URL', 'https://bugs.debian.org/', true],
]);

/** debuerreotype's snapshot time: 2025-04-28T00:00:00Z, Debian 12.10. */
const BOOKWORM_EPOCH = 1745798400;
const BOOKWORM_CREATED = '2025-04-28T00:00:00Z';

const bookwormApt: File[] = [
  text('/etc/apt/sources.list.d/debian.sources', `Types: deb
# http://snapshot.debian.org/archive/debian/20250428T000000Z
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
# http://snapshot.debian.org/archive/debian-security/20250428T000000Z
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`),
  blob('/usr/share/keyrings/debian-archive-keyring.gpg', 8_700),
  blob('/etc/apt/trusted.gpg.d/debian-archive-bookworm-automatic.asc', 11_833),
  blob('/etc/apt/trusted.gpg.d/debian-archive-bookworm-security-automatic.asc', 11_834),
  blob('/etc/apt/trusted.gpg.d/debian-archive-bookworm-stable.asc', 461),
];

function bookworm(slim: boolean): DebianLikeRootfs {
  return {
    osRelease: bookwormOsRelease,
    passwd: debianPasswd('_apt:x:42:65534::/nonexistent:/usr/sbin/nologin'),
    group: debianGroup(),
    apt: bookwormApt,
    extra: [
      text('/etc/debian_version', '12.10\n'),
      text('/etc/issue', 'Debian GNU/Linux 12 \\n \\l\n\n'),
      text('/etc/issue.net', 'Debian GNU/Linux 12\n'),
      text('/etc/motd', '\nThe programs included with the Debian GNU/Linux system are free software;\nthe exact distribution terms for each program are described in the\nindividual files in /usr/share/doc/*/copyright.\n\nDebian GNU/Linux comes with ABSOLUTELY NO WARRANTY, to the extent\npermitted by applicable law.\n'),
      ...(slim
        ? [text('/etc/dpkg/dpkg.cfg.d/docker', '# This is the "slim" variant of the Debian base image.\n# Many files which are normally unnecessary in containers are excluded,\n# and this configuration file keeps them that way.\n\npath-exclude /usr/share/doc/*\n# we need to keep copyright files for legal reasons\npath-include /usr/share/doc/*/copyright\npath-exclude /usr/share/groff/*\npath-exclude /usr/share/info/*\npath-exclude /usr/share/linda/*\npath-exclude /usr/share/lintian/overrides/*\npath-exclude /usr/share/locale/*\npath-exclude /usr/share/man/*\n')]
        : []),
    ],
    usrMerge: true,
    docs: !slim,
    // docker images: bookworm-slim 74.8MB, bookworm 117MB (bash + coreutils ≈ 7.5MB come later).
    total: slim ? 67_300_000 : 109_500_000,
  };
}

/** The one layer of debian:bookworm-slim, shared byte for byte by httpd and nginx. */
export const bookwormSlimRootfs: LayerDefinition = {
  createdBy: `# debian.sh --arch 'amd64' out/ 'bookworm' '@${BOOKWORM_EPOCH}'`,
  comment: 'debuerreotype 0.15',
  created: BOOKWORM_CREATED,
  files: debianLikeFiles(bookworm(true)),
};

const bookwormRootfs: LayerDefinition = {
  createdBy: `# debian.sh --arch 'amd64' out/ 'bookworm' '@${BOOKWORM_EPOCH}'`,
  comment: 'debuerreotype 0.15',
  created: BOOKWORM_CREATED,
  files: debianLikeFiles(bookworm(false)),
};

const debianCommon = {
  repository: 'library/debian',
  created: BOOKWORM_CREATED,
  config: { Env: [DEBIAN_PATH], Cmd: ['bash'] },
  url: 'https://hub.docker.com/_/debian',
  description: 'Debian is a Linux distribution that\'s composed entirely of free and open-source software.',
  stars: 5227,
  official: true,
} as const;

export const debianBookwormSlim: ImageDefinition = {
  ...debianCommon,
  config: { ...debianCommon.config, Env: [...debianCommon.config.Env], Cmd: [...debianCommon.config.Cmd] },
  tags: ['bookworm-slim', '12-slim', '12.10-slim', 'stable-slim'],
  steps: [bookwormSlimRootfs],
};

export const debianBookworm: ImageDefinition = {
  ...debianCommon,
  config: { ...debianCommon.config, Env: [...debianCommon.config.Env], Cmd: [...debianCommon.config.Cmd] },
  tags: ['latest', 'bookworm', '12', '12.10', 'stable'],
  steps: [bookwormRootfs],
};

export const debianImages = [debianBookwormSlim, debianBookworm];

/** For ubuntu/whalesay history lines: `ADD file:<hex> in /`. */
export const addFileHex = (label: string) => fakeHex(label);
