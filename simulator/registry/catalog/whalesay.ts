import { debianGroup, debianLikeFiles, debianPasswd } from './debian';
import { blob, fakeHex, layer, link, osRelease, padTo, script, text } from './fs';
import type { ImageDefinition } from './types';

/**
 * docker/whalesay: the 2015 tutorial image — ubuntu:14.04 plus cowsay, with a whale as the
 * default cow. Built by Docker 1.6, so its history uses the old `#(nop)` lines, its manifest
 * is Docker v2 schema 2 (no OCI index) and every step has the same author-less look.
 */
const UBUNTU_CREATED = '2015-05-21T21:27:03Z';
const CREATED = '2015-05-25T22:04:23Z';
const cow = (createdBy: string) => ({ createdBy, created: CREATED });

const dockerCow = `##
## Docker Cow
##
$the_cow = <<EOC;
    $thoughts
     $thoughts
      $thoughts
                    ##        .
              ## ## ##       ==
           ## ## ## ##      ===
       /""""""""""""""""\\___/ ===
  ~~~ {~~ ~~~~ ~~~ ~~~~ ~~ ~ /  ===- ~~~
       \\______ o          __/
        \\    \\        __/
          \\____\\______/
EOC
`;

const defaultCow = `$the_cow = <<"EOC";
        $thoughts   ^__^
         $thoughts  ($eyes)\\\\_______
            (__)\\\\       )\\\\/\\\\
             $tongue ||----w |
                ||     ||
EOC
`;

