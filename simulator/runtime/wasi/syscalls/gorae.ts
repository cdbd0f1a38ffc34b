/**
 * The "gorae" import module: processes, pipes, descriptors and signals beyond WASI
 * (userland/include/gorae_sys.h). Each call reads its arguments from the program's
 * memory, asks the kernel (WasiKernel.sys) and returns a value >= 0 or -errno. Without a
 * kernel behind the process every call answers -ENOSYS.
 */
import type { SyscallTable, WasiContext } from '../context';
import { Errno } from '../errno';
import { streamEntry, type FdEntry } from '../fd-table';
import { wasiErrno } from '../fs';
import { ExecDone } from '../proc-exit';

export const GORAE_MODULE = 'gorae';

/** Every function the module offers (a program may import any subset). */
export const GORAE_FUNCTIONS = [
  'spawn',
  'exec',
  'wait',
  'pipe',
  'dup',
  'dup2',
  'kill',
  'signal',
  'sigtake',
  'getpid',
  'getppid',
  'getids',
  'uname',
  'procs',
  'sysinfo',
  'initial_cwd',
  'winsize',
  'tty_raw',
  'pause',
  'stat',
  'chmod',
  'chown',
  'preempt',
] as const;

/** Loop iterations between a program's looks at the freezer (kernel/instrument.ts counts them down). */
export const PREEMPT_INTERVAL = 65_536;

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const MAX_STRINGS = 65536;

/** Drops what is process-local (a directory's cached listing) from an entry handed on. */
function portable(entry: FdEntry): FdEntry {
  if (entry.kind !== 'file' || entry.listing === undefined) return entry;
  const { listing: _listing, ...rest } = entry;
  return rest;
}

