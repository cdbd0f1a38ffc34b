import { describe, expect, it } from 'vitest';
import { readTar, writeTar, type TarEntry } from '../archive';
import { digestOf } from '../digest';
import { changes, formatChanges } from './changes';
import { diff, diffEntries, diffLayer } from './diff';
import { describeFileSystem, expectErrno, type SeedTree } from './fs-suite';
import { isWhiteout } from './inode';
import { InodeFs } from './inode-fs';
import { Layer } from './layer';
import { Overlay } from './overlay';
import type { FileSystem } from './types';

const enc = new TextEncoder();
const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const MTIME = 1_700_000_000;

function dir(name: string, mode = 0o755): TarEntry {
  return { name: name.replace(/^\//, '') + '/', type: 'directory', mode, uid: 0, gid: 0, size: 0, mtime: MTIME };
}
function file(name: string, content: string, mode = 0o644): TarEntry {
  const data = enc.encode(content);
  return { name: name.replace(/^\//, ''), type: 'file', mode, uid: 0, gid: 0, size: data.length, mtime: MTIME, data };
}
function symlink(name: string, target: string): TarEntry {
  return { name: name.replace(/^\//, ''), type: 'symlink', linkname: target, mode: 0o777, uid: 0, gid: 0, size: 0, mtime: MTIME };
}
function hardlink(name: string, target: string): TarEntry {
  return { name: name.replace(/^\//, ''), type: 'hardlink', linkname: target.replace(/^\//, ''), mode: 0o644, uid: 0, gid: 0, size: 0, mtime: MTIME };
}

/**
 * The seed spread over three layers, with things that later layers hide: a file deleted by a
 * whiteout, a directory made opaque, a file replaced.
 */
function seedLayers(seed: SeedTree): Layer[] {
  const files = Object.entries(seed.files);
  const half = Math.ceil(files.length / 2);
  const bottom: TarEntry[] = [
    ...seed.dirs.map((d) => dir(d)),
    ...files.slice(0, half).map(([p, c]) => file(p, c)),
    ...Object.entries(seed.symlinks).map(([p, t]) => symlink(p, t)),
    ...seed.hardlinks.map(([from, to]) => hardlink(to, from)),
    file('/data/old', 'deleted above'),
    file('/home/ghost/x', 'hidden by opaque'),
    file('/data/a', 'replaced above'),
  ];
  const middle: TarEntry[] = [dir('/data'), file('/data/.wh.old', ''), dir('/home'), file('/home/.wh..wh..opq', '')];
  const top: TarEntry[] = [...files.slice(half).map(([p, c]) => file(p, c))];
  return [Layer.fromTar(bottom), Layer.fromTar(middle), Layer.fromTar(top)];
}

describeFileSystem('Overlay over three layers', (seed, now) => new Overlay(seedLayers(seed), { now }));

/** Every path of a file system with a description of what is there. */
function tree(fs: FileSystem, path = '/'): string[] {
  const out: string[] = [];
  for (const name of fs.readdir(path)) {
    const p = path === '/' ? `/${name}` : `${path}/${name}`;
    const st = fs.lstat(p);
    if (st.type === 'directory') {
      out.push(`${p}/ ${(st.mode & 0o7777).toString(8)}`);
      out.push(...tree(fs, p));
    } else if (st.type === 'symlink') out.push(`${p} -> ${fs.readlink(p)}`);
    else if (st.type === 'file') out.push(`${p} ${(st.mode & 0o7777).toString(8)} ${JSON.stringify(text(fs.readFile(p)))}`);
    else out.push(`${p} ${st.type} ${st.rdev}`);
  }
  return out;
}

const base = (): Layer[] => [
  Layer.fromTar([
    dir('etc'),
    file('etc/passwd', 'root:x:0:0\n'),
    file('etc/group', 'root:x:0:\n'),
    dir('usr'),
    dir('usr/share'),
    file('usr/share/a', 'a'),
    file('usr/share/b', 'b'),
    dir('tmp', 0o1777),
  ]),
];

describe('Overlay semantics', () => {
  it('hides whiteouts and opaque directories of the layers, and shows replaced files', () => {
    const fs = new Overlay(seedLayers({ dirs: [], files: {}, symlinks: {}, hardlinks: [], mtime: MTIME }));
    expect(fs.readdir('/data')).toEqual(['a']);
    expect(text(fs.readFile('/data/a'))).toBe('replaced above');
    expectErrno(() => fs.stat('/data/old'), 'ENOENT');
    expect(fs.readdir('/home')).toEqual([]);
    expectErrno(() => fs.stat('/home/ghost'), 'ENOENT');
  });

  it('shares the layers: 1,000 overlays of one image copy none of its files', () => {
    const layers = base();
    const first = new Overlay(layers).readFile('/etc/passwd');
    const overlays = Array.from({ length: 1000 }, () => new Overlay(layers));
    for (const [i, fs] of overlays.entries()) {
      const bytes = fs.readFile('/etc/passwd');
      expect(bytes.buffer).toBe(first.buffer);
      expect(bytes.byteOffset).toBe(first.byteOffset);
      fs.writeFile(`/tmp/${i}`, 'own');
    }
    overlays[0]!.writeFile('/etc/passwd', 'mine');
    overlays[1]!.unlink('/etc/group');
    expect(text(overlays[2]!.readFile('/etc/passwd'))).toBe('root:x:0:0\n');
    expect(overlays[2]!.readdir('/etc')).toEqual(['group', 'passwd']);
    expect(overlays[2]!.readdir('/tmp')).toEqual(['2']);
    expect(layers[0]!.root.entries.get('tmp')).toMatchObject({ kind: 'directory' });
    expect([...(layers[0]!.root.entries.get('etc') as { entries: Map<string, unknown> }).entries.keys()]).toEqual(['passwd', 'group']);
    // each overlay's upper only holds what it changed
    expect([...overlays[5]!.upper.root.entries.keys()]).toEqual(['tmp']);
    expect(overlays[5]!.upper.readdir('/tmp')).toEqual(['5']);
  });

  it('copies up metadata changes with the bytes by reference', () => {
    const layers = base();
    const fs = new Overlay(layers);
    const before = fs.readFile('/usr/share/a');
    fs.chmod('/usr/share/a', 0o600);
    expect(fs.stat('/usr/share/a').mode & 0o777).toBe(0o600);
    expect(fs.readFile('/usr/share/a').buffer).toBe(before.buffer);
    expect(fs.upper.lstat('/usr/share/a').mode & 0o777).toBe(0o600);
    expect(new Overlay(layers).stat('/usr/share/a').mode & 0o777).toBe(0o644);
    expect(fs.upper.readdir('/usr/share')).toEqual(['a']);
    expect(fs.readdir('/usr/share')).toEqual(['a', 'b']);
  });

  it('keeps inode numbers across copy-up and apart between layers', () => {
    const fs = new Overlay(base());
    const ino = fs.stat('/etc/passwd').ino;
    fs.writeFile('/etc/passwd', 'x');
    expect(fs.stat('/etc/passwd').ino).toBe(ino);
    fs.writeFile('/new', 'n');
    const inos = ['/etc', '/etc/passwd', '/etc/group', '/usr', '/new', '/tmp'].map((p) => fs.stat(p).ino);
    expect(new Set(inos).size).toBe(inos.length);
  });

  it('leaves a whiteout in the upper when a layer file is deleted', () => {
    const fs = new Overlay(base());
    fs.unlink('/etc/group');
    const w = fs.upper.root.entries.get('etc');
    expect(w?.kind === 'directory' && isWhiteout(w.entries.get('group')!)).toBe(true);
    expect(fs.readdir('/etc')).toEqual(['passwd']);
    fs.writeFile('/etc/group', 'again');
    expect(text(fs.readFile('/etc/group'))).toBe('again');
  });

  it('makes a directory re-created after rmdir opaque', () => {
    const fs = new Overlay(base());
    fs.unlink('/usr/share/a');
    fs.unlink('/usr/share/b');
    fs.rmdir('/usr/share');
    fs.mkdir('/usr/share');
    const share = fs.upper.root.entries.get('usr');
    expect(share?.kind === 'directory' && share.entries.get('share')).toMatchObject({ kind: 'directory', opaque: true });
    expect(fs.readdir('/usr/share')).toEqual([]);
    fs.writeFile('/usr/share/c', 'c');
    expect(fs.readdir('/usr/share')).toEqual(['c']);
  });

  it('renames a layer directory by copying it up, with a whiteout at the old name', () => {
    const fs = new Overlay(base());
    fs.rename('/usr/share', '/usr/moved');
    expect(fs.readdir('/usr')).toEqual(['moved']);
    expect(text(fs.readFile('/usr/moved/b'))).toBe('b');
    fs.mkdir('/usr/share');
    expect(fs.readdir('/usr/share')).toEqual([]);
    fs.rename('/etc/passwd', '/tmp/passwd');
    expect(fs.readdir('/etc')).toEqual(['group']);
    expect(text(fs.readFile('/tmp/passwd'))).toBe('root:x:0:0\n');
  });

  it('keeps hard links of a layer one inode, also after copy-up', () => {
    const layer = Layer.fromTar([dir('bin'), file('bin/busybox', 'BB', 0o755), hardlink('bin/ls', 'bin/busybox'), hardlink('bin/cat', 'bin/busybox')]);
    const fs = new Overlay([layer]);
    expect(fs.stat('/bin/ls').ino).toBe(fs.stat('/bin/busybox').ino);
    expect(fs.stat('/bin/ls').nlink).toBe(3);
    fs.writeFile('/bin/ls', 'LS');
    expect(text(fs.readFile('/bin/busybox'))).toBe('LS');
    expect(text(fs.readFile('/bin/cat'))).toBe('LS');
    expect(fs.stat('/bin/cat').ino).toBe(fs.stat('/bin/ls').ino);
    fs.chmod('/bin/cat', 0o700);
    expect(fs.stat('/bin/ls').mode & 0o777).toBe(0o700);
    expect(new Overlay([layer]).readFile('/bin/ls').length).toBe(2);
    expect(text(new Overlay([layer]).readFile('/bin/ls'))).toBe('BB');
  });

  it('a handle opened on a layer file reads its copy-up once another writer made one', () => {
    const fs = new Overlay(base());
    const r = fs.open('/etc/passwd', { read: true });
    const before = r.stat().ino;
    fs.writeFile('/etc/passwd', 'new');
    const buf = new Uint8Array(10);
    expect(text(buf.subarray(0, r.read(buf)))).toBe('new');
    expect(r.stat().ino).toBe(before);
    expect(r.stat().size).toBe(3);
  });

  it('rmdir sees the merged directory: lower children count', () => {
    const fs = new Overlay(base());
    expectErrno(() => fs.rmdir('/usr/share'), 'ENOTEMPTY');
    fs.unlink('/usr/share/a');
    expectErrno(() => fs.rmdir('/usr/share'), 'ENOTEMPTY');
    fs.unlink('/usr/share/b');
    fs.rmdir('/usr/share');
    expect(fs.readdir('/usr')).toEqual([]);
  });
});

describe('diff: the upper as an OCI layer tar', () => {
  const names = (fs: Overlay): string[] => diffEntries(fs.upper).map((e) => `${e.type} ${e.name}`);

  it('is the well-known empty layer for no changes', () => {
    const fs = new Overlay(base());
    expect(digestOf(diff(fs.upper))).toBe(digestOf(new Uint8Array(1024)));
  });

  it('holds a modified file with its parent directory', () => {
    const fs = new Overlay(base());
    fs.writeFile('/etc/passwd', 'changed');
    expect(names(fs)).toEqual(['directory etc/', 'file etc/passwd']);
    const entries = diffEntries(fs.upper);
    expect(entries[0]).toMatchObject({ mode: 0o755, mtime: MTIME, uid: 0 });
    expect(text(entries[1]!.data!)).toBe('changed');
  });

  it('writes whiteouts as .wh. files in place and opaque directories as .wh..wh..opq', () => {
    const fs = new Overlay(base(), { now: () => 1_800_000_000_500 });
    fs.unlink('/etc/group');
    fs.writeFile('/etc/hosts', 'h');
    fs.unlink('/usr/share/a');
    fs.unlink('/usr/share/b');
    fs.rmdir('/usr/share');
    fs.mkdir('/usr/share');
    fs.writeFile('/usr/share/new', 'n');
    expect(names(fs)).toEqual([
      'directory etc/',
      'file etc/.wh.group',
      'file etc/hosts',
      'directory usr/',
      'directory usr/share/',
      'file usr/share/.wh..wh..opq',
      'file usr/share/new',
    ]);
    const wh = diffEntries(fs.upper)[1]!;
    expect(wh).toMatchObject({ mode: 0o600, size: 0, mtime: 1_800_000_000 });
  });

  it('writes a second name of a hard-linked file as a hardlink entry', () => {
    const fs = new Overlay(base());
    fs.writeFile('/tmp/x', 'x');
    fs.link('/tmp/x', '/tmp/y');
    expect(diffEntries(fs.upper).map((e) => [e.name, e.type, e.linkname])).toEqual([
      ['tmp/', 'directory', undefined],
      ['tmp/x', 'file', undefined],
      ['tmp/y', 'hardlink', 'tmp/x'],
    ]);
  });

  it('is deterministic: the same changes give the same bytes and diff ID', () => {
    const run = () => {
      const fs = new Overlay(base(), { now: () => 1_800_000_000_000 });
      fs.mkdirp('/app/src');
      fs.writeFile('/app/src/main.c', 'int main(){}');
      fs.unlink('/etc/group');
      fs.chmod('/tmp', 0o777);
      return diffLayer(fs.upper);
    };
    const a = run();
    const b = run();
    expect(a.tar).toEqual(b.tar);
    expect(a.diffId).toBe(b.diffId);
    expect(a.diffId).toBe(digestOf(a.tar));
  });

  it('round-trips: the diff as a new layer gives the same view as the overlay', () => {
    const layers = base();
    const fs = new Overlay(layers, { now: () => 1_800_000_000_000 });
    fs.writeFile('/etc/passwd', 'changed');
    fs.unlink('/etc/group');
    fs.unlink('/usr/share/a');
    fs.unlink('/usr/share/b');
    fs.rmdir('/usr/share');
    fs.mkdir('/usr/share');
    fs.writeFile('/usr/share/c', 'c');
    fs.symlink('/etc/passwd', '/pw');
    fs.rename('/tmp', '/var');
    const committed = new Overlay([...layers, Layer.fromTar(readTar(diff(fs.upper)))]);
    expect(tree(committed)).toEqual(tree(fs));
  });
});

describe('changes: docker diff', () => {
  it('reports C /etc and C /etc/passwd for a modified /etc/passwd', () => {
    const fs = new Overlay(base(), { now: () => 1_800_000_000_000 });
    fs.writeFile('/etc/passwd', 'changed');
    expect(formatChanges(changes(fs))).toEqual(['C /etc', 'C /etc/passwd']);
  });

  it('reports additions, deletions and a whole added tree', () => {
    const fs = new Overlay(base(), { now: () => 1_800_000_000_000 });
    fs.mkdirp('/app/src');
    fs.writeFile('/app/src/main.c', '');
    fs.unlink('/etc/group');
    fs.writeFile('/tmp/scratch', '');
    expect(formatChanges(changes(fs))).toEqual(['A /app', 'A /app/src', 'A /app/src/main.c', 'C /etc', 'D /etc/group', 'C /tmp', 'A /tmp/scratch']);
  });

  it('reports a deleted tree once, and a re-created directory by its children', () => {
    const fs = new Overlay(base(), { now: () => 1_800_000_000_000 });
    fs.rename('/usr/share', '/usr/moved');
    expect(formatChanges(changes(fs))).toEqual(['C /usr', 'A /usr/moved', 'A /usr/moved/a', 'A /usr/moved/b', 'D /usr/share']);
    const g = new Overlay(base(), { now: () => 1_800_000_000_000 });
    g.unlink('/usr/share/a');
    g.unlink('/usr/share/b');
    g.rmdir('/usr/share');
    g.mkdir('/usr/share', 0o755);
    g.writeFile('/usr/share/c', '');
    expect(formatChanges(changes(g))).toEqual(['C /usr', 'C /usr/share', 'D /usr/share/a', 'D /usr/share/b', 'A /usr/share/c']);
  });

  it('reports metadata changes, and nothing for a copy-up that changed nothing', () => {
    const fs = new Overlay(base());
    fs.chmod('/tmp', 0o755);
    fs.utimes('/etc/passwd', MTIME * 1000, MTIME * 1000);
    expect(formatChanges(changes(fs))).toEqual(['C /tmp']);
    expect(changes(new Overlay(base()))).toEqual([]);
  });
});

describe('Layer.fromTar', () => {
  it('rejects a bare .wh. whiteout', () => {
    expectErrno(() => Layer.fromTar([file('etc/.wh.', '')]), 'EINVAL');
  });

  it('makes missing parents, sizes its files once per inode, and skips .wh..wh. metadata', () => {
    const layer = Layer.fromTar([file('a/b/c', 'xyz'), hardlink('a/d', 'a/b/c'), file('.wh..wh.plnk', '')]);
    expect(layer.size).toBe(3);
    const fs = new Overlay([layer]);
    expect(fs.readdir('/')).toEqual(['a']);
    expect(fs.stat('/a/d').nlink).toBe(2);
  });

  it('keeps a directory of a lower layer’s metadata when a layer only implies it', () => {
    const fs = new Overlay([Layer.fromTar([dir('opt', 0o700)]), Layer.fromTar([file('opt/x', 'x')])]);
    expect(fs.stat('/opt').mode & 0o777).toBe(0o700);
  });

  it('reads a real tar archive', () => {
    const tar = writeTar([dir('etc'), file('etc/os-release', 'ID=gorae\n'), symlink('bin', 'usr/bin')]);
    const fs = new Overlay([Layer.fromTar(readTar(tar))]);
    expect(tree(fs)).toEqual(['/bin -> usr/bin', '/etc/ 755', '/etc/os-release 644 "ID=gorae\\n"']);
  });

  it('an InodeFs can serve as the upper', () => {
    const upper = new InodeFs();
    const fs = new Overlay(base(), { upper });
    fs.writeFile('/f', 'f');
    expect(upper.readdir('/')).toEqual(['f']);
  });
});
