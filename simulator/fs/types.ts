/**
 * The one file system interface both the plain inode file system and the overlay implement,
 * in POSIX terms on absolute paths inside a root (a container's "/"), plus the stat record,
 * open flags and file handle a WASI runtime needs.
 */

export type FileType = 'file' | 'directory' | 'symlink' | 'chardev' | 'blockdev' | 'fifo' | 'socket';

/** What stat(2) reports. Times are milliseconds since the epoch. */
export interface Stats {
  dev: number;
  ino: number;
  /** File type bits (S_IFMT) plus permission bits, as st_mode. */
  mode: number;
  type: FileType;
  nlink: number;
  uid: number;
  gid: number;
  /** Device number of a char or block device (see `makedev`), else 0. */
  rdev: number;
  /** Bytes of a file, length of a symlink's target, 4096 for a directory. */
  size: number;
  blksize: number;
  /** 512-byte blocks. */
  blocks: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface DirEntry {
  name: string;
  type: FileType;
  ino: number;
}

/** open(2) flags, spelled out. */
export interface OpenFlags {
  read?: boolean;
  write?: boolean;
  /** O_CREAT */
  create?: boolean;
  /** O_EXCL (with create): fail with EEXIST when the path exists, even as a dangling symlink. */
  exclusive?: boolean;
  /** O_TRUNC */
  truncate?: boolean;
  /** O_APPEND: every write goes to the end. */
  append?: boolean;
  /** O_DIRECTORY: fail with ENOTDIR unless a directory. */
  directory?: boolean;
  /** O_NOFOLLOW: fail with ELOOP when the final component is a symlink. */
  noFollow?: boolean;
}

export type Whence = 'set' | 'cur' | 'end';

/**
 * An open file description: a position and access mode over one inode. Two handles on the
 * same file see each other's writes at once.
 */
export interface FileHandle {
  readonly readable: boolean;
  readonly writable: boolean;
  position: number;
  /** Reads into `into` at the position, advancing it; returns the bytes read (0 at end). */
  read(into: Uint8Array): number;
  /** Writes at the position (at the end with append), advancing it; returns bytes written. */
  write(data: Uint8Array): number;
  pread(into: Uint8Array, position: number): number;
  pwrite(data: Uint8Array, position: number): number;
  seek(offset: number, whence?: Whence): number;
  truncate(length: number): void;
  stat(): Stats;
  /** Entries of an open directory (EISDIR-style errors otherwise: ENOTDIR). */
  readdir(): DirEntry[];
  close(): void;
}

export interface WriteFileOptions {
  /** Append instead of truncating. */
  append?: boolean;
  /** Fail with EEXIST if the file exists. */
  exclusive?: boolean;
  /** Mode of a created file before the umask (default 0o666). */
  mode?: number;
}

export interface FileSystem {
  /** Owner given to what is created from now on (the calling process's fsuid/fsgid). */
  owner: { uid: number; gid: number };
  stat(path: string): Stats;
  lstat(path: string): Stats;
  /** True when stat(path) would succeed. */
  exists(path: string): boolean;
  /** The canonical absolute path: symlinks, "." and ".." resolved (ENOENT if missing). */
  realpath(path: string): string;
  /** The whole content of a file. The bytes are shared with the file system: never modify them. */
  readFile(path: string): Uint8Array;
  /** Creates or truncates (or appends to) a file. The fs keeps `data` by reference: don't modify it afterwards. */
  writeFile(path: string, data: Uint8Array | string, options?: WriteFileOptions): void;
  /** Mode before the umask, default 0o777. */
  mkdir(path: string, mode?: number): void;
  /** mkdir -p: creates missing parents, succeeds when the directory exists. */
  mkdirp(path: string, mode?: number): void;
  /** Names of a directory's entries ("." and ".." excluded) in byte order. */
  readdir(path: string): string[];
  unlink(path: string): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  link(existing: string, newPath: string): void;
  chmod(path: string, mode: number): void;
  /** -1 leaves an id unchanged. Follows symlinks. */
  chown(path: string, uid: number, gid: number): void;
  /** chown of the link itself. */
  lchown(path: string, uid: number, gid: number): void;
  utimes(path: string, atimeMs: number, mtimeMs: number): void;
  truncate(path: string, length: number): void;
  /** Creates a device or fifo node: `mode` holds the type bits (S_IFCHR, S_IFBLK, S_IFIFO). */
  mknod(path: string, mode: number, rdev?: number): void;
  open(path: string, flags?: OpenFlags, mode?: number): FileHandle;
}
