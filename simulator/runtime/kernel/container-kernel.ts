/**
 * A container's kernel: its PID namespace (the first process is PID 1 and every process
 * sees only its siblings), the open files and streams its processes share, signals, and
 * the system calls its processes make over their channels (syscalls.ts). Each process
 * runs in a worker of the process host; the kernel stays on the engine's thread and never
 * blocks it: a call that must wait (reading an empty pipe, waiting for a child) is
 * answered later.
 */
import type { FileSystem } from '../../fs';
import type { Clock } from '../../util/clock';
import { RpcServer } from '../host/fs-rpc';
import type { ProcessHandle, ProcessHost } from '../host/types';
import { streamEntry, type FdEntry } from '../wasi/fd-table';
import { rootEntry, ROOT_FD } from '../wasi/syscalls/fs';
import { KernelProcess, SIG_CATCH, SIG_DFL, SIG_IGN } from './process';
import { OpenFiles } from './open-files';
import { ProcMountedFs } from './proc-mount';
import { buildProcFs } from './procfs';
import type { LoadedProgram, ProgramLoader } from './program-loader';
import type { Stream } from './stream';
import { handleSyscall } from './syscalls';

export const SIGKILL = 9;
export const SIGPIPE = 13;
export const SIGCHLD = 17;
/**
 * Most processes a container may have when no --pids-limit is set: the machine's own
 * limit (threads-max, ulimit -u), so a fork bomb fails with EAGAIN instead of taking
 * the page down.
 */
export const DEFAULT_MAX_PROCESSES = 256;
/** Signals whose default action is to do nothing. */
const IGNORED_BY_DEFAULT = new Set([17, 18, 19, 20, 21, 22, 23, 28]);

export interface KernelConfig {
  fs: FileSystem;
  host: ProcessHost;
  loader: ProgramLoader;
  clock: Clock;
  hostname: string;
  /** Most processes at once (--pids-limit); 0: no limit. */
  pidsLimit?: number;
  /** The cap on each process's memory in bytes (docker run -m); 0 or absent: none. */
  memoryLimit?: number;
  /** The host's pid for a new process (its pid outside the namespace); default: the same as inside. */
  hostPid?: () => number;
}

/** The three streams a top-level process starts with (one terminal may be all three). */
export interface Stdio {
  stdin: Stream;
  stdout: Stream;
  stderr: Stream;
}

export interface StartRequest {
  argv: string[];
  env: string[];
  cwd: string;
  uid: number;
  gid: number;
  stdio: Stdio;
  /** The file to run (absolute); default: argv[0], looked up in the PATH of `env`. */
  path?: string;
}

/** What `docker top` and ps list of a process. */
export interface ProcessInfo {
  pid: number;
  /** The pid the host sees (`docker top`). */
  hostPid: number;
  ppid: number;
  uid: number;
  gid: number;
  state: 'R' | 'S' | 'T' | 'Z';
  vszKiB: number;
  rssKiB: number;
  startMs: number;
  cpuMs: number;
  tty: string;
  argv: string[];
}

export class ContainerKernel {
  readonly open: OpenFiles;
  private readonly procs = new Map<number, KernelProcess>();
  private nextPid = 1;
  private frozen = false;

  /** The root its processes see: the container's file system with /proc mounted. */
  readonly fs: FileSystem;

  constructor(readonly config: KernelConfig) {
    this.fs = new ProcMountedFs(config.fs, () => buildProcFs(this));
    this.open = new OpenFiles(this.fs);
  }

  get loader(): ProgramLoader {
    return this.config.loader;
  }

  process(pid: number): KernelProcess | undefined {
    return this.procs.get(pid);
  }

  /** PID 1, while it runs. */
  get init(): KernelProcess | undefined {
    const p = this.procs.get(1);
    return p && p.state === 'running' ? p : undefined;
  }

  /** Live processes, lowest pid first. */
  processes(): KernelProcess[] {
    return [...this.procs.values()].sort((a, b) => a.pid - b.pid);
  }

  /**
   * Starts a process with no parent in the namespace: the container's first process
   * (PID 1), or one `docker exec` adds. Throws a LoadError when the program cannot run.
   */
  async start(request: StartRequest): Promise<KernelProcess> {
    const program = await this.loader.load(this.fs, request.path ?? request.argv[0] ?? '', request.argv, request.env, request.cwd, this.config.memoryLimit);
    const tty = request.stdio.stdin.tty || request.stdio.stdout.tty;
    const proc = new KernelProcess(this.nextPid++, null, program.argv, request.env, request.cwd, request.uid, request.gid, this.config.clock.now(), tty);
    proc.hostPid = this.config.hostPid?.() ?? proc.pid;
    this.procs.set(proc.pid, proc);
    const fds: Array<[number, FdEntry]> = [];
    const streams = [request.stdio.stdin, request.stdio.stdout, request.stdio.stderr];
    const handles = new Map<Stream, number>();
    streams.forEach((stream, fd) => {
      let handle = handles.get(stream);
      if (handle === undefined) {
        handle = this.open.addStream(stream, proc.held);
        handles.set(stream, handle);
      } else this.open.retain({ kind: 'stream', handle }, proc.held);
      fds.push([fd, streamFd(handle, fd === 0 ? 'read' : 'write', stream)]);
    });
    fds.push([ROOT_FD, this.openRoot(proc)]);
    this.run(proc, program, fds);
    return proc;
  }

