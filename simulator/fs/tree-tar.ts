/**
 * Any file system's tree as tar entries: what `docker export` streams and what
 * `docker cp` copies out of a container. Hard links keep their identity by inode number.
 */
import type { TarEntry } from '../archive';
import { compareNames, major, minor } from './inode';
import type { FileSystem } from './types';

const seconds = (ms: number): number => Math.floor(ms / 1000);

/**
 * Entries for `path` and everything under it. Names start with `prefix` (for the path itself)
 * and continue with the names below it; directories end in "/".
 */
export function treeEntries(fs: Pick<FileSystem, 'lstat' | 'readdir' | 'readFile' | 'readlink'>, path: string, prefix: string): TarEntry[] {
  const out: TarEntry[] = [];
  const links = new Map<string, string>();
  const visit = (at: string, name: string): void => {
    const st = fs.lstat(at);
    const meta = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, mtime: seconds(st.mtimeMs), size: 0 };
    switch (st.type) {
      case 'directory': {
        if (name !== '') out.push({ ...meta, name: name.endsWith('/') ? name : `${name}/`, type: 'directory' });
        const base = name === '' || name.endsWith('/') ? name : `${name}/`;
        const children = [...fs.readdir(at)].sort(compareNames);
        for (const child of children) visit(at === '/' ? `/${child}` : `${at}/${child}`, base + child);
        break;
      }
      case 'file': {
        const key = `${st.dev}:${st.ino}`;
        const first = links.get(key);
        if (first !== undefined) {
          out.push({ ...meta, name, type: 'hardlink', linkname: first });
          break;
        }
        if (st.nlink > 1) links.set(key, name);
        const data = fs.readFile(at);
        out.push({ ...meta, name, type: 'file', size: data.length, data });
        break;
      }
      case 'symlink':
        out.push({ ...meta, name, type: 'symlink', linkname: fs.readlink(at) });
        break;
      case 'chardev':
      case 'blockdev':
        out.push({ ...meta, name, type: st.type === 'chardev' ? 'char' : 'block', devmajor: major(st.rdev), devminor: minor(st.rdev) });
        break;
      case 'fifo':
        out.push({ ...meta, name, type: 'fifo' });
        break;
      case 'socket':
        break; // tar has no sockets
    }
  };
  visit(path, prefix);
  return out;
}
