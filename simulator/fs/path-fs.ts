/**
 * The POSIX operations written once over an abstract tree: path resolution, error rules
 * (EEXIST, ENOTDIR, EISDIR, ENOTEMPTY, EBUSY, EINVAL…) and the file-handle layer. A concrete
 * file system (the inode fs, the overlay) supplies how to walk, list, modify and link nodes.
 */
import { FsError } from './errors';
import { contents, replace, resize } from './file-data';
import { InodeHandle } from './handle';
import {
  direntOf,
  newDir,
  newFile,
  newNode,
  newSymlink,
  S_IFMT,
  statOf,
  typeOfMode,
  type Inode,
  type InodeInit,
} from './inode';
import { pathOf, resolve, type Resolution, type TreeWalker } from './resolve';
import type { FileHandle, FileSystem, OpenFlags, Stats, WriteFileOptions } from './types';

export interface PathFsOptions {
  /** Clock in milliseconds since the epoch (default Date.now). */
  now?: () => number;
  /** Applied to the modes of created files and directories (default 0o022). */
  umask?: number;
  /** st_dev reported by stat. */
  dev?: number;
  /** Owner of created files (default root, 0:0). */
  owner?: { uid: number; gid: number };
}

const encoder = new TextEncoder();

export abstract class PathFs<N> implements FileSystem {
  readonly now: () => number;
  readonly umask: number;
  readonly dev: number;
  /** Owner given to created files, directories, links and nodes (the caller's fsuid/fsgid). */
  owner: { uid: number; gid: number };

  constructor(options: PathFsOptions = {}) {
    this.owner = options.owner ?? { uid: 0, gid: 0 };
    this.now = options.now ?? (() => Date.now());
    this.umask = options.umask ?? 0o022;
    this.dev = options.dev ?? 0;
  }

  protected abstract readonly walker: TreeWalker<N>;
  /** The inode a node presents (for reading). */
  protected abstract inodeOf(node: N): Inode;
  /** The inode number stat reports for a node. */
  protected abstract inoOf(node: N): number;
  /** The children of a directory node, in byte order of their names. */
  protected abstract entries(dir: N): Array<[string, N]>;
  /** The inode to modify in place for the resolved, existing node (the overlay copies up). */
  protected abstract writable(r: Resolution<N>): Inode;
  /** Names `inode` at the resolved path, whose final component is missing. */
  protected abstract attach(r: Resolution<N>, inode: Inode): void;
  /** Removes the resolved entry; with `forMove`, returns the inode to name elsewhere. */
  protected abstract detach(r: Resolution<N>, forMove: boolean): Inode;
  protected abstract allocIno(): number;
  /** The current version of an inode a handle holds (the overlay maps a layer inode to its copy-up). */
  protected current(inode: Inode): Inode {
    return inode;
  }

  protected resolve(path: string, follow: boolean, syscall: string): Resolution<N> {
    return resolve(this.walker, path, follow, syscall);
  }

  private must(r: Resolution<N>, path: string, syscall: string): N {
    if (r.node === undefined) throw new FsError('ENOENT', path, syscall);
    return r.node;
  }

  protected statNode(node: N): Stats {
    return statOf(this.inodeOf(node), this.dev, this.inoOf(node));
  }

  stat(path: string): Stats {
    return this.statNode(this.must(this.resolve(path, true, 'stat'), path, 'stat'));
  }

  lstat(path: string): Stats {
    return this.statNode(this.must(this.resolve(path, false, 'lstat'), path, 'lstat'));
  }

  exists(path: string): boolean {
    try {
      return this.resolve(path, true, 'stat').node !== undefined;
    } catch (e) {
      if (e instanceof FsError) return false;
      throw e;
    }
  }

  realpath(path: string): string {
    const r = this.resolve(path, true, 'realpath');
    this.must(r, path, 'realpath');
    return pathOf(r.names);
  }

  readFile(path: string): Uint8Array {
    const inode = this.inodeOf(this.must(this.resolve(path, true, 'open'), path, 'open'));
    if (inode.kind === 'directory') throw new FsError('EISDIR', path, 'read');
    return inode.kind === 'file' ? contents(inode) : new Uint8Array(0);
  }

  writeFile(path: string, data: Uint8Array | string, options: WriteFileOptions = {}): void {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    const append = !!options.append;
    const h = this.open(path, { write: true, create: true, truncate: !append, append, exclusive: !!options.exclusive }, options.mode ?? 0o666);
    if (!append && h.inode.kind === 'file') {
      replace(h.inode, bytes);
      h.inode.mtime = h.inode.ctime = this.now();
    } else {
      h.write(bytes);
    }
    h.close();
  }

