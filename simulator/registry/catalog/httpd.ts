import { HTTPD_FOREGROUND } from './server-scripts';
import { bookwormSlimRootfs, DEBIAN_PATH } from './debian';
import { blob, dir, exe, layer, padTo, script, text } from './fs';
import type { FileDefinition, ImageDefinition } from './types';

const PREFIX = '/usr/local/apache2';
const CREATED = '2025-04-29T01:42:46Z';
const BK = { comment: 'buildkit.dockerfile.v0', created: CREATED } as const;

const modules = [
  'mpm_event', 'authn_file', 'authn_core', 'authz_host', 'authz_groupfile', 'authz_user', 'authz_core',
  'access_compat', 'auth_basic', 'reqtimeout', 'filter', 'mime', 'log_config', 'env', 'headers',
  'setenvif', 'version', 'unixd', 'status', 'autoindex', 'dir', 'alias',
];
const moreModules = ['proxy', 'proxy_http', 'proxy_fcgi', 'rewrite', 'ssl', 'http2', 'deflate', 'brotli', 'cgid', 'lua', 'socache_shmcb', 'session', 'macro', 'include', 'expires', 'remoteip', 'vhost_alias', 'info'];

export const httpdConf = `#
# This is the main Apache HTTP server configuration file.  It contains the
# configuration directives that give the server its instructions.
# See <URL:http://httpd.apache.org/docs/2.4/> for detailed information.
#
# ServerRoot: The top of the directory tree under which the server's
# configuration, error, and log files are kept.
#
ServerRoot "/usr/local/apache2"

#
# Listen: Allows you to bind Apache to specific IP addresses and/or
# ports, instead of the default.
#
#Listen 12.34.56.78:80
Listen 80

#
# Dynamic Shared Object (DSO) Support
#
${modules.map((m) => `LoadModule ${m}_module modules/mod_${m}.so`).join('\n')}
${moreModules.map((m) => `#LoadModule ${m}_module modules/mod_${m}.so`).join('\n')}

<IfModule unixd_module>
#
# If you wish httpd to run as a different user or group, you must run
# httpd as root initially and it will switch.
#
User www-data
Group www-data

</IfModule>

# 'Main' server configuration
#
# ServerAdmin: Your address, where problems with the server should be
# e-mailed.  This address appears on some server-generated pages, such
# as error documents.  e.g. admin@your-domain.com
#
ServerAdmin you@example.com

#
# ServerName gives the name and port that the server uses to identify itself.
#
#ServerName www.example.com:80

#
# Deny access to the entirety of your server's filesystem. You must
# explicitly permit access to web content directories in other
# <Directory> blocks below.
#
<Directory />
    AllowOverride none
    Require all denied
</Directory>

#
# DocumentRoot: The directory out of which you will serve your
# documents. By default, all requests are taken from this directory, but
# symbolic links and aliases may be used to point to other locations.
#
DocumentRoot "/usr/local/apache2/htdocs"
<Directory "/usr/local/apache2/htdocs">
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>

#
# DirectoryIndex: sets the file that Apache will serve if a directory
# is requested.
#
<IfModule dir_module>
    DirectoryIndex index.html
</IfModule>

#
# The following lines prevent .htaccess and .htpasswd files from being
# viewed by Web clients.
#
<Files ".ht*">
    Require all denied
</Files>

#
# ErrorLog: The location of the error log file.
#
ErrorLog /proc/self/fd/2

#
# LogLevel: Control the number of messages logged to the error_log.
#
LogLevel warn

<IfModule log_config_module>
    LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined
    LogFormat "%h %l %u %t \\"%r\\" %>s %b" common

    <IfModule logio_module>
      LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\" %I %O" combinedio
    </IfModule>

    CustomLog /proc/self/fd/1 common
</IfModule>

<IfModule alias_module>
    ScriptAlias /cgi-bin/ "/usr/local/apache2/cgi-bin/"
</IfModule>

<Directory "/usr/local/apache2/cgi-bin">
    AllowOverride None
    Options None
    Require all granted
</Directory>

<IfModule headers_module>
    RequestHeader unset Proxy early
</IfModule>

<IfModule mime_module>
    TypesConfig conf/mime.types
    AddType application/x-compress .Z
    AddType application/x-gzip .gz .tgz
</IfModule>

