/**
 * Worker side: the kernel one process sees. Output goes through the worker's batch,
 * which is flushed before anything that may block; clocks come from `performance`,
 * randomness from the platform's CSPRNG.
 */
import type { WasiFs } from '../wasi/fs';
import { closedStdin, type WasiKernel } from '../wasi/kernel';
import type { SysClient } from './sys-client';
import { blockFor } from './blocking';
import type { OutputBatch } from './output-batch';
import type { RunMessage } from './protocol';

/** Milliseconds (with fractions) to whole nanoseconds, without losing the integer part. */
function msToNs(ms: number): bigint {
  const whole = Math.floor(ms);
  return BigInt(whole) * 1_000_000n + BigInt(Math.round((ms - whole) * 1e6));
}

/** Word 3 of a process's channel: 1 while its container is paused (fs-rpc.ts RpcServer.setFrozen). */
function freezer(channel: SharedArrayBuffer, output: OutputBatch): () => void {
  const ctrl = new Int32Array(channel, 0, 4);
  return () => {
    if (Atomics.load(ctrl, 3) !== 1) return;
    output.flush();
    while (Atomics.load(ctrl, 3) === 1) Atomics.wait(ctrl, 3, 1);
  };
}

export function createProcessKernel(run: RunMessage, output: OutputBatch, fs?: WasiFs, sys?: SysClient): WasiKernel {
  return {
    ...(fs ? { fs } : {}),
    ...(sys ? { sys, streams: sys } : {}),
    ...(run.fds ? { fds: run.fds } : {}),
    args: run.args,
    env: run.env,
    stdin: closedStdin,
    tty: run.tty,
    write: (fd, data) => output.write(fd, data),
    realtime: () => msToNs(performance.timeOrigin + performance.now()),
    monotonic: () => msToNs(performance.now()),
    random: (into) => {
      globalThis.crypto.getRandomValues(into);
    },
    sleep: (ns) => {
      output.flush();
      if (sys) {
        // The kernel's timer may fire a little early by this thread's clock: sleep out the rest here.
        const end = performance.now() + Number(ns) / 1e6;
        sys.sleep(ns);
        const left = end - performance.now();
        if (left > 0) blockFor(BigInt(Math.ceil(left * 1e6)));
      } else blockFor(ns);
    },
    yield: () => output.flush(),
    ...(run.fsChannel ? { preempt: freezer(run.fsChannel, output) } : {}),
  };
}
