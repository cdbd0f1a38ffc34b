import { describe, expect, it } from 'vitest';
import { SystemError } from '../../errors';
import { testdataWasm, userlandWasm } from '../../userland/programs.node';
import { wasm, type WasmModule } from '../wasi/wasm-api';
import type { HostWorker } from './host-worker';
import { WorkerPool } from './pool';
import type { FromWorker, RunMessage, ToWorker } from './protocol';
import type { ProcessSpec, ProcessStdio } from './types';
import { serveProcesses } from './worker-main';

/** A worker the test drives by hand: it records runs and replies when told to. */
class ManualWorker implements HostWorker {
  readonly runs: RunMessage[] = [];
  terminated = false;
  private onMessage: (m: FromWorker) => void = () => undefined;
  private onError: (e: Error) => void = () => undefined;
  post(message: ToWorker): void {
    this.runs.push(message);
  }
  listen(onMessage: (m: FromWorker) => void, onError: (e: Error) => void): void {
    this.onMessage = onMessage;
    this.onError = onError;
    queueMicrotask(() => this.reply({ type: 'ready' }));
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: FromWorker): void {
    if (!this.terminated) this.onMessage(message);
  }
  exit(status = 0): void {
    this.reply({ type: 'exit', pid: this.runs.at(-1)!.pid, status });
  }
  crash(message: string): void {
    this.onError(new Error(message));
  }
}

/** A worker that runs serveProcesses on the test's thread, messages passed as microtasks. */
class InThreadWorker implements HostWorker {
  readonly posted: ToWorker[] = [];
  private toWorker: (m: ToWorker) => void = () => undefined;
  private toHost: (m: FromWorker) => void = () => undefined;
  constructor() {
    serveProcesses({
      post: (m) => queueMicrotask(() => this.toHost(m)),
      onMessage: (handler) => (this.toWorker = handler),
    });
  }
  post(message: ToWorker): void {
    this.posted.push(message);
    queueMicrotask(() => this.toWorker(message));
  }
  listen(onMessage: (m: FromWorker) => void): void {
    this.toHost = onMessage;
  }
  terminate(): void {}
}

function manualPool(options: ConstructorParameters<typeof WorkerPool>[1] = {}) {
  const workers: ManualWorker[] = [];
  const pool = new WorkerPool(() => {
    const w = new ManualWorker();
    workers.push(w);
    return w;
  }, options);
  return { pool, workers };
}

const fakeModule = {} as WasmModule;
const spec = (moduleKey = 'sha256:a'): ProcessSpec => ({ moduleKey, module: fakeModule, args: ['prog'], env: [] });

function capture(): ProcessStdio & { log: string[] } {
  const decoder = new TextDecoder();
  const log: string[] = [];
  return { log, stdout: (d) => log.push(`1:${decoder.decode(d)}`), stderr: (d) => log.push(`2:${decoder.decode(d)}`) };
}

