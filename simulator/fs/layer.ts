/**
 * A read-only image layer: an immutable inode tree built from an OCI layer tar. OCI
 * whiteouts become overlayfs markers as overlay2 stores them: `.wh.<name>` a char device
 * 0/0 named <name>, `.wh..wh..opq` the opaque flag of its directory. Layers are never
 * modified, so any number of overlays (containers) can share one.
 */
import type { TarEntry } from '../archive';
import { linkInto, unlinkFrom } from './dir-ops';
import { FsError } from './errors';
import { isWhiteout, newDir, newFile, newNode, newSymlink, makedev, type DirInode, type Inode, type InodeInit } from './inode';

export const WHITEOUT_PREFIX = '.wh.';
export const WHITEOUT_META_PREFIX = '.wh..wh.';
export const WHITEOUT_OPAQUE = '.wh..wh..opq';

/** Splits a tar entry name into its path components ("./a//b/" → ["a", "b"]). */
export function tarPathParts(name: string): string[] {
  const out: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

export class Layer {
  /** Prefer `Layer.fromTar`: the tree must never be modified once it is a layer's. */
  constructor(
    readonly root: DirInode,
    /** Bytes of the regular files (each hard-linked inode once), as Docker sizes a layer. */
    readonly size: number,
  ) {}

  /** A layer with nothing in it. */
  static empty(): Layer {
    return Layer.fromTar([]);
  }

  static fromTar(entries: Iterable<TarEntry>): Layer {
    return new LayerBuilder().add(entries).build();
  }
}

/** Links as extraction does: the directory keeps the times its own tar entry gave it. */
function quietLink(dir: DirInode, name: string, inode: Inode, time: number): void {
  const { mtime, ctime } = dir;
  linkInto(dir, name, inode, time);
  dir.mtime = mtime;
  dir.ctime = ctime;
}

function quietUnlink(dir: DirInode, name: string): void {
  const { mtime, ctime } = dir;
  unlinkFrom(dir, name, 0);
  dir.mtime = mtime;
  dir.ctime = ctime;
}

/** Applies tar entries in order, as Docker applies a layer to an empty directory. */
class LayerBuilder {
  private nextIno = 2;
  private readonly root = newDir({ ino: 1, perm: 0o755, time: 0 });
  private readonly opaque = new Set<DirInode>();

  constructor() {
    this.root.implicit = true;
  }

  add(entries: Iterable<TarEntry>): this {
    for (const entry of entries) this.entry(entry);
    return this;
  }

  build(): Layer {
    for (const dir of this.opaque) dir.opaque = true;
    const seen = new Set<Inode>();
    let size = 0;
    const walk = (dir: DirInode): void => {
      for (const child of dir.entries.values()) {
        if (child.kind === 'directory') walk(child);
        else if (child.kind === 'file' && !seen.has(child)) {
          seen.add(child);
          size += child.size;
        }
      }
    };
    walk(this.root);
    return new Layer(this.root, size);
  }

  private entry(entry: TarEntry): void {
    const parts = tarPathParts(entry.name);
    const base = parts.pop();
    const time = entry.mtime * 1000;
    const init: InodeInit = { ino: 0, perm: entry.mode & 0o7777, uid: entry.uid, gid: entry.gid, time };
    if (base === undefined) {
      if (entry.type === 'directory') this.setMeta(this.root, init);
      return;
    }
    const dir = this.dir(parts, entry.name);
    if (base === WHITEOUT_OPAQUE) {
      this.opaque.add(dir);
      return;
    }
    if (base.startsWith(WHITEOUT_META_PREFIX)) return;
    if (base.startsWith(WHITEOUT_PREFIX)) {
      const hidden = base.slice(WHITEOUT_PREFIX.length);
      if (hidden === '') throw new FsError('EINVAL', entry.name, 'whiteout');
      // A whiteout hides lower layers only: it never removes an entry of its own layer.
      if (!dir.entries.has(hidden)) quietLink(dir, hidden, newNode({ ...init, ino: this.ino(), perm: 0 }, 'chardev', 0), time);
      return;
    }
    const existing = dir.entries.get(base);
    if (entry.type === 'directory' && existing?.kind === 'directory') {
      this.setMeta(existing, init);
      return;
    }
    const inode = this.make(entry, { ...init, ino: this.ino() });
    if (existing) quietUnlink(dir, base);
    quietLink(dir, base, inode, time);
    if (inode.kind === 'directory' && existing && isWhiteout(existing)) this.opaque.add(inode);
  }

  private make(entry: TarEntry, init: InodeInit): Inode {
    switch (entry.type) {
      case 'directory':
        return newDir(init);
      case 'file':
        return newFile(init, entry.data ?? new Uint8Array(0));
      case 'symlink':
        return newSymlink(init, entry.linkname ?? '');
      case 'hardlink': {
        const target = this.lookup(tarPathParts(entry.linkname ?? ''));
        if (!target || target.kind === 'directory') throw new FsError(target ? 'EPERM' : 'ENOENT', entry.linkname ?? '', 'link');
        return target;
      }
      case 'char':
      case 'block':
        return newNode(init, entry.type === 'char' ? 'chardev' : 'blockdev', makedev(entry.devmajor ?? 0, entry.devminor ?? 0));
      case 'fifo':
        return newNode(init, 'fifo');
    }
  }

  /** The directory at `parts`, created (implicit, 0755 root) where missing. */
  private dir(parts: string[], name: string): DirInode {
    let dir = this.root;
    for (const part of parts) {
      let child = dir.entries.get(part);
      if (!child || child.kind !== 'directory') {
        if (child) quietUnlink(dir, part);
        const made = newDir({ ino: this.ino(), perm: 0o755, time: 0 });
        made.implicit = true;
        if (child && isWhiteout(child)) this.opaque.add(made);
        quietLink(dir, part, made, 0);
        child = made;
      }
      if (child.kind !== 'directory') throw new FsError('ENOTDIR', name, 'mkdir');
      dir = child;
    }
    return dir;
  }

  private lookup(parts: string[]): Inode | undefined {
    let node: Inode = this.root;
    for (const part of parts) {
      if (node.kind !== 'directory') return undefined;
      const next: Inode | undefined = node.entries.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node;
  }

  private setMeta(dir: DirInode, init: InodeInit): void {
    dir.mode = (dir.mode & ~0o7777) | init.perm;
    dir.uid = init.uid ?? 0;
    dir.gid = init.gid ?? 0;
    dir.mtime = dir.atime = dir.ctime = init.time;
    delete dir.implicit;
  }

  private ino(): number {
    return this.nextIno++;
  }
}
