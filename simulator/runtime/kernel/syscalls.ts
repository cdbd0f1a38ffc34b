/**
 * One process's system calls as its kernel answers them: file system calls against the
 * container's shared open files, and Gorae's calls (userland/include/gorae_sys.h).
 * Errors are thrown as errno objects; a call that must wait returns PENDING and is
 * answered through the process's RpcServer later.
 */
import { PENDING, runFsOp, type RpcRequest, type RpcServer } from '../host/fs-rpc';
import type { FdEntry } from '../wasi/fd-table';
import type { ExecRequest, SpawnRequest } from '../wasi/gorae-sys';
import type { ContainerKernel } from './container-kernel';
import { hostInfo, memoryFigures, uptimeSeconds } from './host-info';
import type { KernelProcess } from './process';
import { LoadError } from './program-loader';
import { InputStream, Pipe } from './stream';
import { Terminal } from './terminal';

type Answer = { value?: unknown; payload?: Uint8Array } | typeof PENDING;

const WNOHANG = 1;

const errno = (name: string): Error => Object.assign(new Error(name), { errno: name });

/** An errno name as gorae returns it: the negative WASI number. */
const WASI_ERRNO: Record<string, number> = { EACCES: 2, EAGAIN: 6, ECHILD: 12, EINTR: 27, ELOOP: 32, ENOENT: 44, ENOEXEC: 45, ENOTDIR: 54, ENOTTY: 59, ESRCH: 71, EINVAL: 28, EPERM: 63 };
const negative = (name: string): number => -(WASI_ERRNO[name] ?? 29);

/** Linux's wait status: the exit code in the second byte, or the signal in the low bits. */
function waitStatus(status: number, signaled: boolean): number {
  return signaled ? status - 128 : (status & 0xff) << 8;
}

export function handleSyscall(kernel: ContainerKernel, proc: KernelProcess, server: RpcServer, request: RpcRequest, payload: Uint8Array): Answer {
  const args = request.args;
  const open = kernel.open;
  // What the process creates is its own (fsuid, fsgid).
  kernel.fs.owner = { uid: proc.uid, gid: proc.gid };
  switch (request.op) {
    case 'open': {
      const result = runFsOp(open.files, request, payload);
      open.opened((result.value as { handle: number }).handle, proc.held);
      return result;
    }
    case 'close': {
      const handle = args[0] as number;
      if (!open.release({ kind: 'file', handle }, proc.held)) throw errno('EBADF');
      return { value: undefined };
    }
    case 'sread':
      return streamRead(kernel, proc, server, args[0] as number, args[1] as number);
    case 'savail': {
      const stream = open.stream(args[0] as number);
      if (!stream) throw errno('EBADF');
      return { value: stream.available() };
    }
    case 'sclose':
      if (!open.release({ kind: 'stream', handle: args[0] as number }, proc.held)) throw errno('EBADF');
      return { value: undefined };
    case 'retain':
      open.retain(args[0] as FdEntry, proc.held);
      return { value: undefined };
    case 'pipe': {
      const pipe = new Pipe();
      return { value: [open.addStream(pipe.readEnd, proc.held), open.addStream(pipe.writeEnd, proc.held)] };
    }
    case 'spawn':
      return spawn(kernel, proc, server, args[0] as SpawnRequest);
    case 'exec':
      return exec(kernel, proc, server, args[0] as ExecRequest);
    case 'wait':
      return wait(kernel, proc, server, args[0] as number, args[1] as number);
    case 'kill': {
      const [pid, signal] = args as [number, number];
      if (signal < 0 || signal > 64) return { value: negative('EINVAL') };
      if (pid === -1) {
        for (const p of kernel.processes()) if (p.pid !== 1 && p !== proc) kernel.signal(p.pid, signal);
        return { value: 0 };
      }
      const target = kernel.process(Math.abs(pid));
      if (!target || target.state !== 'running') return { value: negative('ESRCH') };
      kernel.signal(target.pid, signal);
      return { value: 0 };
    }
    case 'signal': {
      const [signal, disposition] = args as [number, number];
      if (signal < 1 || signal > 64 || signal === 9 || signal === 19 || disposition < 0 || disposition > 2) return { value: negative('EINVAL') };
      return { value: kernel.setDisposition(proc, signal, disposition) };
    }
    case 'sigtake':
      return { value: proc.caught.shift() ?? 0 };
    case 'getpid':
      return { value: proc.pid };
    case 'getppid':
      return { value: proc.ppid };
    case 'getids':
      return { value: [proc.uid, proc.gid, proc.uid, proc.gid] };
    case 'uname':
      return {
        value: { sysname: hostInfo.sysname, nodename: kernel.config.hostname, release: hostInfo.release, version: hostInfo.version, machine: hostInfo.machine },
      };
    case 'procs':
      return { value: procsText(kernel) };
    case 'sysinfo': {
      const { free, available } = memoryFigures(kernel.memoryKiB());
      return { value: [hostInfo.memTotalKiB, free, available, hostInfo.buffersKiB, hostInfo.cachedKiB, hostInfo.sharedKiB, Math.floor(uptimeSeconds())] };
    }
    case 'initialCwd':
      return { value: proc.cwd };
    case 'winsize': {
      const stream = open.stream(args[0] as number);
      if (!(stream instanceof Terminal)) return { value: negative('ENOTTY') };
      return { value: [stream.rows, stream.columns] };
    }
    case 'ttyRaw': {
      const stream = open.stream(args[0] as number);
      if (!(stream instanceof Terminal)) return { value: negative('ENOTTY') };
      stream.raw = args[1] as boolean;
      return { value: 0 };
    }
    case 'statx': {
      const [path, follow] = args as [string, boolean];
      const st = follow ? kernel.fs.stat(path) : kernel.fs.lstat(path);
      return { value: [st.mode, st.uid, st.gid, st.nlink, st.rdev] };
    }
    case 'chmod': {
      const [path, mode] = args as [string, number];
      const st = kernel.fs.stat(path);
      if (proc.uid !== 0 && st.uid !== proc.uid) return { value: negative('EPERM') };
      kernel.fs.chmod(path, mode & 0o7777);
      return { value: 0 };
    }
    case 'chown': {
      const [path, uid, gid, follow] = args as [string, number, number, boolean];
      if (proc.uid !== 0) return { value: negative('EPERM') };
      if (follow) kernel.fs.chown(path, uid, gid);
      else kernel.fs.lchown(path, uid, gid);
      return { value: 0 };
    }
    case 'nanosleep': {
      if (proc.caught.length > 0) throw errno('EINTR');
      const ms = args[0] as number;
      const timer = setTimeout(() => {
        if (proc.pending === null) return;
        kernel.unblock(proc);
        server.reply(undefined);
      }, ms);
      kernel.block(proc, true, () => clearTimeout(timer));
      return PENDING;
    }
    case 'pause':
      if (proc.caught.length > 0) throw errno('EINTR');
      kernel.block(proc, true, () => undefined);
      return PENDING;
    default:
      return runFsOp(open.files, request, payload);
  }
}