describe('WorkerPool with in-thread workers', () => {
  it('runs real programs, reusing one worker and sending each module to it once', async () => {
    const workers: InThreadWorker[] = [];
    const pool = new WorkerPool(() => {
      const w = new InThreadWorker();
      workers.push(w);
      return w;
    });
    const hello = await pool.compile('sha256:hello', userlandWasm('hello'));
    const args = await pool.compile('sha256:args', testdataWasm('args'));
    expect(await pool.compile('sha256:hello', userlandWasm('hello'))).toBe(hello);
    const out = capture();
    expect(await pool.spawn({ moduleKey: 'sha256:hello', module: hello, args: ['/hello'], env: [] }, out).exited).toBe(0);
    expect(out.log.join('')).toMatch(/^1:\nHello from Docker!/);
    expect(await pool.spawn({ moduleKey: 'sha256:hello', module: hello, args: ['/hello'], env: [] }, capture()).exited).toBe(0);
    const out2 = capture();
    expect(await pool.spawn({ moduleKey: 'sha256:args', module: args, args: ['args', '7'], env: ['X=y'] }, out2).exited).toBe(7);
    expect(out2.log).toEqual(['1:argc=2\nargv[0]=args\nargv[1]=7\nenv[0]=X=y\n']);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((m) => m.module !== undefined)).toEqual([true, false, true]);
  });

  it('does not cache a failed compile', async () => {
    const pool = new WorkerPool(() => new InThreadWorker());
    await expect(pool.compile('k', new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(wasm.CompileError);
    await expect(pool.compile('k', userlandWasm('hello'))).resolves.toBeDefined();
  });
});

describe('WorkerPool scheduling', () => {
  it('warm() starts the idle workers and resolves once they are ready', async () => {
    const { pool, workers } = manualPool({ idleWorkers: 3 });
    await pool.warm();
    expect(workers).toHaveLength(3);
    expect(pool.stats).toEqual({ live: 3, idle: 3, queued: 0 });
    await pool.warm();
    expect(workers).toHaveLength(3);
  });

  it('prefers an idle worker that already holds the module', async () => {
    const { pool, workers } = manualPool({ idleWorkers: 2 });
    await pool.warm();
    const [w1, w2] = workers as [ManualWorker, ManualWorker];
    const a = pool.spawn(spec('A'), capture());
    const b = pool.spawn(spec('B'), capture());
    expect([w2.runs[0]!.key, w1.runs[0]!.key]).toEqual(['A', 'B']);
    w1.exit();
    w2.exit();
    await Promise.all([a.exited, b.exited]);
    pool.spawn(spec('B'), capture());
    expect(w1.runs.map((r) => [r.key, r.module !== undefined])).toEqual([
      ['B', true],
      ['B', false],
    ]);
  });

  it('keeps at most idleWorkers workers once processes exit', async () => {
    const { pool, workers } = manualPool({ idleWorkers: 1 });
    const handles = [1, 2, 3].map(() => pool.spawn(spec(), capture()));
    expect(pool.stats).toEqual({ live: 3, idle: 0, queued: 0 });
    for (const w of workers) w.exit(0);
    expect(await Promise.all(handles.map((h) => h.exited))).toEqual([0, 0, 0]);
    expect(pool.stats).toEqual({ live: 1, idle: 1, queued: 0 });
    expect(workers.map((w) => w.terminated)).toEqual([false, true, true]);
  });

  it('queues processes beyond maxWorkers and runs them as workers free up', async () => {
    const { pool, workers } = manualPool({ maxWorkers: 1 });
    const first = pool.spawn(spec(), capture());
    const second = pool.spawn(spec(), capture());
    expect(pool.stats).toEqual({ live: 1, idle: 0, queued: 1 });
    workers[0]!.exit(1);
    expect(await first.exited).toBe(1);
    expect(workers[0]!.runs).toHaveLength(2);
    workers[0]!.exit(2);
    expect(await second.exited).toBe(2);
    expect(workers).toHaveLength(1);
  });

  it('SIGKILL terminates the worker at once (137) and a fresh worker takes its place', async () => {
    const { pool, workers } = manualPool({ idleWorkers: 1 });
    await pool.warm();
    const handle = pool.spawn(spec(), capture());
    handle.kill(9);
    expect(await handle.exited).toBe(137);
    expect(workers[0]!.terminated).toBe(true);
    expect(pool.stats).toEqual({ live: 1, idle: 1, queued: 0 });
    const next = pool.spawn(spec(), capture());
    workers[1]!.exit(0);
    expect(await next.exited).toBe(0);
    workers[0]!.exit(5);
    handle.kill(9);
    expect(workers).toHaveLength(2);
  });

  it('SIGKILL of a queued process ends it without running it', async () => {
    const { pool, workers } = manualPool({ maxWorkers: 1 });
    pool.spawn(spec(), capture());
    const queued = pool.spawn(spec(), capture());
    queued.kill(9);
    expect(await queued.exited).toBe(137);
    expect(pool.stats.queued).toBe(0);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('records other signals without acting on them', async () => {
    const { pool, workers } = manualPool();
    const handle = pool.spawn(spec(), capture());
    handle.kill(15);
    handle.kill(2);
    expect(handle.signals).toEqual([15, 2]);
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.exit(0);
    expect(await handle.exited).toBe(0);
  });

  it('delivers output frames in order and ignores messages for another pid', async () => {
    const { pool, workers } = manualPool();
    const out = capture();
    const handle = pool.spawn(spec(), out);
    const w = workers[0]!;
    const pid = w.runs[0]!.pid;
    const frame = (text: string, segments: number[]) => ({ data: new TextEncoder().encode(text), segments });
    w.reply({ type: 'output', pid, output: frame('ab!', [1, 2, 2, 1]) });
    w.reply({ type: 'output', pid: pid + 100, output: frame('zz', [1, 2]) });
    w.reply({ type: 'exit', pid, status: 0, output: frame('cd', [1, 2]) });
    expect(await handle.exited).toBe(0);
    expect(out.log).toEqual(['1:ab', '2:!', '1:cd']);
  });

  it('rejects with a SystemError when the worker cannot run the module', async () => {
    const { pool, workers } = manualPool();
    const handle = pool.spawn(spec(), capture());
    workers[0]!.reply({ type: 'fail', pid: workers[0]!.runs[0]!.pid, message: 'exec format error: x', data: { reason: 'exec_format' } });
    const error = await handle.exited.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SystemError);
    expect(error).toMatchObject({ message: 'exec format error: x', data: { reason: 'exec_format' } });
    expect(pool.stats.idle).toBe(1);
  });

  it('fails the process of a crashed worker and replaces the worker', async () => {
    const { pool, workers } = manualPool({ idleWorkers: 1 });
    const handle = pool.spawn(spec(), capture());
    workers[0]!.crash('out of memory');
    await expect(handle.exited).rejects.toThrow(/process worker failed: out of memory/);
    expect(workers[0]!.terminated).toBe(true);
    expect(pool.stats).toEqual({ live: 1, idle: 1, queued: 0 });
  });

  it('dispose() ends running and queued processes as killed and refuses new ones', async () => {
    const { pool, workers } = manualPool({ maxWorkers: 1 });
    const running = pool.spawn(spec(), capture());
    const queued = pool.spawn(spec(), capture());
    await pool.dispose();
    expect(await running.exited).toBe(137);
    expect(await queued.exited).toBe(137);
    expect(workers[0]!.terminated).toBe(true);
    await expect(pool.spawn(spec(), capture()).exited).rejects.toBeInstanceOf(SystemError);
  });
});
