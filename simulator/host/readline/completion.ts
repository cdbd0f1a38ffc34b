import { stringWidth } from './width';

/**
 * Candidate completions for the word at `cursor` (a string offset) in `line`.
 * Each candidate is the whole word: it replaces the text from the start of
 * the word (just after the previous space) up to the cursor. A candidate
 * ending in "/" (a directory) is not followed by a space when it completes.
 */
export type Completer = (line: string, cursor: number) => string[];

export type Completion =
  /** Nothing to add: no candidates, or ambiguous with nothing in common yet. */
  | { kind: 'none' }
  /** The line and cursor after completing. */
  | { kind: 'insert'; line: string; cursor: number }
  /** Ambiguous: show these to the student (bash does this on a second Tab). */
  | { kind: 'list'; candidates: string[] };

/** Offset where the word ending at `cursor` starts. */
export function wordStart(line: string, cursor: number): number {
  let start = cursor;
  while (start > 0 && !/\s/.test(line[start - 1]!)) start--;
  return start;
}

export function commonPrefix(words: readonly string[]): string {
  const first = words[0];
  if (first === undefined) return '';
  let prefix = Array.from(first);
  for (const word of words.slice(1)) {
    const chars = Array.from(word);
    let n = 0;
    while (n < prefix.length && n < chars.length && prefix[n] === chars[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix.join('');
}

function replaceWord(line: string, cursor: number, word: string, full: boolean): Completion {
  const start = wordStart(line, cursor);
  const after = line.slice(cursor);
  let text = word;
  let skip = 0;
  if (full && !word.endsWith('/')) {
    if (after.startsWith(' ')) skip = 1;
    else text += ' ';
  }
  const head = line.slice(0, start) + text;
  return { kind: 'insert', line: head + after, cursor: head.length + skip };
}

/**
 * What Tab does, like bash: one candidate completes the word; several extend
 * it to their common prefix; when nothing can be added, a repeated Tab lists.
 */
export function completeLine(
  line: string,
  cursor: number,
  found: readonly string[],
  repeated: boolean,
): Completion {
  const candidates = [...new Set(found)].sort();
  if (candidates.length === 0) return { kind: 'none' };
  if (candidates.length === 1) return replaceWord(line, cursor, candidates[0]!, true);
  const typed = line.slice(wordStart(line, cursor), cursor);
  const prefix = commonPrefix(candidates);
  if (prefix.length > typed.length && prefix.startsWith(typed)) {
    return replaceWord(line, cursor, prefix, false);
  }
  return repeated ? { kind: 'list', candidates } : { kind: 'none' };
}

/**
 * Lays candidates out in columns as bash lists completions: sorted down each
 * column, every column two cells wider than the longest candidate.
 */
export function formatCandidates(candidates: readonly string[], columns: number): string[] {
  const widest = Math.max(0, ...candidates.map(stringWidth)) + 2;
  let perRow = Math.floor(columns / widest);
  if (perRow > 1 && perRow * widest === columns) perRow--;
  perRow = Math.max(1, perRow);
  const rows = Math.ceil(candidates.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let text = '';
    for (let c = 0; c < perRow; c++) {
      const item = candidates[c * rows + r];
      if (item === undefined) break;
      const next = candidates[(c + 1) * rows + r];
      text += next === undefined || c === perRow - 1 ? item : item + ' '.repeat(widest - stringWidth(item));
    }
    lines.push(text);
  }
  return lines;
}
