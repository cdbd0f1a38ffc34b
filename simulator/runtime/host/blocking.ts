/**
 * Blocking the worker's thread, the way a process blocks in a system call. Atomics.wait
 * needs a SharedArrayBuffer, which browsers offer only to cross-origin isolated pages
 * (Gorae is served with COOP/COEP); without one, a sleep spins on the clock instead.
 */

const cell: Int32Array | null = typeof SharedArrayBuffer === 'function' ? new Int32Array(new SharedArrayBuffer(4)) : null;

/** Blocks the calling thread for `ns` nanoseconds. */
export function blockFor(ns: bigint): void {
  if (ns <= 0n) return;
  const ms = Number(ns) / 1e6;
  const until = performance.now() + ms;
  if (cell) {
    // Atomics.wait may wake early (spuriously); wait again for what is left.
    for (let left = ms; left > 0; left = until - performance.now()) Atomics.wait(cell, 0, 0, left);
    return;
  }
  while (performance.now() < until) {
    // busy wait: no SharedArrayBuffer to sleep on
  }
}
