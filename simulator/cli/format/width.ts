/**
 * How many terminal columns text takes: Korean, Chinese and Japanese characters and most
 * emoji take two, combining marks none. Tables align by this width, so a Hangul container
 * name lines up with ASCII ones.
 */
import { CELL_WIDE, CELL_ZERO, EAST_ASIAN_WIDE } from './width-data';

function inRanges(cp: number, ranges: readonly number[]): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid * 2 + 1]! < cp) lo = mid + 1;
    else if (ranges[mid * 2]! > cp) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Columns one code point takes in a terminal (0, 1 or 2), outside a CJK locale. */
export function runeWidth(cp: number): number {
  if (cp < 0x20) return 0;
  if ((cp >= 0x7f && cp <= 0x9f) || cp === 0xad) return 0;
  if (cp < 0x300) return 1;
  if (cp > 0x10ffff) return 0;
  if (inRanges(cp, CELL_ZERO)) return 0;
  if (inRanges(cp, CELL_WIDE)) return 2;
  return 1;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
let segmenter: Intl.Segmenter | undefined;

/**
 * Columns a string takes: each grapheme cluster counts as its first code point that has
 * a width (so "e" + combining accent is 1, a flag or a joined emoji is 2).
 */
export function stringWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    for (const ch of segment) {
      const w = runeWidth(ch.codePointAt(0)!);
      if (w > 0) {
        width += w;
        break;
      }
    }
  }
  return width;
}

/** 2 for East Asian Wide and Fullwidth code points, 1 for everything else. */
export function eastAsianWidth(cp: number): number {
  return inRanges(cp, EAST_ASIAN_WIDE) ? 2 : 1;
}
