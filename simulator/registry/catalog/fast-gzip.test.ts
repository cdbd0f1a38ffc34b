import { describe, expect, it } from 'vitest';
import { gunzip } from '../../archive';
import { fastGzip } from './fast-gzip';
import { fillBytes } from './fill';

/** Byte equality without vitest's deep diff, which is slow on megabytes. */
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

describe('fastGzip', () => {
  it.each([0, 1, 31, 32, 33, 258, 259, 260, 261, 262, 300, 516, 517, 65535, 65536, 200_000])('round-trips %i zeros and mixed data', (n) => {
    const zeros = new Uint8Array(n);
    expect(same(gunzip(fastGzip(zeros)), zeros)).toBe(true);
    const mixed = new Uint8Array(n * 2 + 7);
    mixed.set(fillBytes(`m${n}`, n), 3);
    expect(same(gunzip(fastGzip(mixed)), mixed)).toBe(true);
  });

  it('compresses stand-in bytes to about 40%', () => {
    const data = fillBytes('ratio', 5_000_000);
    const z = fastGzip(data);
    expect(same(gunzip(z), data)).toBe(true);
    expect(z.length / data.length).toBeGreaterThan(0.38);
    expect(z.length / data.length).toBeLessThan(0.43);
  });

  it('handles every zero-run length near the copy limits', () => {
    for (let n = 250; n < 800; n++) {
      const d = new Uint8Array(n + 2);
      d[0] = 1;
      d[n + 1] = 2;
      expect(same(gunzip(fastGzip(d)), d)).toBe(true);
    }
  });
});
