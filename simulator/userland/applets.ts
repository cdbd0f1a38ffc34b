/**
 * The commands our multi-call programs carry (bin/busybox.wasm and bin/coreutils.wasm
 * share one applet table, lib/applets/list.h): what `busybox --list` prints. An image
 * links only these names, so a command we have not written is missing ("not found") the
 * way it would be from a BusyBox built without it. applets.test.ts keeps this in step
 * with the built program.
 */
export const multiCallApplets: ReadonlySet<string> = new Set(
  '[ [[ arch ash awk base64 basename cal cat chgrp chmod chown cksum clear cmp comm cp cut date df diff dirname dnsdomainname dos2unix du echo egrep env expand expr factor false fgrep find fold free fsync getopt grep groups gunzip gzip hd head hexdump hostid hostname id install ionice kill killall less link linux32 linux64 ln ls md5sum mkdir mkfifo mktemp more mountpoint mv nice nl nohup nproc od paste pgrep pidof pkill printenv printf ps pstree pwd pwdx readlink realpath reset rev rm rmdir run-parts sed seq setpriv setsid sh sha1sum sha256sum sha512sum shuf sleep sort split stat strings stty sum sync tac tail tar tee test time timeout top touch tr tree true truncate tty ttysize uname uniq unix2dos unlink uptime users usleep watch wc which who whoami xargs xxd yes zcat'.split(' '),
);
