/**
 * The one message protocol between a process host and its workers, the same for Web
 * Workers and worker_threads. A worker runs one process at a time; `pid` ties replies
 * to the run they belong to.
 */
import type { FdEntry } from '../wasi/fd-table';
import type { WasmModule } from '../wasi/wasm-api';

/** Start a process. `module` is sent only when the worker has not cached `key` yet. */
export interface RunMessage {
  readonly type: 'run';
  readonly pid: number;
  readonly key: string;
  readonly module?: WasmModule;
  readonly args: readonly string[];
  readonly env: readonly string[];
  readonly tty: boolean;
  /** The process's channel to its owner (fs-rpc.ts); absent: no file system, no kernel. */
  readonly fsChannel?: SharedArrayBuffer;
  /**
   * The channel also serves Gorae's system calls and kernel streams (a container's
   * kernel is behind it); `fds` is then the descriptor table the process starts with.
   */
  readonly sys?: boolean;
  readonly fds?: Array<[number, FdEntry]>;
  /** The directory the process starts in (answers gorae initial_cwd without a round trip). */
  readonly cwd?: string;
  /** The cap on the module's linear memory (docker run -m), in bytes. */
  readonly memoryLimit?: number;
}

export type ToWorker = RunMessage;

/**
 * Output in program order: `segments` is [fd, length, fd, length, …] over `data`, so
 * consecutive writes to one stream arrive as one segment and stream changes keep order.
 */
export interface OutputFrame {
  readonly data: Uint8Array;
  readonly segments: readonly number[];
}

export type FromWorker =
  /** The worker has loaded and takes runs. */
  | { readonly type: 'ready' }
  /** A file system request waits in the process's channel (fs-rpc.ts); the worker is blocked on it. */
  | { readonly type: 'fs'; readonly pid: number }
  /** Output flushed while the process runs. */
  | { readonly type: 'output'; readonly pid: number; readonly output: OutputFrame }
  /** The process ended; the last output rides along to save a message. */
  | {
      readonly type: 'exit';
      readonly pid: number;
      readonly status: number;
      readonly signal?: number;
      readonly trap?: string;
      /** The program was replaced by gorae exec; the process goes on. */
      readonly exec?: true;
      /** It died with its memory at the limit: the OOM killer's doing (status 137). */
      readonly oom?: true;
      readonly output?: OutputFrame;
    }
  /** The process could not run (not a WASI command, or a fault in Gorae itself). */
  | {
      readonly type: 'fail';
      readonly pid: number;
      readonly message: string;
      readonly data: Readonly<Record<string, unknown>>;
      readonly output?: OutputFrame;
    };

/** Buffers to transfer (not copy) along with a message. */
export function transferables(output: OutputFrame | undefined): ArrayBuffer[] {
  return output ? [output.data.buffer as ArrayBuffer] : [];
}
