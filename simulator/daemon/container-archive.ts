/**
 * A container's files as archives: GET /containers/{id}/changes (docker diff),
 * GET /containers/{id}/export, and GET/PUT /containers/{id}/archive (docker cp).
 */
import { readTar, writeTar, type TarEntry } from '../archive';
import { changes, isFsError, treeEntries, type Change, type FileSystem } from '../fs';
import { NotFoundError, InvalidArgumentError } from '../errors';
import { cleanPath } from '../util/go-path';
import type { Daemon } from './daemon';

function containerFs(daemon: Daemon, idOrName: string): FileSystem {
  const container = daemon.containers.get(idOrName);
  return daemon.snapshots.get(container.snapshotKey).fs;
}

export function containerChanges(daemon: Daemon, idOrName: string): Change[] {
  const container = daemon.containers.get(idOrName);
  return changes(daemon.snapshots.get(container.snapshotKey).fs);
}

/** The container's whole filesystem as one tar, as `docker export` streams it. */
export function containerExport(daemon: Daemon, idOrName: string): Uint8Array {
  return writeTar(treeEntries(containerFs(daemon, idOrName), '/', ''));
}

/** A container path as an absolute path inside its root ('..' stops at '/'). */
const clean = (path: string): string => cleanPath(`/${path}`);
const baseName = (path: string): string => path.split('/').filter(Boolean).pop() ?? '';

export interface PathStat {
  name: string;
  size: number;
  mode: number;
  isDir: boolean;
}

/** HEAD /containers/{id}/archive: what is at a path in the container. */
export function containerStatPath(daemon: Daemon, idOrName: string, path: string): PathStat | undefined {
  const fs = containerFs(daemon, idOrName);
  try {
    const st = fs.stat(clean(path));
    return { name: baseName(path), size: st.size, mode: st.mode, isDir: st.type === 'directory' };
  } catch (err) {
    if (isFsError(err)) return undefined;
    throw err;
  }
}

/**
 * GET /containers/{id}/archive: a tar of the path, its entries named from the path's base
 * name (or, for a path ending in "/.", from its contents).
 */
export function containerArchiveGet(daemon: Daemon, idOrName: string, path: string): TarEntry[] {
  const container = daemon.containers.get(idOrName);
  const fs = containerFs(daemon, container.id);
  const target = clean(path);
  try {
    fs.lstat(target);
  } catch (err) {
    if (isFsError(err, 'ENOENT')) throw new NotFoundError(`Could not find the file ${path} in container ${container.name.replace(/^\//, '')}`);
    throw err;
  }
  const contentsOnly = /\/\.$/.test(path);
  return treeEntries(fs, target, contentsOnly ? '' : baseName(target) || '');
}

/**
 * PUT /containers/{id}/archive: extracts tar entries under a directory of the container.
 * Files copied in belong to root, as Docker makes them without --archive.
 */
export function containerArchivePut(daemon: Daemon, idOrName: string, dir: string, entries: readonly TarEntry[]): void {
  const container = daemon.containers.get(idOrName);
  const fs = containerFs(daemon, container.id);
  const base = clean(dir);
  let st;
  try {
    st = fs.stat(base);
  } catch (err) {
    if (isFsError(err, 'ENOENT')) throw new NotFoundError(`Could not find the file ${dir} in container ${container.name.replace(/^\//, '')}`);
    throw err;
  }
  if (st.type !== 'directory') throw new InvalidArgumentError('extraction point is not a directory');
  for (const entry of entries) {
    const path = clean(`${base}/${entry.name}`);
    if (path === base) continue;
    switch (entry.type) {
      case 'directory':
        if (!existsDir(fs, path)) fs.mkdirp(path);
        fs.chmod(path, entry.mode & 0o7777);
        break;
      case 'file':
        removeIfNotDir(fs, path);
        fs.writeFile(path, entry.data ?? new Uint8Array(), { mode: entry.mode & 0o7777 });
        fs.chmod(path, entry.mode & 0o7777);
        break;
      case 'symlink':
        removeIfNotDir(fs, path);
        fs.symlink(entry.linkname ?? '', path);
        break;
      case 'hardlink':
        removeIfNotDir(fs, path);
        fs.link(clean(`${base}/${entry.linkname ?? ''}`), path);
        break;
      default:
        break;
    }
    if (entry.type !== 'symlink') fs.chown(path, 0, 0);
    fs.utimes(path, entry.mtime * 1000, entry.mtime * 1000);
  }
}

function existsDir(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'directory';
  } catch {
    return false;
  }
}

function removeIfNotDir(fs: FileSystem, path: string): void {
  try {
    if (fs.lstat(path).type !== 'directory') fs.unlink(path);
  } catch (err) {
    if (!isFsError(err, 'ENOENT')) throw err;
  }
}

export { readTar, writeTar };
