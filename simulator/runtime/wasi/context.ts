/** What every group of system calls shares for one process. */
import type { FdTable } from './fd-table';
import type { WasiKernel } from './kernel';
import type { GuestMemory } from './memory';

export interface WasiContext {
  readonly mem: GuestMemory;
  readonly kernel: WasiKernel;
  readonly fds: FdTable;
  /** The monotonic clock when the process started (its CPU-time clocks count from here). */
  readonly startNs: bigint;
}

/** A system call as the program imports it: numbers (and bigints for i64) in, errno out. */
export type Syscall = (...args: never[]) => number | void;

export type SyscallTable = Record<string, Syscall>;
