/** The host's view of one worker, whatever kind it is (Web Worker, worker_thread, a test fake). */
import type { FromWorker, ToWorker } from './protocol';

export interface HostWorker {
  post(message: ToWorker): void;
  /** Installs the handlers for the worker's lifetime; called once, right after start. */
  listen(onMessage: (message: FromWorker) => void, onError: (error: Error) => void): void;
  /** Stops the worker at once, even inside a running program; may settle later. */
  terminate(): void | Promise<unknown>;
  /** Told when the worker starts or stops running a process (Node keeps its event loop alive for busy ones). */
  setBusy?(busy: boolean): void;
}

/** Starts one worker running `serveProcesses`. */
export type StartWorker = () => HostWorker;