  open(path: string, flags: OpenFlags = { read: true }, mode = 0o666): InodeHandle {
    const create = !!flags.create;
    const exclusive = create && !!flags.exclusive;
    const writable = !!(flags.write || flags.append);
    const readable = flags.read ?? !writable;
    const r = this.resolve(path, !(flags.noFollow || exclusive), 'open');
    if (r.node === undefined) {
      if (!create) throw new FsError('ENOENT', path, 'open');
      if (r.trailingSlash) throw new FsError('EISDIR', path, 'open');
      const inode = newFile(this.init(mode & ~this.umask));
      this.attach(r, inode);
      return this.handle(inode, inode.ino, readable, writable, !!flags.append, r.names);
    }
    if (exclusive) throw new FsError('EEXIST', path, 'open');
    let inode = this.inodeOf(r.node);
    let ino = this.inoOf(r.node);
    if (inode.kind === 'symlink') throw new FsError('ELOOP', path, 'open');
    if (flags.directory && inode.kind !== 'directory') throw new FsError('ENOTDIR', path, 'open');
    if (inode.kind === 'directory') {
      if (writable) throw new FsError('EISDIR', path, 'open');
      return this.handle(inode, ino, readable, false, false, r.names);
    }
    if (writable || (flags.truncate && inode.kind === 'file')) {
      const w = this.writable(r);
      if (w !== inode) ino = w.ino;
      inode = w;
    }
    if (flags.truncate && writable && inode.kind === 'file' && inode.size > 0) {
      resize(inode, 0);
      inode.mtime = inode.ctime = this.now();
    }
    return this.handle(inode, ino, readable, writable, !!flags.append, r.names);
  }

  private handle(inode: Inode, ino: number, readable: boolean, writable: boolean, append: boolean, names: string[]): InodeHandle {
    const path = pathOf(names);
    return new InodeHandle(inode, readable, writable, append, {
      now: this.now,
      current: (i) => this.current(i),
      stat: () => statOf(this.current(inode), this.dev, ino),
      ...(inode.kind === 'directory'
        ? {
            list: () => {
              const r = this.resolve(path, true, 'getdents64');
              return this.entries(this.must(r, path, 'getdents64')).map(([name, n]) => direntOf(name, this.inodeOf(n), this.inoOf(n)));
            },
          }
        : {}),
    });
  }

  mkdir(path: string, mode = 0o777): void {
    const r = this.resolve(path, false, 'mkdir');
    if (r.node !== undefined) throw new FsError('EEXIST', path, 'mkdir');
    this.attach(r, newDir(this.init(mode & ~this.umask)));
  }

  mkdirp(path: string, mode = 0o777): void {
    const parts = path.split('/').filter((p) => p !== '');
    let current = '';
    for (const part of parts) {
      current += '/' + part;
      const r = this.resolve(current, true, 'mkdir');
      if (r.node === undefined) this.mkdir(current, mode);
      else if (this.inodeOf(r.node).kind !== 'directory') throw new FsError(current === pathOf(parts) ? 'EEXIST' : 'ENOTDIR', path, 'mkdir');
    }
  }

  readdir(path: string): string[] {
    const node = this.must(this.resolve(path, true, 'open'), path, 'open');
    if (this.inodeOf(node).kind !== 'directory') throw new FsError('ENOTDIR', path, 'scandir');
    return this.entries(node).map(([name]) => name);
  }

  unlink(path: string): void {
    const r = this.resolve(path, false, 'unlink');
    const node = this.must(r, path, 'unlink');
    if (r.names.length === 0 || r.dotted || this.inodeOf(node).kind === 'directory') throw new FsError('EISDIR', path, 'unlink');
    this.detach(r, false);
  }

  rmdir(path: string): void {
    const r = this.resolve(path, false, 'rmdir');
    const node = this.must(r, path, 'rmdir');
    if (r.dotted === '.') throw new FsError('EINVAL', path, 'rmdir');
    if (r.dotted === '..') throw new FsError('ENOTEMPTY', path, 'rmdir');
    if (r.names.length === 0) throw new FsError('EBUSY', path, 'rmdir');
    if (this.inodeOf(node).kind !== 'directory') throw new FsError('ENOTDIR', path, 'rmdir');
    if (this.entries(node).length > 0) throw new FsError('ENOTEMPTY', path, 'rmdir');
    this.detach(r, false);
  }

