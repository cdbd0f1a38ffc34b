/**
 * The file system of containers and images: an in-memory inode fs, read-only layers built
 * from OCI layer tars, overlays of layers under a writable upper, the layer tar of an
 * upper's changes, and `docker diff`'s change list.
 */
export { FsError, isFsError, STRERROR, type Errno } from './errors';
export type { DirEntry, FileHandle, FileSystem, FileType, OpenFlags, Stats, Whence, WriteFileOptions } from './types';
export {
  S_IFMT,
  S_IFREG,
  S_IFDIR,
  S_IFLNK,
  S_IFCHR,
  S_IFBLK,
  S_IFIFO,
  S_IFSOCK,
  makedev,
  major,
  minor,
  isWhiteout,
  compareNames,
  type Inode,
  type FileInode,
  type DirInode,
  type SymlinkInode,
  type NodeInode,
} from './inode';
export { MAX_SYMLINKS } from './resolve';
export { InodeHandle } from './handle';
export { PathFs, type PathFsOptions } from './path-fs';
export { InodeFs, type InodeFsOptions } from './inode-fs';
export { Overlay, LAYER_INO_STRIDE, type OverlayOptions, type OverlayNode } from './overlay';
export { Layer, tarPathParts, WHITEOUT_PREFIX, WHITEOUT_META_PREFIX, WHITEOUT_OPAQUE } from './layer';
export { diff, diffEntries, diffLayer } from './diff';
export { changes, formatChanges, statDifferent, tryLstat, type Change, type ChangeKind } from './changes';
export { treeEntries } from './tree-tar';
