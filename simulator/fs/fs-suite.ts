/**
 * One behavioural suite for every `FileSystem`: `describeFileSystem(name, factory)` runs the
 * same POSIX expectations against a file system the factory fills with the suite's seed
 * tree (the inode fs writes it; the overlay puts it in read-only layers). Not a test file
 * itself: inode-fs.test.ts and overlay.test.ts call it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FsError, type Errno } from './errors';
import { makedev, S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from './inode';
import type { FileSystem } from './types';

/** The tree every run starts from. Paths are absolute; directories are listed parents first. */
export interface SeedTree {
  dirs: string[];
  files: Record<string, string>;
  symlinks: Record<string, string>;
  /** [existing, new name] */
  hardlinks: Array<[string, string]>;
  /** Seconds since the epoch of every seeded entry. */
  mtime: number;
}

export const SEED: SeedTree = {
  dirs: ['/etc', '/bin', '/usr', '/usr/bin', '/usr/lib', '/data', '/data/sub', '/empty', '/home'],
  files: {
    '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n',
    '/etc/hostname': 'box\n',
    '/bin/sh': '#!shell',
    '/usr/lib/libc.so': 'libc',
    '/data/a': 'A',
    '/data/sub/b': 'B',
  },
  symlinks: {
    '/lib': 'usr/lib',
    '/abs': '/etc',
    '/up': '../../../../etc',
    '/loop1': '/loop2',
    '/loop2': '/loop1',
    '/dangling': '/nowhere',
    '/usr/bin/sh': '../../bin/sh',
  },
  hardlinks: [['/etc/hostname', '/etc/hostname.hard']],
  mtime: 1_700_000_000,
};

/** Builds a file system holding `seed`, whose clock is `now`. */
export type FsFactory = (seed: SeedTree, now: () => number) => FileSystem;

const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Expects `fn` to throw an FsError with `errno`. */
export function expectErrno(fn: () => unknown, errno: Errno): FsError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FsError);
    expect((e as FsError).errno).toBe(errno);
    return e as FsError;
  }
  throw new Error(`expected ${errno}, nothing was thrown`);
}

