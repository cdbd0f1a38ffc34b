import { ALPINE_PATH, alpineRootfs } from './alpine';
import { blob, dir, exe, layer, padTo, script, text } from './fs';
import { NGINX_ENTRYPOINT, NGINX_ENTRYPOINT_D } from './server-scripts';
import { nginxPackageFiles } from './nginx';
import type { BuildStep, FileDefinition, ImageDefinition } from './types';

/** nginx:1.25.3-alpine as it was when the tutorial image was last built. */
const BASE_CREATED = '2023-10-25T00:45:33Z';
const NGINX_CREATED = '2023-10-25T17:12:20Z';
const CREATED = '2023-11-07T19:03:12Z';
const nx = { comment: 'buildkit.dockerfile.v0', created: NGINX_CREATED } as const;
const app = { comment: 'buildkit.dockerfile.v0', created: CREATED } as const;

const rootfs = alpineRootfs({ release: '3.18.4', created: BASE_CREATED, libcrypto: 4_437_560, libssl: 609_040, musl: 625_840, apkVersion: '2.14.0' });

const nginxSlim: FileDefinition[] = layer([
  ...nginxPackageFiles('/usr/lib/nginx/modules'),
  text('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\nnginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n'),
  text('/etc/group', 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nwww-data:x:82:\nnobody:x:65534:\nnginx:x:101:nginx\n'),
  { path: 'usr/sbin/nginx', type: 'file', mode: 0o755, program: 'nginx' },
  { path: 'usr/sbin/nginx-debug', type: 'file', mode: 0o755, program: 'nginx' },
  exe('/usr/lib/libpcre2-8.so.0.11.2', 592_760),
  exe('/usr/local/bin/envsubst', 39_024),
  exe('/usr/lib/libintl.so.8.4.0', 51_424),
  exe('/usr/bin/tzselect', 14_048),
  blob('/lib/apk/db/installed', 31_114),
  blob('/usr/share/zoneinfo/UTC', 114),
  blob('/usr/share/zoneinfo/Asia/Seoul', 415),
]);

const njsLayer: FileDefinition[] = layer(
  padTo(
    [
      exe('/usr/lib/nginx/modules/ngx_http_js_module.so', 1_548_400),
      exe('/usr/lib/nginx/modules/ngx_stream_js_module.so', 1_512_472),
      exe('/usr/lib/nginx/modules/ngx_http_xslt_filter_module.so', 30_480),
      exe('/usr/lib/nginx/modules/ngx_http_geoip_module.so', 26_384),
      exe('/usr/lib/nginx/modules/ngx_http_image_filter_module.so', 30_480),
      exe('/usr/lib/libxml2.so.2.11.5', 1_297_072),
      exe('/usr/lib/libxslt.so.1.1.38', 247_880),
      exe('/usr/lib/libgd.so.3.0.11', 427_288),
      exe('/usr/lib/libcurl.so.4.8.0', 688_800),
      exe('/usr/bin/curl', 256_376),
      blob('/lib/apk/db/installed', 52_900),
    ],
    29_300_000,
    ['/usr/lib/libaom.so.3.6.1', '/usr/lib/libx265.so.199', '/usr/lib/libheif.so.1.16.2', '/usr/lib/libavif.so.15.0.1', '/usr/lib/libtiff.so.6.0.1', '/usr/lib/libwebp.so.7.1.7', '/usr/lib/libfreetype.so.6.20.0', '/usr/lib/libfontconfig.so.1.12.0', '/usr/lib/libX11.so.6.4.0', '/usr/share/GeoIP/GeoIP.dat'],
  ),
);

const indexHtml = `<!doctype html>
<html lang="en" class="no-js">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="description" content="Getting Started with Docker">
    <title>Getting Started</title>
    <link rel="stylesheet" href="assets/stylesheets/main.css">
  </head>
  <body dir="ltr">
    <header class="md-header"><span class="md-header__topic">Getting Started</span></header>
    <main class="md-main">
      <article class="md-content__inner md-typeset">
        <h1 id="getting-started">Getting Started</h1>
        <h2 id="the-command-you-just-ran">The command you just ran</h2>
        <p>Congratulations! You have started the container for this tutorial!
        Let's first explain the command that you just ran:</p>
        <pre><code>docker run -d -p 80:80 docker/getting-started</code></pre>
        <ul>
          <li><code>-d</code> - run the container in detached mode (in the background)</li>
          <li><code>-p 80:80</code> - map port 80 of the host to port 80 in the container</li>
          <li><code>docker/getting-started</code> - the image to use</li>
        </ul>
        <h2 id="what-is-a-container">What is a container?</h2>
        <p>A container is a sandboxed process on your machine that is isolated from
        all other processes on the host machine.</p>
        <h2 id="what-is-a-container-image">What is a container image?</h2>
        <p>When running a container, it uses an isolated filesystem. This custom
        filesystem is provided by a <strong>container image</strong>.</p>
        <p><a href="tutorial/">Next: Our Application</a></p>
      </article>
    </main>
  </body>
</html>
`;

const page = (title: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - Getting Started</title>
<link rel="stylesheet" href="../assets/stylesheets/main.css"></head>
<body><main class="md-main"><article class="md-content__inner md-typeset"><h1>${title}</h1></article></main></body></html>
`;

const sections = ['tutorial', 'tutorial/our-application', 'tutorial/updating-our-app', 'tutorial/sharing-our-app', 'tutorial/persisting-our-data', 'tutorial/using-bind-mounts', 'tutorial/multi-container-apps', 'tutorial/using-docker-compose', 'tutorial/image-building-best-practices', 'tutorial/what-next'];

const site: FileDefinition[] = layer(
  padTo(
    [
      text('/usr/share/nginx/html/index.html', indexHtml),
      text('/usr/share/nginx/html/404.html', page('404 - Not found')),
      ...sections.map((s) => text(`/usr/share/nginx/html/${s}/index.html`, page(s.split('/').pop()!.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase())))),
      blob('/usr/share/nginx/html/sitemap.xml', 1_819),
      blob('/usr/share/nginx/html/sitemap.xml.gz', 227),
      blob('/usr/share/nginx/html/assets/stylesheets/main.css', 122_447),
      blob('/usr/share/nginx/html/assets/javascripts/bundle.js', 110_282),
      blob('/usr/share/nginx/html/search/search_index.json', 61_004),
    ],
    4_620_000,
    ['tutorial/our-application/todo-list-sample.png', 'tutorial/multi-container-apps/multi-app-architecture.png', 'tutorial/updating-our-app/todo-list-updated-empty-text.png', 'tutorial/using-bind-mounts/updated-add-button.gif', 'tutorial/sharing-our-app/push-command.png', 'tutorial/persisting-our-data/items-added.png', 'assets/images/favicon.png', 'assets/javascripts/lunr/wordcut.js'].map((p) => `/usr/share/nginx/html/${p}`),
  ),
);

const steps: BuildStep[] = [
  rootfs,
  { createdBy: 'CMD ["/bin/sh"]', comment: 'buildkit.dockerfile.v0', created: BASE_CREATED, emptyLayer: true },
  { createdBy: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', ...nx, emptyLayer: true },
  { createdBy: 'ENV NGINX_VERSION=1.25.3', ...nx, emptyLayer: true },
  { createdBy: 'ENV PKG_RELEASE=1', ...nx, emptyLayer: true },
  {
    createdBy: 'RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}     "     && apk add --no-cache --virtual .checksum-deps         openssl     && case "$apkArch" in         x86_64|aarch64)             set -x             && KEY_SHA512="e09fa32f0a0eab2b879ccbbc4d0e4fb9751486eedda75e35fac65802cc9faa266425edf83e261137a2f4d16281ce2c1a5f4502930fe75154723da014214f0655"             && wget -O /tmp/nginx_signing.rsa.pub https://nginx.org/keys/nginx_signing.rsa.pub             && if echo "$KEY_SHA512 */tmp/nginx_signing.rsa.pub" | sha512sum -c -; then                 echo "key verification succeeded!";                 mv /tmp/nginx_signing.rsa.pub /etc/apk/keys/;             else                 echo "key verification failed!";                 exit 1;             fi             && apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages             ;;     esac     && apk del --no-network .checksum-deps     && if [ -n "$tempDir" ]; then rm -rf "$tempDir"; fi     && if [ -n "/etc/apk/keys/abuild-key.rsa.pub" ]; then rm -f /etc/apk/keys/abuild-key.rsa.pub; fi     && if [ -n "/etc/apk/keys/nginx_signing.rsa.pub" ]; then rm -f /etc/apk/keys/nginx_signing.rsa.pub; fi     && apk add --no-cache gettext     && mv /usr/bin/envsubst /tmp/         && runDeps="$(         scanelf --needed --nobanner /tmp/envsubst             | awk \'{ gsub(/,/, "\\nso:", $2); print "so:" $2 }\'             | sort -u             | xargs -r apk info --installed             | sort -u     )"     && apk add --no-cache $runDeps     && apk del --no-network gettext     && mv /tmp/envsubst /usr/local/bin/     && apk add --no-cache tzdata     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit',
    ...nx,
    files: nginxSlim,
  },
  { createdBy: 'COPY docker-entrypoint.sh / # buildkit', ...nx, files: [script('/docker-entrypoint.sh', NGINX_ENTRYPOINT)] },
  ...NGINX_ENTRYPOINT_D.map(([name, content]): BuildStep => ({
    createdBy: `COPY ${name} /docker-entrypoint.d # buildkit`,
    ...nx,
    files: [dir('/docker-entrypoint.d'), script(`/docker-entrypoint.d/${name}`, content)],
  })),
  { createdBy: 'ENTRYPOINT ["/docker-entrypoint.sh"]', ...nx, emptyLayer: true },
  { createdBy: 'EXPOSE map[80/tcp:{}]', ...nx, emptyLayer: true },
  { createdBy: 'STOPSIGNAL SIGQUIT', ...nx, emptyLayer: true },
  { createdBy: 'CMD ["nginx" "-g" "daemon off;"]', ...nx, emptyLayer: true },
  { createdBy: 'ENV NJS_VERSION=0.8.2', ...nx, emptyLayer: true },
  {
    createdBy: 'RUN /bin/sh -c set -x     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-r${PKG_RELEASE}         nginx-module-geoip=${NGINX_VERSION}-r${PKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-r${PKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}.${NJS_VERSION}-r${PKG_RELEASE}     "     && apk add --no-cache --virtual .checksum-deps         openssl     && apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages     && apk del --no-network .checksum-deps     && apk add --no-cache curl ca-certificates # buildkit',
    ...nx,
    files: njsLayer,
  },
  { createdBy: 'COPY /app.zip /usr/share/nginx/html/assets/app.zip # buildkit', ...app, files: layer([blob('/usr/share/nginx/html/assets/app.zip', 2_464_106)]) },
  { createdBy: 'COPY /app/site /usr/share/nginx/html # buildkit', ...app, files: site },
];

/** docker/getting-started: the tutorial site (mkdocs) served by nginx:alpine on port 80. */
export const gettingStarted: ImageDefinition = {
  repository: 'docker/getting-started',
  tags: ['latest'],
  created: CREATED,
  config: {
    ExposedPorts: { '80/tcp': {} },
    Env: [ALPINE_PATH, 'NGINX_VERSION=1.25.3', 'PKG_RELEASE=1', 'NJS_VERSION=0.8.2'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    StopSignal: 'SIGQUIT',
  },
  steps,
  description: 'Getting Started tutorial for Docker',
  stars: 1437,
  official: false,
};
