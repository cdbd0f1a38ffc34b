/**
 * `docker diff`: what a container changed, as Docker's archive.ChangesDirs computes it by
 * comparing the merged view with the image's view: A for a path the image lacks, C for one
 * whose mode, owner, device or (non-directories) size or mtime differs, D for a deleted one
 * (only the top of a deleted subtree). A directory holding changes is reported C before them
 * even when itself unchanged (modifying /etc/passwd gives "C /etc", "C /etc/passwd"); the
 * root is never reported. Only paths in the upper layer can differ, so only those are walked.
 * Docker visits siblings in Go map order (random); we visit them in byte order, depth first,
 * which is the order of overlay2's native walker and containerd's.
 */
import { isWhiteout, sortedNames, type DirInode } from './inode';
import { isFsError } from './errors';
import { Overlay } from './overlay';
import type { Stats } from './types';

export type ChangeKind = 'A' | 'C' | 'D';

export interface Change {
  kind: ChangeKind;
  path: string;
}

/** Docker's sameFsTime: equal, or the same second with one side having no sub-second part. */
function sameFsTime(a: number, b: number): boolean {
  return a === b || (Math.floor(a / 1000) === Math.floor(b / 1000) && (a % 1000 === 0 || b % 1000 === 0));
}

/** Docker's statDifferent (changes_unix.go). */
export function statDifferent(before: Stats, after: Stats): boolean {
  return (
    before.mode !== after.mode ||
    before.uid !== after.uid ||
    before.gid !== after.gid ||
    before.rdev !== after.rdev ||
    (before.type !== 'directory' && (!sameFsTime(before.mtimeMs, after.mtimeMs) || before.size !== after.size))
  );
}

/** lstat, or undefined when nothing is there. */
export function tryLstat(fs: Overlay, path: string): Stats | undefined {
  try {
    return fs.lstat(path);
  } catch (e) {
    if (isFsError(e)) return undefined;
    throw e;
  }
}

/** The changes of an overlay's upper against its layers, in `docker diff` form. */
export function changes(overlay: Overlay): Change[] {
  const image = new Overlay(overlay.layers);
  const out: Change[] = [];

  const visit = (dir: DirInode, path: string, oldIsDir: boolean, reported: boolean): void => {
    const start = out.length;
    const names = new Set(dir.entries.keys());
    if (dir.opaque && oldIsDir) for (const name of image.readdir(path || '/')) names.add(name);
    for (const name of sortedNames(names)) {
      const p = `${path}/${name}`;
      const upper = dir.entries.get(name);
      const before = oldIsDir ? tryLstat(image, p) : undefined;
      if (!upper || isWhiteout(upper)) {
        if (before) out.push({ kind: 'D', path: p });
        continue;
      }
      let self = false;
      if (!before) {
        out.push({ kind: 'A', path: p });
        self = true;
      } else if (statDifferent(before, overlay.lstat(p))) {
        out.push({ kind: 'C', path: p });
        self = true;
      }
      if (upper.kind === 'directory') visit(upper, p, before?.type === 'directory', self);
    }
    if (out.length > start && path !== '' && !reported) out.splice(start, 0, { kind: 'C', path });
  };

  visit(overlay.upper.root, '', true, true);
  return out;
}

/** The lines `docker diff` prints: "C /etc". */
export function formatChanges(list: readonly Change[]): string[] {
  return list.map((c) => `${c.kind} ${c.path}`);
}
