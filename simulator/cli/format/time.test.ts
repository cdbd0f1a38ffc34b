import { describe, expect, it } from 'vitest';
import { formatRFC3339Nano, formatRFC3339NanoFixed, GO_ZERO_TIME_MS } from './time';

const T = Date.UTC(2026, 0, 5, 9, 0, 0);

describe('RFC3339Nano', () => {
  it('drops trailing zeros of the fraction, and the dot when it is zero', () => {
    expect(formatRFC3339Nano(T)).toBe('2026-01-05T09:00:00Z');
    expect(formatRFC3339Nano(T + 500)).toBe('2026-01-05T09:00:00.5Z');
    expect(formatRFC3339Nano(T + 123)).toBe('2026-01-05T09:00:00.123Z');
    expect(formatRFC3339Nano(T + 1, 234_567)).toBe('2026-01-05T09:00:00.001234567Z');
    expect(formatRFC3339Nano(T + 0.25)).toBe('2026-01-05T09:00:00.00025Z');
  });

  it("prints Go's zero time for never", () => {
    expect(formatRFC3339Nano(GO_ZERO_TIME_MS)).toBe('0001-01-01T00:00:00Z');
  });

  it('carries sub-millisecond overflow into the next second', () => {
    expect(formatRFC3339Nano(T + 999, 1_000_000)).toBe('2026-01-05T09:00:01Z');
  });

  it('handles times before the epoch', () => {
    expect(formatRFC3339Nano(-1)).toBe('1969-12-31T23:59:59.999Z');
  });
});

describe('RFC3339Nano fixed width', () => {
  it('always prints nine fraction digits', () => {
    expect(formatRFC3339NanoFixed(T)).toBe('2026-01-05T09:00:00.000000000Z');
    expect(formatRFC3339NanoFixed(T + 500)).toBe('2026-01-05T09:00:00.500000000Z');
    expect(formatRFC3339NanoFixed(T + 12, 345_678)).toBe('2026-01-05T09:00:00.012345678Z');
    expect(formatRFC3339NanoFixed(GO_ZERO_TIME_MS)).toBe('0001-01-01T00:00:00.000000000Z');
  });
});
