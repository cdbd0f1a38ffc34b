/**
 * The process host: where a task's WebAssembly (WASI preview1) processes run.
 * In the browser it is a pool of Web Workers, in Node a pool of worker_threads;
 * both speak one message protocol and run one WASI implementation.
 */

/** What to run. The module is compiled once per content and cached by `moduleKey`. */
export interface ProcessSpec {
  /** Cache key of the module's bytes: their sha256 digest ("sha256:…"). */
  moduleKey: string;
  module: WebAssembly.Module;
  /** argv, argv[0] included. */
  args: string[];
  /** "KEY=value" strings, in order. */
  env: string[];
}

export interface ProcessStdio {
  stdout(data: Uint8Array): void;
  stderr(data: Uint8Array): void;
}

export interface ProcessHandle {
  /** Resolves with the exit status: the program's code, or 128 + signal when killed. */
  readonly exited: Promise<number>;
  /** Deliver a signal (9 = SIGKILL ends it at once by terminating its worker). */
  kill(signal: number): void;
}

export interface ProcessHost {
  /** Compile a module, reusing an earlier compile of the same key. */
  compile(key: string, bytes: Uint8Array): Promise<WebAssembly.Module>;
  spawn(spec: ProcessSpec, stdio: ProcessStdio): ProcessHandle;
  /** Start the pool's workers ahead of need so the first `docker run` is fast. */
  warm(): Promise<void>;
  dispose(): Promise<void>;
}
