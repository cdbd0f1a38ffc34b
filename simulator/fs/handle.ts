/**
 * An open file description over one inode: position, access mode, read/write/pread/pwrite/
 * seek/truncate. Handles hold the inode itself, so writes through one are seen through every
 * other handle on it (on an overlay, a handle opened before a copy-up reads the copy after
 * it, as overlayfs does since Linux 4.19). Char devices behave as /dev/null (1,3), /dev/zero (1,5) or /dev/full
 * (1,7); other devices read as empty and swallow writes.
 */
import { FsError } from './errors';
import { readAt, resize, writeAt } from './file-data';
import { makedev, type Inode } from './inode';
import type { DirEntry, FileHandle, Stats, Whence } from './types';

export interface HandleHooks {
  now(): number;
  /** The inode's current version (an overlay swaps a layer inode for its copy-up). */
  current?(inode: Inode): Inode;
  stat(): Stats;
  /** Entries of a directory handle. */
  list?(): DirEntry[];
}

const DEV_ZERO = makedev(1, 5);

export class InodeHandle implements FileHandle {
  position = 0;
  private closed = false;

  constructor(
    private readonly opened: Inode,
    readonly readable: boolean,
    readonly writable: boolean,
    private readonly append: boolean,
    private readonly hooks: HandleHooks,
  ) {}

  /** The inode read and written: the one opened, or what replaced it since (copy-up). */
  get inode(): Inode {
    return this.hooks.current ? this.hooks.current(this.opened) : this.opened;
  }

  read(into: Uint8Array): number {
    const n = this.pread(into, this.position);
    this.position += n;
    return n;
  }

  write(data: Uint8Array): number {
    this.check(this.writable);
    if (this.append && this.inode.kind === 'file') this.position = this.inode.size;
    const n = this.pwrite(data, this.position);
    this.position += n;
    return n;
  }

  pread(into: Uint8Array, position: number): number {
    this.check(this.readable);
    const inode = this.inode;
    if (position < 0) throw new FsError('EINVAL', '', 'read');
    switch (inode.kind) {
      case 'file':
        return readAt(inode, into, position);
      case 'directory':
        throw new FsError('EISDIR', '', 'read');
      case 'chardev':
        if (inode.rdev === DEV_ZERO || inode.rdev === makedev(1, 7)) {
          into.fill(0);
          return into.length;
        }
        return 0;
      default:
        return 0;
    }
  }

  pwrite(data: Uint8Array, position: number): number {
    this.check(this.writable);
    const inode = this.inode;
    if (position < 0) throw new FsError('EINVAL', '', 'write');
    if (inode.kind === 'file') {
      const n = writeAt(inode, data, position);
      inode.mtime = inode.ctime = this.hooks.now();
      return n;
    }
    if (inode.kind === 'directory') throw new FsError('EISDIR', '', 'write');
    return data.length;
  }

  seek(offset: number, whence: Whence = 'set'): number {
    this.check(true);
    const base = whence === 'set' ? 0 : whence === 'cur' ? this.position : this.inode.kind === 'file' ? this.inode.size : 0;
    const next = base + offset;
    if (next < 0 || !Number.isFinite(next)) throw new FsError('EINVAL', '', 'lseek');
    this.position = next;
    return next;
  }

  truncate(length: number): void {
    this.check(this.writable);
    if (this.inode.kind !== 'file') throw new FsError(this.inode.kind === 'directory' ? 'EISDIR' : 'EINVAL', '', 'ftruncate');
    if (length < 0) throw new FsError('EINVAL', '', 'ftruncate');
    resize(this.inode, length);
    this.inode.mtime = this.inode.ctime = this.hooks.now();
  }

  stat(): Stats {
    this.check(true);
    return this.hooks.stat();
  }

  readdir(): DirEntry[] {
    this.check(true);
    if (!this.hooks.list) throw new FsError('ENOTDIR', '', 'getdents64');
    return this.hooks.list();
  }

  close(): void {
    this.check(true);
    this.closed = true;
  }

  private check(allowed: boolean): void {
    if (this.closed || !allowed) throw new FsError('EBADF', '');
  }
}
