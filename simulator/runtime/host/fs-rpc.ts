/**
 * The synchronous file system RPC between a process worker and the thread that owns the
 * container's `FileSystem` (the engine's). Both ends share one SharedArrayBuffer per
 * process, the channel:
 *
 *   Int32 [0] state (IDLE, REQUEST, RESPONSE)   [1] header bytes   [2] payload bytes
 *   bytes from 16: the header (UTF-8 JSON), then the payload (raw bytes)
 *
 * The worker writes a request (header `{op, args}`; the payload is the data of a write),
 * sets REQUEST, posts an `fs` message to wake the owner, and blocks in Atomics.wait. The
 * owner's message handler runs the call against a `LocalWasiFs`, writes the response
 * (header `{value}` or `{errno}`; the payload is the data of a read), sets RESPONSE and
 * notifies. Reads and writes larger than `FS_CHUNK` go as several calls; directory
 * listings come in pages that fit the channel.
 *
 * Without SharedArrayBuffer (a page that is not cross-origin isolated) there is no
 * channel: the process gets no preopened directory and sees only its stdio (libc's
 * open() fails with ENOTCAPABLE, the raw path calls with ENOSYS).
 *
 * A SIGKILL while the worker waits is safe: the worker is terminated and the server
 * dropped with the process; the channel is never reused.
 */
import type { DirEntry, FileSystem, OpenFlags, Stats, Whence } from '../../fs/types';
import { LocalWasiFs, WasiFsError, type OpenResult, type WasiFs } from '../wasi/fs';

const IDLE = 0;
const REQUEST = 1;
const RESPONSE = 2;
const DATA = 16;
/** Room for a header (paths, stats, a page of directory entries). */
const HEADER_ROOM = 64 * 1024;
/** Most bytes of file data one call carries. */
export const FS_CHUNK = 1024 * 1024;
/** Size of a channel's SharedArrayBuffer. */
export const FS_CHANNEL_BYTES = DATA + HEADER_ROOM + FS_CHUNK;
const PATH_MAX = 4096;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** True when this platform can share memory between threads (and so run the RPC). */
export function canShareMemory(): boolean {
  return typeof SharedArrayBuffer === 'function' && typeof Atomics === 'object';
}

export function createFsChannel(): SharedArrayBuffer {
  return new SharedArrayBuffer(FS_CHANNEL_BYTES);
}

export interface RpcRequest {
  op: string;
  args: unknown[];
}

export type RpcResponse = { value?: unknown; errno?: string };

/** JSON that carries bigints (descriptor rights) across. */
const replacer = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? { $bigint: value.toString() } : value);
const reviver = (_key: string, value: unknown): unknown =>
  typeof value === 'object' && value !== null && typeof (value as { $bigint?: unknown }).$bigint === 'string'
    ? BigInt((value as { $bigint: string }).$bigint)
    : value;

/** Writes a header and payload into the channel (encoded apart, then copied: encoders refuse shared views in browsers). */
function put(ctrl: Int32Array, bytes: Uint8Array, header: unknown, payload?: Uint8Array): void {
  const head = encoder.encode(JSON.stringify(header, replacer));
  if (head.length > HEADER_ROOM) throw new WasiFsError('ENAMETOOLONG');
  bytes.set(head, DATA);
  if (payload) bytes.set(payload, DATA + head.length);
  ctrl[1] = head.length;
  ctrl[2] = payload ? payload.length : 0;
}

function get<T>(ctrl: Int32Array, bytes: Uint8Array): { header: T; payload: Uint8Array } {
  const headLen = ctrl[1]!;
  const payloadLen = ctrl[2]!;
  // Copy out: TextDecoder refuses views of shared memory in browsers.
  const head = bytes.slice(DATA, DATA + headLen);
  const payload = bytes.subarray(DATA + headLen, DATA + headLen + payloadLen);
  return { header: JSON.parse(decoder.decode(head), reviver) as T, payload };
}

/**
 * Worker side of a channel: a call writes the request, wakes the owner and blocks until
 * the answer is there. The owner may answer at once or later (a read of an empty pipe).
 */
export class RpcClient {
  private readonly ctrl: Int32Array;
  private readonly bytes: Uint8Array;

  /** `wake` tells the owner a request is waiting (the worker posts an `fs` message). */
  constructor(
    channel: SharedArrayBuffer,
    private readonly wake: () => void,
  ) {
    this.ctrl = new Int32Array(channel, 0, 4);
    this.bytes = new Uint8Array(channel);
  }

