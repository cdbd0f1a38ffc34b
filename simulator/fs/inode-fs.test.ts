import { describe, expect, it } from 'vitest';
import { describeFileSystem, type SeedTree } from './fs-suite';
import { InodeFs } from './inode-fs';

/** Writes the seed tree into a fresh inode fs. */
export function seededInodeFs(seed: SeedTree, now: () => number): InodeFs {
  const ms = seed.mtime * 1000;
  const fs = new InodeFs({ now: () => ms });
  for (const dir of seed.dirs) fs.mkdir(dir);
  for (const [path, content] of Object.entries(seed.files)) fs.writeFile(path, content);
  for (const [path, target] of Object.entries(seed.symlinks)) fs.symlink(target, path);
  for (const [from, to] of seed.hardlinks) fs.link(from, to);
  const all = ['/', ...seed.dirs, ...Object.keys(seed.files)];
  for (const path of all) fs.utimes(path, ms, ms);
  return Object.assign(fs, { now });
}

describeFileSystem('InodeFs', seededInodeFs);

describe('InodeFs specifics', () => {
  it('never copies bytes it is given or hands out, until they are written', () => {
    const fs = new InodeFs({ now: () => 0 });
    const data = new TextEncoder().encode('shared');
    fs.writeFile('/f', data);
    const read = fs.readFile('/f');
    expect(read.buffer).toBe(data.buffer);
    fs.open('/f', { write: true }).pwrite(new TextEncoder().encode('S'), 0);
    expect(new TextDecoder().decode(data)).toBe('shared');
    expect(new TextDecoder().decode(fs.readFile('/f'))).toBe('Shared');
  });

  it('grows files written in small appends without quadratic copying', () => {
    const fs = new InodeFs({ now: () => 0 });
    const h = fs.open('/log', { write: true, create: true, append: true });
    const line = new TextEncoder().encode('0123456789');
    for (let i = 0; i < 10_000; i++) h.write(line);
    expect(fs.stat('/log').size).toBe(100_000);
  });
});
