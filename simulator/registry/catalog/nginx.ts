import { bookwormSlimRootfs, debianGroup, debianPasswd, DEBIAN_PATH } from './debian';
import { blob, dir, exe, layer, link, padTo, script, text } from './fs';
import { errorHtml, mimeTypes, nginxConf, welcomeHtml } from './nginx-files';
import { NGINX_ENTRYPOINT, NGINX_ENTRYPOINT_D, PACKAGED_DEFAULT_CONF } from './server-scripts';
import type { BuildStep, FileDefinition, ImageDefinition } from './types';

const CREATED = '2025-04-29T00:26:01Z';
const BK = { comment: 'buildkit.dockerfile.v0', created: CREATED } as const;
const LIB = '/usr/lib/x86_64-linux-gnu';

/** Files every nginx package install leaves, in Debian or Alpine layout. */
export function nginxPackageFiles(modulesDir: string): FileDefinition[] {
  return [
    text('/etc/nginx/nginx.conf', nginxConf),
    text('/etc/nginx/conf.d/default.conf', PACKAGED_DEFAULT_CONF),
    text('/etc/nginx/mime.types', mimeTypes),
    blob('/etc/nginx/fastcgi_params', 1_007),
    blob('/etc/nginx/scgi_params', 636),
    blob('/etc/nginx/uwsgi_params', 664),
    link('/etc/nginx/modules', modulesDir.replace(/^\//, '../../')),
    text('/usr/share/nginx/html/index.html', welcomeHtml),
    text('/usr/share/nginx/html/50x.html', errorHtml),
    dir('/var/cache/nginx'),
    link('/var/log/nginx/access.log', '/dev/stdout'),
    link('/var/log/nginx/error.log', '/dev/stderr'),
    dir('/docker-entrypoint.d'),
  ];
}

const runLayer: FileDefinition[] = layer(
  padTo(
    [
      ...nginxPackageFiles('/usr/lib/nginx/modules'),
      text('/etc/passwd', debianPasswd('_apt:x:42:65534::/nonexistent:/usr/sbin/nologin', 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n')),
      text('/etc/group', debianGroup('nginx:x:101:\n')),
      { path: 'usr/sbin/nginx', type: 'file', mode: 0o755, program: 'nginx' },
      { path: 'usr/sbin/nginx-debug', type: 'file', mode: 0o755, program: 'nginx' },
      ...['ngx_http_geoip_module', 'ngx_http_image_filter_module', 'ngx_http_js_module', 'ngx_http_xslt_filter_module', 'ngx_stream_geoip_module', 'ngx_stream_js_module'].flatMap((m) => [
        exe(`/usr/lib/nginx/modules/${m}.so`, m.includes('js') ? 1_720_400 : 36_184),
        exe(`/usr/lib/nginx/modules/${m}-debug.so`, m.includes('js') ? 1_783_952 : 38_808),
      ]),
      exe('/usr/bin/envsubst', 35_336),
      exe('/usr/bin/curl', 284_680),
      exe(`${LIB}/libcurl.so.4.8.0`, 730_928),
      exe(`${LIB}/libcrypto.so.3`, 4_709_656),
      exe(`${LIB}/libssl.so.3`, 695_840),
      exe(`${LIB}/libxml2.so.2.9.14`, 1_992_496),
      exe(`${LIB}/libxslt.so.1.1.35`, 255_432),
      exe(`${LIB}/libgd.so.3.0.11`, 468_408),
      exe(`${LIB}/libicudata.so.72.1`, 30_915_576),
      exe(`${LIB}/libicuuc.so.72.1`, 2_133_944),
      exe(`${LIB}/libicui18n.so.72.1`, 3_339_240),
      exe(`${LIB}/libx265.so.199`, 12_318_768),
      exe(`${LIB}/libaom.so.3.6.0`, 7_126_624),
      exe(`${LIB}/libdav1d.so.6.6.0`, 1_857_432),
      exe(`${LIB}/libheif.so.1.15.1`, 805_872),
      exe(`${LIB}/libde265.so.0.1.1`, 715_976),
      exe(`${LIB}/libtiff.so.6.0.0`, 555_096),
      exe(`${LIB}/libwebp.so.7.1.5`, 473_112),
      exe(`${LIB}/libjpeg.so.62.3.0`, 366_608),
      exe(`${LIB}/libpng16.so.16.39.0`, 230_136),
      exe(`${LIB}/libfreetype.so.6.18.3`, 798_280),
      exe(`${LIB}/libfontconfig.so.1.12.0`, 284_968),
      exe(`${LIB}/libX11.so.6.4.0`, 1_336_424),
      blob('/etc/ssl/certs/ca-certificates.crt', 219_342),
      blob('/var/lib/dpkg/status', 132_877),
      blob('/var/log/apt/history.log', 5_417),
      blob('/var/log/dpkg.log', 98_233),
      blob('/var/cache/debconf/templates.dat', 598_511),
    ],
    117_100_000,
    [
      '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
      '/usr/share/X11/locale/locale.alias',
      '/usr/share/X11/XKeysymDB',
      `${LIB}/libvpx.so.7.1.0`,
      `${LIB}/libLerc.so.4`,
      `${LIB}/libgeoip.so.1.6.12`,
      '/usr/share/GeoIP/GeoIP.dat',
      '/usr/share/GeoIP/GeoIPv6.dat',
      `${LIB}/libXpm.so.4.11.0`,
      `${LIB}/libjbig.so.0`,
      `${LIB}/libdeflate.so.0`,
      `${LIB}/libbrotlidec.so.1.0.9`,
      `${LIB}/libnghttp2.so.14.24.1`,
      `${LIB}/librtmp.so.1`,
      `${LIB}/libssh2.so.1.0.1`,
      `${LIB}/libpsl.so.5.3.4`,
      `${LIB}/libldap-2.5.so.0.1.11`,
      `${LIB}/libkrb5.so.3.3`,
      `${LIB}/libgssapi_krb5.so.2.2`,
      `${LIB}/libk5crypto.so.3.1`,
      '/usr/share/ca-certificates/mozilla/bundle.crt',
    ],
  ),
);

const runScript =
  'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     &&     NGINX_GPGKEYS="573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A42FD21310B49F6B46 9E9BE90EACBCDE69FE9B204CBCDCD8A38D88A2B3";     NGINX_GPGKEY_PATH=/etc/apt/keyrings/nginx-archive-keyring.gpg;     export GNUPGHOME="$(mktemp -d)";     found="";     for NGINX_GPGKEY in $NGINX_GPGKEYS; do     for server in         hkp://keyserver.ubuntu.com:80         pgp.mit.edu     ; do         echo "Fetching GPG key $NGINX_GPGKEY from $server";         gpg1 --batch --keyserver "$server" --keyserver-options timeout=10 --recv-keys "$NGINX_GPGKEY" && found=yes && break;     done;     test -z "$found" && echo >&2 "error: failed to fetch GPG key $NGINX_GPGKEY" && exit 1;     done;     gpg1 --batch --export $NGINX_GPGKEYS > "$NGINX_GPGKEY_PATH" ;     rm -rf "$GNUPGHOME";     apt-get remove --purge --auto-remove -y gnupg1 && rm -rf /var/lib/apt/lists/*     && dpkgArch="$(dpkg --print-architecture)"     && nginxPackages="         nginx=${NGINX_VERSION}-${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-geoip=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}+${NJS_VERSION}-${NJS_RELEASE}     "     && case "$dpkgArch" in         amd64|arm64)             echo "deb [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/mainline/debian/ bookworm nginx" >> /etc/apt/sources.list.d/nginx.list             && apt-get update             ;;     esac         && apt-get install --no-install-recommends --no-install-suggests -y                         $nginxPackages                         gettext-base                         curl     && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list         && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit';

const copies: BuildStep[] = [
  { createdBy: 'COPY docker-entrypoint.sh / # buildkit', ...BK, files: [script('/docker-entrypoint.sh', NGINX_ENTRYPOINT)] },
  ...NGINX_ENTRYPOINT_D.map(([name, content]): BuildStep => ({
    createdBy: `COPY ${name} /docker-entrypoint.d # buildkit`,
    ...BK,
    files: [dir('/docker-entrypoint.d'), script(`/docker-entrypoint.d/${name}`, content)],
  })),
];

/** nginx:1.27 (mainline), the Debian variant: nginx.org's packages on debian:bookworm-slim. */
export const nginx: ImageDefinition = {
  repository: 'library/nginx',
  tags: ['latest', '1.27', '1.27.5', 'mainline', '1', 'bookworm', '1.27-bookworm', 'mainline-bookworm'],
  created: CREATED,
  config: {
    ExposedPorts: { '80/tcp': {} },
    Env: [DEBIAN_PATH, 'NGINX_VERSION=1.27.5', 'NJS_VERSION=0.8.10', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    StopSignal: 'SIGQUIT',
  },
  steps: [
    bookwormSlimRootfs,
    { createdBy: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', ...BK, emptyLayer: true },
    { createdBy: 'ENV NGINX_VERSION=1.27.5', ...BK, emptyLayer: true },
    { createdBy: 'ENV NJS_VERSION=0.8.10', ...BK, emptyLayer: true },
    { createdBy: 'ENV NJS_RELEASE=1~bookworm', ...BK, emptyLayer: true },
    { createdBy: 'ENV PKG_RELEASE=1~bookworm', ...BK, emptyLayer: true },
    { createdBy: 'ENV DYNPKG_RELEASE=1~bookworm', ...BK, emptyLayer: true },
    { createdBy: runScript, ...BK, files: runLayer },
    ...copies,
    { createdBy: 'ENTRYPOINT ["/docker-entrypoint.sh"]', ...BK, emptyLayer: true },
    { createdBy: 'EXPOSE map[80/tcp:{}]', ...BK, emptyLayer: true },
    { createdBy: 'STOPSIGNAL SIGQUIT', ...BK, emptyLayer: true },
    { createdBy: 'CMD ["nginx" "-g" "daemon off;"]', ...BK, emptyLayer: true },
  ],
  url: 'https://hub.docker.com/_/nginx',
  description: 'Official build of Nginx.',
  stars: 20915,
  official: true,
};
