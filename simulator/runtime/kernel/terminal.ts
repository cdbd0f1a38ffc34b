/**
 * A container's terminal (`docker run -t`): the pseudo-terminal's slave side with a
 * Linux-like line discipline. In cooked mode (the default) typed bytes are echoed and
 * edited here — Backspace, Ctrl+U, Ctrl+W — and a process reads whole lines; Ctrl+C and
 * Ctrl+\ become SIGINT and SIGQUIT for the terminal's processes; Ctrl+D on an empty line
 * is the end of input. Raw mode hands bytes over as typed. Output turns "\n" into
 * "\r\n" (onlcr), as a terminal's does.
 */
import { stringWidth as displayWidth } from '../../host/readline/width';
import { Readiness, type Stream } from './stream';

const CTRL_C = 0x03;
const CTRL_D = 0x04;
const CTRL_U = 0x15;
const CTRL_W = 0x17;
const CTRL_BACKSLASH = 0x1c;
const CTRL_Z = 0x1a;
const BACKSPACE = 0x08;
const DEL = 0x7f;
const ESC = 0x1b;

const SIGINT = 2;
const SIGQUIT = 3;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Terminal implements Stream {
  readonly readable = true;
  readonly writable = true;
  readonly tty = true;
  refs = 0;
  readonly readiness = new Readiness();
  rows = 24;
  columns = 80;
  raw = false;
  /** The line being typed (cooked mode). */
  private line: number[] = [];
  /** Input ready to read: whole lines in cooked mode (an empty one is an end of input). */
  private ready: Uint8Array[] = [];
  /** Bytes left of an escape sequence being skipped in cooked mode. */
  private escape: 'none' | 'esc' | 'csi' = 'none';

  constructor(
    private readonly output: (data: Uint8Array) => void,
    private readonly signal: (signal: number) => void,
  ) {}

  /** Bytes typed at the client's keyboard. */
  input(data: Uint8Array): void {
    if (this.raw) {
      if (data.length > 0) this.ready.push(data.slice());
      this.readiness.fire();
      return;
    }
    for (const byte of data) this.cooked(byte);
    this.readiness.fire();
  }

  private echo(text: string): void {
    this.output(encoder.encode(text));
  }

  private cooked(byte: number): void {
    if (this.escape !== 'none') {
      // Cursor and function keys: skipped (no history or cursor movement in cooked mode).
      if (this.escape === 'esc') this.escape = byte === 0x5b || byte === 0x4f ? 'csi' : 'none';
      else if (byte >= 0x40 && byte <= 0x7e) this.escape = 'none';
      return;
    }
    switch (byte) {
      case ESC:
        this.escape = 'esc';
        return;
      case CTRL_C:
      case CTRL_BACKSLASH:
        this.echo(byte === CTRL_C ? '^C' : '^\\');
        this.line = [];
        this.signal(byte === CTRL_C ? SIGINT : SIGQUIT);
        return;
      case CTRL_Z:
        this.echo('^Z');
        return;
      case CTRL_D:
        this.ready.push(Uint8Array.from(this.line));
        this.line = [];
        return;
      case CTRL_U:
        while (this.line.length > 0) this.eraseChar();
        return;
      case CTRL_W:
        while (this.line.length > 0 && this.line[this.line.length - 1] === 0x20) this.eraseChar();
        while (this.line.length > 0 && this.line[this.line.length - 1] !== 0x20) this.eraseChar();
        return;
      case BACKSPACE:
      case DEL:
        this.eraseChar();
        return;
      case 0x0d:
      case 0x0a:
        this.line.push(0x0a);
        this.echo('\r\n');
        this.ready.push(Uint8Array.from(this.line));
        this.line = [];
        return;
      default:
        if (byte < 0x20 && byte !== 0x09) return;
        this.line.push(byte);
        // Echo whole characters only: a multi-byte UTF-8 character once it is complete.
        this.echoTail();
    }
  }

  /** Echoes the last character typed, once its UTF-8 bytes are all there. */
  private echoTail(): void {
    const start = this.lastCharStart();
    const bytes = this.line.slice(start);
    const lead = bytes[0]!;
    const need = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (bytes.length >= need) this.output(Uint8Array.from(bytes));
  }

  private lastCharStart(): number {
    let i = this.line.length - 1;
    while (i > 0 && (this.line[i]! & 0xc0) === 0x80) i--;
    return Math.max(i, 0);
  }

  private eraseChar(): void {
    if (this.line.length === 0) return;
    const start = this.lastCharStart();
    const char = decoder.decode(Uint8Array.from(this.line.slice(start)));
    this.line.length = start;
    const width = Math.max(1, displayWidth(char));
    this.echo('\b'.repeat(width) + ' '.repeat(width) + '\b'.repeat(width));
  }

  read(max: number): Uint8Array | null {
    const head = this.ready[0];
    if (head === undefined) return null;
    if (head.length <= max) {
      this.ready.shift();
      return head;
    }
    this.ready[0] = head.subarray(max);
    return head.subarray(0, max);
  }

  available(): number {
    const head = this.ready[0];
    return head === undefined ? -1 : head.length;
  }

  /** Output from the container's processes, with onlcr. */
  write(data: Uint8Array): boolean {
    let lf = 0;
    for (const b of data) if (b === 0x0a) lf++;
    if (lf === 0) {
      this.output(data.slice());
      return true;
    }
    const out = new Uint8Array(data.length + lf);
    let j = 0;
    for (const b of data) {
      if (b === 0x0a) out[j++] = 0x0d;
      out[j++] = b;
    }
    this.output(out);
    return true;
  }

  resize(rows: number, columns: number): void {
    this.rows = rows;
    this.columns = columns;
  }

  release(): void {}
}
