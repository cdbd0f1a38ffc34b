import { dir, exe, layer, link, text } from './fs';
import type { ImageDefinition } from './types';

const passwd = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

const group = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
kmem:x:9:
wheel:x:10:root
cdrom:x:11:
dialout:x:18:
floppy:x:19:
video:x:28:
audio:x:29:
tape:x:32:
www-data:x:33:
operator:x:37:
utmp:x:43:
plugdev:x:46:
staff:x:50:
lock:x:54:
netdev:x:82:
users:x:100:
nogroup:x:65534:
`;

/**
 * busybox:latest, the glibc variant: busybox built statically against glibc's NSS, the few
 * glibc libraries it loads at run time, and a minimal /etc. Every applet in /bin is a hard
 * link to /bin/[ — see userland.ts; the binary itself comes with the userland programs.
 */
export const busybox: ImageDefinition = {
  repository: 'library/busybox',
  tags: ['latest', '1', '1.37', '1.37.0', 'glibc', '1.37.0-glibc', 'stable'],
  created: '2024-09-26T21:31:42Z',
  config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'], WorkingDir: '/' },
  steps: [
    {
      createdBy: 'ADD busybox.tar.xz / # buildkit',
      comment: 'buildkit.dockerfile.v0',
      files: layer([
        dir('/bin'),
        dir('/dev'),
        dir('/etc'),
        text('/etc/group', group),
        exe('/etc/localtime', 114),
        dir('/etc/network/if-down.d'),
        dir('/etc/network/if-post-down.d'),
        dir('/etc/network/if-pre-up.d'),
        dir('/etc/network/if-up.d'),
        text('/etc/nsswitch.conf', 'passwd:\t\tfiles\ngroup:\t\tfiles\nshadow:\t\tfiles\n\nhosts:\t\tfiles dns\nnetworks:\tfiles\n\nprotocols:\tfiles\nservices:\tfiles\nethers:\t\tfiles\nrpc:\t\tfiles\n'),
        text('/etc/passwd', passwd),
        text('/etc/securetty', '# /etc/securetty: list of terminals on which root is allowed to login.\nconsole\ntty1\ntty2\ntty3\ntty4\nttyS0\n'),
        text('/etc/shadow', passwd.trim().split('\n').map((l) => `${l.split(':')[0]}:*:10933:0:99999:7:::`).join('\n') + '\n', 0o600),
        dir('/home'),
        exe('/lib/ld-linux-x86-64.so.2', 236616),
        exe('/lib/libc.so.6', 1_925_328),
        exe('/lib/libm.so.6', 907_784),
        exe('/lib/libnss_compat.so.2', 44_224),
        exe('/lib/libnss_dns.so.2', 14_168),
        exe('/lib/libnss_files.so.2', 14_168),
        exe('/lib/libpthread.so.0', 14_168),
        exe('/lib/libresolv.so.2', 68_104),
        link('/lib64', 'lib'),
        dir('/root', 0o700),
        dir('/tmp', 0o1777),
        dir('/usr/sbin'),
        dir('/var/spool/mail'),
        dir('/var/www'),
      ]),
    },
    { createdBy: 'CMD ["sh"]', comment: 'buildkit.dockerfile.v0', emptyLayer: true },
  ],
  url: 'https://hub.docker.com/_/busybox',
  description: 'Busybox base image.',
  stars: 3363,
  official: true,
};
