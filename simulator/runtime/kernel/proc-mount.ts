/**
 * A container's root as its processes see it: the snapshot's file system with a procfs
 * mounted on /proc. Paths under /proc go to the procfs (read-only, made fresh from the
 * kernel at each call), everything else to the root; renames and links between the two
 * fail with EXDEV as across any mount. `docker diff`, `cp` and `export` use the snapshot
 * itself, so /proc never shows there — as in Docker.
 */
import { FsError, type DirEntry, type FileHandle, type FileSystem, type OpenFlags, type Stats, type WriteFileOptions } from '../../fs';
import { cleanPath } from '../../util/go-path';

const MOUNT = '/proc';

export class ProcMountedFs implements FileSystem {
  constructor(
    private readonly root: FileSystem,
    private readonly proc: () => FileSystem,
  ) {}

  get owner(): { uid: number; gid: number } {
    return this.root.owner;
  }

  set owner(value: { uid: number; gid: number }) {
    this.root.owner = value;
  }

  /** The file system a path belongs to, and the path inside it. */
  private route(path: string): [FileSystem, string, boolean] {
    const clean = cleanPath(path.startsWith('/') ? path : `/${path}`);
    if (clean === MOUNT || clean.startsWith(`${MOUNT}/`)) return [this.proc(), clean.slice(MOUNT.length) || '/', true];
    return [this.root, path, false];
  }

  private readOnly(path: string, syscall: string): never {
    throw new FsError('EROFS', path, syscall);
  }

  stat(path: string): Stats {
    const [fs, p] = this.route(path);
    return fs.stat(p);
  }
  lstat(path: string): Stats {
    const [fs, p] = this.route(path);
    return fs.lstat(p);
  }
  exists(path: string): boolean {
    const [fs, p] = this.route(path);
    return fs.exists(p);
  }
  realpath(path: string): string {
    const [fs, p, proc] = this.route(path);
    const real = fs.realpath(p);
    return proc ? (real === '/' ? MOUNT : `${MOUNT}${real}`) : real;
  }
  readFile(path: string): Uint8Array {
    const [fs, p] = this.route(path);
    return fs.readFile(p);
  }
  writeFile(path: string, data: Uint8Array | string, options?: WriteFileOptions): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'open');
    fs.writeFile(p, data, options);
  }
  mkdir(path: string, mode?: number): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'mkdir');
    fs.mkdir(p, mode);
  }
  mkdirp(path: string, mode?: number): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'mkdir');
    fs.mkdirp(p, mode);
  }
  readdir(path: string): string[] {
    const [fs, p] = this.route(path);
    return fs.readdir(p);
  }
  unlink(path: string): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'unlink');
    fs.unlink(p);
  }
  rmdir(path: string): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'rmdir');
    fs.rmdir(p);
  }
  rename(from: string, to: string): void {
    const [a, pa, procA] = this.route(from);
    const [, pb, procB] = this.route(to);
    if (procA || procB) throw new FsError(procA && procB ? 'EROFS' : 'EXDEV', from, 'rename');
    a.rename(pa, pb);
  }
  symlink(target: string, path: string): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'symlink');
    fs.symlink(target, p);
  }
  readlink(path: string): string {
    const [fs, p] = this.route(path);
    return fs.readlink(p);
  }
  link(existing: string, newPath: string): void {
    const [a, pa, procA] = this.route(existing);
    const [, pb, procB] = this.route(newPath);
    if (procA || procB) throw new FsError(procA && procB ? 'EROFS' : 'EXDEV', newPath, 'link');
    a.link(pa, pb);
  }
  chmod(path: string, mode: number): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'chmod');
    fs.chmod(p, mode);
  }
  chown(path: string, uid: number, gid: number): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'chown');
    fs.chown(p, uid, gid);
  }
  lchown(path: string, uid: number, gid: number): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'lchown');
    fs.lchown(p, uid, gid);
  }
  utimes(path: string, atimeMs: number, mtimeMs: number): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'utimes');
    fs.utimes(p, atimeMs, mtimeMs);
  }
  truncate(path: string, length: number): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'truncate');
    fs.truncate(p, length);
  }
  mknod(path: string, mode: number, rdev?: number): void {
    const [fs, p, proc] = this.route(path);
    if (proc) this.readOnly(path, 'mknod');
    fs.mknod(p, mode, rdev);
  }
  open(path: string, flags?: OpenFlags, mode?: number): FileHandle {
    const [fs, p, proc] = this.route(path);
    if (proc && flags && (flags.write || flags.create || flags.truncate || flags.append)) this.readOnly(path, 'open');
    return fs.open(p, flags, mode);
  }
}

export type { DirEntry };
