/**
 * Elastic tabstops, as Docker's tables are laid out: text comes in as lines of
 * tab-terminated cells; the cells of a column (a run of adjacent lines that all have a
 * cell there) are padded to the column's widest cell plus `padding`, and at least
 * `minWidth`. The text after a line's last tab is not part of any column and is never
 * padded. Widths are display widths, so Hangul counts two columns per character.
 *
 * Line breaks are '\n' and '\f' ('\f' also ends all columns); cells end at '\t' or at the
 * soft tab '\v'. Output is buffered until a line with no tab arrives, or `flush`.
 */
import type { Writer } from '../../util/io';
import { stringWidth } from './width';

export interface TabWriterOptions {
  minWidth: number;
  tabWidth: number;
  padding: number;
  /** a single character; '\t' pads with tabs (and forces left alignment) */
  padChar: string;
  alignRight?: boolean;
  /** drop columns whose cells are all empty and soft-tab terminated */
  discardEmptyColumns?: boolean;
  /** pad leading empty cells with tabs whatever padChar is */
  tabIndent?: boolean;
  /** print '|' between columns */
  debug?: boolean;
}

/** The settings of every Docker CLI table. */
export const DOCKER_TABLE: TabWriterOptions = { minWidth: 10, tabWidth: 1, padding: 3, padChar: ' ' };

interface Cell {
  text: string;
  width: number;
  /** terminated by a hard tab */
  htab: boolean;
}

export class TabWriter {
  private lines: Cell[][] = [[]];
  private cell = '';
  private widths: number[] = [];
  private readonly alignRight: boolean;

  constructor(
    private readonly out: Writer,
    private readonly opts: TabWriterOptions = DOCKER_TABLE,
  ) {
    if (opts.minWidth < 0 || opts.tabWidth < 0 || opts.padding < 0) {
      throw new RangeError('negative minWidth, tabWidth, or padding');
    }
    this.alignRight = !!opts.alignRight && opts.padChar !== '\t';
  }

  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.cell += text.slice(start, i);
      start = i + 1;
      const cells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        // A line with a single cell cannot affect the layout of the lines after it.
        if (ch === '\f' || cells === 1) {
          this.flush();
          if (ch === '\f' && this.opts.debug) this.out.write('---\n');
        }
      }
    }
    this.cell += text.slice(start);
  }

  /** Lays out and writes everything buffered, including an unterminated last line. */
  flush(): void {
    const pending = this.cell;
    if (pending.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.cell = '';
    this.widths = [];
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1]!;
    line.push({ text: this.cell, width: stringWidth(this.cell), htab });
    this.cell = '';
    return line.length;
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let row = line0; row < line1; row++) {
      if (column >= this.lines[row]!.length - 1) continue;
      // This line has a cell in this column: a column block starts here.
      this.writeLines(line0, row);
      line0 = row;
      let width = this.opts.minWidth;
      let discardable = true;
      for (; row < line1; row++) {
        const line = this.lines[row]!;
        if (column >= line.length - 1) break;
        const c = line[column]!;
        width = Math.max(width, c.width + this.opts.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.opts.discardEmptyColumns) width = 0;
      this.widths.push(width);
      this.format(line0, row);
      this.widths.pop();
      line0 = row;
    }
    this.writeLines(line0, line1);
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]!;
      let useTabs = !!this.opts.tabIndent;
      let text = '';
      line.forEach((c, j) => {
        if (j > 0 && this.opts.debug) text += '|';
        const width = this.widths[j];
        if (c.text.length === 0) {
          if (width !== undefined) text += this.padding(c.width, width, useTabs);
          return;
        }
        useTabs = false;
        const pad = width !== undefined ? this.padding(c.width, width, false) : '';
        text += this.alignRight ? pad + c.text : c.text + pad;
      });
      // The last buffered line has no newline yet: only a flush reaches it.
      if (i + 1 < this.lines.length) text += '\n';
      if (text) this.out.write(text);
    }
  }

  private padding(textWidth: number, cellWidth: number, useTabs: boolean): string {
    const { tabWidth, padChar } = this.opts;
    if (padChar === '\t' || useTabs) {
      if (tabWidth === 0) return '';
      const rounded = Math.ceil(cellWidth / tabWidth) * tabWidth;
      return '\t'.repeat(Math.ceil((rounded - textWidth) / tabWidth));
    }
    return padChar.repeat(Math.max(cellWidth - textWidth, 0));
  }
}

/** Lays out complete text (lines of tab-separated cells) with Docker's table settings. */
export function formatTable(text: string, opts: TabWriterOptions = DOCKER_TABLE): string {
  let out = '';
  const decoder = new TextDecoder();
  const sink: Writer = { write: (chunk) => (out += typeof chunk === 'string' ? chunk : decoder.decode(chunk)) };
  const writer = new TabWriter(sink, opts);
  writer.write(text);
  writer.flush();
  return out;
}
