/**
 * The start-up scripts of the httpd and nginx images, written for Gorae in plain POSIX sh:
 * shell built-ins and globs where the originals call find, sort, sed, awk, touch or md5sum,
 * so they run on the shell alone. They print what the originals print, in the same order,
 * and then exec the server.
 */
import { defaultConf } from './nginx-files';

/** A string as one single-quoted sh word. */
const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** httpd:2.4's /usr/local/bin/httpd-foreground (the image's CMD). */
export const HTTPD_FOREGROUND = `#!/bin/sh
set -e

# Apache gets grumpy about PID files pre-existing
rm -f /usr/local/apache2/logs/httpd.pid

exec httpd -DFOREGROUND "$@"
`;

/**
 * /etc/nginx/conf.d/default.conf as the nginx package installs it: IPv4 only. At the first
 * start 10-listen-on-ipv6-by-default.sh adds the "listen [::]:80;" line.
 */
export const PACKAGED_DEFAULT_CONF = defaultConf.replace('    listen  [::]:80;\n', '');

const entrypointLog = `entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}`;

/** nginx's /docker-entrypoint.sh: runs /docker-entrypoint.d/ when starting nginx, then execs the command. */
export const NGINX_ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

${entrypointLog}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    found=
    for f in /docker-entrypoint.d/*; do
        if [ -f "$f" ]; then
            found=1
            break
        fi
    done
    if [ -n "$found" ]; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"

        entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
        for f in /docker-entrypoint.d/*; do
            [ -f "$f" ] || continue
            case "$f" in
                *.envsh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Sourcing $f";
                        . "$f"
                    else
                        # warn on shell scripts without exec bit
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *.sh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Launching $f";
                        "$f"
                    else
                        # warn on shell scripts without exec bit
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *) entrypoint_log "$0: Ignoring $f";;
            esac
        done

        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`;

/** /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh */
export const NGINX_LISTEN_ON_IPV6 = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

${entrypointLog}

ME=\${0##*/}
DEFAULT_CONF_FILE="etc/nginx/conf.d/default.conf"

# the file as the nginx package installed it
PACKAGED_CONF=${shQuote(PACKAGED_DEFAULT_CONF)}

# check if we have ipv6 available
if [ -d "/proc/net" ] && [ ! -f "/proc/net/if_inet6" ]; then
    entrypoint_log "$ME: info: ipv6 not available"
    exit 0
fi

if [ ! -f "/$DEFAULT_CONF_FILE" ]; then
    entrypoint_log "$ME: info: /$DEFAULT_CONF_FILE is not a file or does not exist"
    exit 0
fi

# check if the file can be modified, e.g. not on a r/o filesystem
[ -w "/$DEFAULT_CONF_FILE" ] || { entrypoint_log "$ME: info: can not modify /$DEFAULT_CONF_FILE (read-only file system?)"; exit 0; }

conf=
while IFS= read -r line || [ -n "$line" ]; do
    conf="$conf$line
"
done < "/$DEFAULT_CONF_FILE"

# check if the file is already modified, e.g. on a container restart
case "$conf" in
    *"listen  [::]:80;"*) entrypoint_log "$ME: info: IPv6 listen already enabled"; exit 0;;
esac

if [ -f "/etc/os-release" ]; then
    . /etc/os-release
else
    entrypoint_log "$ME: info: can not guess the operating system"
    exit 0
fi

entrypoint_log "$ME: info: Getting the checksum of /$DEFAULT_CONF_FILE"

case "$ID" in
    "debian"|"alpine")
        [ "$conf" = "$PACKAGED_CONF" ] || {
            entrypoint_log "$ME: info: /$DEFAULT_CONF_FILE differs from the packaged version"
            exit 0
        }
        ;;
    *)
        entrypoint_log "$ME: info: Unsupported distribution"
        exit 0
        ;;
esac

# enable ipv6 on default.conf listen sockets
out=
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        *"listen       80;"*) out="$out$line
    listen  [::]:80;
";;
        *) out="$out$line
";;
    esac
done < "/$DEFAULT_CONF_FILE"
printf '%s' "$out" > "/$DEFAULT_CONF_FILE"

entrypoint_log "$ME: info: Enabled listen on IPv6 in /$DEFAULT_CONF_FILE"

exit 0
`;

/** /docker-entrypoint.d/15-local-resolvers.envsh (sourced: it exports NGINX_LOCAL_RESOLVERS when asked to). */
export const NGINX_LOCAL_RESOLVERS = `#!/bin/sh
# vim:sw=2:ts=2:sts=2:et

set -eu

LC_ALL=C
PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

[ "\${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] || return 0

NGINX_LOCAL_RESOLVERS=
if [ -f /etc/resolv.conf ]; then
  while read -r key value rest; do
    [ "$key" = "nameserver" ] || continue
    case "$value" in
      *:*) value="[$value]";;
    esac
    NGINX_LOCAL_RESOLVERS="$NGINX_LOCAL_RESOLVERS$value "
  done < /etc/resolv.conf
