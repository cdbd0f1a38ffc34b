import { charWidth } from '../width';

/**
 * A terminal screen model for tests of what the line editor draws: printing
 * with autowrap (wide characters move whole to the next row), CR, LF, BS,
 * cursor movement (CUU/CUD/CUF/CUB/CHA/CUP), ED and EL; colours are ignored.
 * Rows are unbounded (no scrolling); CUP and ED 2 address the whole buffer.
 * Like a real terminal, a cursor that has just filled a row waits at the
 * right edge (x === columns) until the next character wraps it.
 */
export class VtScreen {
  /** Cells per row; "" marks the right half of a wide character. */
  private rows: string[][] = [[]];
  row = 0;
  x = 0;

  constructor(public columns: number) {}

  write(data: string): void {
    const token = /\x1b\[([0-?]*)[ -/]*([@-~])|\x1b[^[]|[^]/gsu;
    for (const match of data.matchAll(token)) {
      if (match[2] !== undefined) this.csi(match[1] ?? '', match[2]);
      else if (!match[0].startsWith('\x1b')) this.char(match[0]);
    }
  }

  /**
   * A new width, handled as xterm.js does for the rows holding the cursor:
   * they are not rewrapped but cut at the new width, and the cursor is
   * pulled inside the right edge. (Other rows are left as they are here.)
   */
  resize(columns: number): void {
    for (const cells of this.rows) {
      cells.length = Math.min(cells.length, columns);
    }
    this.columns = columns;
    this.x = Math.min(this.x, columns - 1);
    this.line(this.row);
  }

  /** The screen's rows, trailing spaces trimmed, trailing empty rows dropped. */
  text(): string {
    const lines = this.rows.map((cells) => cells.join('').trimEnd());
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }

  /** Where the cursor shows (a waiting cursor shows in the last column). */
  get cursor(): { row: number; col: number } {
    return { row: this.row, col: Math.min(this.x, this.columns - 1) };
  }

  private line(row: number): string[] {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row]!;
    while (cells.length < this.columns) cells.push(' ');
    return cells;
  }

  private char(ch: string): void {
    if (ch === '\r') this.x = 0;
    else if (ch === '\n') this.row++;
    else if (ch === '\b') this.x = Math.max(0, Math.min(this.x, this.columns - 1) - 1);
    else if (ch === '\x07') return;
    else this.print(ch);
    this.line(this.row);
  }

  private print(ch: string): void {
    const width = charWidth(ch.codePointAt(0)!);
    if (width === 0) {
      const cells = this.line(this.row);
      const at = Math.max(0, this.x - 1);
      cells[at] = (cells[at] ?? '') + ch;
      return;
    }
    if (this.x + width > this.columns) {
      const cells = this.line(this.row);
      for (let c = this.x; c < this.columns; c++) cells[c] = ' ';
      this.row++;
      this.x = 0;
    }
    const cells = this.line(this.row);
    if (cells[this.x] === '' && this.x > 0) cells[this.x - 1] = ' ';
    if (cells[this.x + width] === '') cells[this.x + width] = ' ';
    cells[this.x] = ch;
    if (width === 2) cells[this.x + 1] = '';
    this.x += width;
  }

  private csi(params: string, final: string): void {
    const values = params.split(';').map((p) => Number.parseInt(p, 10));
    const n = (i: number) => (Number.isFinite(values[i]) && values[i]! > 0 ? values[i]! : 1);
    const col = Math.min(this.x, this.columns - 1);
    switch (final) {
      case 'A': this.row = Math.max(0, this.row - n(0)); this.x = col; break;
      case 'B': this.row += n(0); this.x = col; break;
      case 'C': this.x = Math.min(this.columns - 1, col + n(0)); break;
      case 'D': this.x = Math.max(0, col - n(0)); break;
      case 'G': this.x = Math.min(this.columns - 1, n(0) - 1); break;
      case 'H': this.row = n(0) - 1; this.x = n(1) - 1; break;
      case 'J': this.eraseDisplay(values[0] || 0); break;
      case 'K': this.line(this.row).fill(' ', values[0] === 2 ? 0 : col); break;
      default: break;
    }
    this.line(this.row);
  }

  private eraseDisplay(mode: number): void {
    if (mode === 2 || mode === 3) {
      this.rows = this.rows.map(() => []);
      return;
    }
    this.line(this.row).fill(' ', this.x);
    this.rows.length = this.row + 1;
  }
}
