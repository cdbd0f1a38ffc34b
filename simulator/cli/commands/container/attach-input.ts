/**
 * The client's half of an interactive attach (`run -i`, `start -ai`, `attach`, `exec -i`):
 * the local terminal goes raw when the container has one, keystrokes are passed to the
 * container's stdin, and the detach keys (Ctrl+P Ctrl+Q) end the attach while the
 * container runs on.
 */
import type { CommandIO } from '../../../util/io';

const CTRL_P = 0x10;
const CTRL_Q = 0x11;

export interface InputTarget {
  readonly tty: boolean;
  write(data: Uint8Array): void;
  close(): void;
  /** The client's terminal size, now and whenever it changes (a terminal target only). */
  resize?(rows: number, columns: number): void;
}

export interface InputPump {
  /** Resolves when the user typed the detach keys. */
  readonly detached: Promise<void>;
  /** Stops forwarding and gives the terminal back. */
  stop(): void;
}

/**
 * An attached client session: stdin forwarded to `input` (when there is one), until the
 * process ends (its status) or the user detaches (`read escape sequence`, status 0).
 * `onInterrupt` gets Ctrl+C from a terminal that is not raw (--sig-proxy).
 */
export async function attachSession(io: CommandIO, input: InputTarget | null, ended: Promise<number>, onInterrupt?: () => void): Promise<number> {
  // With a terminal on both sides the local one goes raw: the container's does the echo.
  const pump = input ? pumpInput(io, input, { raw: input.tty && io.terminal.isTTY }) : null;
  if (onInterrupt) io.signal.addEventListener('abort', onInterrupt);
  const never = new Promise<never>(() => undefined);
  const outcome = await Promise.race([ended.then((status) => ({ status })), pump ? pump.detached.then(() => 'detached' as const) : never]);
  if (onInterrupt) io.signal.removeEventListener('abort', onInterrupt);
  pump?.stop();
  if (outcome === 'detached') {
    io.stderr.write('read escape sequence\n');
    return 0;
  }
  return outcome.status;
}

/** Forwards io.stdin to `target` until stopped, the input ends, or the detach keys. */
export function pumpInput(io: CommandIO, target: InputTarget, options: { raw: boolean }): InputPump {
  let stopped = false;
  let heldCtrlP = false;
  let resolveDetached!: () => void;
  const detached = new Promise<void>((resolve) => {
    resolveDetached = resolve;
  });
  if (options.raw) io.setRawMode?.(true);
  let unsubscribe = (): void => undefined;
  if (target.tty && target.resize) {
    const resize = target.resize.bind(target);
    resize(io.terminal.rows, io.terminal.columns);
    unsubscribe = io.onResize?.((columns, rows) => resize(rows, columns)) ?? unsubscribe;
  }
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    unsubscribe();
    if (options.raw) io.setRawMode?.(false);
  };
  const forward = (chunk: Uint8Array): boolean => {
    const out: number[] = [];
    for (const byte of chunk) {
      if (target.tty && heldCtrlP) {
        heldCtrlP = false;
        if (byte === CTRL_Q) {
          if (out.length > 0) target.write(Uint8Array.from(out));
          return true;
        }
        out.push(CTRL_P);
      }
      if (target.tty && byte === CTRL_P) heldCtrlP = true;
      else out.push(byte);
    }
    if (out.length > 0) target.write(Uint8Array.from(out));
    return false;
  };
  void (async () => {
    while (!stopped) {
      const chunk = await io.stdin.read();
      if (stopped) return;
      if (chunk === null) {
        target.close();
        return;
      }
      if (forward(chunk)) {
        stop();
        resolveDetached();
        return;
      }
    }
  })();
  return { detached, stop };
}
