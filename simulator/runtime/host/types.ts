/**
 * The process host: where a task's WebAssembly (WASI preview1) processes run.
 * In the browser it is a pool of Web Workers, in Node a pool of worker_threads;
 * both speak one message protocol and run one WASI implementation.
 */
import type { FileSystem } from '../../fs/types';
import type { FdEntry } from '../wasi/fd-table';
import type { WasmModule } from '../wasi/wasm-api';

export type { WasmModule } from '../wasi/wasm-api';

/** What to run. The module is compiled once per content and cached by `moduleKey`. */
export interface ProcessSpec {
  /** Cache key of the module's bytes: their sha256 digest ("sha256:…"). */
  moduleKey: string;
  /** The compiled module (`WebAssembly.Module`), as `compile` returns it. */
  module: WasmModule;
  /** argv, argv[0] included. */
  args: string[];
  /** "KEY=value" strings, in order. */
  env: string[];
  /**
   * Whether stdio is a terminal (`docker run -t`); default false. Programs see it
   * through isatty(). Stdin is at its end for now (`docker run` without `-i`).
   */
  tty?: boolean;
  /**
   * The process's root file system (a container's), preopened for it as "/". It stays on
   * the host's thread: the worker reaches it through a synchronous RPC over shared memory
   * (fs-rpc.ts). Without SharedArrayBuffer (a page that is not cross-origin isolated), or
   * when absent, the process has only its stdio and its path system calls fail.
   */
  fs?: FileSystem;
  /**
   * A container kernel behind the process (runtime/kernel): it serves the process's file
   * system, Gorae's system calls and its streams over the channel instead of `fs` alone.
   * Needs shared memory; without it the process runs as if this were absent.
   */
  kernel?: ProcessKernelLink;
  /** The cap on the module's linear memory in bytes (the module was compiled with it). */
  memoryLimit?: number;
}

/** What the process host needs from a kernel for one process. */
export interface ProcessKernelLink {
  /** The descriptor table the process starts with. */
  fds: Array<[number, FdEntry]>;
  /** The directory it starts in. */
  cwd: string;
  /** Binds the process's channel; the server answers its requests. */
  attach(channel: SharedArrayBuffer): ChannelServer;
}

/** Answers a process's requests on its channel (fs-rpc.ts's servers). */
export interface ChannelServer {
  /** A request is waiting (the worker posted `fs`). */
  serve(): void;
  /** The process has ended. */
  close(): void;
}

/**
 * Where a process's output goes. Calls come in the order the program wrote, across
 * both streams. `data` is the receiver's to keep.
 */
export interface ProcessStdio {
  stdout(data: Uint8Array): void;
  stderr(data: Uint8Array): void;
  /** Writes to any stream handle (a kernel's); when absent, handle 2 is stderr and others stdout. */
  stream?(handle: number, data: Uint8Array): void;
}

export interface ProcessHandle {
  /**
   * Resolves with the exit status: the program's code (low 8 bits), or 128 + signal
   * when killed (137 for SIGKILL) or when it trapped (134 abort, 136 arithmetic, 139
   * memory). Rejects with a SystemError when the module cannot run at all.
   */
  readonly exited: Promise<number>;
  /**
   * Deliver a signal. 9 (SIGKILL) ends the process at once by terminating its worker.
   * Other signals are recorded in `signals` and not acted on yet: a process that has no
   * handler for them behaves like a container's PID 1, which ignores them.
   */
  kill(signal: number): void;
  /** Signals sent to the process that it has not received, oldest first. */
  readonly signals: readonly number[];
  /** Ends the process at once with `status` (a signal's default action: 128 + signal). */
  end(status: number): void;
  /** Set once it has ended out of memory under its limit (the OOM killer's SIGKILL). */
  readonly oomKilled?: boolean;
}

export interface ProcessHost {
  /** Compile a module, reusing an earlier compile of the same key. */
  compile(key: string, bytes: Uint8Array): Promise<WasmModule>;
  spawn(spec: ProcessSpec, stdio: ProcessStdio): ProcessHandle;
  /** Start the pool's workers ahead of need so the first `docker run` is fast. */
  warm(): Promise<void>;
  /** Terminates every worker; processes still running end as if killed (137). */
  dispose(): Promise<void>;
}

/** Pool sizing shared by the browser and Node hosts. */
export interface ProcessPoolOptions {
  /** Idle workers kept started for the next process; warm() starts this many (default 2). */
  idleWorkers?: number;
  /** Most workers alive at once, busy or idle (default 64); later spawns wait their turn. */
  maxWorkers?: number;
}
