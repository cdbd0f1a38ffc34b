/** One process of a container's PID namespace, as its kernel keeps it. */
import type { ProcessHandle } from '../host/types';
import type { RpcServer } from '../host/fs-rpc';
import type { FdEntry } from '../wasi/fd-table';
import type { Held } from './open-files';
import type { LoadedProgram } from './program-loader';

export const SIG_DFL = 0;
export const SIG_IGN = 1;
export const SIG_CATCH = 2;

/** A blocking call the process waits in; `cancel` undoes its registration (a signal interrupts it). */
export interface PendingCall {
  readonly interruptible: boolean;
  cancel(): void;
  /** Waiting for input from outside the container (its terminal or open stdin). */
  readonly readsInput?: boolean;
}

export class KernelProcess {
  handle: ProcessHandle | null = null;
  server: RpcServer | null = null;
  state: 'running' | 'zombie' = 'running';
  status = 0;
  /** Ended by a signal (status is 128 + the signal) rather than by exiting. */
  signaled = false;
  /** Killed for running out of memory under the container's limit. */
  oomKilled = false;
  readonly held: Held = new Map();
  readonly dispositions = new Map<number, number>();
  readonly caught: number[] = [];
  pending: PendingCall | null = null;
  /** The program a successful exec switches to when the current one has unwound. */
  execNext: { program: LoadedProgram; env: string[]; cwd: string; fds: Array<[number, FdEntry]> } | null = null;
  readonly children = new Set<KernelProcess>();
  /** Callers of wait() for one of this process's children. */
  readonly waiters = new Set<() => void>();
  /** Resolves with the exit status when the process has ended for good (after any exec). */
  readonly ended: Promise<number>;
  resolveEnded!: (status: number) => void;
  /** Bytes of the running module (a rough measure of its size). */
  size = 0;
  /** Its pid on the host, outside the namespace. */
  hostPid = 0;
  /** performance.now() at the start, for CPU time. */
  readonly startedAt = performance.now();
  /** Time spent waiting in blocking calls (ms), and since when it waits now (performance.now()). */
  private blockedMs = 0;
  private blockedSince: number | null = null;

  constructor(
    readonly pid: number,
    public parent: KernelProcess | null,
    public argv: string[],
    public env: string[],
    public cwd: string,
    readonly uid: number,
    readonly gid: number,
    readonly startMs: number,
    /** Whether the process's stdio is the container's terminal (ps shows pts/0). */
    readonly tty: boolean,
  ) {
    this.ended = new Promise((resolve) => {
      this.resolveEnded = resolve;
    });
  }

  get ppid(): number {
    return this.parent?.pid ?? 0;
  }

  /** Ends the process at once, as a signal's default action does. */
  kill(signal: number): void {
    if (this.state !== 'running' || !this.handle) return;
    this.signaled = true;
    this.handle.end(128 + signal);
  }

  /** It waits in a blocking call from now on. */
  block(pending: PendingCall): void {
    this.pending = pending;
    this.blockedSince = performance.now();
  }

  /** Its blocking call has been answered. */
  unblock(): void {
    this.pending = null;
    if (this.blockedSince !== null) this.blockedMs += performance.now() - this.blockedSince;
    this.blockedSince = null;
  }

  /** Time it has not spent waiting in the kernel (ms): as near as the host can tell, its CPU time. */
  cpuMs(): number {
    const now = performance.now();
    const blocked = this.blockedMs + (this.blockedSince !== null ? now - this.blockedSince : 0);
    return Math.max(0, Math.round(now - this.startedAt - blocked));
  }

  disposition(signal: number): number {
    return this.dispositions.get(signal) ?? SIG_DFL;
  }
}
