/** A process worker in Node: a worker_thread serving the host's messages. */
import { parentPort } from 'node:worker_threads';
import type { ToWorker } from './protocol';
import { serveProcesses } from './worker-main';

const port = parentPort;
if (!port) throw new Error('worker.node.ts runs only inside a worker_thread');

serveProcesses({
  post: (message, transfer) => port.postMessage(message, transfer),
  onMessage: (handler) => port.on('message', (message: ToWorker) => handler(message)),
});
