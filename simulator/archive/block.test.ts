import { describe, expect, it } from 'vitest';
import {
  blockPadding,
  computeChecksum,
  fitsInBase256,
  fitsInOctal,
  formatOctal,
  formatString,
  parseNumeric,
  parseOctal,
  parseString,
} from './block';
import { TarError } from './errors';

const text = (b: Uint8Array) => String.fromCharCode(...b);
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('header field encodings', () => {
  it('writes zero-padded octal with a NUL terminator', () => {
    const b = new Uint8Array(8);
    formatOctal(b, 0o755);
    expect(text(b)).toBe('0000755\0');
    const size = new Uint8Array(12);
    formatOctal(size, 10072);
    expect(text(size)).toBe('00000023530\0');
    formatOctal(b, 0o7777777 + 1);
    expect(text(b)).toBe('0000000\0');
  });

  it('knows what fits octal and base-256 fields', () => {
    expect(fitsInOctal(8, 0o7777777)).toBe(true);
    expect(fitsInOctal(8, 0o10000000)).toBe(false);
    expect(fitsInOctal(12, 8 ** 11 - 1)).toBe(true);
    expect(fitsInOctal(12, -1)).toBe(false);
    expect(fitsInBase256(8, 2 ** 55)).toBe(true);
    expect(fitsInBase256(8, 2 ** 56)).toBe(false);
    expect(fitsInBase256(12, -5)).toBe(true);
  });

  it('NUL-terminates strings and cuts long ones without a trailing slash', () => {
    const b = new Uint8Array(6);
    formatString(b, 'ab');
    expect(text(b)).toBe('ab\0\0\0\0');
    formatString(b, 'abcdef/gh');
    expect(text(b)).toBe('abcdef');
    formatString(b, 'abcd//xyz');
    expect(text(b)).toBe('abcd\0/');
  });

  it('parses octal padded with spaces and NULs, and GNU base-256', () => {
    expect(parseOctal(bytes(' 755 \0'))).toBe(0o755);
    expect(parseOctal(bytes('\0\0\0'))).toBe(0);
    expect(parseNumeric(bytes('00000023530\0'))).toBe(10072);
    expect(parseNumeric(Uint8Array.from([0x80, 0, 0, 0, 0, 0, 0x01, 0x00]))).toBe(256);
    expect(parseNumeric(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toBe(-1);
    expect(() => parseOctal(bytes('12x4\0'))).toThrow(TarError);
    expect(parseString(bytes('name\0junk'))).toBe('name');
  });

  it('sums the block with the checksum field as spaces', () => {
    const blk = new Uint8Array(512).fill(0xff, 148, 156);
    expect(computeChecksum(blk)).toEqual([8 * 0x20, 8 * 0x20]);
    blk[0] = 0x80;
    expect(computeChecksum(blk)).toEqual([256 + 128, 256 - 128]);
  });

  it('pads data to the next 512-byte block', () => {
    expect([0, 1, 511, 512, 10072].map(blockPadding)).toEqual([0, 511, 1, 0, 168]);
  });
});
