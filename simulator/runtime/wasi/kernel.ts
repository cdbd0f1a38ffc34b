/**
 * What the WASI layer needs from the world around a process. The WASI code only
 * translates between the program's memory and these calls; a worker (or a test)
 * provides the kernel. Every call is synchronous: the program is blocked in the
 * system call meanwhile, which is how a blocking read or a sleep works.
 */

/** The process's standard input. */
export interface StdinSource {
  /**
   * Copies up to `into.length` bytes into `into` and returns how many. Blocks until at
   * least one byte is there; returns 0 at end of input.
   */
  read(into: Uint8Array): number;
  /** Bytes readable now: > 0 data, 0 end of input (readable too), -1 a read would block. */
  available(): number;
  /** Blocks until readable or until `timeoutNs` has passed (null: no limit); true when readable. */
  wait(timeoutNs: bigint | null): boolean;
}

/** Standard input that is already at its end, like `docker run` without `-i`. */
export const closedStdin: StdinSource = {
  read: () => 0,
  available: () => 0,
  wait: () => true,
};

import type { FdEntry } from './fd-table';
import type { WasiFs } from './fs';
import type { GoraeSys } from './gorae-sys';

/**
 * Streams by kernel handle (pipes, terminals, a container's stdin): what a process with
 * a kernel behind it reads through. Errors are thrown as errno objects (EINTR, EBADF).
 */
export interface StreamIo {
  /** Like StdinSource.read, for any readable handle. */
  read(handle: number, into: Uint8Array): number;
  /** Bytes readable now: > 0 data, 0 end of input, -1 a read would block. */
  available(handle: number): number;
  /** The descriptor's last reference in this process is gone. */
  close(handle: number): void;
}

export interface WasiKernel {
  /** argv, argv[0] included. */
  readonly args: readonly string[];
  /** "KEY=value" strings, in order. */
  readonly env: readonly string[];
  readonly stdin: StdinSource;
  /**
   * True when stdio is a terminal (`docker run -t`). Stdio are character devices either
   * way; a terminal has no seek/tell rights, which is how libc's isatty() tells them apart.
   */
  readonly tty: boolean;
  /**
   * Bytes the program wrote to a stream handle (1 and 2 are stdout and stderr), in
   * program order. `data` is only valid during the call.
   */
  write(handle: number, data: Uint8Array): void;
  /** The descriptors the process starts with; absent: stdio (streams 0, 1, 2) by `tty`. */
  readonly fds?: ReadonlyArray<readonly [number, FdEntry]>;
  /** Streams other than plain stdin; absent: handle 0 reads `stdin`, others are closed. */
  readonly streams?: StreamIo;
  /** Gorae's own system calls (processes, pipes, signals); absent: they answer ENOSYS. */
  readonly sys?: GoraeSys;
  /** A preemption point of the program: blocks while its container is paused. */
  preempt?(): void;
  /** Wall-clock time in nanoseconds since the Unix epoch. */
  realtime(): bigint;
  /** A monotonic clock in nanoseconds from an arbitrary start. */
  monotonic(): bigint;
  /** Fills `into` with random bytes. */
  random(into: Uint8Array): void;
  /** Blocks the process for `ns` nanoseconds. */
  sleep(ns: bigint): void;
  /**
   * The process's file system, preopened as "/" (fd 3). Absent: the process has only
   * its stdio, and every path system call fails (no preopen for libc to resolve against).
   */
  readonly fs?: WasiFs;
  /** The program yielded (sched_yield): a moment to pass buffered output on. */
  yield(): void;
}
