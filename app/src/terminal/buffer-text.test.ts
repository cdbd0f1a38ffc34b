import { describe, expect, it } from 'vitest';
import { bufferText, type BufferLike } from './buffer-text';

/** A fake buffer of fixed-width rows; `wrapped` marks rows that continue the previous one. */
function fakeBuffer(width: number, rows: Array<string | { wrapped: string }>): BufferLike {
  const lines = rows.map((row) => {
    const text = typeof row === 'string' ? row : row.wrapped;
    const padded = text.padEnd(width, ' ');
    return {
      isWrapped: typeof row !== 'string',
      translateToString: (trimRight?: boolean) => (trimRight ? padded.trimEnd() : padded),
    };
  });
  return { length: lines.length, getLine: (y) => lines[y] };
}

describe('bufferText', () => {
  it('right-trims lines and drops trailing empty ones', () => {
    expect(bufferText(fakeBuffer(10, ['ab  ', '', 'c', '', '']))).toBe('ab\n\nc');
  });

  it('joins wrapped rows into one line, keeping spaces at the wrap', () => {
    expect(bufferText(fakeBuffer(5, ['hello', { wrapped: 'world' }, 'ab   ', { wrapped: 'cd' }]))).toBe('helloworld\nab   cd');
  });

  it('is empty for an empty buffer', () => {
    expect(bufferText(fakeBuffer(5, ['', '']))).toBe('');
  });
});
