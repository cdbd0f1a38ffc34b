/**
 * The browser's process host: a pool of module Web Workers, each running
 * worker.browser.ts. The `new Worker(new URL(…, import.meta.url), { type: 'module' })`
 * form is what Vite recognises and bundles as a worker entry.
 */
import type { HostWorker } from './host-worker';
import { createWorkerPool } from './pool';
import type { FromWorker, ToWorker } from './protocol';
import type { ProcessHost, ProcessPoolOptions } from './types';

/** The parts of a Web Worker used here (typed locally: the runtime compiles without DOM typings). */
interface BrowserWorker {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

declare const Worker: new (url: URL, options: { type: 'module'; name?: string }) => BrowserWorker;

function startBrowserWorker(): HostWorker {
  const worker = new Worker(new URL('./worker.browser.ts', import.meta.url), { type: 'module', name: 'gorae-process' });
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onError) {
      worker.addEventListener('message', (event) => onMessage(event.data));
      worker.addEventListener('error', (event) => onError(new Error(event.message || 'the worker script failed to load or threw')));
      worker.addEventListener('messageerror', () => onError(new Error('a message from the worker could not be read')));
    },
    terminate: () => worker.terminate(),
  };
}

export type BrowserProcessHostOptions = ProcessPoolOptions;

export function createBrowserProcessHost(options: BrowserProcessHostOptions = {}): ProcessHost {
  return createWorkerPool(startBrowserWorker, options);
}
