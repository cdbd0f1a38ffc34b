/**
 * The container's open file descriptions, shared by its processes: files (handles of one
 * LocalWasiFs over the container's root) and streams, each counted by the descriptors
 * that refer to it in any process. A description goes away with its last descriptor;
 * each process's own references are counted too, so its exit releases exactly those.
 */
import type { FileSystem } from '../../fs';
import type { FdEntry } from '../wasi/fd-table';
import { LocalWasiFs } from '../wasi/fs';
import type { Stream } from './stream';

/** Stream handles start here, far above file handles. */
const FIRST_STREAM = 1 << 20;

/** One process's references: key "f<handle>" or "s<handle>" → count. */
export type Held = Map<string, number>;

const keyOf = (entry: Pick<FdEntry, 'kind' | 'handle'>): string => `${entry.kind === 'file' ? 'f' : 's'}${entry.handle}`;

export class OpenFiles {
  readonly files: LocalWasiFs;
  private readonly fileRefs = new Map<number, number>();
  private readonly streams = new Map<number, Stream>();
  private nextStream = FIRST_STREAM;

  constructor(fs: FileSystem) {
    this.files = new LocalWasiFs(fs);
  }

  stream(handle: number): Stream | undefined {
    return this.streams.get(handle);
  }

  /** Registers a stream with one reference held by `held`; returns its handle. */
  addStream(stream: Stream, held: Held): number {
    const handle = this.nextStream++;
    this.streams.set(handle, stream);
    this.retain({ kind: 'stream', handle }, held);
    return handle;
  }

  /** A file just opened by a process (one reference). */
  opened(handle: number, held: Held): void {
    this.retain({ kind: 'file', handle }, held);
  }

  retain(entry: Pick<FdEntry, 'kind' | 'handle'>, held: Held): void {
    const key = keyOf(entry);
    held.set(key, (held.get(key) ?? 0) + 1);
    if (entry.kind === 'file') this.fileRefs.set(entry.handle, (this.fileRefs.get(entry.handle) ?? 0) + 1);
    else {
      const stream = this.streams.get(entry.handle);
      if (stream) stream.refs++;
    }
  }

  /** Drops one reference of `held`'s; false when it held none. */
  release(entry: Pick<FdEntry, 'kind' | 'handle'>, held: Held): boolean {
    const key = keyOf(entry);
    const mine = held.get(key) ?? 0;
    if (mine === 0) return false;
    if (mine === 1) held.delete(key);
    else held.set(key, mine - 1);
    if (entry.kind === 'file') {
      const left = (this.fileRefs.get(entry.handle) ?? 1) - 1;
      if (left > 0) this.fileRefs.set(entry.handle, left);
      else {
        this.fileRefs.delete(entry.handle);
        this.files.close(entry.handle);
      }
    } else {
      const stream = this.streams.get(entry.handle);
      if (stream && --stream.refs <= 0) {
        this.streams.delete(entry.handle);
        stream.release();
      }
    }
    return true;
  }

  /** Releases everything `held` refers to (its process has ended). */
  releaseAll(held: Held): void {
    for (const [key, count] of [...held]) {
      const entry = { kind: key[0] === 'f' ? ('file' as const) : ('stream' as const), handle: Number(key.slice(1)) };
      for (let i = 0; i < count; i++) this.release(entry, held);
    }
  }
}
