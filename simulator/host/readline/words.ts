/** Word boundaries in a line of units, as readline finds them. */

const WORD = /[\p{L}\p{N}]/u;

function isWord(unit: string | undefined): boolean {
  return unit !== undefined && WORD.test(unit);
}

function isSpace(unit: string | undefined): boolean {
  return unit !== undefined && /\s/.test(unit);
}

/** Start of the word before `cursor` (Alt+B, Ctrl+←, Alt+Backspace): letters and digits. */
export function wordLeft(units: readonly string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWord(units[i - 1])) i--;
  while (i > 0 && isWord(units[i - 1])) i--;
  return i;
}

/** End of the word after `cursor` (Alt+F, Ctrl+→, Alt+D). */
export function wordRight(units: readonly string[], cursor: number): number {
  let i = cursor;
  while (i < units.length && !isWord(units[i])) i++;
  while (i < units.length && isWord(units[i])) i++;
  return i;
}

/** Start of the whitespace-delimited word before `cursor` (Ctrl+W). */
export function spaceWordLeft(units: readonly string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && isSpace(units[i - 1])) i--;
  while (i > 0 && !isSpace(units[i - 1])) i--;
  return i;
}
