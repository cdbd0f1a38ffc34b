/**
 * A bare page script for checking the browser host in a real browser (see
 * browser-host.chromium.test.ts): it exposes `goraeBrowserCheck(n)` on the page, which
 * runs hello-world and a killed spinner through pooled module Workers, runs fsprobe over
 * an overlay (the file system RPC over shared memory), and times warm runs.
 */
import { changes, formatChanges } from '../../fs/changes';
import { Overlay } from '../../fs/overlay';
import { fsprobeLayer } from '../wasi/fsprobe-fixture';
import { createBrowserProcessHost } from './browser-host';
import { measureWarmRun } from './measure';
import type { ProcessHost, ProcessSpec } from './types';

const helloUrl = new URL('../../userland/bin/hello.wasm', import.meta.url);
const spinUrl = new URL('../../userland/testdata/bin/spin.wasm', import.meta.url);
const fsprobeUrl = new URL('../../userland/testdata/bin/fsprobe.wasm', import.meta.url);

export interface BrowserCheckResult {
  crossOriginIsolated: boolean;
  helloStatus: number;
  helloStdout: number[];
  helloStderrBytes: number;
  spinStatus: number;
  afterKillStatus: number;
  fsprobeStatus: number;
  fsprobeStdout: string;
  fsprobeChanges: string[];
  timings: number[];
}

async function load(host: ProcessHost, key: string, url: URL): Promise<ProcessSpec> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  return { moduleKey: key, module: await host.compile(key, bytes), args: [key], env: [] };
}

async function check(n: number): Promise<BrowserCheckResult> {
  const host = createBrowserProcessHost({ idleWorkers: 2 });
  await host.warm();
  const hello = await load(host, 'hello', helloUrl);
  const stdout: number[] = [];
  let stderrBytes = 0;
  const helloStatus = await host.spawn(hello, { stdout: (d) => stdout.push(...d), stderr: (d) => (stderrBytes += d.length) }).exited;
  const spinning = host.spawn(await load(host, 'spin', spinUrl), { stdout: () => undefined, stderr: () => undefined });
  await new Promise((resolve) => setTimeout(resolve, 50));
  spinning.kill(9);
  const spinStatus = await spinning.exited;
  const afterKillStatus = await host.spawn(hello, { stdout: () => undefined, stderr: () => undefined }).exited;
  const overlay = new Overlay([fsprobeLayer()]);
  const decoder = new TextDecoder();
  let fsprobeStdout = '';
  const fsprobe = { ...(await load(host, 'fsprobe', fsprobeUrl)), fs: overlay };
  const fsprobeStatus = await host.spawn(fsprobe, { stdout: (d) => (fsprobeStdout += decoder.decode(d, { stream: true })), stderr: () => undefined }).exited;
  const bytes = new Uint8Array(await (await fetch(helloUrl)).arrayBuffer());
  const timings = await measureWarmRun(host, n, bytes);
  await host.dispose();
  return {
    crossOriginIsolated: (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true,
    helloStatus,
    helloStdout: stdout,
    helloStderrBytes: stderrBytes,
    spinStatus,
    afterKillStatus,
    fsprobeStatus,
    fsprobeStdout,
    fsprobeChanges: formatChanges(changes(overlay)),
    timings,
  };
}

(globalThis as { goraeBrowserCheck?: typeof check }).goraeBrowserCheck = check;