  /** Returns the answer's value; an errno answer is thrown as a WasiFsError. */
  call(op: string, args: unknown[], payload?: Uint8Array, into?: Uint8Array): unknown {
    put(this.ctrl, this.bytes, { op, args } satisfies RpcRequest, payload);
    Atomics.store(this.ctrl, 0, REQUEST);
    this.wake();
    while (Atomics.load(this.ctrl, 0) === REQUEST) Atomics.wait(this.ctrl, 0, REQUEST);
    const { header, payload: data } = get<RpcResponse>(this.ctrl, this.bytes);
    if (into) into.set(data.subarray(0, Math.min(data.length, into.length)));
    Atomics.store(this.ctrl, 0, IDLE);
    if (header.errno !== undefined) throw new WasiFsError(header.errno);
    return header.value;
  }

  /** Like call, and also hands back a copy of the answer's payload. */
  callWithPayload(op: string, args: unknown[], payload?: Uint8Array): { value: unknown; data: Uint8Array } {
    put(this.ctrl, this.bytes, { op, args } satisfies RpcRequest, payload);
    Atomics.store(this.ctrl, 0, REQUEST);
    this.wake();
    while (Atomics.load(this.ctrl, 0) === REQUEST) Atomics.wait(this.ctrl, 0, REQUEST);
    const { header, payload: data } = get<RpcResponse>(this.ctrl, this.bytes);
    const copy = data.slice();
    Atomics.store(this.ctrl, 0, IDLE);
    if (header.errno !== undefined) throw new WasiFsError(header.errno);
    return { value: header.value, data: copy };
  }
}

/** Worker side: a WasiFs whose calls block until the owner of the file system answers. */
export class FsRpcClient implements WasiFs {
  private readonly rpc: RpcClient;

  constructor(channel: SharedArrayBuffer | RpcClient, wake: () => void = () => undefined) {
    this.rpc = channel instanceof RpcClient ? channel : new RpcClient(channel, wake);
  }

  private call(op: string, args: unknown[], payload?: Uint8Array, into?: Uint8Array): unknown {
    return this.rpc.call(op, args, payload, into);
  }

  private path(path: string): string {
    if (encoder.encode(path).length > PATH_MAX) throw new WasiFsError('ENAMETOOLONG');
    return path;
  }

  stat(path: string, follow: boolean): Stats {
    return this.call('stat', [this.path(path), follow]) as Stats;
  }

  open(path: string, flags: OpenFlags, mode: number): OpenResult {
    return this.call('open', [this.path(path), flags, mode]) as OpenResult;
  }

  close(handle: number): void {
    this.call('close', [handle]);
  }

  read(handle: number, into: Uint8Array, position: number | null): number {
    let done = 0;
    while (done < into.length) {
      const len = Math.min(FS_CHUNK, into.length - done);
      const n = this.call('read', [handle, len, position === null ? null : position + done], undefined, into.subarray(done, done + len)) as number;
      done += n;
      if (n < len) break;
    }
    return done;
  }

  write(handle: number, data: Uint8Array, position: number | null): number {
    let done = 0;
    do {
      const chunk = data.subarray(done, done + FS_CHUNK);
      const n = this.call('write', [handle, position === null ? null : position + done], chunk) as number;
      done += n;
      if (n < chunk.length) break;
    } while (done < data.length);
    return done;
  }

  seek(handle: number, offset: number, whence: Whence): number {
    return this.call('seek', [handle, offset, whence]) as number;
  }

  ftruncate(handle: number, length: number): void {
    this.call('ftruncate', [handle, length]);
  }

  fstat(handle: number): Stats {
    return this.call('fstat', [handle]) as Stats;
  }

  readdir(handle: number): DirEntry[] {
    const all: DirEntry[] = [];
    for (;;) {
      const page = this.call('readdir', [handle, all.length]) as { entries: DirEntry[]; done: boolean };
      all.push(...page.entries);
      if (page.done || page.entries.length === 0) return all;
    }
  }

  mkdir(path: string, mode: number): void {
    this.call('mkdir', [this.path(path), mode]);
  }

  rmdir(path: string): void {
    this.call('rmdir', [this.path(path)]);
  }

  unlink(path: string): void {
    this.call('unlink', [this.path(path)]);
  }

  rename(from: string, to: string): void {
    this.call('rename', [this.path(from), this.path(to)]);
  }

  symlink(target: string, path: string): void {
    this.call('symlink', [this.path(target), this.path(path)]);
  }

  readlink(path: string): string {
    return this.call('readlink', [this.path(path)]) as string;
  }

  link(existing: string, newPath: string): void {
    this.call('link', [this.path(existing), this.path(newPath)]);
  }

  utimes(path: string, atimeMs: number | null, mtimeMs: number | null): void {
    this.call('utimes', [this.path(path), atimeMs, mtimeMs]);
  }
}

/** Bytes of directory entries' JSON one page may hold. */
const PAGE_BUDGET = HEADER_ROOM - 1024;