export function describeFileSystem(name: string, factory: FsFactory): void {
  describe(`FileSystem behaviour: ${name}`, () => {
    let fs: FileSystem;
    let t = 0;
    const START = 1_800_000_000_000;
    beforeEach(() => {
      t = START;
      fs = factory(SEED, () => t);
    });

    describe('lookup and stat', () => {
      it('reads seeded files and stats them with type bits', () => {
        expect(text(fs.readFile('/etc/passwd'))).toBe(SEED.files['/etc/passwd']);
        const st = fs.stat('/etc/passwd');
        expect(st.type).toBe('file');
        expect(st.mode & S_IFMT).toBe(S_IFREG);
        expect(st.size).toBe(SEED.files['/etc/passwd']!.length);
        expect(st.mtimeMs).toBe(SEED.mtime * 1000);
        expect(fs.stat('/etc').mode & S_IFMT).toBe(S_IFDIR);
        expect(fs.stat('/').type).toBe('directory');
      });

      it('answers ENOENT, ENOTDIR and EISDIR as Linux does', () => {
        const e = expectErrno(() => fs.readFile('/etc/nope'), 'ENOENT');
        expect(e.message).toBe('No such file or directory');
        expect(e.path).toBe('/etc/nope');
        expectErrno(() => fs.stat('/nope/x'), 'ENOENT');
        expectErrno(() => fs.stat('/etc/passwd/x'), 'ENOTDIR');
        expectErrno(() => fs.stat('/etc/passwd/'), 'ENOTDIR');
        expectErrno(() => fs.readFile('/etc'), 'EISDIR');
        expectErrno(() => fs.readdir('/etc/passwd'), 'ENOTDIR');
        expectErrno(() => fs.stat(''), 'ENOENT');
        expect(fs.exists('/etc/passwd')).toBe(true);
        expect(fs.exists('/etc/passwd/x')).toBe(false);
      });

      it('normalises ".", ".." and repeated slashes; ".." at the root stays at the root', () => {
        expect(text(fs.readFile('//etc/./../etc//passwd'))).toBe(SEED.files['/etc/passwd']);
        expect(text(fs.readFile('/../../etc/passwd'))).toBe(SEED.files['/etc/passwd']);
        expect(fs.realpath('/usr/bin/../lib/.')).toBe('/usr/lib');
        expect(fs.realpath('/')).toBe('/');
      });

      it('lists directories in byte order without "." and ".."', () => {
        expect(fs.readdir('/etc')).toEqual(['hostname', 'hostname.hard', 'passwd']);
        expect(fs.readdir('/')).toEqual(['abs', 'bin', 'dangling', 'data', 'empty', 'etc', 'home', 'lib', 'loop1', 'loop2', 'up', 'usr']);
        expect(fs.readdir('/empty')).toEqual([]);
      });

      it('gives every file its own inode number and hard links the same one', () => {
        const a = fs.stat('/etc/hostname');
        const b = fs.stat('/etc/hostname.hard');
        expect(a.ino).toBe(b.ino);
        expect(a.nlink).toBe(2);
        expect(fs.stat('/etc/passwd').ino).not.toBe(a.ino);
        expect(fs.stat('/etc/passwd').ino).toBe(fs.stat('/etc/passwd').ino);
      });
    });

    describe('symlinks', () => {
      it('follows relative and absolute links, which stay inside the root', () => {
        expect(text(fs.readFile('/lib/libc.so'))).toBe('libc');
        expect(text(fs.readFile('/abs/passwd'))).toBe(SEED.files['/etc/passwd']);
        expect(text(fs.readFile('/up/passwd'))).toBe(SEED.files['/etc/passwd']);
        expect(text(fs.readFile('/usr/bin/sh'))).toBe('#!shell');
        expect(fs.realpath('/usr/bin/sh')).toBe('/bin/sh');
        expect(fs.realpath('/lib/')).toBe('/usr/lib');
      });

      it('lstat sees the link, stat its target; readlink returns the text', () => {
        const l = fs.lstat('/abs');
        expect(l.type).toBe('symlink');
        expect(l.mode & S_IFMT).toBe(S_IFLNK);
        expect(l.size).toBe(4);
        expect(fs.stat('/abs').type).toBe('directory');
        expect(fs.readlink('/abs')).toBe('/etc');
        expectErrno(() => fs.readlink('/etc'), 'EINVAL');
        expect(fs.lstat('/dangling').type).toBe('symlink');
        expectErrno(() => fs.stat('/dangling'), 'ENOENT');
      });

      it('fails with ELOOP on cycles and after 40 links, not before', () => {
        expectErrno(() => fs.stat('/loop1'), 'ELOOP');
        expect(fs.lstat('/loop1').type).toBe('symlink');
        fs.symlink('/etc', '/l0');
        for (let i = 1; i <= 40; i++) fs.symlink(`/l${i - 1}`, `/l${i}`);
        expect(fs.stat('/l39').type).toBe('directory'); // 40 links
        expectErrno(() => fs.stat('/l40'), 'ELOOP'); // 41 links
        expectErrno(() => fs.open('/abs', { read: true, noFollow: true }), 'ELOOP');
      });

      it('creates a file through a dangling link, at its target', () => {
        fs.symlink('/home/target', '/home/link');
        fs.writeFile('/home/link', 'via link');
        expect(text(fs.readFile('/home/target'))).toBe('via link');
        expect(fs.lstat('/home/link').type).toBe('symlink');
        expectErrno(() => fs.symlink('/x', '/etc'), 'EEXIST');
      });
    });

    describe('writing files', () => {
      it('creates with mode & ~umask, truncates, appends', () => {
        fs.writeFile('/home/f', 'hello');
        expect(fs.stat('/home/f').mode).toBe(S_IFREG | 0o644);
        fs.writeFile('/home/f', 'bye');
        expect(text(fs.readFile('/home/f'))).toBe('bye');
        fs.writeFile('/home/f', ' now', { append: true });
        expect(text(fs.readFile('/home/f'))).toBe('bye now');
        fs.writeFile('/home/x', 'x', { mode: 0o600 });
        expect(fs.stat('/home/x').mode & 0o7777).toBe(0o600);
        expectErrno(() => fs.writeFile('/home/f', 'x', { exclusive: true }), 'EEXIST');
        expectErrno(() => fs.writeFile('/nope/f', 'x'), 'ENOENT');
        expectErrno(() => fs.writeFile('/etc', 'x'), 'EISDIR');
        expectErrno(() => fs.writeFile('/home/new/', 'x'), 'EISDIR');
      });

      it('overwrites a seeded file without touching what was read before', () => {
        const before = fs.readFile('/etc/passwd');
        fs.writeFile('/etc/passwd', 'changed');
        expect(text(before)).toBe(SEED.files['/etc/passwd']);
        expect(text(fs.readFile('/etc/passwd'))).toBe('changed');
      });

      it('keeps times from the injected clock', () => {
        t += 5000;
        fs.writeFile('/home/f', 'x');
        const st = fs.stat('/home/f');
        expect(st.mtimeMs).toBe(t);
        expect(st.ctimeMs).toBe(t);
        expect(fs.stat('/home').mtimeMs).toBe(t);
        t += 1000;
        fs.chmod('/home/f', 0o700);
        expect(fs.stat('/home/f').ctimeMs).toBe(t);
        expect(fs.stat('/home/f').mtimeMs).toBe(t - 1000);
        fs.utimes('/home/f', 1000, 2000);
        expect(fs.stat('/home/f').atimeMs).toBe(1000);
        expect(fs.stat('/home/f').mtimeMs).toBe(2000);
      });

      it('truncates, zero-filling when it grows', () => {
        fs.truncate('/data/a', 3);
        expect([...fs.readFile('/data/a')]).toEqual([65, 0, 0]);
        fs.truncate('/data/a', 0);
        expect(fs.stat('/data/a').size).toBe(0);
        expectErrno(() => fs.truncate('/etc', 0), 'EISDIR');
        expectErrno(() => fs.truncate('/data/a', -1), 'EINVAL');
      });

      it('chmod keeps the type bits; chown follows links, lchown does not', () => {
        fs.chmod('/etc/passwd', 0o4600);
        expect(fs.stat('/etc/passwd').mode).toBe(S_IFREG | 0o4600);
        fs.chown('/abs', 10, 20);
        expect(fs.stat('/etc').uid).toBe(10);
        expect(fs.stat('/etc').gid).toBe(20);
        fs.chown('/etc', -1, 30);
        expect(fs.stat('/etc').uid).toBe(10);
        expect(fs.stat('/etc').gid).toBe(30);
        fs.lchown('/abs', 7, 7);
        expect(fs.lstat('/abs').uid).toBe(7);
        expect(fs.stat('/abs').uid).toBe(10);
      });
    });

    describe('directories', () => {
      it('mkdir, EEXIST, ENOENT; mkdirp', () => {
        fs.mkdir('/home/d');
        expect(fs.stat('/home/d').mode).toBe(S_IFDIR | 0o755);
        expectErrno(() => fs.mkdir('/home/d'), 'EEXIST');
        expectErrno(() => fs.mkdir('/abs'), 'EEXIST');
        expectErrno(() => fs.mkdir('/x/y'), 'ENOENT');
        expectErrno(() => fs.mkdir('/etc/passwd/y'), 'ENOTDIR');
        fs.mkdirp('/home/a/b/c');
        expect(fs.stat('/home/a/b/c').type).toBe('directory');
        fs.mkdirp('/home/a/b/c');
        fs.mkdirp('/lib/sub');
        expect(fs.stat('/usr/lib/sub').type).toBe('directory');
        expectErrno(() => fs.mkdirp('/etc/passwd'), 'EEXIST');
        expectErrno(() => fs.mkdirp('/etc/passwd/x'), 'ENOTDIR');
      });

      it('keeps directory link counts', () => {
        const n = fs.stat('/home').nlink;
        fs.mkdir('/home/d');
        expect(fs.stat('/home').nlink).toBe(n + 1);
        expect(fs.stat('/home/d').nlink).toBe(2);
        fs.rmdir('/home/d');
        expect(fs.stat('/home').nlink).toBe(n);
      });

      it('rmdir: empty only, not files, not the root', () => {
        expectErrno(() => fs.rmdir('/data'), 'ENOTEMPTY');
        expectErrno(() => fs.rmdir('/etc/passwd'), 'ENOTDIR');
        expectErrno(() => fs.rmdir('/abs'), 'ENOTDIR');
        expectErrno(() => fs.rmdir('/'), 'EBUSY');
        expectErrno(() => fs.rmdir('/empty/.'), 'EINVAL');
        fs.rmdir('/empty');
        expect(fs.exists('/empty')).toBe(false);
        expect(fs.readdir('/')).not.toContain('empty');
        fs.unlink('/data/sub/b');
        fs.rmdir('/data/sub');
        expect(fs.readdir('/data')).toEqual(['a']);
      });

      it('unlink: files and links, never directories', () => {
        fs.unlink('/etc/passwd');
        expect(fs.exists('/etc/passwd')).toBe(false);
        expect(fs.readdir('/etc')).toEqual(['hostname', 'hostname.hard']);
        expectErrno(() => fs.unlink('/etc/passwd'), 'ENOENT');
        expectErrno(() => fs.unlink('/etc'), 'EISDIR');
        fs.unlink('/abs');
        expect(fs.stat('/etc').type).toBe('directory');
        fs.unlink('/etc/hostname');
        expect(fs.stat('/etc/hostname.hard').nlink).toBe(1);
        expect(text(fs.readFile('/etc/hostname.hard'))).toBe('box\n');
      });

      it('re-creates a deleted directory empty', () => {
        fs.unlink('/data/sub/b');
        fs.rmdir('/data/sub');
        fs.mkdir('/data/sub');
        expect(fs.readdir('/data/sub')).toEqual([]);
        fs.unlink('/data/a');
        fs.mkdir('/data/a');
        expect(fs.stat('/data/a').type).toBe('directory');
        expect(fs.readdir('/data/a')).toEqual([]);
      });
    });

    describe('rename', () => {
      it('moves files, replacing a file', () => {
        fs.rename('/data/a', '/home/a2');
        expect(text(fs.readFile('/home/a2'))).toBe('A');
        expect(fs.exists('/data/a')).toBe(false);
        fs.rename('/home/a2', '/etc/passwd');
        expect(text(fs.readFile('/etc/passwd'))).toBe('A');
        expect(fs.readdir('/home')).toEqual([]);
      });

      it('moves directories with their content, over an empty directory', () => {
        const ino = fs.stat('/data/sub/b').ino;
        fs.rename('/data', '/empty');
        expect(fs.readdir('/empty')).toEqual(['a', 'sub']);
        expect(text(fs.readFile('/empty/sub/b'))).toBe('B');
        expect(fs.stat('/empty/sub/b').ino).toBe(ino);
        expect(fs.exists('/data')).toBe(false);
        fs.mkdir('/data');
        expect(fs.readdir('/data')).toEqual([]);
      });

      it('follows the POSIX error rules', () => {
        expectErrno(() => fs.rename('/data', '/etc'), 'ENOTEMPTY');
        expectErrno(() => fs.rename('/data/a', '/empty'), 'EISDIR');
        expectErrno(() => fs.rename('/empty', '/data/a'), 'ENOTDIR');
        expectErrno(() => fs.rename('/data', '/data/sub/inside'), 'EINVAL');
        expectErrno(() => fs.rename('/nope', '/x'), 'ENOENT');
        expectErrno(() => fs.rename('/data/a', '/nope/x'), 'ENOENT');
        expectErrno(() => fs.rename('/', '/x'), 'EBUSY');
        fs.rename('/data/a', '/data/a');
        fs.rename('/etc/hostname', '/etc/hostname.hard');
        expect(fs.readdir('/etc')).toEqual(['hostname', 'hostname.hard', 'passwd']);
      });

      it('renames a symlink, not its target', () => {
        fs.rename('/abs', '/abs2');
        expect(fs.readlink('/abs2')).toBe('/etc');
        expect(fs.stat('/etc').type).toBe('directory');
      });
    });

    describe('hard links', () => {
      it('share one inode: a write through one name shows through the other', () => {
        fs.link('/data/a', '/home/a');
        expect(fs.stat('/data/a').nlink).toBe(2);
        fs.writeFile('/home/a', 'changed');
        expect(text(fs.readFile('/data/a'))).toBe('changed');
        fs.writeFile('/etc/hostname.hard', 'other\n');
        expect(text(fs.readFile('/etc/hostname'))).toBe('other\n');
        expectErrno(() => fs.link('/etc', '/home/etc'), 'EPERM');
        expectErrno(() => fs.link('/data/a', '/etc/passwd'), 'EEXIST');
        expectErrno(() => fs.link('/nope', '/home/n'), 'ENOENT');
      });
    });

    describe('file handles', () => {
      it('two handles see each other’s writes; pread/pwrite; seek', () => {
        const w = fs.open('/home/f', { write: true, create: true });
        const r = fs.open('/home/f', { read: true });
        w.write(bytes('hello world'));
        const buf = new Uint8Array(5);
        expect(r.read(buf)).toBe(5);
        expect(text(buf)).toBe('hello');
        w.pwrite(bytes('W'), 6);
        expect(r.pread(buf, 6)).toBe(5);
        expect(text(buf)).toBe('World');
        expect(r.seek(-2, 'end')).toBe(9);
        expect(r.read(buf)).toBe(2);
        expect(r.read(buf)).toBe(0);
        expect(r.stat().size).toBe(11);
        expectErrno(() => r.write(bytes('x')), 'EBADF');
        r.close();
        expectErrno(() => r.read(buf), 'EBADF');
        w.truncate(5);
        expect(text(fs.readFile('/home/f'))).toBe('hello');
        w.seek(8);
        w.write(bytes('!'));
        expect([...fs.readFile('/home/f')].slice(5)).toEqual([0, 0, 0, 33]);
      });

      it('writes a seeded file through a handle', () => {
        const h = fs.open('/etc/hostname', { read: true, write: true });
        h.pwrite(bytes('B'), 0);
        expect(text(fs.readFile('/etc/hostname'))).toBe('Box\n');
        expect(text(fs.readFile('/etc/hostname.hard'))).toBe('Box\n');
        const a = fs.open('/data/a', { write: true, append: true });
        a.write(bytes('1'));
        a.seek(0);
        a.write(bytes('2'));
        expect(text(fs.readFile('/data/a'))).toBe('A12');
        fs.open('/data/a', { write: true, truncate: true }).close();
        expect(fs.stat('/data/a').size).toBe(0);
      });

      it('applies the open flag rules', () => {
        expectErrno(() => fs.open('/etc', { write: true }), 'EISDIR');
        expectErrno(() => fs.open('/etc/passwd', { read: true, directory: true }), 'ENOTDIR');
        expectErrno(() => fs.open('/dangling', { write: true, create: true, exclusive: true }), 'EEXIST');
        expectErrno(() => fs.open('/home/none', { read: true }), 'ENOENT');
        const d = fs.open('/etc', { read: true, directory: true });
        expect(d.readdir().map((e) => e.name)).toEqual(['hostname', 'hostname.hard', 'passwd']);
        expect(d.readdir()[2]?.type).toBe('file');
        expect(d.stat().type).toBe('directory');
        expectErrno(() => d.read(new Uint8Array(1)), 'EISDIR');
      });
    });

    describe('owner', () => {
      it('gives created entries the owner set on the file system', () => {
        fs.owner = { uid: 1000, gid: 100 };
        fs.writeFile('/home/u', 'u');
        fs.mkdir('/home/d');
        fs.symlink('u', '/home/l');
        for (const p of ['/home/u', '/home/d', '/home/l']) expect([fs.lstat(p).uid, fs.lstat(p).gid]).toEqual([1000, 100]);
        expect(fs.stat('/etc/passwd').uid).toBe(0);
      });
    });

    describe('devices', () => {
      it('makes a char device that reads empty and swallows writes, like /dev/null', () => {
        fs.mkdir('/dev');
        fs.mknod('/dev/null', S_IFCHR | 0o666, makedev(1, 3));
        const st = fs.stat('/dev/null');
        expect(st.type).toBe('chardev');
        expect(st.rdev).toBe(makedev(1, 3));
        expect(st.mode & 0o777).toBe(0o644);
        const h = fs.open('/dev/null', { read: true, write: true });
        expect(h.write(bytes('gone'))).toBe(4);
        expect(h.read(new Uint8Array(4))).toBe(0);
        fs.writeFile('/dev/null', 'x');
        expect(fs.readFile('/dev/null').length).toBe(0);
        expectErrno(() => fs.mknod('/dev/null', S_IFCHR, 0), 'EEXIST');
      });
    });
  });
}
