/**
 * Gorae's system calls beyond WASI preview1 (userland/include/gorae_sys.h), as the WASI
 * layer calls them once it has read the program's memory: plain values in and out. The
 * process host implements them by asking the container's kernel on the engine's thread.
 * A negative number is -errno (WASI numbering); errors may also be thrown as errno objects.
 */
import type { FdEntry } from './fd-table';

export interface SpawnRequest {
  path: string;
  argv: string[];
  env: string[];
  /** The child's descriptors 0, 1, 2 (null: closed). */
  fds: Array<FdEntry | null>;
  cwd: string;
}

export interface ExecRequest {
  path: string;
  argv: string[];
  env: string[];
  cwd: string;
  /** The caller's whole descriptor table: it carries over to the new program. */
  fds: Array<[number, FdEntry]>;
}

export interface Uname {
  sysname: string;
  nodename: string;
  release: string;
  version: string;
  machine: string;
}

export interface GoraeSys {
  /** A child's pid, or -errno. */
  spawn(request: SpawnRequest): number;
  /** 0 when the program is to be replaced (the caller then unwinds), or -errno. */
  exec(request: ExecRequest): number;
  /** [pid, status] of an ended child, [0, 0] with WNOHANG when none has, or [-errno, 0]. */
  wait(pid: number, options: number): [number, number];
  /** A pipe's two stream handles: [read end, write end]. */
  pipe(): [number, number];
  /** One more descriptor refers to this entry's handle (dup, dup2). */
  retain(entry: FdEntry): void;
  kill(pid: number, signal: number): number;
  /** The previous disposition, or -errno. */
  signal(signal: number, disposition: number): number;
  /** The oldest caught signal that arrived, or 0. */
  sigtake(): number;
  getpid(): number;
  getppid(): number;
  /** uid, gid, euid, egid */
  getids(): [number, number, number, number];
  uname(): Uname;
  /** The process table as gorae_procs formats it. */
  procs(): string;
  /** KiB: total, free, available, buffers, cached, shared; then uptime in seconds. */
  sysinfo(): number[];
  initialCwd(): string;
  /** [rows, columns] of a terminal stream, or -errno. */
  winsize(handle: number): [number, number] | number;
  ttyRaw(handle: number, raw: boolean): number;
  /** Blocks until a signal (returns -EINTR) or the end of the process. */
  pause(): number;
  /** [st_mode, uid, gid, nlink, rdev] of an absolute path (lstat when !follow); throws an errno. */
  statx(path: string, follow: boolean): number[];
  chmod(path: string, mode: number): number;
  chown(path: string, uid: number, gid: number, follow: boolean): number;
  /** Sleeps in the kernel (so the process counts as sleeping, and a caught signal cuts it short: throws EINTR). */
  sleep(ns: bigint): void;
}