/** The process table as gorae_procs gives it (userland/include/gorae_sys.h). */
export function procsText(kernel: ContainerKernel): string {
  return kernel
    .processes()
    .map((p) => {
      const i = kernel.info(p);
      return `${i.pid} ${i.ppid} ${i.uid} ${i.state} ${i.vszKiB} ${i.rssKiB} ${Math.round(i.startMs)} ${i.cpuMs} ${i.tty} ${i.argv.join('\x1f')}\n`;
    })
    .join('');
}

function streamRead(kernel: ContainerKernel, proc: KernelProcess, server: RpcServer, handle: number, max: number): Answer {
  const stream = kernel.open.stream(handle);
  if (!stream || !stream.readable) throw errno('EBADF');
  const data = stream.read(max);
  if (data) return { value: data.length, payload: data };
  if (proc.caught.length > 0) throw errno('EINTR');
  const retry = (): void => {
    if (proc.pending === null) return;
    const now = stream.read(max);
    if (!now) {
      stream.readiness.on(retry);
      return;
    }
    kernel.unblock(proc);
    server.reply(now.length, now);
  };
  stream.readiness.on(retry);
  kernel.block(proc, true, () => stream.readiness.off(retry), stream instanceof Terminal || stream instanceof InputStream);
  return PENDING;
}

function loadErrno(e: unknown): number {
  if (e instanceof LoadError) return negative(e.errno);
  const name = typeof e === 'object' && e !== null ? (e as { errno?: unknown }).errno : undefined;
  if (typeof name === 'string') return negative(name);
  throw e;
}

/** A call that loads a program: blocks (not interruptibly) until `work` settles, then answers its value or -errno. */
function loading<T>(kernel: ContainerKernel, proc: KernelProcess, server: RpcServer, work: Promise<T>, answer: (value: T) => number): Answer {
  kernel.block(proc, false, () => undefined);
  work.then(
    (value) => {
      kernel.unblock(proc);
      server.reply(answer(value));
    },
    (e: unknown) => {
      kernel.unblock(proc);
      try {
        server.reply(loadErrno(e));
      } catch {
        server.fail({ errno: 'EIO' }, false);
      }
    },
  );
  return PENDING;
}

function spawn(kernel: ContainerKernel, proc: KernelProcess, server: RpcServer, request: SpawnRequest): Answer {
  const cwd = request.cwd || proc.cwd;
  return loading(kernel, proc, server, kernel.spawn(proc, request.path, request.argv, request.env, cwd, request.fds), (pid) => pid);
}

function exec(kernel: ContainerKernel, proc: KernelProcess, server: RpcServer, request: ExecRequest): Answer {
  const cwd = request.cwd || proc.cwd;
  const load = kernel.loader.load(kernel.fs, request.path, request.argv, request.env, cwd, kernel.config.memoryLimit);
  return loading(kernel, proc, server, load, (program) => {
    proc.execNext = { program, env: request.env, cwd, fds: request.fds };
    return 0;
  });
}

function wait(kernel: ContainerKernel, proc: KernelProcess, server: RpcServer, pid: number, options: number): Answer {
  const collect = (): [number, number] | null => {
    const candidates = [...proc.children].filter((c) => pid === -1 || c.pid === pid);
    if (candidates.length === 0) return [negative('ECHILD'), 0];
    const zombie = candidates.find((c) => c.state === 'zombie');
    if (!zombie) return null;
    kernel.reap(proc, zombie);
    return [zombie.pid, waitStatus(zombie.status, zombie.signaled)];
  };
  const now = collect();
  if (now) return { value: now };
  if (options & WNOHANG) return { value: [0, 0] };
  // A caught signal that arrived before the call interrupts it at once.
  if (proc.caught.length > 0) throw errno('EINTR');
  const retry = (): void => {
    const done = collect();
    if (!done) return;
    proc.waiters.delete(retry);
    kernel.unblock(proc);
    server.reply(done);
  };
  proc.waiters.add(retry);
  kernel.block(proc, true, () => proc.waiters.delete(retry));
  return PENDING;
}