/** The answer to give later (a blocking call), as a request handler returns it. */
export const PENDING = Symbol('pending');

export type RpcHandler = (request: RpcRequest, payload: Uint8Array) => { value?: unknown; payload?: Uint8Array } | typeof PENDING;

/** Owner side of a channel: takes the waiting request to a handler and writes its answer. */
export class RpcServer {
  private readonly ctrl: Int32Array;
  private readonly bytes: Uint8Array;
  private waiting = false;

  constructor(readonly channel: SharedArrayBuffer) {
    this.ctrl = new Int32Array(channel, 0, 4);
    this.bytes = new Uint8Array(channel);
  }

  /** Answers the waiting request, if there is one (an `fs` message arrived), or defers it. */
  serve(handler: RpcHandler): void {
    if (this.waiting || Atomics.load(this.ctrl, 0) !== REQUEST) return;
    const { header, payload } = get<RpcRequest>(this.ctrl, this.bytes);
    let result;
    try {
      result = handler(header, payload);
    } catch (e) {
      this.fail(e);
      return;
    }
    if (result === PENDING) this.waiting = true;
    else this.reply(result.value, result.payload, true);
  }

  /** Pauses (or resumes) the process at its next preemption point: word 3 of the channel. */
  setFrozen(frozen: boolean): void {
    Atomics.store(this.ctrl, 3, frozen ? 1 : 0);
    if (!frozen) Atomics.notify(this.ctrl, 3);
  }

  /** Whether a request is waiting for a deferred answer. */
  get deferred(): boolean {
    return this.waiting;
  }

  /** Answers the waiting request with a value (and payload). */
  reply(value: unknown, payload?: Uint8Array, now = false): void {
    if (!now && !this.waiting) return;
    this.waiting = false;
    put(this.ctrl, this.bytes, { value } satisfies RpcResponse, payload);
    Atomics.store(this.ctrl, 0, RESPONSE);
    Atomics.notify(this.ctrl, 0);
  }

  /** Answers the waiting request with an error (its errno, EIO for anything else). */
  fail(e: unknown, now = true): void {
    if (!now && !this.waiting) return;
    this.waiting = false;
    const errno = typeof e === 'object' && e !== null ? (e as { errno?: unknown }).errno : undefined;
    put(this.ctrl, this.bytes, { errno: typeof errno === 'string' ? errno : 'EIO' } satisfies RpcResponse);
    Atomics.store(this.ctrl, 0, RESPONSE);
    Atomics.notify(this.ctrl, 0);
  }
}

/** Runs one file system request against `fs`; throws an errno error. */
export function runFsOp(fs: WasiFs, { op, args }: RpcRequest, payload: Uint8Array): { value?: unknown; payload?: Uint8Array } {
  const a = args as never[];
  switch (op) {
    case 'read': {
      const [handle, len, position] = args as [number, number, number | null];
      const into = new Uint8Array(Math.min(len, FS_CHUNK));
      const n = fs.read(handle, into, position);
      return { value: n, payload: into.subarray(0, n) };
    }
    case 'write': {
      const [handle, position] = args as [number, number | null];
      return { value: fs.write(handle, payload.slice(), position) };
    }
    case 'readdir': {
      const [handle, start] = args as [number, number];
      const all = fs.readdir(handle);
      const entries: DirEntry[] = [];
      let size = 0;
      for (let i = start; i < all.length; i++) {
        const e = all[i]!;
        size += JSON.stringify(e).length * 3 + 1;
        if (size > PAGE_BUDGET && entries.length > 0) break;
        entries.push({ name: e.name, type: e.type, ino: e.ino });
      }
      return { value: { entries, done: start + entries.length >= all.length } };
    }
    case 'stat':
    case 'open':
    case 'close':
    case 'seek':
    case 'ftruncate':
    case 'fstat':
    case 'mkdir':
    case 'rmdir':
    case 'unlink':
    case 'rename':
    case 'symlink':
    case 'readlink':
    case 'link':
    case 'utimes':
      return { value: (fs[op] as (...args: never[]) => unknown)(...a) };
    default:
      throw new WasiFsError('ENOSYS');
  }
}

/** Owner side: answers one process's requests against its file system. */
export class FsRpcServer {
  private readonly server: RpcServer;
  private readonly local: LocalWasiFs;

  constructor(
    readonly channel: SharedArrayBuffer,
    fs: FileSystem,
  ) {
    this.server = new RpcServer(channel);
    this.local = new LocalWasiFs(fs);
  }

  /** Answers the waiting request, if there is one (an `fs` message arrived). */
  serve(): void {
    this.server.serve((request, payload) => runFsOp(this.local, request, payload));
  }

  /** The process has ended: forget its open files. */
  close(): void {
    this.local.closeAll();
  }
}
