/**
 * POST /containers/{id}/attach's input side and POST /containers/{id}/resize: bytes
 * from the client to a running container's stdin (its terminal with -t, or its open
 * stdin with -i), and the terminal's size.
 */
import { ConflictError } from '../errors';
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

export function containerInput(daemon: Daemon, idOrName: string): ContainerInput | null {
  const container = daemon.containers.get(idOrName);
  const task = daemon.taskOf(container.id);
  const stdin = task?.stdin;
  if (!stdin) return null;
  if ('input' in stdin) {
    return { tty: true, write: (data) => stdin.input(data), close: () => undefined, resize: (rows, columns) => containerResize(daemon, container.id, rows, columns) };
  }
  return { tty: false, write: (data) => stdin.feed(data), close: () => stdin.end() };
}

export function containerResize(daemon: Daemon, idOrName: string, rows: number, columns: number): void {
  const container = daemon.containers.get(idOrName);
  const task = daemon.taskOf(container.id);
  if (!task) throw new ConflictError(`Container ${container.id} is not running`);
  const stdin = task.stdin;
  if (stdin && 'resize' in stdin && (stdin.rows !== rows || stdin.columns !== columns)) {
    stdin.resize(rows, columns);
    task.kernel.signalTerminal(SIGWINCH);
  }
}