  /** A child of `parent` (gorae spawn): its pid, or a LoadError / EAGAIN. */
  async spawn(parent: KernelProcess, path: string, argv: string[], env: string[], cwd: string, stdio: Array<FdEntry | null>): Promise<number> {
    const limit = this.config.pidsLimit || DEFAULT_MAX_PROCESSES;
    if (this.liveCount() >= limit) throw Object.assign(new Error('EAGAIN'), { errno: 'EAGAIN' });
    const program = await this.loader.load(this.fs, path, argv, env, cwd, this.config.memoryLimit);
    if (parent.state !== 'running') throw Object.assign(new Error('ESRCH'), { errno: 'ESRCH' });
    const child = new KernelProcess(this.nextPid++, parent, program.argv, env, cwd, parent.uid, parent.gid, this.config.clock.now(), parent.tty);
    child.hostPid = this.config.hostPid?.() ?? child.pid;
    this.procs.set(child.pid, child);
    parent.children.add(child);
    const fds: Array<[number, FdEntry]> = [];
    stdio.forEach((entry, fd) => {
      if (!entry) return;
      this.open.retain(entry, child.held);
      fds.push([fd, entry]);
    });
    fds.push([ROOT_FD, this.openRoot(child)]);
    this.run(child, program, fds);
    return child.pid;
  }

  private liveCount(): number {
    let n = 0;
    for (const p of this.procs.values()) if (p.state === 'running') n++;
    return n;
  }

  private openRoot(proc: KernelProcess): FdEntry {
    const { handle } = this.open.files.open('/', { read: true, directory: true }, 0);
    this.open.opened(handle, proc.held);
    return rootEntry(handle);
  }

  private run(proc: KernelProcess, program: LoadedProgram, fds: Array<[number, FdEntry]>): void {
    proc.size = program.size;
    const handle = this.config.host.spawn(
      {
        moduleKey: program.moduleKey,
        module: program.module,
        args: proc.argv,
        env: proc.env,
        tty: proc.tty,
        ...(program.memoryLimit ? { memoryLimit: program.memoryLimit } : {}),
        kernel: {
          fds,
          cwd: proc.cwd,
          attach: (channel) => {
            const server = new RpcServer(channel);
            server.setFrozen(this.frozen);
            proc.server = server;
            return { serve: () => this.serve(proc, server), close: () => undefined };
          },
        },
      },
      {
        stdout: (data) => this.write(proc, 1, data),
        stderr: (data) => this.write(proc, 2, data),
        stream: (h, data) => this.write(proc, h, data),
      },
    );
    proc.handle = handle;
    handle.exited.then(
      (status) => this.exited(proc, handle, status),
      () => this.exited(proc, handle, 126),
    );
  }

  /** Output of `proc` to stream handle `h`; without a channel, 1 and 2 are its first streams. */
  private write(proc: KernelProcess, h: number, data: Uint8Array): void {
    let stream = this.open.stream(h);
    if (!stream && (h === 1 || h === 2) && !proc.server) stream = this.firstStream(proc, h);
    if (!stream || !stream.writable) return;
    if (!stream.write(data)) this.signal(proc.pid, SIGPIPE);
  }

  /** The stream a process without a channel writes to as fd 1 or 2: the n-th stream it holds. */
  private firstStream(proc: KernelProcess, fd: 1 | 2): Stream | undefined {
    const handles = [...proc.held.keys()].filter((k) => k.startsWith('s')).map((k) => Number(k.slice(1)));
    const writable = handles.map((h) => this.open.stream(h)).filter((s): s is Stream => !!s && s.writable);
    return writable[fd === 2 && writable.length > 1 ? 1 : 0];
  }

  /** A request waits in `proc`'s channel. */
  private serve(proc: KernelProcess, server: RpcServer): void {
    if (this.frozen || proc.server !== server) return;
    server.serve((request, payload) => handleSyscall(this, proc, server, request, payload));
  }

  /** `proc` now waits in a blocking call until `cancel` or an answer. */
  block(proc: KernelProcess, interruptible: boolean, cancel: () => void, readsInput = false): void {
    proc.block({ interruptible, cancel, readsInput });
  }

  /** `proc`'s blocking call has been answered. */
  unblock(proc: KernelProcess): void {
    proc.unblock();
  }

