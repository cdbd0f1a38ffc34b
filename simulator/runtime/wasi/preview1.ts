/**
 * Gorae's WASI preview1: the import object for one process. Implemented calls live in
 * syscalls/; every other preview1 function is present and answers ENOSYS, so any
 * preview1 program links. A pointer outside the program's memory gives EFAULT.
 */
import { PREVIEW1 } from './abi';
import type { Syscall, SyscallTable, WasiContext } from './context';
import { Errno } from './errno';
import { FdTable, stdioEntries } from './fd-table';
import type { WasiKernel } from './kernel';
import { GuestMemory } from './memory';
import { PREVIEW1_FUNCTIONS } from './preview1-names';
import { argsSyscalls } from './syscalls/args';
import { clockSyscalls } from './syscalls/clock';
import { fdSyscalls } from './syscalls/fd';
import { fsSyscalls, preopenRoot } from './syscalls/fs';
import { GORAE_FUNCTIONS, GORAE_MODULE, goraeSyscalls } from './syscalls/gorae';
import { pollSyscalls } from './syscalls/poll';
import { procSyscalls } from './syscalls/proc';
import type { WasmImports, WasmMemory } from './wasm-api';

export interface Preview1 {
  /** `{ wasi_snapshot_preview1: {...} }`, ready for instantiation. */
  readonly imports: WasmImports;
  /** Binds the instance's exported memory; call before running the program. */
  bindMemory(memory: WasmMemory): void;
}

const enosys: Syscall = () => Errno.NOSYS;

/** Returns EFAULT instead of throwing when the program passed a bad pointer. */
function guarded(call: Syscall, fault: number = Errno.FAULT): Syscall {
  return (...args: never[]) => {
    try {
      return call(...args);
    } catch (e) {
      if (e instanceof RangeError) return fault;
      throw e;
    }
  };
}

export function createPreview1(kernel: WasiKernel): Preview1 {
  const mem = new GuestMemory();
  const ctx: WasiContext = { mem, kernel, fds: new FdTable(kernel.fds ?? stdioEntries(kernel.tty)), startNs: kernel.monotonic() };
  // A table handed over (spawn, exec) already holds the root.
  if (kernel.fs && !kernel.fds) preopenRoot(ctx, kernel.fs);
  const stdio = fdSyscalls(ctx);
  const implemented: SyscallTable = {
    ...argsSyscalls(ctx),
    ...clockSyscalls(ctx),
    ...stdio,
    ...fsSyscalls(ctx, stdio),
    ...pollSyscalls(ctx),
    ...procSyscalls(ctx),
  };
  const table: SyscallTable = {};
  for (const name of PREVIEW1_FUNCTIONS) {
    const call = implemented[name];
    table[name] = call ? guarded(call) : enosys;
  }
  const gorae = goraeSyscalls(ctx);
  const goraeTable: SyscallTable = {};
  for (const name of GORAE_FUNCTIONS) goraeTable[name] = guarded(gorae[name] ?? enosys, -Errno.FAULT);
  return { imports: { [PREVIEW1]: table, [GORAE_MODULE]: goraeTable }, bindMemory: (memory) => mem.bind(memory) };
}
