import { addFileHex, debianGroup, debianLikeFiles, debianPasswd, DEBIAN_PATH } from './debian';
import { blob, osRelease, text } from './fs';
import type { ImageDefinition } from './types';

interface UbuntuRelease {
  version: string;
  point: string;
  codename: string;
  name: string;
  created: string;
  /** The build serial, e.g. 20250404: the tag `noble-20250404`. */
  serial: string;
  total: number;
}

function ubuntuImage(r: UbuntuRelease, tags: string[]): ImageDefinition {
  const noble = r.codename === 'noble';
  const fields: Array<[string, string, boolean?]> = [
    ['PRETTY_NAME', `Ubuntu ${r.point} LTS`, true],
    ['NAME', 'Ubuntu', true],
    ['VERSION_ID', r.version, true],
    ['VERSION', `${r.point} LTS (${r.name})`, true],
    ['VERSION_CODENAME', r.codename],
    ['ID', 'ubuntu'],
    ['ID_LIKE', 'debian'],
    ['HOME_URL', 'https://www.ubuntu.com/', true],
    ['SUPPORT_URL', 'https://help.ubuntu.com/', true],
    ['BUG_REPORT_URL', 'https://bugs.launchpad.net/ubuntu/', true],
    ['PRIVACY_POLICY_URL', 'https://www.ubuntu.com/legal/terms-and-policies/privacy-policy', true],
    ['UBUNTU_CODENAME', r.codename],
  ];
  if (noble) fields.push(['LOGO', 'ubuntu-logo']);
  const suites = `${r.codename} ${r.codename}-updates ${r.codename}-backports`;
  const apt = noble
    ? [
        text('/etc/apt/sources.list', '# Ubuntu sources have moved to /etc/apt/sources.list.d/ubuntu.sources\n'),
        text('/etc/apt/sources.list.d/ubuntu.sources', `Types: deb
URIs: http://archive.ubuntu.com/ubuntu/
Suites: ${suites}
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg

Types: deb
URIs: http://security.ubuntu.com/ubuntu/
Suites: ${r.codename}-security
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg
`),
      ]
    : [
        text('/etc/apt/sources.list', ['', '-updates', '-security', '-backports'].flatMap((s) => {
          const host = s === '-security' ? 'security' : 'archive';
          return ['main restricted', 'universe', 'multiverse'].map((c) => `deb http://${host}.ubuntu.com/ubuntu/ ${r.codename}${s} ${c}`);
        }).join('\n') + '\n'),
      ];
  const hex = addFileHex(`ubuntu-${r.codename}-${r.serial}`);
  const labels = { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': r.version };
  return {
    repository: 'library/ubuntu',
    tags,
    created: r.created,
    config: { Env: [DEBIAN_PATH], Cmd: ['/bin/bash'], Labels: labels },
    steps: [
      { createdBy: '/bin/sh -c #(nop)  ARG RELEASE', emptyLayer: true },
      { createdBy: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH', emptyLayer: true },
      { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu', emptyLayer: true },
      { createdBy: `/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${r.version}`, emptyLayer: true },
      {
        createdBy: `/bin/sh -c #(nop) ADD file:${hex} in / `,
        files: debianLikeFiles({
          osRelease: osRelease(fields),
          passwd: debianPasswd(
            noble ? '_apt:x:42:65534::/nonexistent:/usr/sbin/nologin' : '_apt:x:100:65534::/nonexistent:/usr/sbin/nologin',
            noble ? 'ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n' : '',
          ),
          group: debianGroup(noble ? 'ubuntu:x:1000:\n' : ''),
          apt: [...apt, blob('/usr/share/keyrings/ubuntu-archive-keyring.gpg', 2_867), blob('/etc/apt/trusted.gpg.d/ubuntu-keyring-2018-archive.gpg', 2_794)],
          extra: [
            text('/etc/debian_version', noble ? 'trixie/sid\n' : 'bookworm/sid\n'),
            text('/etc/lsb-release', `DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=${r.version}\nDISTRIB_CODENAME=${r.codename}\nDISTRIB_DESCRIPTION="Ubuntu ${r.point} LTS"\n`),
            text('/etc/issue', `Ubuntu ${r.point} LTS \\n \\l\n\n`),
            text('/etc/issue.net', `Ubuntu ${r.point} LTS\n`),
            text('/etc/legal', '\nThe programs included with the Ubuntu system are free software;\nthe exact distribution terms for each program are described in the\nindividual files in /usr/share/doc/*/copyright.\n\nUbuntu comes with ABSOLUTELY NO WARRANTY, to the extent permitted by\napplicable law.\n\n'),
            text('/etc/dpkg/dpkg.cfg.d/excludes', '# Drop all man pages\npath-exclude=/usr/share/man/*\n\n# Drop all translations\npath-exclude=/usr/share/locale/*/LC_MESSAGES/*.mo\n\n# Drop all documentation ...\npath-exclude=/usr/share/doc/*\n\n# ... except copyright files ...\npath-include=/usr/share/doc/*/copyright\n'),
            text('/usr/local/sbin/unminimize', '#!/bin/sh\n\nset -e\n\necho "This system has been minimized by removing packages and content that are"\necho "not required on a system that users do not log into."\necho\necho "This script restores content and packages that are found on a default"\necho "Ubuntu server system in order to make this system more suitable for"\necho "interactive use."\n', 0o755),
            ...(noble ? [text('/home/ubuntu/.bashrc', ''), text('/home/ubuntu/.profile', '')] : []),
          ],
          usrMerge: true,
          docs: false,
          total: r.total,
        }),
      },
      { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]', emptyLayer: true },
    ],
    url: 'https://hub.docker.com/_/ubuntu',
    description: 'Ubuntu is a Debian-based Linux operating system based on free software.',
    stars: 17642,
    official: true,
  };
}

// docker images: ubuntu:24.04 78.1MB, ubuntu:22.04 77.9MB (bash + coreutils ≈ 7.5MB come later).
export const ubuntuNoble = ubuntuImage(
  { version: '24.04', point: '24.04.2', codename: 'noble', name: 'Noble Numbat', created: '2025-04-08T09:31:27.424Z', serial: '20250404', total: 70_600_000 },
  ['latest', '24.04', 'noble', 'noble-20250404'],
);

export const ubuntuJammy = ubuntuImage(
  { version: '22.04', point: '22.04.5', codename: 'jammy', name: 'Jammy Jellyfish', created: '2025-04-08T09:31:09.851Z', serial: '20250404', total: 70_400_000 },
  ['22.04', 'jammy', 'jammy-20250404'],
);

export const ubuntuImages = [ubuntuNoble, ubuntuJammy];
