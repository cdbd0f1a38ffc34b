/**
 * One 512-byte tar header block: field layout and the numeric/string encodings of the
 * V7, USTAR, PAX, GNU and star formats.
 */
import { TarError } from './errors';

export const BLOCK_SIZE = 512;
export const NAME_SIZE = 100;
export const PREFIX_SIZE = 155;

/** [offset, length] of each header field. */
export const FIELD = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  chksum: [148, 8],
  typeflag: [156, 1],
  linkname: [157, 100],
  magic: [257, 6],
  version: [263, 2],
  uname: [265, 32],
  gname: [297, 32],
  devmajor: [329, 8],
  devminor: [337, 8],
  prefix: [345, 155],
  gnuAtime: [345, 12],
  gnuCtime: [357, 12],
  starPrefix: [345, 131],
  starTrailer: [508, 4],
} as const satisfies Record<string, readonly [number, number]>;

export type Field = keyof typeof FIELD;

/** Header formats, as a bit set of the ones still possible. */
export const Format = { unknown: 0, v7: 1, ustar: 2, pax: 4, gnu: 8, star: 16 } as const;

const MAGIC_USTAR = 'ustar\0';
const VERSION_USTAR = '00';
const MAGIC_GNU = 'ustar ';
const VERSION_GNU = ' \0';
const TRAILER_STAR = 'tar\0';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function fieldOf(blk: Uint8Array, field: Field): Uint8Array {
  const [off, len] = FIELD[field];
  return blk.subarray(off, off + len);
}

/** Copies s into the field, NUL-terminated when it is shorter; longer text is cut. */
export function formatString(b: Uint8Array, s: string | Uint8Array): void {
  const bytes = typeof s === 'string' ? utf8(s) : s;
  b.set(bytes.subarray(0, b.length));
  if (bytes.length < b.length) b[bytes.length] = 0;
  // A cut name must not look like a directory: replace the trailing slashes with a NUL.
  if (bytes.length > b.length && b[b.length - 1] === 0x2f) {
    let n = b.length;
    while (n > 0 && bytes[n - 1] === 0x2f) n--;
    b[n] = 0;
  }
}

/** Whether x fits an n-byte octal field with its NUL terminator. */
export function fitsInOctal(n: number, x: number): boolean {
  return x >= 0 && (n >= 22 || x < 2 ** ((n - 1) * 3));
}

/** Whether x fits an n-byte base-256 (GNU binary) field. */
export function fitsInBase256(n: number, x: number): boolean {
  const bits = (n - 1) * 8;
  return n >= 9 || (x >= -(2 ** bits) && x < 2 ** bits);
}

/** Zero-padded octal with a NUL at the end; 0 when x does not fit. */
export function formatOctal(b: Uint8Array, x: number): void {
  const v = fitsInOctal(b.length, x) ? x : 0;
  formatString(b, v.toString(8).padStart(b.length - 1, '0'));
}

/** Bytes up to the first NUL, as text. */
export function parseString(b: Uint8Array): string {
  const nul = b.indexOf(0);
  return decoder.decode(nul >= 0 ? b.subarray(0, nul) : b);
}

/** An octal field (spaces and NULs around it allowed) or a GNU base-256 one. */
export function parseNumeric(b: Uint8Array): number {
  if (b.length > 0 && (b[0]! & 0x80) !== 0) return parseBase256(b);
  return parseOctal(b);
}

function parseBase256(b: Uint8Array): number {
  const negative = (b[0]! & 0x40) !== 0;
  let x = 0n;
  for (let i = 0; i < b.length; i++) {
    let c = negative ? b[i]! ^ 0xff : b[i]!;
    if (i === 0) c &= 0x7f;
    if (x >> 56n > 0n) throw TarError.invalidHeader();
    x = (x << 8n) | BigInt(c);
  }
  if (x >> 63n > 0n) throw TarError.invalidHeader();
  const v = negative ? -x - 1n : x;
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) throw TarError.invalidHeader();
  return Number(v);
}

export function parseOctal(b: Uint8Array): number {
  let start = 0;
  let end = b.length;
  while (start < end && (b[start] === 0x20 || b[start] === 0)) start++;
  while (end > start && (b[end - 1] === 0x20 || b[end - 1] === 0)) end--;
  if (start === end) return 0;
  const text = parseString(b.subarray(start, end));
  if (!/^[0-7]+$/.test(text)) throw TarError.invalidHeader();
  const v = parseInt(text, 8);
  if (!Number.isSafeInteger(v)) throw TarError.invalidHeader();
  return v;
}

/** Unsigned and signed byte sums of the block with the checksum field counted as spaces. */
export function computeChecksum(blk: Uint8Array): [unsigned: number, signed: number] {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : blk[i]!;
    unsigned += c;
    signed += c >= 0x80 ? c - 256 : c;
  }
  return [unsigned, signed];
}

/** Writes the magic of the format and then the checksum ("%06o\0 "). */
export function setFormat(blk: Uint8Array, format: number): void {
  if (format & Format.gnu) {
    formatRaw(fieldOf(blk, 'magic'), MAGIC_GNU);
    formatRaw(fieldOf(blk, 'version'), VERSION_GNU);
  } else if (format & (Format.ustar | Format.pax)) {
    formatRaw(fieldOf(blk, 'magic'), MAGIC_USTAR);
    formatRaw(fieldOf(blk, 'version'), VERSION_USTAR);
  }
  const chksum = fieldOf(blk, 'chksum');
  formatOctal(chksum.subarray(0, 7), computeChecksum(blk)[0]);
  chksum[7] = 0x20;
}

function formatRaw(b: Uint8Array, s: string): void {
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
}

function rawText(b: Uint8Array): string {
  return String.fromCharCode(...b);
}

/** The format a header block is written in, from its checksum and magic; unknown if invalid. */
export function getFormat(blk: Uint8Array): number {
  let value: number;
  try {
    value = parseOctal(fieldOf(blk, 'chksum'));
  } catch {
    return Format.unknown;
  }
  const [unsigned, signed] = computeChecksum(blk);
  if (value !== unsigned && value !== signed) return Format.unknown;
  const magic = rawText(fieldOf(blk, 'magic'));
  const version = rawText(fieldOf(blk, 'version'));
  if (magic === MAGIC_USTAR && rawText(fieldOf(blk, 'starTrailer')) === TRAILER_STAR) return Format.star;
  if (magic === MAGIC_USTAR) return Format.ustar | Format.pax;
  if (magic === MAGIC_GNU && version === VERSION_GNU) return Format.gnu;
  return Format.v7;
}

export function isZeroBlock(blk: Uint8Array): boolean {
  for (let i = 0; i < blk.length; i++) if (blk[i] !== 0) return false;
  return true;
}

/** Bytes of padding after `size` bytes of data up to the next block boundary. */
export function blockPadding(size: number): number {
  return (BLOCK_SIZE - (size % BLOCK_SIZE)) % BLOCK_SIZE;
}
