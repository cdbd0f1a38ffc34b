/** Main side: one spawned process, from queued to exited, as its ProcessHandle. */
import type { SimError } from '../../errors';
import type { OutputFrame } from './protocol';
import type { ChannelServer, ProcessHandle, ProcessSpec, ProcessStdio } from './types';

export const SIGKILL = 9;

export class PooledProcess implements ProcessHandle {
  readonly exited: Promise<number>;
  readonly signals: number[] = [];
  private done = false;
  oomKilled = false;
  /** Serves the process's file system requests while it runs on a worker. */
  fsServer: ChannelServer | null = null;
  /** The shared memory of its channel, while it runs. */
  channel: SharedArrayBuffer | null = null;
  private resolve!: (status: number) => void;
  private reject!: (error: SimError) => void;

  constructor(
    readonly pid: number,
    readonly spec: ProcessSpec,
    private readonly stdio: ProcessStdio,
    private readonly onKill: (process: PooledProcess, status: number) => void,
  ) {
    this.exited = new Promise<number>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  get finished(): boolean {
    return this.done;
  }

  kill(signal: number): void {
    if (this.done) return;
    if (signal === SIGKILL) this.onKill(this, 128 + SIGKILL);
    else this.signals.push(signal);
  }

  end(status: number): void {
    if (!this.done) this.onKill(this, status);
  }

  /** Hands a frame's segments to stdout and stderr, in order. */
  deliver(output: OutputFrame | undefined): void {
    if (!output || this.done) return;
    const { data, segments } = output;
    let offset = 0;
    for (let i = 0; i + 1 < segments.length; i += 2) {
      const length = segments[i + 1]!;
      const chunk = data.subarray(offset, offset + length);
      offset += length;
      const handle = segments[i]!;
      if (this.stdio.stream) this.stdio.stream(handle, chunk);
      else if (handle === 2) this.stdio.stderr(chunk);
      else this.stdio.stdout(chunk);
    }
  }

  finish(status: number): void {
    if (this.done) return;
    this.done = true;
    this.closeFs();
    this.resolve(status);
  }

  private closeFs(): void {
    this.fsServer?.close();
    this.fsServer = null;
  }

  fail(error: SimError): void {
    if (this.done) return;
    this.done = true;
    this.closeFs();
    this.reject(error);
  }
}