const trustyRootfs = debianLikeFiles({
  osRelease: osRelease([
    ['NAME', 'Ubuntu', true],
    ['VERSION', '14.04.2 LTS, Trusty Tahr', true],
    ['ID', 'ubuntu'],
    ['ID_LIKE', 'debian'],
    ['PRETTY_NAME', 'Ubuntu 14.04.2 LTS', true],
    ['VERSION_ID', '14.04', true],
    ['HOME_URL', 'http://www.ubuntu.com/', true],
    ['SUPPORT_URL', 'http://help.ubuntu.com/', true],
    ['BUG_REPORT_URL', 'http://bugs.launchpad.net/ubuntu/', true],
  ]),
  passwd: debianPasswd('libuuid:x:100:101::/var/lib/libuuid:'),
  group: debianGroup('libuuid:x:101:\ncrontab:x:102:\n'),
  apt: [
    text('/etc/apt/sources.list', ['', '-updates', '-security'].flatMap((s) => [`deb http://archive.ubuntu.com/ubuntu/ trusty${s} main restricted`, `deb-src http://archive.ubuntu.com/ubuntu/ trusty${s} main restricted`, `#deb http://archive.ubuntu.com/ubuntu/ trusty${s} universe`]).join('\n') + '\n'),
    blob('/etc/apt/trusted.gpg', 12_335),
  ],
  extra: [
    text('/etc/debian_version', 'jessie/sid\n'),
    text('/etc/lsb-release', 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=14.04\nDISTRIB_CODENAME=trusty\nDISTRIB_DESCRIPTION="Ubuntu 14.04.2 LTS"\n'),
    text('/etc/issue', 'Ubuntu 14.04.2 LTS \\n \\l\n\n'),
    script('/sbin/initctl', '#!/bin/sh\nexit 0\n'),
  ],
  usrMerge: false,
  docs: true,
  // docker history: 188.3 MB (bash, coreutils come later)
  total: 180_800_000,
});

export const whalesay: ImageDefinition = {
  repository: 'docker/whalesay',
  tags: ['latest'],
  created: CREATED,
  schema: 'docker',
  config: {
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games'],
    Cmd: ['/bin/bash'],
  },
  steps: [
    { createdBy: `/bin/sh -c #(nop) ADD file:${fakeHex('whalesay-trusty-rootfs')} in /`, created: UBUNTU_CREATED, files: trustyRootfs },
    {
      createdBy: "/bin/sh -c echo '#!/bin/sh' > /usr/sbin/policy-rc.d \t&& echo 'exit 101' >> /usr/sbin/policy-rc.d \t&& chmod +x /usr/sbin/policy-rc.d \t\t&& dpkg-divert --local --rename --add /sbin/initctl \t&& cp -a /usr/sbin/policy-rc.d /sbin/initctl \t&& sed -i 's/^exit.*/exit 0/' /sbin/initctl \t\t&& echo 'force-unsafe-io' > /etc/dpkg/dpkg.cfg.d/docker-apt-speedup \t\t&& echo 'DPkg::Post-Invoke { \"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true\"; };' > /etc/apt/apt.conf.d/docker-clean \t&& echo 'APT::Update::Post-Invoke { \"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true\"; };' >> /etc/apt/apt.conf.d/docker-clean \t&& echo 'Dir::Cache::pkgcache \"\"; Dir::Cache::srcpkgcache \"\";' >> /etc/apt/apt.conf.d/docker-clean \t\t&& echo 'Acquire::Languages \"none\";' > /etc/apt/apt.conf.d/docker-no-languages \t\t&& echo 'Acquire::GzipIndexes \"true\"; Acquire::CompressionTypes::Order:: \"gz\";' > /etc/apt/apt.conf.d/docker-gzip-indexes",
      created: UBUNTU_CREATED,
      files: layer([
        script('/usr/sbin/policy-rc.d', '#!/bin/sh\nexit 101\n'),
        script('/sbin/initctl', '#!/bin/sh\nexit 0\n'),
        blob('/sbin/initctl.distrib', 194_048, 0o755),
        text('/etc/dpkg/dpkg.cfg.d/docker-apt-speedup', 'force-unsafe-io\n'),
        text('/etc/apt/apt.conf.d/docker-no-languages', 'Acquire::Languages "none";\n'),
        text('/etc/apt/apt.conf.d/docker-gzip-indexes', 'Acquire::GzipIndexes "true"; Acquire::CompressionTypes::Order:: "gz";\n'),
        blob('/var/lib/dpkg/diversions', 45),
      ]),
    },
    {
      createdBy: "/bin/sh -c sed -i 's/^#\\s*\\(deb.*universe\\)$/\\1/g' /etc/apt/sources.list",
      created: UBUNTU_CREATED,
      files: layer([text('/etc/apt/sources.list', ['', '-updates', '-security'].flatMap((s) => [`deb http://archive.ubuntu.com/ubuntu/ trusty${s} main restricted`, `deb-src http://archive.ubuntu.com/ubuntu/ trusty${s} main restricted`, `deb http://archive.ubuntu.com/ubuntu/ trusty${s} universe`]).join('\n') + '\n')]),
    },
    { createdBy: '/bin/sh -c #(nop) CMD [/bin/bash]', created: UBUNTU_CREATED, emptyLayer: true },
    {
      ...cow('/bin/sh -c apt-get update && apt-get install -y cowsay --no-install-recommends && rm -rf /var/lib/apt/lists/*'),
      files: layer(
        padTo(
          [
            text('/usr/games/cowsay', '#!/usr/bin/perl\n##\n## Cowsay: a configurable talking cow (placeholder: the program comes with the userland).\n##\n', 0o755),
            link('/usr/games/cowthink', 'cowsay'),
            text('/usr/share/cowsay/cows/default.cow', defaultCow),
            ...['bunny', 'cheese', 'daemon', 'dragon', 'elephant', 'koala', 'moose', 'sheep', 'stegosaurus', 'turtle', 'tux', 'vader'].map((c) => blob(`/usr/share/cowsay/cows/${c}.cow`, 600)),
            blob('/usr/bin/perl', 1_863_400, 0o755),
            blob('/var/lib/dpkg/status', 188_220),
          ],
          56_800_000,
          ['perl/5.18.2/unicore/Name.pl', 'perl/5.18.2/unicore/Heavy.pl', 'perl/5.18.2/Encode/JP.pm', 'perl/5.18.2/Pod/Perldoc.pm', 'perl/5.18.2/CPAN.pm', 'x86_64-linux-gnu/perl/5.18.2/auto/Encode/JP/JP.so', 'x86_64-linux-gnu/perl/5.18.2/auto/Encode/KR/KR.so', 'x86_64-linux-gnu/perl/5.18.2/auto/POSIX/POSIX.so', 'x86_64-linux-gnu/libperl.so.5.18.2', 'x86_64-linux-gnu/libdb-5.3.so', 'x86_64-linux-gnu/libgdbm.so.3.0.0'].map((p) => `/usr/lib/${p}`),
        ),
      ),
    },
    { ...cow('/bin/sh -c #(nop) ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games'), emptyLayer: true },
    {
      ...cow('/bin/sh -c mv /usr/share/cowsay/cows/default.cow /usr/share/cowsay/cows/orig-default.cow'),
      files: layer([text('/usr/share/cowsay/cows/.wh.default.cow', ''), text('/usr/share/cowsay/cows/orig-default.cow', defaultCow)]),
    },
    { ...cow(`/bin/sh -c #(nop) COPY file:${fakeHex('whalesay-docker.cow')} in /usr/share/cowsay/cows/docker.cow`), files: layer([text('/usr/share/cowsay/cows/docker.cow', dockerCow)]) },
    {
      ...cow('/bin/sh -c ln -sv /usr/share/cowsay/cows/docker.cow /usr/share/cowsay/cows/default.cow'),
      files: layer([link('/usr/share/cowsay/cows/default.cow', '/usr/share/cowsay/cows/docker.cow')]),
    },
    { ...cow('/bin/sh -c #(nop) CMD ["/bin/bash"]'), emptyLayer: true },
  ],
  description: 'An image for use in the Docker demo tutorial',
  stars: 809,
  official: false,
};
