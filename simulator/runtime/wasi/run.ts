/**
 * Runs one WASI command module to completion on the calling thread: instantiate with a
 * fresh preview1 import object, call `_start`, and turn proc_exit or a trap into an
 * exit status. Blocking system calls block this thread, so run it in a worker.
 */
import { SystemError } from '../../errors';
import type { WasiKernel } from './kernel';
import { createPreview1 } from './preview1';
import { ExecDone, ProcExit } from './proc-exit';
import { trapOf } from './trap';
import { wasm, type WasmModule } from './wasm-api';

export interface WasiExit {
  /** The exit status as `wait` reports it: the code's low 8 bits, or 128 + signal. */
  readonly status: number;
  /** Set when the program trapped: the signal it stands for, and the engine's message. */
  readonly signal?: number;
  readonly trap?: string;
  /** The program called gorae exec: the process goes on with another program. */
  readonly exec?: true;
  /** Bytes of linear memory the program had when it ended. */
  readonly memoryBytes?: number;
}

/** The module cannot be run as a program (the kernel would say ENOEXEC). */
function notExecutable(reason: string): SystemError {
  return new SystemError(`exec format error: ${reason}`, { reason: 'exec_format' });
}

export function runWasi(module: WasmModule, kernel: WasiKernel): WasiExit {
  const wasi = createPreview1(kernel);
  let exports: Record<string, unknown>;
  try {
    exports = new wasm.Instance(module, wasi.imports).exports;
  } catch (e) {
    // A missing import is a LinkError; an import from a module other than preview1 a TypeError.
    if (e instanceof wasm.LinkError || e instanceof TypeError) throw notExecutable(e.message);
    throw e;
  }
  const memory = exports.memory;
  const start = exports._start;
  if (!(memory instanceof wasm.Memory)) throw notExecutable('the module exports no memory');
  if (typeof start !== 'function') throw notExecutable('the module exports no _start');
  wasi.bindMemory(memory);
  const memoryBytes = (): number => (memory as { buffer: ArrayBuffer }).buffer.byteLength;
  try {
    (start as () => void)();
    return { status: 0, memoryBytes: memoryBytes() };
  } catch (e) {
    if (e instanceof ProcExit) return { status: e.code & 0xff, memoryBytes: memoryBytes() };
    if (e instanceof ExecDone) return { status: 0, exec: true };
    const trap = trapOf(e);
    if (trap) return { status: 128 + trap.signal, signal: trap.signal, trap: trap.message, memoryBytes: memoryBytes() };
    throw e;
  }
}