export function goraeSyscalls(ctx: WasiContext): SyscallTable {
  const { mem, fds, kernel } = ctx;
  const sys = kernel.sys;

  const cstring = (ptr: number): string => {
    const view = mem.view();
    let end = ptr;
    while (view.getUint8(end) !== 0) end++;
    return decoder.decode(mem.bytes(ptr, end - ptr).slice());
  };
  const cstrings = (ptr: number): string[] => {
    const out: string[] = [];
    if (ptr === 0) return out;
    for (let i = 0; i < MAX_STRINGS; i++) {
      const item = mem.u32(ptr + i * 4);
      if (item === 0) return out;
      out.push(cstring(item));
    }
    throw new RangeError('argument list too long');
  };
  const store = (ptr: number, len: number, text: string): number => {
    const bytes = encoder.encode(text);
    if (bytes.length > len) return -Errno.RANGE;
    mem.bytes(ptr, bytes.length).set(bytes);
    return bytes.length;
  };
  /** Runs a call, turning a thrown errno into its negative number. */
  const call = (body: () => number): number => {
    if (!sys) return -Errno.NOSYS;
    try {
      return body();
    } catch (e) {
      if (e instanceof ExecDone) throw e;
      return -wasiErrno(e);
    }
  };
  const closeEntry = (entry: FdEntry): void => {
    if (entry.kind === 'stream') kernel.streams?.close(entry.handle);
    else kernel.fs?.close(entry.handle);
  };

  return {
    spawn: (path: number, argv: number, envp: number, fdsPtr: number, cwd: number) =>
      call(() => {
        const childFds: Array<FdEntry | null> = [];
        for (let i = 0; i < 3; i++) {
          const fd = mem.view().getInt32(fdsPtr + i * 4, true);
          const entry = fd < 0 ? undefined : fds.get(fd);
          if (fd >= 0 && !entry) return -Errno.BADF;
          childFds.push(entry ? portable(entry) : null);
        }
        return sys!.spawn({ path: cstring(path), argv: cstrings(argv), env: cstrings(envp), fds: childFds, cwd: cwd ? cstring(cwd) : '' });
      }),

    exec: (path: number, argv: number, envp: number, cwd: number) =>
      call(() => {
        const result = sys!.exec({
          path: cstring(path),
          argv: cstrings(argv),
          env: cstrings(envp),
          cwd: cwd ? cstring(cwd) : '',
          fds: fds.list().map(([fd, entry]) => [fd, portable(entry)]),
        });
        if (result === 0) throw new ExecDone();
        return result;
      }),

    wait: (pid: number, statusPtr: number, options: number) =>
      call(() => {
        const [child, status] = sys!.wait(pid, options);
        if (child > 0 && statusPtr) mem.view().setInt32(statusPtr, status, true);
        return child;
      }),

    pipe: (fdsPtr: number) =>
      call(() => {
        mem.bytes(fdsPtr, 8);
        const [readEnd, writeEnd] = sys!.pipe();
        const r = fds.add(streamEntry(readEnd, 'read', false));
        const w = fds.add(streamEntry(writeEnd, 'write', false));
        mem.view().setInt32(fdsPtr, r, true);
        mem.view().setInt32(fdsPtr + 4, w, true);
        return 0;
      }),

    dup: (fd: number) =>
      call(() => {
        const entry = fds.get(fd);
        if (!entry) return -Errno.BADF;
        sys!.retain(entry);
        return fds.add(entry);
      }),

    dup2: (fd: number, to: number) =>
      call(() => {
        const entry = fds.get(fd);
        if (!entry || to < 0 || to > 1023) return -Errno.BADF;
        if (fd === to) return to;
        sys!.retain(entry);
        const old = fds.get(to);
        fds.set(to, entry);
        if (old) closeEntry(old);
        return to;
      }),

    kill: (pid: number, signal: number) => call(() => sys!.kill(pid, signal)),
    signal: (signal: number, disposition: number) => call(() => sys!.signal(signal, disposition)),
    sigtake: () => call(() => sys!.sigtake()),
    getpid: () => call(() => sys!.getpid()),
    getppid: () => call(() => sys!.getppid()),

    getids: (ptr: number) =>
      call(() => {
        const ids = sys!.getids();
        ids.forEach((id, i) => mem.view().setInt32(ptr + i * 4, id, true));
        return 0;
      }),

    uname: (ptr: number, len: number) =>
      call(() => {
        const u = sys!.uname();
        return store(ptr, len, [u.sysname, u.nodename, u.release, u.version, u.machine].map((s) => `${s}\0`).join(''));
      }),

    procs: (ptr: number, len: number) => call(() => store(ptr, len, sys!.procs())),

    sysinfo: (ptr: number) =>
      call(() => {
        sys!.sysinfo().forEach((v, i) => mem.view().setBigInt64(ptr + i * 8, BigInt(Math.round(v)), true));
        return 0;
      }),

    initial_cwd: (ptr: number, len: number) => call(() => store(ptr, len, sys!.initialCwd())),

    winsize: (fd: number, ptr: number) =>
      call(() => {
        const entry = fds.get(fd);
        if (!entry) return -Errno.BADF;
        if (entry.kind !== 'stream' || !entry.tty) return -Errno.NOTTY;
        const size = sys!.winsize(entry.handle);
        if (typeof size === 'number') return size;
        mem.view().setInt32(ptr, size[0], true);
        mem.view().setInt32(ptr + 4, size[1], true);
        return 0;
      }),

    tty_raw: (fd: number, raw: number) =>
      call(() => {
        const entry = fds.get(fd);
        if (!entry) return -Errno.BADF;
        if (entry.kind !== 'stream' || !entry.tty) return -Errno.NOTTY;
        return sys!.ttyRaw(entry.handle, raw !== 0);
      }),

    pause: () => call(() => sys!.pause()),

    stat: (path: number, follow: number, out: number) =>
      call(() => {
        sys!.statx(cstring(path), follow !== 0).forEach((v, i) => mem.view().setInt32(out + i * 4, v, true));
        return 0;
      }),

    chmod: (path: number, mode: number) => call(() => sys!.chmod(cstring(path), mode)),

    chown: (path: number, uid: number, gid: number, follow: number) => call(() => sys!.chown(cstring(path), uid, gid, follow !== 0)),

    // Called from the program's loops now and then: waits here while the container is paused.
    preempt: () => {
      kernel.preempt?.();
      return PREEMPT_INTERVAL;
    },
  };
}
