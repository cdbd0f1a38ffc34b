/* What this nginx says it is: the nginx.org package the nginx image installs. */
#ifndef NGINX_VERSION_H
#define NGINX_VERSION_H

#define NGINX_VERSION "1.27.5"
#define NGINX_VER "nginx/" NGINX_VERSION
/* configure's compiler string ends in a space, and nginx prints it as is. */
#define NGX_COMPILER "gcc 12.2.0 (Debian 12.2.0-14) "
#define NGX_OPENSSL "OpenSSL 3.0.15 3 Sep 2024"

#define NGX_PREFIX "/etc/nginx/"
#define NGX_CONF_PATH "/etc/nginx/nginx.conf"
#define NGX_ERROR_LOG_PATH "/var/log/nginx/error.log"
#define NGX_PID_PATH "/run/nginx.pid"

#define NGX_CONFIGURE                                                                                                 \
  " --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules"                           \
  " --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log"                                     \
  " --http-log-path=/var/log/nginx/access.log --pid-path=/run/nginx.pid --lock-path=/run/nginx.lock"                 \
  " --http-client-body-temp-path=/var/cache/nginx/client_temp --http-proxy-temp-path=/var/cache/nginx/proxy_temp"    \
  " --http-fastcgi-temp-path=/var/cache/nginx/fastcgi_temp --http-uwsgi-temp-path=/var/cache/nginx/uwsgi_temp"       \
  " --http-scgi-temp-path=/var/cache/nginx/scgi_temp --user=nginx --group=nginx --with-compat --with-file-aio"        \
  " --with-threads --with-http_addition_module --with-http_auth_request_module --with-http_dav_module"                \
  " --with-http_flv_module --with-http_gunzip_module --with-http_gzip_static_module --with-http_mp4_module"          \
  " --with-http_random_index_module --with-http_realip_module --with-http_secure_link_module"                         \
  " --with-http_slice_module --with-http_ssl_module --with-http_stub_status_module --with-http_sub_module"           \
  " --with-http_v2_module --with-http_v3_module --with-mail --with-mail_ssl_module --with-stream"                    \
  " --with-stream_realip_module --with-stream_ssl_module --with-stream_ssl_preread_module"                            \
  " --with-cc-opt='-g -O2 -ffile-prefix-map=/home/builder/debuild/nginx-1.27.5/debian/debuild-base/nginx-1.27.5=."    \
  " -fstack-protector-strong -Wformat -Werror=format-security -Wp,-D_FORTIFY_SOURCE=2 -fPIC'"                         \
  " --with-ld-opt='-Wl,-z,relro -Wl,-z,now -Wl,--as-needed -pie'"

#endif
