/** proc_exit, sched_yield, random_get. */
import type { SyscallTable, WasiContext } from '../context';
import { Errno } from '../errno';
import { ProcExit } from '../proc-exit';

/** crypto.getRandomValues fills at most this many bytes per call. */
const RANDOM_CHUNK = 65536;

export function procSyscalls(ctx: WasiContext): SyscallTable {
  return {
    proc_exit(code: number): never {
      throw new ProcExit(code);
    },
    sched_yield(): number {
      ctx.kernel.yield();
      return Errno.SUCCESS;
    },
    random_get(buf: number, len: number): number {
      const target = ctx.mem.bytes(buf, len);
      for (let off = 0; off < len; off += RANDOM_CHUNK) {
        ctx.kernel.random(target.subarray(off, Math.min(len, off + RANDOM_CHUNK)));
      }
      return Errno.SUCCESS;
    },
  };
}
