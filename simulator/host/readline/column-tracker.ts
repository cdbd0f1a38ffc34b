import { charWidth } from './width';

const TOKEN = /\x1b\[([0-?]*)[ -/]*([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|[^\x1b]/gu;

/**
 * Follows the column of the terminal's cursor through the text written to
 * it, so a prompt printed after output that did not end with a newline can be
 * redrawn in place. Understands printing, wrapping, CR, LF, BS, TAB and the
 * cursor movements that set a column; other sequences leave it unchanged.
 * A column equal to the width means the cursor waits at the right edge.
 */
export class ColumnTracker {
  column = 0;

  constructor(public columns: number) {}

  feed(text: string): void {
    for (const match of text.matchAll(TOKEN)) {
      const [token, params, final] = match;
      if (final !== undefined) this.csi(params ?? '', final);
      else if (!token.startsWith('\x1b')) this.char(token);
    }
  }

  private char(ch: string): void {
    const cp = ch.codePointAt(0)!;
    if (ch === '\r' || ch === '\n') this.column = 0;
    else if (ch === '\b') this.column = Math.max(0, Math.min(this.column, this.columns - 1) - 1);
    else if (ch === '\t') this.column = Math.min(this.columns - 1, (Math.floor(this.column / 8) + 1) * 8);
    else {
      const width = charWidth(cp);
      if (width === 0) return;
      this.column = this.column + width > this.columns ? width : this.column + width;
    }
  }

  private csi(params: string, final: string): void {
    const numbers = params.split(';').map((p) => Number.parseInt(p, 10));
    const n = (i: number) => (Number.isFinite(numbers[i]) && numbers[i]! > 0 ? numbers[i]! : 1);
    const clamp = (col: number) => Math.max(0, Math.min(col, this.columns - 1));
    if (final === 'H' || final === 'f') this.column = clamp(n(1) - 1);
    else if (final === 'G') this.column = clamp(n(0) - 1);
    else if (final === 'C') this.column = clamp(this.column + n(0));
    else if (final === 'D') this.column = clamp(Math.min(this.column, this.columns - 1) - n(0));
  }
}
