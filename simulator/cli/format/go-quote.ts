/**
 * Go's strconv.Quote: a double-quoted string literal with Go escapes. `docker ps` shows the
 * COMMAND column this way, and Go's parse errors quote the offending text with it.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

/** Letters, marks, numbers, punctuation, symbols and the ASCII space print as themselves. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

function escapeRune(ch: string): string {
  const simple = SIMPLE_ESCAPES[ch];
  if (simple !== undefined) return simple;
  if (PRINTABLE.test(ch)) return ch;
  let cp = ch.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // a lone surrogate is not a valid rune
  if (cp === 0xfffd) return '\uFFFD';
  return cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
}

/** `strconv.Quote(text)`. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) out += escapeRune(ch);
  return out + '"';
}
