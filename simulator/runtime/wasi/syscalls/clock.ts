/** clock_time_get and clock_res_get over the kernel's realtime and monotonic clocks. */
import { ClockId } from '../abi';
import type { SyscallTable, WasiContext } from '../context';
import { Errno } from '../errno';

/** Reported resolution of every clock: 1 µs (browsers coarsen performance.now() to about this). */
const RESOLUTION_NS = 1000n;

/** The current time of a clock in nanoseconds, or null for an unknown clock. */
export function clockNow(ctx: WasiContext, id: number): bigint | null {
  switch (id) {
    case ClockId.REALTIME:
      return ctx.kernel.realtime();
    case ClockId.MONOTONIC:
      return ctx.kernel.monotonic();
    case ClockId.PROCESS_CPUTIME:
    case ClockId.THREAD_CPUTIME:
      // A process owns its worker's thread, so its time alive is its CPU time.
      return ctx.kernel.monotonic() - ctx.startNs;
    default:
      return null;
  }
}

export function clockSyscalls(ctx: WasiContext): SyscallTable {
  return {
    clock_time_get(id: number, _precision: bigint, timePtr: number): number {
      const now = clockNow(ctx, id);
      if (now === null) return Errno.INVAL;
      ctx.mem.setU64(timePtr, now);
      return Errno.SUCCESS;
    },
    clock_res_get(id: number, resPtr: number): number {
      if (id < ClockId.REALTIME || id > ClockId.THREAD_CPUTIME) return Errno.INVAL;
      ctx.mem.setU64(resPtr, RESOLUTION_NS);
      return Errno.SUCCESS;
    },
  };
}
