/**
 * POST /containers/{id}/attach's input side and POST /containers/{id}/resize: bytes
 * from the client to a running container's stdin (its terminal with -t, or its open
 * stdin with -i), and the terminal's size.
 */
import { ConflictError } from '../errors';
import type { ContainerKernel } from '../runtime/kernel/container-kernel';
import type { InputStream } from '../runtime/kernel/stream';
import { Terminal } from '../runtime/kernel/terminal';
import type { Daemon } from './daemon';

const SIGWINCH = 28;

export interface ContainerInput {
  /** Whether the container has a terminal (bytes are keystrokes for its line discipline). */
  readonly tty: boolean;
  write(data: Uint8Array): void;
  /** The client's stdin ended: a plain stdin reaches its end; a terminal is left open. */
  close(): void;
  /** The client's terminal size (POST /containers/{id}/resize). */
  resize?(rows: number, columns: number): void;
}

/** The client's side of a process's input: its terminal or open stdin (none: null). */
export function inputFor(stdin: Terminal | InputStream | null, kernel: ContainerKernel): ContainerInput | null {
  if (!stdin) return null;
  if (stdin instanceof Terminal) {
    return { tty: true, write: (data) => stdin.input(data), close: () => undefined, resize: (rows, columns) => resizeTerminal(stdin, kernel, rows, columns) };
  }
  return { tty: false, write: (data) => stdin.feed(data), close: () => stdin.end() };
}

/** A new size for a terminal; its processes hear of a change (SIGWINCH). */
function resizeTerminal(terminal: Terminal, kernel: ContainerKernel, rows: number, columns: number): void {
  if (terminal.rows === rows && terminal.columns === columns) return;
  terminal.resize(rows, columns);
  kernel.signalTerminal(SIGWINCH);
}

export function containerInput(daemon: Daemon, idOrName: string): ContainerInput | null {
  const task = daemon.taskOf(daemon.containers.get(idOrName).id);
  return task ? inputFor(task.stdin, task.kernel) : null;
}

export function containerResize(daemon: Daemon, idOrName: string, rows: number, columns: number): void {
  const container = daemon.containers.get(idOrName);
  const task = daemon.taskOf(container.id);
  if (!task) throw new ConflictError(`Container ${container.id} is not running`);
  if (task.stdin instanceof Terminal) resizeTerminal(task.stdin, task.kernel, rows, columns);
}
