/**
 * A plain in-memory inode file system: one tree of inodes under a root directory, with
 * hard links, symlinks resolved inside the root, devices and copy-on-write file bytes.
 * It is also the writable upper layer of an overlay (whiteouts are char devices 0/0 there).
 */
import { linkInto, unlinkFrom } from './dir-ops';
import { isDir, newDir, sortedNames, type DirInode, type Inode } from './inode';
import { PathFs, type PathFsOptions } from './path-fs';
import type { Resolution, TreeWalker } from './resolve';

export interface InodeFsOptions extends PathFsOptions {
  /** Mode of the root directory (default 0o755). */
  rootMode?: number;
}

export class InodeFs extends PathFs<Inode> {
  readonly root: DirInode;
  private nextIno = 2;
  protected readonly walker: TreeWalker<Inode>;

  constructor(options: InodeFsOptions = {}) {
    super(options);
    this.root = newDir({ ino: 1, perm: options.rootMode ?? 0o755, time: this.now() });
    const root = this.root;
    this.walker = {
      root,
      child: (dir, name) => (isDir(dir) ? dir.entries.get(name) : undefined),
      isDir: (node) => node.kind === 'directory',
      linkTarget: (node) => (node.kind === 'symlink' ? node.target : undefined),
    };
  }

  /** A fresh inode number (inode numbers are never reused). */
  allocIno(): number {
    return this.nextIno++;
  }

  protected inodeOf(node: Inode): Inode {
    return node;
  }

  protected inoOf(node: Inode): number {
    return node.ino;
  }

  protected entries(dir: Inode): Array<[string, Inode]> {
    if (!isDir(dir)) return [];
    return sortedNames(dir.entries.keys()).map((name) => [name, dir.entries.get(name)!]);
  }

  protected writable(r: Resolution<Inode>): Inode {
    return r.node!;
  }

  protected attach(r: Resolution<Inode>, inode: Inode): void {
    linkInto(r.parent as DirInode, r.name, inode, this.now());
  }

  protected detach(r: Resolution<Inode>): Inode {
    return unlinkFrom(r.parent as DirInode, r.name, this.now())!;
  }
}
