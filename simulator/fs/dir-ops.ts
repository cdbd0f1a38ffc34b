/** Adding and removing directory entries with the link counts and times Linux keeps. */
import type { DirInode, Inode } from './inode';

/** Names `inode` in `dir`: counts the link (a subdirectory counts in its parent's nlink). */
export function linkInto(dir: DirInode, name: string, inode: Inode, now: number): void {
  dir.entries.set(name, inode);
  if (inode.kind === 'directory') dir.nlink++;
  else inode.nlink++;
  dir.mtime = dir.ctime = now;
  inode.ctime = now;
}

/** Removes the entry `name` of `dir` and returns its inode (undefined when absent). */
export function unlinkFrom(dir: DirInode, name: string, now: number): Inode | undefined {
  const inode = dir.entries.get(name);
  if (!inode) return undefined;
  dir.entries.delete(name);
  if (inode.kind === 'directory') dir.nlink--;
  else inode.nlink--;
  dir.mtime = dir.ctime = now;
  inode.ctime = now;
  return inode;
}
