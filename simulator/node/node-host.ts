/**
 * The Node process host: the same worker pool as the browser's, on worker_threads.
 * The worker entry (runtime/host/worker.node.ts) is TypeScript, so it is bundled in
 * memory once per Node process and each worker evaluates that bundle: no TypeScript
 * loader is needed, and it runs the same under vitest, tsx and plain node.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HostWorker } from '../runtime/host/host-worker';
import { createWorkerPool } from '../runtime/host/pool';
import type { FromWorker } from '../runtime/host/protocol';
import type { ProcessHost, ProcessPoolOptions } from '../runtime/host/types';

/** Where the worker entry is when this file runs from the source tree (vitest, tsx). */
const defaultWorkerEntry = fileURLToPath(new URL('../runtime/host/worker.node.ts', import.meta.url));
const sources = new Map<string, string>();

/** The worker entry bundled to one CommonJS script, once per entry. */
export function nodeWorkerSource(workerEntry: string = defaultWorkerEntry): string {
  let source = sources.get(workerEntry);
  if (source === undefined) {
    const result = buildSync({
      entryPoints: [workerEntry],
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
    });
    const file = result.outputFiles[0];
    if (!file) throw new Error(`bundling ${workerEntry} produced no output`);
    source = file.text;
    sources.set(workerEntry, source);
  }
  return source;
}

function startNodeWorker(source: string): HostWorker {
  const worker = new Worker(source, { eval: true, name: 'gorae-process' });
  // Idle workers must not keep Node running; busy ones must, or an awaited exit could be dropped.
  worker.unref();
  let terminated = false;
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onError) {
      worker.on('message', (message: FromWorker) => onMessage(message));
      worker.on('error', (error: Error) => onError(error));
      worker.on('exit', (code) => {
        if (!terminated) onError(new Error(`the worker exited with code ${code}`));
      });
    },
    terminate: () => {
      terminated = true;
      return worker.terminate();
    },
    setBusy: (busy) => (busy ? worker.ref() : worker.unref()),
  };
}

export interface NodeProcessHostOptions extends ProcessPoolOptions {
  /**
   * Path of runtime/host/worker.node.ts, for when this module has itself been bundled
   * away from the source tree (its own location is used otherwise).
   */
  workerEntry?: string;
}

export function createNodeProcessHost(options: NodeProcessHostOptions = {}): ProcessHost {
  const source = nodeWorkerSource(options.workerEntry);
  return createWorkerPool(() => startNodeWorker(source), options);
}
