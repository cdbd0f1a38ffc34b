/**
 * The worker pool behind both process hosts. A process gets an idle worker (one that
 * already holds its module when possible), or a new one while under `maxWorkers`, or
 * waits its turn. When it exits, its worker goes back to the idle pool (up to
 * `idleWorkers`); SIGKILL terminates the worker and a fresh one takes its place.
 */
import { SystemError } from '../../errors';
import { canShareMemory, createFsChannel, FsRpcServer } from './fs-rpc';
import type { HostWorker, StartWorker } from './host-worker';
import { ModuleCache } from './module-cache';
import { PooledProcess } from './pooled-process';
import type { FromWorker } from './protocol';
import type { ProcessHandle, ProcessHost, ProcessPoolOptions, ProcessSpec, ProcessStdio } from './types';
import type { WasmModule } from '../wasi/wasm-api';

const SIGKILL_STATUS = 128 + 9;
const MAX_FREE_CHANNELS = 8;

class PoolWorker {
  /** Module keys this worker has cached. */
  readonly keys = new Set<string>();
  process: PooledProcess | null = null;
  readonly ready: Promise<void>;
  markReady!: () => void;
  markFailed!: (error: Error) => void;

  constructor(readonly worker: HostWorker) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.markFailed = reject;
    });
    this.ready.catch(() => undefined);
  }
}

export class WorkerPool implements ProcessHost {
  private readonly modules = new ModuleCache();
  private readonly live = new Set<PoolWorker>();
  private readonly idle: PoolWorker[] = [];
  private readonly queue: PooledProcess[] = [];
  private readonly idleWorkers: number;
  private readonly maxWorkers: number;
  private nextPid = 1;
  private disposed = false;
  /**
   * Channels of processes that exited normally, for the next processes: a channel is over
   * a megabyte of zeroed shared memory, too much to make for every short process. (A
   * killed process's channel is dropped: its worker may have died mid-call.)
   */
  private readonly freeChannels: SharedArrayBuffer[] = [];

  constructor(
    private readonly startWorker: StartWorker,
    options: ProcessPoolOptions = {},
  ) {
    this.maxWorkers = Math.max(1, options.maxWorkers ?? 64);
    this.idleWorkers = Math.min(this.maxWorkers, Math.max(0, options.idleWorkers ?? 2));
  }

  compile(key: string, bytes: Uint8Array): Promise<WasmModule> {
    return this.modules.compile(key, bytes);
  }

  spawn(spec: ProcessSpec, stdio: ProcessStdio): ProcessHandle {
    const process = new PooledProcess(this.nextPid++, spec, stdio, (p, status) => this.sigkill(p, status));
    if (this.disposed) process.fail(new SystemError('the process host has been disposed'));
    else {
      this.queue.push(process);
      this.pump();
    }
    return process;
  }

