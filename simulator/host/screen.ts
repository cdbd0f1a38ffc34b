/**
 * A small terminal screen model: applies the control sequences Docker's CLI and our programs
 * emit (\r, \n, backspace, ESC[K / ESC[2K, cursor up/down/forward/back, clear screen; colours are
 * ignored) and keeps the resulting lines. `npm run sim` prints the screen a user would see once
 * each command has finished. Lines keep what was written, trailing spaces included; a line
 * the terminal wrapped because it was too long is given back whole, as copying it would.
 */
import { charWidth } from './readline/width';

export class Screen {
  private lines: string[][] = [[]];
  /** rows that continue the row above them (the terminal wrapped there) */
  private continued = new Set<number>();
  private row = 0;
  private col = 0;
  private pending = '';
  /** Rows at the top that are not part of the output (the prompt line the command was typed on). */
  private hiddenRows = 0;

  /**
   * `afterPrompt`: the output starts on the line below the one the command was typed on, as
   * at a terminal (a display that moves the cursor up first, like BuildKit's, finds it there);
   * that line is left out of text().
   */
  constructor(
    private readonly columns = 80,
    options: { afterPrompt?: boolean } = {},
  ) {
    if (options.afterPrompt) {
      this.lines = [[], []];
      this.row = 1;
      this.hiddenRows = 1;
    }
  }

  write(text: string): void {
    const data = this.pending + text;
    this.pending = '';
    let i = 0;
    while (i < data.length) {
      const c = data[i]!;
      if (c === '\x1b') {
        const match = /^\x1b\[([0-9;?]*)([A-Za-z])/.exec(data.slice(i));
        if (!match) {
          if (data.length - i < 16 && /^\x1b(\[[0-9;?]*)?$/.test(data.slice(i))) {
            this.pending = data.slice(i);
            return;
          }
          i++;
          continue;
        }
        this.control(match[1]!, match[2]!);
        i += match[0].length;
        continue;
      }
      const code = data.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      i += char.length;
      if (c === '\n') this.lineFeed();
      else if (c === '\r') this.col = 0;
      else if (c === '\b') this.col = Math.max(0, this.col - 1);
      else if (c === '\t') this.col = Math.min(this.columns - 1, (Math.floor(this.col / 8) + 1) * 8);
      else if (code >= 0x20 && c !== '\x7f') this.put(char);
    }
  }

  private line(): string[] {
    while (this.lines.length <= this.row) this.lines.push([]);
    return this.lines[this.row]!;
  }

  private put(char: string): void {
    const width = charWidth(char.codePointAt(0)!);
    if (width === 0) return;
    if (this.col + width > this.columns) {
      this.lineFeed();
      this.continued.add(this.row);
    }
    const line = this.line();
    while (line.length < this.col) line.push(' ');
    line[this.col] = char;
    // A wide character takes two cells; the second holds nothing of its own.
    if (width === 2) line[this.col + 1] = '';
    this.col += width;
  }

  private lineFeed(): void {
    this.row++;
    this.col = 0;
    this.line();
  }

  private control(params: string, command: string): void {
    const n = Math.max(1, Number.parseInt(params || '1', 10) || 1);
    const line = this.line();
    switch (command) {
      case 'A':
        this.row = Math.max(0, this.row - n);
        break;
      case 'B':
        this.row += n;
        this.line();
        break;
      case 'C':
        this.col = Math.min(this.columns - 1, this.col + n);
        break;
      case 'D':
        this.col = Math.max(0, this.col - n);
        break;
      case 'G':
        this.col = Math.max(0, n - 1);
        break;
      case 'K':
        if (params === '2') line.length = 0;
        else if (params === '1') for (let i = 0; i < Math.min(this.col + 1, line.length); i++) line[i] = ' ';
        else line.length = Math.min(line.length, this.col);
        break;
      case 'J':
        if (params === '2' || params === '3') this.clear();
        else if (params === '' || params === '0') this.eraseBelow();
        break;
      case 'H':
        this.row = 0;
        this.col = 0;
        break;
      default:
        // colours (m) and modes (h, l) do not change the text
        break;
    }
  }

  /** The text on screen: lines joined by "\n"; a last line is included only if it holds text. */
  text(): string {
    const rows: string[] = [];
    this.lines.forEach((cells, i) => {
      if (i < this.hiddenRows) return;
      const text = cells.join('');
      if (this.continued.has(i) && rows.length > 0) rows[rows.length - 1] += text;
      else rows.push(text);
    });
    const last = rows[rows.length - 1];
    if (last === '') rows.pop();
    return rows.length ? `${rows.join('\n')}\n` : '';
  }

  /** True when the cursor is at the start of an empty line. */
  atLineStart(): boolean {
    return this.col === 0;
  }

  /** ESC[J: from the cursor to the end of the screen. */
  private eraseBelow(): void {
    const line = this.line();
    line.length = Math.min(line.length, this.col);
    this.lines.length = this.row + 1;
    for (const row of [...this.continued]) if (row > this.row) this.continued.delete(row);
  }

  clear(): void {
    this.hiddenRows = 0;
    this.continued = new Set();
    this.lines = [[]];
    this.row = 0;
    this.col = 0;
  }
}
