/**
 * The file system a WASI process sees, as the WASI layer calls it: synchronous, by
 * absolute path or by an open-file handle number. In a worker it is a remote client
 * (runtime/host/fs-rpc.ts) of the container's `FileSystem` on the engine's thread;
 * `LocalWasiFs` is the same interface straight over a `FileSystem` (what the RPC server
 * runs, and what tests use in-process). Errors are thrown as objects with a POSIX
 * `errno` name ('ENOENT', …): `FsError`, or `WasiFsError` across the RPC.
 */
import type { DirEntry, FileHandle, FileSystem, OpenFlags, Stats, Whence } from '../../fs/types';
import { Errno } from './errno';

/** A POSIX errno name thrown by a WasiFs call (FsError carries one too). */
export class WasiFsError extends Error {
  constructor(readonly errno: string) {
    super(errno);
    this.name = 'WasiFsError';
  }
}

export interface OpenResult {
  readonly handle: number;
  readonly stat: Stats;
}

export interface WasiFs {
  /** stat (follow) or lstat. */
  stat(path: string, follow: boolean): Stats;
  open(path: string, flags: OpenFlags, mode: number): OpenResult;
  close(handle: number): void;
  /** Reads at `position`, or at (and advancing) the handle's position when null. */
  read(handle: number, into: Uint8Array, position: number | null): number;
  write(handle: number, data: Uint8Array, position: number | null): number;
  seek(handle: number, offset: number, whence: Whence): number;
  ftruncate(handle: number, length: number): void;
  fstat(handle: number): Stats;
  readdir(handle: number): DirEntry[];
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  link(existing: string, newPath: string): void;
  /** Sets the times given (ms since the epoch); null leaves one as it is. */
  utimes(path: string, atimeMs: number | null, mtimeMs: number | null): void;
}

/** The WASI errno for an error thrown by a WasiFs call; other errors are rethrown. */
export function wasiErrno(e: unknown): number {
  const name = typeof e === 'object' && e !== null ? (e as { errno?: unknown }).errno : undefined;
  if (typeof name !== 'string' || !name.startsWith('E')) throw e;
  const errno = (Errno as Record<string, number>)[name.slice(1)];
  return errno ?? Errno.IO;
}

/** A WasiFs over a FileSystem in the same thread; handles are numbered from 1. */
export class LocalWasiFs implements WasiFs {
  private readonly handles = new Map<number, FileHandle>();
  private next = 1;

  constructor(private readonly fs: FileSystem) {}

  private h(handle: number): FileHandle {
    const h = this.handles.get(handle);
    if (!h) throw new WasiFsError('EBADF');
    return h;
  }

  stat(path: string, follow: boolean): Stats {
    return follow ? this.fs.stat(path) : this.fs.lstat(path);
  }

  open(path: string, flags: OpenFlags, mode: number): OpenResult {
    const h = this.fs.open(path, flags, mode);
    const handle = this.next++;
    this.handles.set(handle, h);
    return { handle, stat: h.stat() };
  }

  close(handle: number): void {
    this.h(handle);
    this.handles.delete(handle);
  }

  read(handle: number, into: Uint8Array, position: number | null): number {
    const h = this.h(handle);
    return position === null ? h.read(into) : h.pread(into, position);
  }

  write(handle: number, data: Uint8Array, position: number | null): number {
    const h = this.h(handle);
    return position === null ? h.write(data) : h.pwrite(data, position);
  }

  seek(handle: number, offset: number, whence: Whence): number {
    return this.h(handle).seek(offset, whence);
  }

  ftruncate(handle: number, length: number): void {
    this.h(handle).truncate(length);
  }

  fstat(handle: number): Stats {
    return this.h(handle).stat();
  }

  readdir(handle: number): DirEntry[] {
    return this.h(handle).readdir();
  }

  mkdir(path: string, mode: number): void {
    this.fs.mkdir(path, mode);
  }

  rmdir(path: string): void {
    this.fs.rmdir(path);
  }

  unlink(path: string): void {
    this.fs.unlink(path);
  }

  rename(from: string, to: string): void {
    this.fs.rename(from, to);
  }

  symlink(target: string, path: string): void {
    this.fs.symlink(target, path);
  }

  readlink(path: string): string {
    return this.fs.readlink(path);
  }

  link(existing: string, newPath: string): void {
    this.fs.link(existing, newPath);
  }

  utimes(path: string, atimeMs: number | null, mtimeMs: number | null): void {
    const st = atimeMs === null || mtimeMs === null ? this.fs.stat(path) : null;
    this.fs.utimes(path, atimeMs ?? st!.atimeMs, mtimeMs ?? st!.mtimeMs);
  }

  /** Drops every open handle (the process has ended). */
  closeAll(): void {
    this.handles.clear();
  }
}