  private exited(proc: KernelProcess, handle: ProcessHandle, status: number): void {
    if (proc.handle !== handle) return;
    const next = proc.execNext;
    if (next) {
      proc.execNext = null;
      proc.argv = next.program.argv;
      proc.env = next.env;
      proc.cwd = next.cwd;
      proc.server = null;
      this.run(proc, next.program, next.fds);
      return;
    }
    if (proc.pending) {
      proc.pending.cancel();
      this.unblock(proc);
    }
    if ((handle as ProcessHandle).oomKilled) {
      proc.oomKilled = true;
      proc.signaled = true;
    }
    proc.handle = null;
    proc.server = null;
    this.open.releaseAll(proc.held);
    proc.state = 'zombie';
    proc.status = status;
    const init = this.procs.get(1);
    for (const child of proc.children) {
      if (child.state === 'zombie') this.procs.delete(child.pid);
      else child.parent = init && init !== proc && init.state === 'running' ? init : null;
    }
    proc.children.clear();
    const parent = proc.parent;
    if (parent && parent.state === 'running' && parent.children.has(proc)) {
      for (const wake of [...parent.waiters]) wake();
      if (parent.disposition(SIGCHLD) === SIG_CATCH) this.signal(parent.pid, SIGCHLD);
    } else {
      // An orphan, or a top-level process: nobody waits for it.
      parent?.children.delete(proc);
      this.procs.delete(proc.pid);
    }
    proc.resolveEnded(status);
    if (proc.pid === 1) {
      // The namespace dies with its init: every other process is killed.
      for (const other of this.procs.values()) if (other !== proc && other.state === 'running') other.kill(SIGKILL);
    }
  }

  /** Reaps a zombie child that a wait() has collected. */
  reap(parent: KernelProcess, child: KernelProcess): void {
    parent.children.delete(child);
    this.procs.delete(child.pid);
  }

  /**
   * Sends a signal, from inside the namespace or from the daemon (docker kill/stop): the
   * process's handler gets it (a blocked call returns EINTR), an ignored one is dropped,
   * otherwise the default action ends the process — except PID 1, which Linux shields
   * from every signal it has no handler for, SIGKILL aside. False: no such process.
   */
  signal(pid: number, signal: number): boolean {
    const proc = this.procs.get(pid);
    if (!proc || proc.state !== 'running') return false;
    if (signal === 0) return true;
    if (signal === SIGKILL) {
      proc.kill(SIGKILL);
      return true;
    }
    const disposition = proc.disposition(signal);
    if (disposition === SIG_IGN) return true;
    if (disposition === SIG_CATCH) {
      proc.caught.push(signal);
      if (proc.pending?.interruptible) {
        proc.pending.cancel();
        this.unblock(proc);
        proc.server?.fail({ errno: 'EINTR' }, false);
      }
      return true;
    }
    if (IGNORED_BY_DEFAULT.has(signal) || proc.pid === 1) return true;
    proc.kill(signal);
    return true;
  }

  /** SIGINT/SIGQUIT typed at the terminal: every process that has it open gets it. */
  signalTerminal(signal: number): void {
    for (const proc of this.processes()) if (proc.tty && proc.state === 'running') this.signal(proc.pid, signal);
  }

  /** Sets a disposition; returns the previous one. */
  setDisposition(proc: KernelProcess, signal: number, disposition: number): number {
    const previous = proc.disposition(signal);
    if (disposition === SIG_DFL) proc.dispositions.delete(signal);
    else proc.dispositions.set(signal, disposition);
    return previous;
  }

  /**
   * docker pause: every process stops at its next system call or loop (the preemption
   * points instrument.ts puts in programs) until thawed.
   */
  freeze(): void {
    this.frozen = true;
    for (const proc of this.processes()) proc.server?.setFrozen(true);
  }

  thaw(): void {
    this.frozen = false;
    for (const proc of this.processes()) proc.server?.setFrozen(false);
    for (const proc of this.processes()) if (proc.server && proc.state === 'running') this.serve(proc, proc.server);
  }

  get paused(): boolean {
    return this.frozen;
  }

  /** Ends every process at once (the container is killed or removed). */
  killAll(): void {
    for (const proc of this.processes()) proc.kill(SIGKILL);
  }

  info(proc: KernelProcess): ProcessInfo {
    const sizeKiB = Math.ceil(proc.size / 1024);
    return {
      pid: proc.pid,
      hostPid: proc.hostPid,
      ppid: proc.ppid,
      uid: proc.uid,
      gid: proc.gid,
      state: proc.state === 'zombie' ? 'Z' : this.frozen ? 'T' : proc.pending ? 'S' : 'R',
      // A module's linear memory starts at its data and stack; count the code twice over as a rough size.
      vszKiB: proc.state === 'zombie' ? 0 : 1_024 + sizeKiB * 2,
      rssKiB: proc.state === 'zombie' ? 0 : 256 + sizeKiB,
      startMs: proc.startMs,
      cpuMs: proc.cpuMs(),
      tty: proc.tty ? 'pts/0' : '?',
      argv: proc.argv,
    };
  }

  /** Memory the container's processes take, in KiB. */
  memoryKiB(): number {
    return this.processes().reduce((sum, p) => sum + this.info(p).rssKiB, 0);
  }
}

function streamFd(handle: number, access: 'read' | 'write', stream: Stream): FdEntry {
  return streamEntry(handle, stream.readable && stream.writable ? 'both' : access, stream.tty);
}

