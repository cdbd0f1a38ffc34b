/**
 * A host file system with another one mounted at a directory: paths at or under the mount
 * point go to the mounted file system (with the mount point as its "/"), the rest to the base.
 * A rename across the two fails with EXDEV, as on Linux.
 */
import { FsError } from '../../fs';
import type { HostFs } from './host-fs';

export class MountFs implements HostFs {
  constructor(
    private readonly base: HostFs,
    private readonly mountPoint: string,
    private readonly mounted: HostFs,
  ) {}

  private route(path: string): [HostFs, string] {
    if (path === this.mountPoint) return [this.mounted, '/'];
    if (path.startsWith(`${this.mountPoint}/`)) return [this.mounted, path.slice(this.mountPoint.length)];
    return [this.base, path];
  }

  stat(path: string) {
    const [fs, p] = this.route(path);
    return fs.stat(p);
  }
  lstat(path: string) {
    const [fs, p] = this.route(path);
    return fs.lstat(p);
  }
  readFile(path: string) {
    const [fs, p] = this.route(path);
    return fs.readFile(p);
  }
  writeFile(path: string, data: Uint8Array | string, options?: { append?: boolean }) {
    const [fs, p] = this.route(path);
    fs.writeFile(p, data, options);
  }
  mkdir(path: string, mode?: number) {
    const [fs, p] = this.route(path);
    fs.mkdir(p, mode);
  }
  readdir(path: string) {
    const [fs, p] = this.route(path);
    return fs.readdir(p);
  }
  unlink(path: string) {
    const [fs, p] = this.route(path);
    fs.unlink(p);
  }
  rmdir(path: string) {
    const [fs, p] = this.route(path);
    if (p === '/' && fs === this.mounted) throw new FsError('EBUSY', path, 'rmdir');
    fs.rmdir(p);
  }
  rename(from: string, to: string) {
    const [a, p] = this.route(from);
    const [b, q] = this.route(to);
    if (a !== b) throw new FsError('EXDEV', from, 'rename');
    a.rename(p, q);
  }
  utimes(path: string, atimeMs: number, mtimeMs: number) {
    const [fs, p] = this.route(path);
    fs.utimes(p, atimeMs, mtimeMs);
  }
  readlink(path: string) {
    const [fs, p] = this.route(path);
    return fs.readlink(p);
  }
}
