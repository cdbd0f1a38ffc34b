/**
 * The standard input of a command a script runs: the script's next lines, handed over
 * one at a time when the command asks for input and its containers have nothing left to
 * do but wait for it — the way a person types the next line once the prompt is there.
 */
import type { Engine } from '../engine';
import type { Reader } from '../util/io';

const encoder = new TextEncoder();
const POLL_MS = 2;
/** Consecutive quiet polls before the command counts as waiting for input. */
const QUIET_POLLS = 3;

export class ScriptInput implements Reader {
  private readonly queue: Array<Uint8Array | null> = [];
  private waiter: ((chunk: Uint8Array | null) => void) | null = null;
  /** Set by the command (`docker run -it`): keystrokes, so a line ends with Enter ("\r"). */
  raw = false;

  read(): Promise<Uint8Array | null> {
    const next = this.queue.shift();
    if (next !== undefined) return Promise.resolve(next);
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  /** A read is waiting for input. */
  get wanted(): boolean {
    return this.waiter !== null;
  }

  private push(chunk: Uint8Array | null): void {
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = null;
      waiter(chunk);
    } else this.queue.push(chunk);
  }

  /** One line of the script, as typed. */
  line(text: string): void {
    this.push(encoder.encode(text + (this.raw ? '\r' : '\n')));
  }

  /** The script has no more lines: Ctrl+D at a terminal, the end of input otherwise. */
  end(): void {
    this.push(this.raw ? Uint8Array.of(4) : null);
  }

  /** Ctrl+P Ctrl+Q: leaves a terminal container running. */
  detach(): void {
    this.push(Uint8Array.of(0x10, 0x11));
  }
}

/**
 * True when every process of every running container waits in a blocking call and at
 * least one of them waits for input from outside (a shell at its prompt).
 */
function containersIdle(engine: Engine): boolean {
  let reading = false;
  for (const container of engine.daemon.containers.all()) {
    const task = engine.daemon.taskOf(container.id);
    if (!task) continue;
    for (const proc of task.kernel.processes()) {
      if (proc.state !== 'running') continue;
      if (!proc.pending) return false;
      if (proc.pending.readsInput) reading = true;
    }
  }
  return reading;
}

/**
 * Resolves once `input` is wanted and the containers are quiet (never while they are
 * busy), or as soon as `over()` says the command has finished.
 */
export async function inputWanted(engine: Engine, input: ScriptInput, outputCount: () => number, over: () => boolean): Promise<void> {
  let quiet = 0;
  let seen = outputCount();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (over()) return;
    const now = outputCount();
    if (input.wanted && containersIdle(engine) && now === seen) quiet++;
    else quiet = 0;
    seen = now;
    if (quiet >= QUIET_POLLS) return;
  }
}
