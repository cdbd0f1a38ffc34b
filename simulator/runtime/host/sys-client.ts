/**
 * Worker side: Gorae's system calls and kernel streams as blocking calls over the
 * process's channel to its container's kernel (runtime/kernel), which answers at once or,
 * for a call that blocks (a read of an empty pipe, a wait for a child), when it can.
 */
import type { ExecRequest, GoraeSys, SpawnRequest, Uname } from '../wasi/gorae-sys';
import type { FdEntry } from '../wasi/fd-table';
import type { StreamIo } from '../wasi/kernel';
import type { RpcClient } from './fs-rpc';

export class SysClient implements GoraeSys, StreamIo {
  constructor(
    private readonly rpc: RpcClient,
    /** The starting directory, when the run message brought it. */
    private readonly cwd?: string,
  ) {}

  private call<T>(op: string, ...args: unknown[]): T {
    return this.rpc.call(op, args) as T;
  }

  read(handle: number, into: Uint8Array): number {
    const { value, data } = this.rpc.callWithPayload('sread', [handle, into.length]);
    into.set(data.subarray(0, Math.min(data.length, into.length)));
    return value as number;
  }

  available(handle: number): number {
    return this.call('savail', handle);
  }

  close(handle: number): void {
    this.call('sclose', handle);
  }

  spawn(request: SpawnRequest): number {
    return this.call('spawn', request);
  }

  exec(request: ExecRequest): number {
    return this.call('exec', request);
  }

  wait(pid: number, options: number): [number, number] {
    return this.call('wait', pid, options);
  }

  pipe(): [number, number] {
    return this.call('pipe');
  }

  retain(entry: FdEntry): void {
    this.call('retain', entry);
  }

  kill(pid: number, signal: number): number {
    return this.call('kill', pid, signal);
  }

  signal(signal: number, disposition: number): number {
    return this.call('signal', signal, disposition);
  }

  sigtake(): number {
    return this.call('sigtake');
  }

  getpid(): number {
    return this.call('getpid');
  }

  getppid(): number {
    return this.call('getppid');
  }

  getids(): [number, number, number, number] {
    return this.call('getids');
  }

  uname(): Uname {
    return this.call('uname');
  }

  procs(): string {
    return this.call('procs');
  }

  sysinfo(): number[] {
    return this.call('sysinfo');
  }

  initialCwd(): string {
    return this.cwd ?? this.call('initialCwd');
  }

  winsize(handle: number): [number, number] | number {
    return this.call('winsize', handle);
  }

  ttyRaw(handle: number, raw: boolean): number {
    return this.call('ttyRaw', handle, raw);
  }

  pause(): number {
    return this.call('pause');
  }

  statx(path: string, follow: boolean): number[] {
    return this.call('statx', path, follow);
  }

  chmod(path: string, mode: number): number {
    return this.call('chmod', path, mode);
  }

  chown(path: string, uid: number, gid: number, follow: boolean): number {
    return this.call('chown', path, uid, gid, follow);
  }

  sleep(ns: bigint): void {
    this.call('nanosleep', Number(ns / 1000n) / 1000);
  }
}
