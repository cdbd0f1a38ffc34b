/**
 * Reads raw terminal input (what a terminal sends for keystrokes and pastes)
 * as keys: runs of printable text, and named editing keys.
 */

export type KeyName =
  | 'enter' | 'backspace' | 'delete' | 'tab'
  | 'left' | 'right' | 'up' | 'down' | 'home' | 'end'
  | 'word-left' | 'word-right' | 'kill-word-left' | 'kill-word-right'
  | 'ctrl-a' | 'ctrl-b' | 'ctrl-c' | 'ctrl-d' | 'ctrl-e' | 'ctrl-f'
  | 'ctrl-k' | 'ctrl-l' | 'ctrl-n' | 'ctrl-p' | 'ctrl-u' | 'ctrl-w' | 'ctrl-y'
  | 'unknown';

export type Key = { kind: 'text'; text: string } | { kind: 'key'; name: KeyName };

export interface KeyRead {
  key: Key;
  /** Offset just past the key in the input. */
  end: number;
}

const CONTROL: Readonly<Record<string, KeyName>> = {
  '\r': 'enter', '\n': 'enter', '\x7f': 'backspace', '\b': 'backspace', '\t': 'tab',
  '\x01': 'ctrl-a', '\x02': 'ctrl-b', '\x03': 'ctrl-c', '\x04': 'ctrl-d', '\x05': 'ctrl-e',
  '\x06': 'ctrl-f', '\x0b': 'ctrl-k', '\x0c': 'ctrl-l', '\x0e': 'ctrl-n', '\x10': 'ctrl-p',
  '\x15': 'ctrl-u', '\x17': 'ctrl-w', '\x19': 'ctrl-y',
};

const CSI_FINAL: Readonly<Record<string, KeyName>> = {
  A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end',
};

const CSI_TILDE: Readonly<Record<string, KeyName>> = {
  '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete',
};

/** Alt (Meta) + key, sent as ESC followed by the key. */
const ALT: Readonly<Record<string, KeyName>> = {
  b: 'word-left', f: 'word-right', d: 'kill-word-right', '\x7f': 'kill-word-left', '\b': 'kill-word-left',
};

const CSI = /^\x1b\[([0-?]*)[ -/]*([@-~])/;
const CSI_PREFIX = /^\x1b\[[0-?]*[ -/]*$/;

function csiKey(params: string, final: string): KeyName {
  if (final === '~') return CSI_TILDE[params.split(';')[0] ?? ''] ?? 'unknown';
  const name = CSI_FINAL[final];
  if (name === undefined) return 'unknown';
  // A modifier (";5" Ctrl, ";3" Alt) on ←/→ moves by words.
  const modified = /;[35]$/.test(params);
  if (modified && name === 'left') return 'word-left';
  if (modified && name === 'right') return 'word-right';
  return name;
}

function readEscape(input: string, start: number): KeyRead | undefined {
  const next = input[start + 1];
  if (next === undefined) return undefined;
  if (next === '[') {
    const head = input.slice(start, start + 32);
    const match = CSI.exec(head);
    if (match !== null) {
      return { key: { kind: 'key', name: csiKey(match[1]!, match[2]!) }, end: start + match[0].length };
    }
    if (CSI_PREFIX.test(head) && start + head.length === input.length) return undefined;
    return { key: { kind: 'key', name: 'unknown' }, end: start + 2 };
  }
  if (next === 'O') {
    const final = input[start + 2];
    if (final === undefined) return undefined;
    return { key: { kind: 'key', name: CSI_FINAL[final] ?? 'unknown' }, end: start + 3 };
  }
  return { key: { kind: 'key', name: ALT[next] ?? 'unknown' }, end: start + 2 };
}

/**
 * Reads the key at `start`. Undefined at the end of the input, or when the
 * input ends inside an escape sequence (wait for more input, then read again).
 * Consecutive printable characters come back as one text key.
 */
export function readKey(input: string, start: number): KeyRead | undefined {
  const ch = input[start];
  if (ch === undefined) return undefined;
  if (ch === '\x1b') return readEscape(input, start);
  if (ch >= ' ' && ch !== '\x7f') {
    let end = start + 1;
    while (end < input.length && input[end]! >= ' ' && input[end] !== '\x7f') end++;
    return { key: { kind: 'text', text: input.slice(start, end) }, end };
  }
  // "\r\n" is one Enter, not two.
  const end = ch === '\r' && input[start + 1] === '\n' ? start + 2 : start + 1;
  return { key: { kind: 'key', name: CONTROL[ch] ?? 'unknown' }, end };
}
