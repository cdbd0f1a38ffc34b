/**
 * Warm-run timing for benchmarks: how long one short process takes from spawn to exit
 * status, output delivered, on a host whose workers are started and hold the module.
 */
import type { ProcessHost, ProcessSpec, ProcessStdio } from './types';

export interface WarmRunOptions {
  /** Cache key for the module; default "sha256:<digest of the bytes>". */
  moduleKey?: string;
  args?: string[];
  env?: string[];
}

export interface TimingSummary {
  n: number;
  min: number;
  median: number;
  p90: number;
  max: number;
}

const discard: ProcessStdio = { stdout: () => undefined, stderr: () => undefined };

async function sha256Key(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Runs the program (e.g. hello.wasm) once untimed to warm the pool, then `n` times one
 * after another; returns each run's milliseconds. Throws if a run exits non-zero.
 */
export async function measureWarmRun(host: ProcessHost, n: number, wasmBytes: Uint8Array, options: WarmRunOptions = {}): Promise<number[]> {
  const moduleKey = options.moduleKey ?? (await sha256Key(wasmBytes));
  const spec: ProcessSpec = {
    moduleKey,
    module: await host.compile(moduleKey, wasmBytes),
    args: options.args ?? ['/hello'],
    env: options.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  };
  await host.warm();
  const timings: number[] = [];
  for (let i = -1; i < n; i++) {
    const started = performance.now();
    const status = await host.spawn(spec, discard).exited;
    const elapsed = performance.now() - started;
    if (status !== 0) throw new Error(`warm run exited with status ${status}`);
    if (i >= 0) timings.push(elapsed);
  }
  return timings;
}

export function summarizeTimings(timings: readonly number[]): TimingSummary {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, min: at(0), median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] ?? NaN };
}
