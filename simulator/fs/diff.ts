/**
 * The changeset of an overlay's upper layer as an OCI layer tar, the way Docker's overlay2
 * driver writes one (TarWithOptions with the overlay whiteout format): the upper tree walked
 * depth first with names in byte order, the root left out, parents present because copy-up
 * put them there; a whiteout becomes an empty 0600 file `.wh.<name>` at the place of
 * <name>; an opaque directory is followed by an empty `<dir>/.wh..wh..opq`; a second name of
 * a hard-linked file becomes a hardlink entry. Times are whole seconds, no uname/gname, so
 * the same upper always gives the same bytes and the same diff ID.
 */
import { writeTar, type TarEntry } from '../archive';
import { digestOf, type Digest } from '../digest';
import { contents } from './file-data';
import { isWhiteout, major, minor, sortedNames, type DirInode, type Inode } from './inode';
import type { InodeFs } from './inode-fs';
import { WHITEOUT_OPAQUE, WHITEOUT_PREFIX } from './layer';

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** The tar entries of the upper's changes, in archive order. */
export function diffEntries(upper: InodeFs | DirInode): TarEntry[] {
  const root = 'root' in upper ? upper.root : upper;
  const out: TarEntry[] = [];
  const links = new Map<Inode, string>();
  const walk = (dir: DirInode, prefix: string): void => {
    for (const name of sortedNames(dir.entries.keys())) {
      const inode = dir.entries.get(name)!;
      const path = prefix + name;
      const meta = { mode: inode.mode & 0o7777, uid: inode.uid, gid: inode.gid, mtime: seconds(inode.mtime), size: 0 };
      if (isWhiteout(inode)) {
        out.push({ ...meta, name: prefix + WHITEOUT_PREFIX + name, type: 'file', mode: 0o600 });
        continue;
      }
      switch (inode.kind) {
        case 'directory':
          out.push({ ...meta, name: path + '/', type: 'directory' });
          if (inode.opaque) out.push({ ...meta, name: `${path}/${WHITEOUT_OPAQUE}`, type: 'file', mode: meta.mode & 0o777, mtime: 0 });
          walk(inode, path + '/');
          break;
        case 'file': {
          const first = links.get(inode);
          if (first !== undefined) {
            out.push({ ...meta, name: path, type: 'hardlink', linkname: first });
            break;
          }
          if (inode.nlink > 1) links.set(inode, path);
          const data = contents(inode);
          out.push({ ...meta, name: path, type: 'file', size: data.length, data });
          break;
        }
        case 'symlink':
          out.push({ ...meta, name: path, type: 'symlink', linkname: inode.target });
          break;
        case 'chardev':
        case 'blockdev':
          out.push({ ...meta, name: path, type: inode.kind === 'chardev' ? 'char' : 'block', devmajor: major(inode.rdev), devminor: minor(inode.rdev) });
          break;
        case 'fifo':
          out.push({ ...meta, name: path, type: 'fifo' });
          break;
        case 'socket':
          break; // tar cannot hold sockets; Docker skips them too
      }
    }
  };
  walk(root, '');
  return out;
}

/** The upper's changes as an uncompressed OCI layer tar. */
export function diff(upper: InodeFs | DirInode): Uint8Array {
  return writeTar(diffEntries(upper));
}

/** The layer tar of the upper's changes and its diff ID (sha256 of the uncompressed tar). */
export function diffLayer(upper: InodeFs | DirInode): { tar: Uint8Array; diffId: Digest } {
  const tar = diff(upper);
  return { tar, diffId: digestOf(tar) };
}
