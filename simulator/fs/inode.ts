/**
 * Inodes: the objects a file system tree is made of (regular files, directories, symlinks,
 * devices, fifos), their mode bits, and how stat(2) reports them. A regular file's bytes are
 * shared copy-on-write (see file-data.ts); directories keep their children in a Map.
 */
import type { DirEntry, FileType, Stats } from './types';

export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o060000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;

interface InodeMeta {
  ino: number;
  /** type bits plus permission bits */
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  atime: number;
  mtime: number;
  ctime: number;
}

export interface FileInode extends InodeMeta {
  kind: 'file';
  /** Backing buffer; only the first `size` bytes are the content. */
  data: Uint8Array;
  size: number;
  /** The buffer may be seen elsewhere (another inode, a layer, a reader): copy before writing. */
  shared: boolean;
}

export interface DirInode extends InodeMeta {
  kind: 'directory';
  entries: Map<string, Inode>;
  /** Overlay: hides the children of lower layers (trusted.overlay.opaque="y"). */
  opaque: boolean;
  /** Layer: made because a deeper path needed it, not named by the tar; its metadata defers to lower layers. */
  implicit?: boolean;
}

export interface SymlinkInode extends InodeMeta {
  kind: 'symlink';
  target: string;
}

export interface NodeInode extends InodeMeta {
  kind: 'chardev' | 'blockdev' | 'fifo' | 'socket';
  rdev: number;
}

export type Inode = FileInode | DirInode | SymlinkInode | NodeInode;

const TYPE_BITS: Readonly<Record<FileType, number>> = {
  file: S_IFREG,
  directory: S_IFDIR,
  symlink: S_IFLNK,
  chardev: S_IFCHR,
  blockdev: S_IFBLK,
  fifo: S_IFIFO,
  socket: S_IFSOCK,
};

export function typeBits(type: FileType): number {
  return TYPE_BITS[type];
}

/** The node kind of S_IFMT bits, or undefined for an unknown type. */
export function typeOfMode(mode: number): FileType | undefined {
  const bits = mode & S_IFMT;
  for (const [type, b] of Object.entries(TYPE_BITS)) if (b === bits) return type as FileType;
  return undefined;
}

/** Linux's makedev for the small numbers containers use (/dev/null is makedev(1, 3)). */
export function makedev(major: number, minor: number): number {
  return ((major & 0xfff) << 8) | (minor & 0xff) | ((minor & ~0xff) << 12);
}
export function major(rdev: number): number {
  return (rdev >>> 8) & 0xfff;
}
export function minor(rdev: number): number {
  return (rdev & 0xff) | ((rdev >>> 12) & ~0xff);
}

/** An overlayfs whiteout: a char device 0/0. */
export function isWhiteout(inode: Inode): boolean {
  return inode.kind === 'chardev' && inode.rdev === 0;
}

export function isDir(inode: Inode | undefined): inode is DirInode {
  return inode?.kind === 'directory';
}

export interface InodeInit {
  ino: number;
  perm: number;
  uid?: number;
  gid?: number;
  time: number;
}

function meta(init: InodeInit, type: FileType, nlink: number): InodeMeta {
  return {
    ino: init.ino,
    mode: TYPE_BITS[type] | (init.perm & 0o7777),
    uid: init.uid ?? 0,
    gid: init.gid ?? 0,
    nlink,
    atime: init.time,
    mtime: init.time,
    ctime: init.time,
  };
}

const EMPTY = new Uint8Array(0);

/** New non-directory inodes start with nlink 0: `linkInto` counts the name they get. */
export function newFile(init: InodeInit, data: Uint8Array = EMPTY): FileInode {
  return { ...meta(init, 'file', 0), kind: 'file', data, size: data.length, shared: true };
}
export function newDir(init: InodeInit): DirInode {
  return { ...meta(init, 'directory', 2), kind: 'directory', entries: new Map(), opaque: false };
}
export function newSymlink(init: InodeInit, target: string): SymlinkInode {
  return { ...meta(init, 'symlink', 0), kind: 'symlink', target };
}
export function newNode(init: InodeInit, kind: NodeInode['kind'], rdev = 0): NodeInode {
  return { ...meta(init, kind, 0), kind, rdev };
}

/**
 * A copy of an inode's metadata and content under a new inode number: a file's bytes are
 * shared by reference (both sides marked shared), a directory comes out empty.
 */
export function copyInode(src: Inode, ino: number): Inode {
  const base: InodeMeta = {
    ino,
    mode: src.mode,
    uid: src.uid,
    gid: src.gid,
    nlink: src.kind === 'directory' ? src.nlink : 0,
    atime: src.atime,
    mtime: src.mtime,
    ctime: src.ctime,
  };
  switch (src.kind) {
    case 'file':
      src.shared = true;
      return { ...base, kind: 'file', data: src.data, size: src.size, shared: true };
    case 'directory':
      return { ...base, kind: 'directory', entries: new Map(), opaque: false };
    case 'symlink':
      return { ...base, kind: 'symlink', target: src.target };
    default:
      return { ...base, kind: src.kind, rdev: src.rdev };
  }
}

const encoder = new TextEncoder();

export function sizeOf(inode: Inode): number {
  switch (inode.kind) {
    case 'file':
      return inode.size;
    case 'directory':
      return 4096;
    case 'symlink':
      return encoder.encode(inode.target).length;
    default:
      return 0;
  }
}

/** stat(2) of an inode, reported with the given device and inode numbers. */
export function statOf(inode: Inode, dev: number, ino: number = inode.ino): Stats {
  const size = sizeOf(inode);
  return {
    dev,
    ino,
    mode: inode.mode,
    type: inode.kind,
    nlink: inode.nlink,
    uid: inode.uid,
    gid: inode.gid,
    rdev: inode.kind === 'chardev' || inode.kind === 'blockdev' ? inode.rdev : 0,
    size,
    blksize: 4096,
    blocks: inode.kind === 'file' || inode.kind === 'directory' ? Math.ceil(size / 4096) * 8 : 0,
    atimeMs: inode.atime,
    mtimeMs: inode.mtime,
    ctimeMs: inode.ctime,
  };
}

export function direntOf(name: string, inode: Inode, ino: number = inode.ino): DirEntry {
  return { name, type: inode.kind, ino };
}

/** Compares names by Unicode code point, which is the byte order of their UTF-8 (Go's sort order). */
export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export function sortedNames(names: Iterable<string>): string[] {
  return [...names].sort(compareNames);
}
