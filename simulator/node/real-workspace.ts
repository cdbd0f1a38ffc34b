/**
 * `npm run sim -- --workspace DIR`: the host shell's home is the real folder DIR. Paths the
 * student sees stay `/home/student/...`; everything else (`/`, `/home`, `/tmp`) is the usual
 * in-memory host file system. Node's errors become `FsError`s with Linux's messages, and
 * files are shown as the student's own (1000:1000) whatever their real owner.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { FsError, STRERROR, type Errno, type FileType, type Stats } from '../fs';
import { createWorkspaceFs, HOST_GID, HOST_UID, type HostFs } from '../host/workspace/host-fs';
import { MountFs } from '../host/workspace/mount';

function fsError(e: unknown, path: string, syscall: string): never {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && code in STRERROR) throw new FsError(code as Errno, path, syscall);
  throw e;
}

function typeOf(st: fs.Stats): FileType {
  if (st.isDirectory()) return 'directory';
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isCharacterDevice()) return 'chardev';
  if (st.isBlockDevice()) return 'blockdev';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  return 'file';
}

function statsOf(st: fs.Stats): Stats {
  return {
    dev: st.dev,
    ino: st.ino,
    mode: st.mode,
    type: typeOf(st),
    nlink: st.nlink,
    uid: HOST_UID,
    gid: HOST_GID,
    rdev: st.rdev,
    size: st.size,
    blksize: st.blksize,
    blocks: st.blocks,
    atimeMs: st.atimeMs,
    mtimeMs: st.mtimeMs,
    ctimeMs: st.ctimeMs,
  };
}

/** A real folder as a host file system whose "/" is `root`. */
export class RealFolderFs implements HostFs {
  constructor(readonly root: string) {}

  private real(path: string): string {
    return join(this.root, ...path.split('/').filter((p) => p !== '' && p !== '.' && p !== '..'));
  }

  private call<T>(path: string, syscall: string, f: (real: string) => T): T {
    try {
      return f(this.real(path));
    } catch (e) {
      return fsError(e, path, syscall);
    }
  }

  stat(path: string): Stats {
    return this.call(path, 'stat', (p) => statsOf(fs.statSync(p)));
  }
  lstat(path: string): Stats {
    return this.call(path, 'lstat', (p) => statsOf(fs.lstatSync(p)));
  }
  readFile(path: string): Uint8Array {
    return this.call(path, 'open', (p) => new Uint8Array(fs.readFileSync(p)));
  }
  writeFile(path: string, data: Uint8Array | string, options: { append?: boolean } = {}): void {
    this.call(path, 'open', (p) => (options.append ? fs.appendFileSync(p, data) : fs.writeFileSync(p, data)));
  }
  mkdir(path: string, mode = 0o777): void {
    this.call(path, 'mkdir', (p) => fs.mkdirSync(p, { mode }));
  }
  readdir(path: string): string[] {
    return this.call(path, 'open', (p) => fs.readdirSync(p)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  }
  unlink(path: string): void {
    this.call(path, 'unlink', (p) => {
      // Linux's unlink(2) of a directory fails with EISDIR (Node may say EPERM)
      if (fs.lstatSync(p).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      fs.unlinkSync(p);
    });
  }
  rmdir(path: string): void {
    if (this.real(path) === join(this.root)) throw new FsError('EBUSY', path, 'rmdir');
    this.call(path, 'rmdir', (p) => fs.rmdirSync(p));
  }
  rename(from: string, to: string): void {
    const target = this.real(to);
    this.call(from, 'rename', (p) => fs.renameSync(p, target));
  }
  utimes(path: string, atimeMs: number, mtimeMs: number): void {
    this.call(path, 'utimes', (p) => fs.utimesSync(p, atimeMs / 1000, mtimeMs / 1000));
  }
  readlink(path: string): string {
    return this.call(path, 'readlink', (p) => fs.readlinkSync(p));
  }
}

export interface RealWorkspaceOptions {
  /** the student's home, which DIR becomes (/home/student) */
  home: string;
  now?: () => number;
}

/** The host file system of `--workspace DIR`: in-memory, with DIR mounted as the home. */
export function createRealWorkspace(dir: string, options: RealWorkspaceOptions): HostFs {
  const base = createWorkspaceFs({ home: options.home, ...(options.now ? { now: options.now } : {}) });
  return new MountFs(base, options.home, new RealFolderFs(dir));
}
