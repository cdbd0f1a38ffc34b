/**
 * The fixture of fsprobe (userland/testdata/fsprobe.c): the image layer it expects, what
 * it prints against that layer, and what it leaves changed. Shared by the WASI test and
 * the process host tests (Node and the Chromium check page); test-only.
 */
import type { TarEntry } from '../../archive';
import { Layer } from '../../fs/layer';

const enc = new TextEncoder();
const MTIME = 1_700_000_000;

/** An image layer with what fsprobe expects: /etc/motd, /etc/remove-me, /etc/os-release -> motd, /tmp. */
export function fsprobeLayer(): Layer {
  const dir = (name: string): TarEntry => ({ name: `${name}/`, type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, mtime: MTIME });
  const file = (name: string, content: string): TarEntry => {
    const data = enc.encode(content);
    return { name, type: 'file', mode: 0o644, uid: 0, gid: 0, size: data.length, mtime: MTIME, data };
  };
  return Layer.fromTar([
    dir('etc'),
    file('etc/motd', 'welcome\n'),
    file('etc/remove-me', 'bye\n'),
    { name: 'etc/os-release', type: 'symlink', linkname: 'motd', mode: 0o777, uid: 0, gid: 0, size: 0, mtime: MTIME },
    { ...dir('tmp'), mode: 0o1777 },
  ]);
}

/** What fsprobe prints against fsprobeLayer. */
export const FSPROBE_STDOUT = [
  'read-layer=welcome|',
  'read-symlink=welcome|',
  'create=ok',
  'write=ok',
  'read-back=hello fs|',
  'append=ok',
  'read-appended=hello fs|more|',
  'create-excl=EEXIST',
  'seek-end=14',
  'pwrite=ok',
  'pread=Jello',
  'seek-read=fs',
  'tell=8',
  'ftruncate=ok',
  'fstat=ok',
  'fstat-size=5',
  'fstat-kind=file',
  'stat=ok',
  'stat-kind=file',
  'stat-size=8',
  'lstat=ok',
  'lstat-kind=symlink',
  'readlink=motd',
  'mkdir=ok',
  'mkdir-again=EEXIST',
  'symlink=ok',
  'read-new-symlink=welcome|',
  'link=ok',
  'stat-hard=ok',
  'nlink=2',
  'rename=ok',
  'stat-old=ENOENT',
  'read-renamed=Jello',
  'list-tmp=.,..,d,renamed.txt',
  'list-etc=.,..,motd,os-release,remove-me',
  'list-root=.,..,etc,tmp',
  'rmdir-nonempty=ENOTEMPTY',
  'unlink-layer=ok',
  'stat-removed=ENOENT',
  'open-missing=ENOENT',
  'open-dir-write=EISDIR',
  'open-notdir=ENOTDIR',
  'opendir-file=ENOTDIR',
  'utimes=ok',
  'mtime=1200000000',
  'big-write=ok',
  'big-read=ok',
  'big-same=yes',
  'unlink-big=ok',
  'chdir=ok',
  'read-relative=welcome|',
  'fopen=ok',
  'fclose=ok',
  'read-stdio=via stdio 42|',
  'unlink=ok',
  'unlink-link=ok',
  'unlink-stdio=ok',
  'rmdir=ok',
  '',
].join('\n');

/** `docker diff` of the overlay after fsprobe ran over fsprobeLayer. */
export const FSPROBE_CHANGES = ['C /etc', 'D /etc/remove-me', 'C /tmp', 'A /tmp/renamed.txt'];
