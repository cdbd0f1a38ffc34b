import { completeLine, formatCandidates, type Completer } from './completion';
import { History, type HistoryBrowser } from './history';
import { readKey, type Key, type KeyName } from './keys';
import { layoutLine, type Layout, type Position } from './layout';
import { splitUnits } from './width';
import { spaceWordLeft, wordLeft, wordRight } from './words';

/** How editing a line ended. */
export type EditResult =
  /** Enter: the line to run. */
  | { kind: 'line'; line: string }
  /** Ctrl+C: the line was abandoned. */
  | { kind: 'interrupt' };

export interface LineEditorOptions {
  columns: number;
  /** Receives the ANSI text that echoes and redraws the line. */
  write: (data: string) => void;
  complete?: Completer;
  history?: History;
}

/**
 * A line editor in the manner of bash's readline. It takes raw terminal input
 * and writes what the terminal needs to show the prompt and the line being
 * edited, keeping track of where the terminal's cursor is across wrapped rows.
 */
export class LineEditor {
  readonly history: History;
  private columns: number;
  private readonly write: (data: string) => void;
  private readonly complete: Completer;
  private prompt = '';
  private units: string[] = [];
  private cursor = 0;
  private startColumn = 0;
  /** Where the terminal's cursor is now. */
  private at: Position = { row: 0, col: 0 };
  private active = false;
  private shown = false;
  /** Input not yet handled: the start of an escape sequence split across chunks. */
  private input = '';
  private browser: HistoryBrowser;
  private killed = '';
  private lastKey: KeyName | 'text' = 'text';

  constructor(options: LineEditorOptions) {
    this.columns = options.columns;
    this.write = options.write;
    this.complete = options.complete ?? (() => []);
    this.history = options.history ?? new History();
    this.browser = this.history.browse();
  }

  /** True between begin() and the Enter or Ctrl+C that ends the line. */
  get editing(): boolean {
    return this.active;
  }

  /** The text of the line being edited. */
  get line(): string {
    return this.units.join('');
  }

  /**
   * Shows the prompt and starts editing an empty line.
   * @param startColumn the column the terminal's cursor is at now.
   */
  begin(prompt: string, startColumn = 0): void {
    this.prompt = prompt;
    this.units = [];
    this.cursor = 0;
    this.active = true;
    this.lastKey = 'text';
    this.browser = this.history.browse();
    this.show(startColumn);
  }

  /**
   * Handles keystrokes. When they end the line, returns how it ended and the
   * input that came after (type-ahead for whatever runs next).
   */
  feed(data: string): { result: EditResult; rest: string } | undefined {
    this.input += data;
    let offset = 0;
    while (this.active) {
      const read = readKey(this.input, offset);
      if (read === undefined) break;
      offset = read.end;
      const result = this.handle(read.key);
      if (result !== undefined) {
        const rest = this.input.slice(offset);
        this.input = '';
        return { result, rest };
      }
    }
    this.input = this.input.slice(offset);
    return undefined;
  }

  /**
   * Erases the prompt and line from the screen, to print something in their
   * place. Returns the column the cursor is left at (where the prompt began).
   */
  hide(): number {
    if (this.active && this.shown) {
      this.write(this.moveTo(this.layout().promptStart) + '\x1b[J');
      this.shown = false;
    }
    return this.startColumn % Math.max(1, this.columns);
  }

  /** Draws the prompt and line again after hide(), with the cursor now at `startColumn`. */
  show(startColumn: number): void {
    if (!this.active) return;
    this.startColumn = startColumn;
    this.at = this.layout().promptStart;
    this.shown = true;
    this.render();
  }

  /**
   * The terminal changed width. Like xterm.js, it leaves the rows holding the
   * cursor as they were (cut at the new width, the cursor kept on its row and
   * pulled inside the right edge) and expects the line to be redrawn.
   */
  resize(columns: number): void {
    const old = this.columns;
    if (columns === old) return;
    this.columns = columns;
    this.startColumn = this.startColumn >= old ? columns : Math.min(this.startColumn, columns - 1);
    if (!this.active || !this.shown) return;
    this.at = { row: this.at.row, col: Math.min(this.at.col, columns - 1) };
    this.render();
  }

  private layout(): Layout {
    return layoutLine(this.prompt, this.units, this.columns, this.startColumn);
  }

  /** Escape sequences moving the terminal's cursor to `to`. */
  private moveTo(to: Position): string {
    let out = '';
    const rows = to.row - this.at.row;
    if (rows < 0) out += `\x1b[${-rows}A`;
    if (rows > 0) out += `\x1b[${rows}B`;
    const cols = to.col - this.at.col;
    if (to.col === 0 && cols < 0) out += '\r';
    else if (cols < 0) out += `\x1b[${-cols}D`;
    else if (cols > 0) out += `\x1b[${cols}C`;
    this.at = to;
    return out;
  }

  /**
   * After writing up to the end: when the text fills its last row exactly,
   * the terminal holds the cursor at the right edge. A space pushes it onto
   * the next row (marking that row as a continuation) and CR brings it home.
   */
  private settleAtEnd(layout: Layout): string {
    this.at = layout.positions[this.units.length]!;
    return layout.endsAtEdge ? ' \r' : '';
  }

