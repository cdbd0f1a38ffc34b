/** Byte and text streams between the terminal, the docker CLI, the daemon and processes. */

export type Chunk = string | Uint8Array;

export interface Writer {
  write(chunk: Chunk): void;
}

/** What a program knows about the terminal its output goes to. */
export interface TerminalInfo {
  /** True when output goes to a terminal (the app's xterm, or the sim's screen model). */
  isTTY: boolean;
  columns: number;
  rows: number;
}

/** Input for a running command. `read` resolves with null at end of input. */
export interface Reader {
  read(): Promise<Uint8Array | null>;
}

export const emptyReader: Reader = { read: async () => null };

/** Everything a command needs to talk to the outside world. */
export interface CommandIO {
  stdin: Reader;
  stdout: Writer;
  stderr: Writer;
  terminal: TerminalInfo;
  /** The host shell's environment (HOME, PATH, COLUMNS, DOCKER_BUILDKIT, ...). */
  env: Readonly<Record<string, string>>;
  /** Aborted when the user presses Ctrl+C at the terminal. */
  signal: AbortSignal;
  /**
   * Puts the terminal in raw mode (keystrokes reach stdin as typed, with no echo, no
   * editing and no Ctrl+C handling; output is passed on unchanged) or back, as `docker
   * run -it` does with its terminal. Absent where there is no terminal to set.
   */
  setRawMode?(raw: boolean): void;
  /** Calls `listener` when the terminal changes size while the command runs; returns an unsubscribe. */
  onResize?(listener: (columns: number, rows: number) => void): () => void;
}

const encoder = new TextEncoder();
export function toBytes(chunk: Chunk): Uint8Array {
  return typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

/** A writer that keeps everything written, for tests and for capturing output. */
export class BufferWriter implements Writer {
  private readonly parts: Uint8Array[] = [];
  write(chunk: Chunk): void {
    this.parts.push(toBytes(chunk));
  }
  bytes(): Uint8Array {
    const total = this.parts.reduce((n, p) => n + p.length, 0);
    const out = new Uint8Array(total);
    let off = 0;
    for (const p of this.parts) {
      out.set(p, off);
      off += p.length;
    }
    return out;
  }
  text(): string {
    return new TextDecoder().decode(this.bytes());
  }
}
