/**
 * The inside of a process worker, the same in a Web Worker and in a worker_thread: it
 * caches modules by key, runs one process at a time with Gorae's WASI, and streams the
 * output back in order. `worker.browser.ts` and `worker.node.ts` only adapt the port.
 */
import { SimError } from '../../errors';
import { runWasi } from '../wasi/run';
import type { WasmModule } from '../wasi/wasm-api';
import { FsRpcClient, RpcClient } from './fs-rpc';
import { SysClient } from './sys-client';
import { OutputBatch } from './output-batch';
import { createProcessKernel } from './process-kernel';
import { transferables, type FromWorker, type OutputFrame, type RunMessage, type ToWorker } from './protocol';

/** The worker's end of its message channel. */
export interface WorkerPort {
  post(message: FromWorker, transfer: ArrayBuffer[]): void;
  onMessage(handler: (message: ToWorker) => void): void;
}

export function serveProcesses(port: WorkerPort): void {
  const modules = new Map<string, WasmModule>();
  let pid = 0;
  const batch = new OutputBatch((output: OutputFrame) => {
    port.post({ type: 'output', pid, output }, transferables(output));
  });

  const run = (message: RunMessage): void => {
    pid = message.pid;
    if (message.module) modules.set(message.key, message.module);
    const module = modules.get(message.key);
    try {
      if (!module) throw new Error(`module ${message.key} was not sent to this worker`);
      const runPid = pid;
      // Output written so far goes ahead of the request, so the owner sees both in program order.
      const rpc = message.fsChannel
        ? new RpcClient(message.fsChannel, () => {
            batch.flush();
            port.post({ type: 'fs', pid: runPid }, []);
          })
        : undefined;
      const fs = rpc ? new FsRpcClient(rpc) : undefined;
      const sys = rpc && message.sys ? new SysClient(rpc, message.cwd) : undefined;
      const exit = runWasi(module, createProcessKernel(message, batch, fs, sys));
      const output = batch.take();
      // Under a memory limit, a program that fails with more than half of its allowance in use
      // has (as near as can be seen from outside) died of an allocation the limit refused:
      // the OOM killer's case.
      const limit = message.memoryLimit ?? 0;
      const oom = limit > 0 && exit.status !== 0 && !exit.exec && (exit.memoryBytes ?? 0) * 2 > limit;
      const { memoryBytes: _memoryBytes, ...rest } = exit;
      port.post({ type: 'exit', pid, ...rest, ...(oom ? { status: 137, oom: true as const } : {}), output }, transferables(output));
    } catch (e) {
      const output = batch.take();
      const message = e instanceof Error ? e.message : String(e);
      const data = e instanceof SimError ? e.data : { reason: 'internal', stack: e instanceof Error ? e.stack : undefined };
      port.post({ type: 'fail', pid, message, data, output }, transferables(output));
    }
  };

  port.onMessage((message) => {
    if (message.type === 'run') run(message);
  });
  port.post({ type: 'ready' }, []);
}