  /** Redraws the prompt and line and puts the cursor in place. */
  private render(): void {
    const layout = this.layout();
    let out = this.moveTo(layout.promptStart) + '\x1b[J' + this.prompt + this.line;
    out += this.settleAtEnd(layout);
    out += this.moveTo(layout.positions[this.cursor]!);
    this.write(out);
  }

  private setLine(text: string, cursor: number): void {
    this.units = splitUnits(text);
    this.cursor = Math.min(cursor, this.units.length);
    this.render();
  }

  private insert(text: string): void {
    const head = this.units.slice(0, this.cursor).join('') + text;
    const tail = this.units.slice(this.cursor).join('');
    const atEnd = tail === '';
    this.units = splitUnits(head + tail);
    this.cursor = splitUnits(head).length;
    if (!atEnd) {
      this.render();
      return;
    }
    // Typing at the end only needs the new text echoed.
    this.write(text + this.settleAtEnd(this.layout()));
  }

  private moveCursor(cursor: number): void {
    this.cursor = Math.max(0, Math.min(cursor, this.units.length));
    this.write(this.moveTo(this.layout().positions[this.cursor]!));
  }

  /** Removes units [from, to), keeping them for Ctrl+Y when `kill` is set. */
  private remove(start: number, stop: number, kill: boolean): void {
    const from = Math.max(0, start);
    const to = Math.min(stop, this.units.length);
    if (from >= to) return;
    if (kill) this.killed = this.units.slice(from, to).join('');
    this.units.splice(from, to - from);
    this.cursor = from;
    this.render();
  }

  private end(result: EditResult, echo: string): EditResult {
    this.write(this.moveTo(this.layout().positions[this.units.length]!) + echo);
    this.active = false;
    this.shown = false;
    return result;
  }

  private handle(key: Key): EditResult | undefined {
    const repeated = this.lastKey;
    this.lastKey = key.kind === 'text' ? 'text' : key.name;
    if (key.kind === 'text') {
      this.insert(key.text);
      return undefined;
    }
    const { units, cursor } = this;
    switch (key.name) {
      case 'enter': {
        const line = this.line;
        this.history.add(line);
        return this.end({ kind: 'line', line }, '\r\n');
      }
      case 'ctrl-c':
        return this.end({ kind: 'interrupt' }, '^C\r\n');
      case 'backspace':
        this.remove(cursor - 1, cursor, false);
        break;
      case 'delete':
      case 'ctrl-d':
        this.remove(cursor, cursor + 1, false);
        break;
      case 'left':
      case 'ctrl-b':
        this.moveCursor(cursor - 1);
        break;
      case 'right':
      case 'ctrl-f':
        this.moveCursor(cursor + 1);
        break;
      case 'home':
      case 'ctrl-a':
        this.moveCursor(0);
        break;
      case 'end':
      case 'ctrl-e':
        this.moveCursor(units.length);
        break;
      case 'word-left':
        this.moveCursor(wordLeft(units, cursor));
        break;
      case 'word-right':
        this.moveCursor(wordRight(units, cursor));
        break;
      case 'up':
      case 'ctrl-p':
      case 'down':
      case 'ctrl-n': {
        const older = key.name === 'up' || key.name === 'ctrl-p';
        const text = older ? this.browser.older(this.line) : this.browser.newer();
        if (text !== undefined) this.setLine(text, Infinity);
        break;
      }
      case 'ctrl-k':
        this.remove(cursor, units.length, true);
        break;
      case 'ctrl-u':
        this.remove(0, cursor, true);
        break;
      case 'ctrl-w':
        this.remove(spaceWordLeft(units, cursor), cursor, true);
        break;
      case 'kill-word-left':
        this.remove(wordLeft(units, cursor), cursor, true);
        break;
      case 'kill-word-right':
        this.remove(cursor, wordRight(units, cursor), true);
        break;
      case 'ctrl-y':
        if (this.killed !== '') this.insert(this.killed);
        break;
      case 'ctrl-l':
        this.write('\x1b[H\x1b[2J');
        this.at = { row: 0, col: 0 };
        this.show(0);
        break;
      case 'tab':
        this.tab(repeated === 'tab');
        break;
      default:
        break;
    }
    return undefined;
  }

  private tab(repeated: boolean): void {
    const line = this.line;
    const offset = this.units.slice(0, this.cursor).join('').length;
    const completion = completeLine(line, offset, this.complete(line, offset), repeated);
    if (completion.kind === 'insert') {
      this.setLine(completion.line, splitUnits(completion.line.slice(0, completion.cursor)).length);
    } else if (completion.kind === 'list') {
      const rows = formatCandidates(completion.candidates, this.columns);
      this.write(this.moveTo(this.layout().positions[this.units.length]!) + '\r\n' + rows.join('\r\n') + '\r\n');
      this.at = { row: 0, col: 0 };
      this.show(0);
    }
  }
}