  rename(from: string, to: string): void {
    const rs = this.resolve(from, false, 'rename');
    const src = this.inodeOf(this.must(rs, from, 'rename'));
    const rd = this.resolve(to, false, 'rename');
    if (rs.names.length === 0 || rd.names.length === 0) throw new FsError('EBUSY', rs.names.length === 0 ? from : to, 'rename');
    if (rs.dotted || rd.dotted) throw new FsError('EINVAL', from, 'rename');
    if (rd.node !== undefined) {
      const dst = this.inodeOf(rd.node);
      if (dst === src) return;
      if (src.kind === 'directory') {
        if (dst.kind !== 'directory') throw new FsError('ENOTDIR', to, 'rename');
        if (this.entries(rd.node).length > 0) throw new FsError('ENOTEMPTY', to, 'rename');
      } else if (dst.kind === 'directory') {
        throw new FsError('EISDIR', to, 'rename');
      }
    }
    if (src.kind === 'directory') {
      const inside = rd.names.length > rs.names.length && rs.names.every((n, i) => rd.names[i] === n);
      if (inside) throw new FsError('EINVAL', from, 'rename');
    } else if (rd.trailingSlash || rs.trailingSlash) {
      throw new FsError('ENOTDIR', to, 'rename');
    }
    if (rd.node !== undefined) this.detach(rd, false);
    const moved = this.detach(rs, true);
    this.attach(rd, moved);
  }

  symlink(target: string, path: string): void {
    const r = this.resolve(path, false, 'symlink');
    if (r.node !== undefined) throw new FsError('EEXIST', path, 'symlink');
    if (r.trailingSlash) throw new FsError('ENOENT', path, 'symlink');
    this.attach(r, newSymlink(this.init(0o777), target));
  }

  readlink(path: string): string {
    const inode = this.inodeOf(this.must(this.resolve(path, false, 'readlink'), path, 'readlink'));
    if (inode.kind !== 'symlink') throw new FsError('EINVAL', path, 'readlink');
    return inode.target;
  }

  link(existing: string, newPath: string): void {
    const rs = this.resolve(existing, false, 'link');
    const src = this.inodeOf(this.must(rs, existing, 'link'));
    if (src.kind === 'directory') throw new FsError('EPERM', existing, 'link');
    const rd = this.resolve(newPath, false, 'link');
    if (rd.node !== undefined) throw new FsError('EEXIST', newPath, 'link');
    this.attach(rd, this.writable(rs));
  }

  chmod(path: string, mode: number): void {
    const inode = this.modify(path, true, 'chmod');
    inode.mode = (inode.mode & S_IFMT) | (mode & 0o7777);
  }

  chown(path: string, uid: number, gid: number): void {
    this.setOwner(this.modify(path, true, 'chown'), uid, gid);
  }

  lchown(path: string, uid: number, gid: number): void {
    this.setOwner(this.modify(path, false, 'lchown'), uid, gid);
  }

  utimes(path: string, atimeMs: number, mtimeMs: number): void {
    const inode = this.modify(path, true, 'utimes');
    inode.atime = atimeMs;
    inode.mtime = mtimeMs;
  }

  truncate(path: string, length: number): void {
    const r = this.resolve(path, true, 'truncate');
    const inode = this.inodeOf(this.must(r, path, 'truncate'));
    if (inode.kind === 'directory') throw new FsError('EISDIR', path, 'truncate');
    if (inode.kind !== 'file' || length < 0) throw new FsError('EINVAL', path, 'truncate');
    const w = this.writable(r);
    if (w.kind !== 'file') throw new FsError('EINVAL', path, 'truncate');
    resize(w, length);
    w.mtime = w.ctime = this.now();
  }

  mknod(path: string, mode: number, rdev = 0): void {
    const type = typeOfMode(mode);
    const r = this.resolve(path, false, 'mknod');
    if (type === undefined || type === 'directory' || type === 'symlink') throw new FsError(type === 'directory' ? 'EPERM' : 'EINVAL', path, 'mknod');
    if (r.node !== undefined) throw new FsError('EEXIST', path, 'mknod');
    const init = this.init(mode & ~this.umask);
    this.attach(r, type === 'file' ? newFile(init) : newNode(init, type, type === 'chardev' || type === 'blockdev' ? rdev : 0));
  }

  private init(perm: number): InodeInit {
    return { ino: this.allocIno(), perm: perm & 0o7777, uid: this.owner.uid, gid: this.owner.gid, time: this.now() };
  }

  private modify(path: string, follow: boolean, syscall: string): Inode {
    const r = this.resolve(path, follow, syscall);
    this.must(r, path, syscall);
    const inode = this.writable(r);
    inode.ctime = this.now();
    return inode;
  }

  private setOwner(inode: Inode, uid: number, gid: number): void {
    if (uid !== -1) inode.uid = uid;
    if (gid !== -1) inode.gid = gid;
  }
}