  async warm(): Promise<void> {
    while (!this.disposed && this.idle.length < this.idleWorkers && this.live.size < this.maxWorkers) {
      this.idle.push(this.start());
    }
    await Promise.all(this.idle.map((w) => w.ready));
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const process of this.queue.splice(0)) process.finish(SIGKILL_STATUS);
    await Promise.all([...this.live].map((w) => this.retire(w, SIGKILL_STATUS)));
  }

  /** Workers alive and idle, for tests and diagnostics. */
  get stats(): { live: number; idle: number; queued: number } {
    return { live: this.live.size, idle: this.idle.length, queued: this.queue.length };
  }

  private start(): PoolWorker {
    const w = new PoolWorker(this.startWorker());
    this.live.add(w);
    w.worker.listen(
      (message) => this.onMessage(w, message),
      (error) => this.onCrash(w, error),
    );
    return w;
  }

  /** Starts queued processes while workers are available. */
  private pump(): void {
    while (this.queue.length > 0) {
      const key = this.queue[0]!.spec.moduleKey;
      const w = this.takeIdle(key) ?? (this.live.size < this.maxWorkers ? this.start() : null);
      if (!w) return;
      this.assign(w, this.queue.shift()!);
    }
  }

  /** The most recently used idle worker, preferring one that holds `key`. */
  private takeIdle(key: string): PoolWorker | undefined {
    for (let i = this.idle.length - 1; i >= 0; i--) {
      if (this.idle[i]!.keys.has(key)) return this.idle.splice(i, 1)[0];
    }
    return this.idle.pop();
  }

  private assign(w: PoolWorker, process: PooledProcess): void {
    const { moduleKey, module, args, env, tty, fs, kernel } = process.spec;
    w.process = process;
    w.worker.setBusy?.(true);
    const cached = w.keys.has(moduleKey);
    // The file system (and the kernel) stay here; the worker reaches them over shared memory, when there is any.
    const linked = kernel && canShareMemory();
    const fsChannel = (fs || linked) && canShareMemory() ? (this.freeChannels.pop() ?? createFsChannel()) : undefined;
    process.channel = fsChannel ?? null;
    process.fsServer = fsChannel ? (linked ? kernel.attach(fsChannel) : new FsRpcServer(fsChannel, fs!)) : null;
    try {
      w.worker.post({
        type: 'run',
        pid: process.pid,
        key: moduleKey,
        module: cached ? undefined : module,
        args,
        env,
        tty: tty ?? false,
        ...(fsChannel ? { fsChannel } : {}),
        ...(linked ? { sys: true, fds: kernel.fds, cwd: kernel.cwd } : {}),
        ...(process.spec.memoryLimit ? { memoryLimit: process.spec.memoryLimit } : {}),
      });
      w.keys.add(moduleKey);
    } catch (e) {
      process.fail(new SystemError(`cannot start process: ${e instanceof Error ? e.message : String(e)}`));
      this.release(w);
    }
  }

  private onMessage(w: PoolWorker, message: FromWorker): void {
    if (message.type === 'ready') {
      w.markReady();
      return;
    }
    const process = w.process;
    if (!process || process.pid !== message.pid) return;
    if (message.type === 'fs') {
      process.fsServer?.serve();
      return;
    }
    process.deliver(message.output);
    if (message.type === 'exit') {
      if (message.oom) process.oomKilled = true;
      process.finish(message.status);
      if (process.channel && this.freeChannels.length < MAX_FREE_CHANNELS) this.freeChannels.push(process.channel);
      process.channel = null;
      this.release(w);
    } else if (message.type === 'fail') {
      process.fail(new SystemError(message.message, message.data));
      this.release(w);
    }
  }

  /** A process is done with its worker: reuse it, keep it idle, or stop it. */
  private release(w: PoolWorker): void {
    w.process = null;
    w.worker.setBusy?.(false);
    if (this.disposed) return;
    const next = this.queue.shift();
    if (next) this.assign(w, next);
    else if (this.idle.length < this.idleWorkers) this.idle.push(w);
    else this.retire(w);
  }

  private sigkill(process: PooledProcess, status = SIGKILL_STATUS): void {
    const queued = this.queue.indexOf(process);
    if (queued >= 0) this.queue.splice(queued, 1);
    const w = [...this.live].find((candidate) => candidate.process === process);
    if (w) this.retire(w, status);
    process.finish(status);
    this.replenish();
  }

  private onCrash(w: PoolWorker, error: Error): void {
    if (!this.live.has(w)) return;
    w.markFailed(error);
    const process = w.process;
    this.retire(w);
    process?.fail(new SystemError(`process worker failed: ${error.message}`, { reason: 'worker' }));
    this.replenish();
  }

  /** Stops a worker for good; a process still on it ends with `status`. */
  private retire(w: PoolWorker, status?: number): void | Promise<unknown> {
    this.live.delete(w);
    const at = this.idle.indexOf(w);
    if (at >= 0) this.idle.splice(at, 1);
    if (status !== undefined) w.process?.finish(status);
    w.process = null;
    return w.worker.terminate();
  }

  /** After losing a worker: start queued processes, and keep a fresh idle one ready. */
  private replenish(): void {
    if (this.disposed) return;
    this.pump();
    if (this.idle.length < this.idleWorkers && this.live.size < this.maxWorkers) this.idle.push(this.start());
  }
}

/** A process host over a pool of workers started by `startWorker`. */
export function createWorkerPool(startWorker: StartWorker, options?: ProcessPoolOptions): WorkerPool {
  return new WorkerPool(startWorker, options);
}