# Supplemental configuration
#Include conf/extra/httpd-mpm.conf
#Include conf/extra/httpd-multilang-errordoc.conf
#Include conf/extra/httpd-autoindex.conf
#Include conf/extra/httpd-languages.conf
#Include conf/extra/httpd-userdir.conf
#Include conf/extra/httpd-info.conf
#Include conf/extra/httpd-vhosts.conf
#Include conf/extra/httpd-manual.conf
#Include conf/extra/httpd-dav.conf
#Include conf/extra/httpd-default.conf

<IfModule proxy_html_module>
Include conf/extra/proxy-html.conf
</IfModule>

<IfModule ssl_module>
SSLRandomSeed startup builtin
SSLRandomSeed connect builtin
</IfModule>
`;


const LIB = '/usr/lib/x86_64-linux-gnu';

const aptLayer: FileDefinition[] = layer(
  padTo(
    [
      blob('/etc/ssl/certs/ca-certificates.crt', 219_342),
      blob('/etc/ssl/openssl.cnf', 12_332),
      text('/etc/ldap/ldap.conf', '#\n# LDAP Defaults\n#\n\n#BASE\tdc=example,dc=com\n#URI\tldap://ldap.example.com ldap://ldap-provider.example.com:666\n\n# TLS certificates (needed for GnuTLS)\nTLS_CACERT\t/etc/ssl/certs/ca-certificates.crt\n'),
      exe('/usr/bin/openssl', 1_006_432),
      exe('/usr/sbin/update-ca-certificates', 6_047),
      exe(`${LIB}/libcrypto.so.3`, 4_709_656),
      exe(`${LIB}/libssl.so.3`, 695_840),
      exe(`${LIB}/libapr-1.so.0.7.2`, 277_720),
      exe(`${LIB}/libaprutil-1.so.0.6.3`, 190_952),
      exe(`${LIB}/apr-util-1/apr_ldap-1.so`, 22_744),
      exe(`${LIB}/libldap-2.5.so.0.1.11`, 375_784),
      exe(`${LIB}/liblber-2.5.so.0.1.11`, 63_744),
      exe(`${LIB}/libsasl2.so.2.0.25`, 116_864),
      exe(`${LIB}/libexpat.so.1.8.10`, 198_520),
      exe(`${LIB}/libuuid.so.1.3.0`, 30_880),
      blob('/var/lib/dpkg/status', 88_412),
      dir('/var/lib/apt/lists/auxfiles'),
      blob('/var/log/apt/history.log', 2_317),
      blob('/var/log/dpkg.log', 41_228),
      blob('/var/cache/debconf/templates.dat', 531_744),
    ],
    10_900_000,
    ['/usr/share/ca-certificates/mozilla/bundle.crt', `${LIB}/sasl2/libsasldb.so.2.0.25`, '/usr/lib/ssl/misc/tsget.pl', `${LIB}/engines-3/afalg.so`, `${LIB}/ossl-modules/legacy.so`],
  ),
);

const buildLayer: FileDefinition[] = layer(
  padTo(
    [
      dir(PREFIX),
      ...['ab', 'apxs', 'checkgid', 'dbmmanage', 'envvars', 'envvars-std', 'fcgistarter', 'htcacheclean', 'htdbm', 'htdigest', 'htpasswd', 'httxt2dbm', 'logresolve', 'rotatelogs'].map((b) => exe(`${PREFIX}/bin/${b}`, b.startsWith('env') ? 1_073 : 48_000)),
      script(`${PREFIX}/bin/apachectl`, '#!/bin/sh\n#\n# Apache control script designed to allow an easy command line interface\n# to controlling Apache.  Written by Marc Slemko, 1997/08/23\n#\nACMD="$1"\nARGV="$@"\nHTTPD=\'/usr/local/apache2/bin/httpd\'\nif test -f /usr/local/apache2/bin/envvars; then\n  . /usr/local/apache2/bin/envvars\nfi\n'),
      { path: `${PREFIX.slice(1)}/bin/httpd`, type: 'file', mode: 0o755, program: 'httpd' },
      dir(`${PREFIX}/build`),
      dir(`${PREFIX}/cgi-bin`),
      text(`${PREFIX}/cgi-bin/printenv`, '#\n\n# To permit this cgi, replace # on the first line above with the\n# appropriate #!/path/to/perl shebang, and on Unix / Linux also\n# set this script executable with chmod 755.\n'),
      text(`${PREFIX}/conf/httpd.conf`, httpdConf),
      text(`${PREFIX}/conf/original/httpd.conf`, httpdConf.replace('ErrorLog /proc/self/fd/2', 'ErrorLog "logs/error_log"').replace('CustomLog /proc/self/fd/1 common', 'CustomLog "logs/access_log" common').replace('User www-data\nGroup www-data', 'User daemon\nGroup daemon')),
      blob(`${PREFIX}/conf/magic`, 13_077),
      blob(`${PREFIX}/conf/mime.types`, 60_847),
      ...['httpd-autoindex', 'httpd-dav', 'httpd-default', 'httpd-info', 'httpd-languages', 'httpd-manual', 'httpd-mpm', 'httpd-multilang-errordoc', 'httpd-ssl', 'httpd-userdir', 'httpd-vhosts', 'proxy-html'].map((c) => blob(`${PREFIX}/conf/extra/${c}.conf`, 2_000)),
      blob(`${PREFIX}/error/HTTP_NOT_FOUND.html.var`, 13_574),
      blob(`${PREFIX}/error/README`, 2_010),
      text(`${PREFIX}/htdocs/index.html`, '<html><body><h1>It works!</h1></body></html>\n'),
      ...['apache_pb.gif', 'apache_pb.png', 'apache_pb.svg', 'back.gif', 'blank.gif', 'folder.gif', 'text.gif', 'README'].map((i) => blob(`${PREFIX}/icons/${i}`, 1_500)),
      blob(`${PREFIX}/include/httpd.h`, 98_911),
      dir(`${PREFIX}/logs`),
      ...[...modules, ...moreModules].map((m) => exe(`${PREFIX}/modules/mod_${m}.so`, 40_000)),
      exe(`${LIB}/libbrotlienc.so.1.0.9`, 1_395_872),
      exe(`${LIB}/libcurl.so.4.8.0`, 730_928),
      exe(`${LIB}/libjansson.so.4.14.0`, 59_592),
      exe(`${LIB}/liblua5.2.so.0.0.0`, 211_896),
      exe(`${LIB}/libnghttp2.so.14.24.1`, 162_560),
      exe(`${LIB}/libxml2.so.2.9.14`, 1_992_496),
      blob('/var/lib/dpkg/status', 97_301),
    ],
    62_300_000,
    ['manual/mod/directives.html.en', 'manual/mod/core.html.en', 'manual/mod/quickreference.html.en', 'manual/howto/htaccess.html.en', 'manual/images/feather.png', 'manual/style/css/manual.css', 'man/man8/httpd.8', 'build/libtool', 'build/config_vars.mk', 'modules/mod_proxy_balancer.so', 'modules/mod_lbmethod_byrequests.so', 'modules/mod_md.so'].map((p) => `${PREFIX}/${p}`),
  ),
);

const buildScript =
  'RUN /bin/sh -c set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tgnupg \t\tlibapr1-dev \t\tlibaprutil1-dev \t\tlibbrotli-dev \t\tlibcurl4-openssl-dev \t\tlibjansson-dev \t\tliblua5.2-dev \t\tlibnghttp2-dev \t\tlibpcre2-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tmake \t\twget \t\tzlib1g-dev \t; \trm -r /var/lib/apt/lists/*; \t\tddist() { \t\tlocal f="$1"; shift; \t\tlocal distFile="$1"; shift; \t\tlocal success=; \t\tlocal distUrl=; \t\tfor distUrl in \t\t\t\'https://dlcdn.apache.org/\' \t\t\t\'https://archive.apache.org/dist/\' \t\t; do \t\t\tif wget -O "$f" "$distUrl$distFile" && [ -s "$f" ]; then \t\t\t\tsuccess=1; \t\t\t\tbreak; \t\t\tfi; \t\tdone; \t\t[ -n "$success" ]; \t}; \t\tddist \'httpd.tar.bz2\' "httpd/httpd-$HTTPD_VERSION.tar.bz2"; \techo "$HTTPD_SHA256 *httpd.tar.bz2" | sha256sum -c -; \t\tddist \'httpd.tar.bz2.asc\' "httpd/httpd-$HTTPD_VERSION.tar.bz2.asc"; \texport GNUPGHOME="$(mktemp -d)"; \tgpg --batch --verify httpd.tar.bz2.asc httpd.tar.bz2; \tgpgconf --kill all; \trm -rf "$GNUPGHOME" httpd.tar.bz2.asc; \t\tmkdir -p src; \ttar -xf httpd.tar.bz2 -C src --strip-components=1; \trm httpd.tar.bz2; \tcd src; \t\tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \tCFLAGS="$(dpkg-buildflags --get CFLAGS)"; \tCPPFLAGS="$(dpkg-buildflags --get CPPFLAGS)"; \tLDFLAGS="$(dpkg-buildflags --get LDFLAGS)"; \t./configure \t\t--build="$gnuArch" \t\t--prefix="$HTTPD_PREFIX" \t\t--enable-mods-shared=reallyall \t\t--enable-mpms-shared=all \t\t--enable-pie \t\tCFLAGS="-pipe $CFLAGS" \t; \tmake -j "$(nproc)"; \tmake install; \t\tcd ..; \trm -r src man manual; \t\tsed -ri \t\t-e \'s!^(\\s*CustomLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*ErrorLog)\\s+\\S+!\\1 /proc/self/fd/2!g\' \t\t-e \'s!^(\\s*TransferLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*User)\\s+daemon\\s*$!\\1 www-data!g\' \t\t-e \'s!^(\\s*Group)\\s+daemon\\s*$!\\1 www-data!g\' \t\t"$HTTPD_PREFIX/conf/httpd.conf" \t\t"$HTTPD_PREFIX/conf/extra/httpd-ssl.conf" \t; \tgrep -E \'^\\s*User www-data$\' "$HTTPD_PREFIX/conf/httpd.conf"; \t\tapt-mark auto \'.*\' > /dev/null; \t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \t\thttpd -v # buildkit';

const HTTPD_SHA256 = '88fc236ab99b2864b248de7d49a008ec2afd7551e64dce8b95f58f32f94c46ab';
const PATH = `PATH=${PREFIX}/bin:${DEBIAN_PATH.slice(5)}`;

/** httpd:2.4 — Apache built from source on debian:bookworm-slim, the official way. */
export const httpd: ImageDefinition = {
  repository: 'library/httpd',
  tags: ['latest', '2.4', '2', '2.4.63', 'bookworm', '2.4-bookworm', '2.4.63-bookworm'],
  created: CREATED,
  config: {
    ExposedPorts: { '80/tcp': {} },
    Env: [PATH, `HTTPD_PREFIX=${PREFIX}`, 'HTTPD_VERSION=2.4.63', `HTTPD_SHA256=${HTTPD_SHA256}`, 'HTTPD_PATCHES='],
    Cmd: ['httpd-foreground'],
    WorkingDir: PREFIX,
    StopSignal: 'SIGWINCH',
  },
  steps: [
    bookwormSlimRootfs,
    { createdBy: `ENV HTTPD_PREFIX=${PREFIX}`, ...BK, emptyLayer: true },
    { createdBy: `ENV ${PATH}`, ...BK, emptyLayer: true },
    {
      createdBy: 'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit',
      ...BK,
      files: [dir('/usr'), dir('/usr/local'), dir(PREFIX)],
    },
    { createdBy: `WORKDIR ${PREFIX}`, ...BK, emptyLayer: true },
    {
      createdBy: 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \trm -rf /var/lib/apt/lists/* # buildkit',
      ...BK,
      files: aptLayer,
    },
    { createdBy: 'ENV HTTPD_VERSION=2.4.63', ...BK, emptyLayer: true },
    { createdBy: `ENV HTTPD_SHA256=${HTTPD_SHA256}`, ...BK, emptyLayer: true },
    { createdBy: 'ENV HTTPD_PATCHES=', ...BK, emptyLayer: true },
    { createdBy: buildScript, ...BK, files: buildLayer },
    { createdBy: 'STOPSIGNAL SIGWINCH', ...BK, emptyLayer: true },
    { createdBy: 'COPY httpd-foreground /usr/local/bin/ # buildkit', ...BK, files: [dir('/usr'), dir('/usr/local'), dir('/usr/local/bin'), script('/usr/local/bin/httpd-foreground', HTTPD_FOREGROUND)] },
    { createdBy: 'EXPOSE map[80/tcp:{}]', ...BK, emptyLayer: true },
    { createdBy: 'CMD ["httpd-foreground"]', ...BK, emptyLayer: true },
  ],
  url: 'https://hub.docker.com/_/httpd',
  description: 'The Apache HTTP Server Project',
  stars: 4862,
  official: true,
};
