/**
 * Truncation of long table cells (`docker ps` COMMAND, `history` CREATED BY, mounts) to a
 * display width, ending with "…" (U+2026). Wide characters (Hangul, CJK) count as two.
 */
import { eastAsianWidth } from './width';

const ELLIPSIS = '\u2026';

/**
 * Truncates `text` to fit `maxWidth` columns including the ellipsis. A width of 1 keeps
 * just the first character (whatever its width); 0 or less gives "".
 */
export function ellipsis(text: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  const runes = [...text];
  if (maxWidth === 1) return runes[0] ?? '';

  if (runes.every((r) => r.codePointAt(0)! < 0x80)) {
    if (runes.length <= maxWidth) return text;
    return runes.slice(0, maxWidth - 1).join('') + ELLIPSIS;
  }

  // running display width after each rune
  const widths: number[] = [];
  let total = 0;
  for (const r of runes) {
    total += eastAsianWidth(r.codePointAt(0)!);
    widths.push(total);
  }
  if (total <= maxWidth) return text;
  for (let i = 0; i < widths.length - 1; i++) {
    if (widths[i]! <= maxWidth - 1 && widths[i + 1]! > maxWidth - 1) {
      return runes.slice(0, i + 1).join('') + ELLIPSIS;
    }
  }
  return text;
}
