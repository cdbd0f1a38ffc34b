/** A process worker in the browser: a module Web Worker serving the host's messages. */
import type { FromWorker, ToWorker } from './protocol';
import { serveProcesses } from './worker-main';

interface DedicatedScope {
  postMessage(message: FromWorker, transfer: ArrayBuffer[]): void;
  onmessage: ((event: { data: ToWorker }) => void) | null;
}

const scope = globalThis as unknown as DedicatedScope;

serveProcesses({
  post: (message, transfer) => scope.postMessage(message, transfer),
  onMessage: (handler) => {
    scope.onmessage = (event) => handler(event.data);
  },
});
