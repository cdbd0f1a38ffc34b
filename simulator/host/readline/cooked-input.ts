import type { Reader } from '../../util/io';
import { charWidth } from './width';

export interface CookedInputOptions {
  /** Receives the echo of what is typed. */
  write: (data: string) => void;
  /** Ctrl+C was pressed (the input typed so far has been discarded). */
  onInterrupt: () => void;
}

const encoder = new TextEncoder();

/** Columns a character's echo takes: control characters show as ^X. */
function echoWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (ch === '\t') return 1;
  return cp < 0x20 ? 2 : charWidth(cp);
}

/**
 * Terminal input while a command runs, as a terminal in canonical ("cooked")
 * mode handles it: keystrokes are echoed, Backspace, Ctrl+U and Ctrl+W edit
 * the current line, Enter completes it and Ctrl+D ends the input. The running
 * command reads completed lines through `read()`; whatever it leaves unread
 * when it ends is handed back by `close()` as type-ahead for the prompt.
 */
export class CookedInput implements Reader {
  private readonly ready: Array<string | null> = [];
  private current: string[] = [];
  private readonly waiting: Array<(chunk: Uint8Array | null) => void> = [];
  private closed = false;
  private raw = false;

  constructor(private readonly options: CookedInputOptions) {}

  /**
   * Raw mode: keystrokes go to the reader as typed, with no echo, editing or Ctrl+C
   * (the command, e.g. `docker run -it`, passes them on to a terminal of its own).
   */
  setRaw(raw: boolean): void {
    if (raw && this.current.length > 0) this.complete(this.current.join(''));
    this.raw = raw;
  }

  read(): Promise<Uint8Array | null> {
    if (this.ready.length > 0) {
      const next = this.ready.shift()!;
      return Promise.resolve(next === null ? null : encoder.encode(next));
    }
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Takes keystrokes as the terminal sends them. */
  receive(data: string): void {
    if (this.raw) {
      if (data !== '') this.complete(data);
      return;
    }
    let echo = '';
    const chars = Array.from(data);
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (ch === '\x03') {
        this.options.write(echo + '^C');
        echo = '';
        this.ready.length = 0;
        this.current = [];
        this.options.onInterrupt();
      } else if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && chars[i + 1] === '\n') i++;
        echo += '\r\n';
        this.complete(this.current.join('') + '\n');
      } else if (ch === '\x04') {
        this.complete(this.current.length > 0 ? this.current.join('') : null);
      } else if (ch === '\x7f' || ch === '\b') {
        echo += this.erase(this.current.length - 1);
      } else if (ch === '\x15') {
        echo += this.erase(0);
      } else if (ch === '\x17') {
        let start = this.current.length;
        while (start > 0 && this.current[start - 1] === ' ') start--;
        while (start > 0 && this.current[start - 1] !== ' ') start--;
        echo += this.erase(start);
      } else {
        const cp = ch.codePointAt(0)!;
        echo += cp < 0x20 && ch !== '\t' ? '^' + String.fromCharCode(cp + 64) : ch;
        this.current.push(ch);
      }
    }
    if (echo !== '') this.options.write(echo);
  }

  /**
   * The command is over: pending reads see the end of input, and the input
   * nobody read comes back (completed lines end in "\n").
   */
  close(): string {
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) resolve(null);
    const rest = this.ready.filter((chunk) => chunk !== null).join('') + this.current.join('');
    this.ready.length = 0;
    this.current = [];
    return rest;
  }

  private complete(chunk: string | null): void {
    this.current = [];
    const reader = this.waiting.shift();
    if (reader !== undefined) reader(chunk === null ? null : encoder.encode(chunk));
    else this.ready.push(chunk);
  }

  /** Removes the current line from `start` on; returns the echo that rubs it out. */
  private erase(start: number): string {
    if (start < 0) return '';
    const removed = this.current.splice(start).reverse();
    return removed.map((ch) => {
      const back = '\b'.repeat(echoWidth(ch));
      return back + ' '.repeat(back.length) + back;
    }).join('');
  }
}
