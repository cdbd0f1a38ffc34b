/**
 * poll_oneoff: waits for clock timeouts (how sleep works) and for stdin to become
 * readable; stdout and stderr are always writable. Ready subscriptions are reported
 * at once; otherwise the process blocks until the first clock expires or stdin is ready.
 */
import { EVENT_FD_READWRITE_HANGUP, EVENT_SIZE, EventType, Rights, SUBSCRIPTION_CLOCK_ABSTIME, SUBSCRIPTION_SIZE } from '../abi';
import type { SyscallTable, WasiContext } from '../context';
import { Errno } from '../errno';
import { clockNow } from './clock';
import { streamAvailable } from './fd';
import { wasiErrno } from '../fs';

interface Pending {
  userdata: bigint;
  type: number;
  /** Clock subscriptions: the monotonic time it expires at. */
  deadline: bigint;
}

/** What a pipe reports as writable space: writes never block here. */
const WRITABLE_BYTES = 65536n;

export function pollSyscalls(ctx: WasiContext): SyscallTable {
  const { mem, fds, kernel } = ctx;

  return {
    poll_oneoff(inPtr: number, outPtr: number, nsubs: number, neventsPtr: number): number {
      if (nsubs === 0) return Errno.INVAL;
      let nevents = 0;
      const emit = (userdata: bigint, error: number, type: number, nbytes = 0n, flags = 0): void => {
        const at = outPtr + nevents * EVENT_SIZE;
        mem.bytes(at, EVENT_SIZE).fill(0);
        const view = mem.view();
        view.setBigUint64(at, userdata, true);
        view.setUint16(at + 8, error, true);
        view.setUint8(at + 10, type);
        view.setBigUint64(at + 16, nbytes, true);
        view.setUint16(at + 24, flags, true);
        nevents++;
      };
      const emitStdin = (userdata: bigint, available: number): void =>
        emit(userdata, Errno.SUCCESS, EventType.FD_READ, BigInt(Math.max(available, 0)), available === 0 ? EVENT_FD_READWRITE_HANGUP : 0);

      const clocks: Pending[] = [];
      const stdinWaits: Pending[] = [];
      const start = kernel.monotonic();
      mem.bytes(inPtr, nsubs * SUBSCRIPTION_SIZE);
      for (let i = 0; i < nsubs; i++) {
        const view = mem.view();
        const at = inPtr + i * SUBSCRIPTION_SIZE;
        const userdata = view.getBigUint64(at, true);
        const type = view.getUint8(at + 8);
        if (type === EventType.CLOCK) {
          const id = view.getUint32(at + 16, true);
          const timeout = view.getBigUint64(at + 24, true);
          const absolute = (view.getUint16(at + 40, true) & SUBSCRIPTION_CLOCK_ABSTIME) !== 0;
          const now = clockNow(ctx, id);
          if (now === null) {
            emit(userdata, Errno.INVAL, type);
            continue;
          }
          const remaining = absolute ? timeout - now : timeout;
          if (remaining <= 0n) emit(userdata, Errno.SUCCESS, type);
          else clocks.push({ userdata, type, deadline: start + remaining });
        } else if (type === EventType.FD_READ || type === EventType.FD_WRITE) {
          const entry = fds.get(view.getUint32(at + 16, true));
          const right = type === EventType.FD_READ ? Rights.FD_READ : Rights.FD_WRITE;
          if (!entry || (entry.rightsBase & right) === 0n) {
            emit(userdata, Errno.BADF, type);
          } else if (type === EventType.FD_WRITE || entry.kind === 'file') {
            // A file never blocks: always readable and writable.
            emit(userdata, Errno.SUCCESS, type, WRITABLE_BYTES);
          } else if (entry.kind === 'stream' && (kernel.streams || entry.handle !== 0)) {
            // A kernel stream: report what is there now; a read blocks in the kernel.
            const available = streamAvailable(kernel, entry.handle);
            emitStdin(userdata, available < 0 ? 0 : available);
          } else {
            const available = kernel.stdin.available();
            if (available >= 0) emitStdin(userdata, available);
            else stdinWaits.push({ userdata, type, deadline: 0n });
          }
        } else {
          emit(userdata, Errno.INVAL, type);
        }
      }

      if (nevents === 0) {
        const first = clocks.reduce<bigint | null>((min, c) => (min === null || c.deadline < min ? c.deadline : min), null);
        const timeout = first === null ? null : first - kernel.monotonic();
        if (stdinWaits.length > 0 && kernel.stdin.wait(timeout === null ? null : timeout > 0n ? timeout : 0n)) {
          const available = kernel.stdin.available();
          for (const w of stdinWaits) emitStdin(w.userdata, available);
        } else if (timeout !== null) {
          if (stdinWaits.length === 0 && timeout > 0n) {
            try {
              kernel.sleep(timeout);
            } catch (e) {
              // A signal the program catches cut the sleep short.
              return wasiErrno(e);
            }
          }
          const now = kernel.monotonic();
          for (const c of clocks) if (c.deadline <= now || c.deadline === first) emit(c.userdata, Errno.SUCCESS, c.type);
        }
      }
      mem.setU32(neventsPtr, nevents);
      return Errno.SUCCESS;
    },
  };
}