fi
NGINX_LOCAL_RESOLVERS="\${NGINX_LOCAL_RESOLVERS% }"
export NGINX_LOCAL_RESOLVERS
`;

/** /docker-entrypoint.d/20-envsubst-on-templates.sh: templates/*.template to conf.d/, with $VARS of the environment filled in. */
export const NGINX_ENVSUBST_ON_TEMPLATES = `#!/bin/sh

set -e

ME=\${0##*/}

${entrypointLog}

# the exported variables, as " NAME NAME … " (those matching NGINX_ENVSUBST_FILTER, when set)
defined_envs() {
  names=" "
  set -f
  old_ifs=$IFS
  IFS='
'
  for entry in $(export -p); do
    entry=\${entry#export }
    entry=\${entry#declare -x }
    name=\${entry%%=*}
    case "$name" in
      ""|[0-9]*|*[!A-Za-z0-9_]*) continue;;
    esac
    case "$name" in
      *"\${filter:-}"*) names="$names$name ";;
    esac
  done
  IFS=$old_ifs
  set +f
  echo "$names"
}

# envsubst: copies stdin to stdout with \${NAME} and $NAME replaced for the names in $envs
substitute() {
  while IFS= read -r line || [ -n "$line" ]; do
    out=
    while :; do
      case "$line" in
        *'$'*) ;;
        *) break;;
      esac
      out="$out\${line%%\\$*}"
      line=\${line#*\\$}
      braced=
      case "$line" in
        "{"*) braced=1; rest=\${line#?};;
        *) rest=$line;;
      esac
      name=
      while :; do
        c=\${rest%"\${rest#?}"}
        case "$c" in
          [A-Za-z_]) ;;
          [0-9]) [ -n "$name" ] || break;;
          *) break;;
        esac
        name="$name$c"
        rest=\${rest#?}
      done
      if [ -n "$braced" ]; then
        case "$rest" in
          "}"*) rest=\${rest#?};;
          *) name=;;
        esac
      fi
      case "$envs" in
        *" $name "*)
          if [ -n "$name" ]; then
            eval "out=\\"\\$out\\\${$name}\\""
            line=$rest
            continue
          fi
          ;;
      esac
      out="$out\\$"
    done
    printf '%s\\n' "$out$line"
  done
}

auto_envsubst() {
  template_dir="\${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"
  suffix="\${NGINX_ENVSUBST_TEMPLATE_SUFFIX:-.template}"
  output_dir="\${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}"
  filter="\${NGINX_ENVSUBST_FILTER:-}"

  [ -d "$template_dir" ] || return 0
  if [ ! -w "$output_dir" ]; then
    entrypoint_log "$ME: ERROR: $template_dir exists, but $output_dir is not writable"
    return 0
  fi
  envs=$(defined_envs)
  for template in "$template_dir"/*"$suffix" "$template_dir"/*/*"$suffix"; do
    [ -f "$template" ] || continue
    relative_path="\${template#"$template_dir/"}"
    output_path="$output_dir/\${relative_path%"$suffix"}"
    case "$relative_path" in
      */*) [ -d "$output_dir/\${relative_path%/*}" ] || mkdir -p "$output_dir/\${relative_path%/*}";;
    esac
    entrypoint_log "$ME: Running envsubst on $template to $output_path"
    substitute < "$template" > "$output_path"
  done
}

auto_envsubst

exit 0
`;

/** /docker-entrypoint.d/30-tune-worker-processes.sh: worker_processes from the CPUs, when asked to. */
export const NGINX_TUNE_WORKER_PROCESSES = `#!/bin/sh
# vim:sw=2:ts=2:sts=2:et

set -eu

LC_ALL=C
ME=\${0##*/}
PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

[ "\${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] || exit 0

[ -w /etc/nginx/nginx.conf ] || { echo >&2 "$ME: error: can not modify /etc/nginx/nginx.conf (read-only file system?)"; exit 0; }

ncpu=0
if [ -f /proc/cpuinfo ]; then
  while read -r key rest; do
    [ "$key" = "processor" ] && ncpu=$((ncpu + 1))
  done < /proc/cpuinfo
fi
[ "$ncpu" -gt 0 ] || ncpu=1

now=$(date 2>/dev/null || true)
out=
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    worker_processes*) out="$out# Commented out by $ME on $now
#$line
worker_processes $ncpu;
";;
    *) out="$out$line
";;
  esac
done < /etc/nginx/nginx.conf
printf '%s' "$out" > /etc/nginx/nginx.conf
`;

/** The scripts the nginx image COPYs into /docker-entrypoint.d/, in order. */
export const NGINX_ENTRYPOINT_D: ReadonlyArray<readonly [string, string]> = [
  ['10-listen-on-ipv6-by-default.sh', NGINX_LISTEN_ON_IPV6],
  ['15-local-resolvers.envsh', NGINX_LOCAL_RESOLVERS],
  ['20-envsubst-on-templates.sh', NGINX_ENVSUBST_ON_TEMPLATES],
  ['30-tune-worker-processes.sh', NGINX_TUNE_WORKER_PROCESSES],
];
