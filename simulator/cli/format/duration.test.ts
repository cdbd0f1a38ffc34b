import { describe, expect, it } from 'vitest';
import { describeConformance, readConformanceJson } from '../../testing/conformance.node';
import { goSub, humanAgo, humanDuration } from './duration';
import { goDurationString, msToNanos } from './go-duration';

interface DurationCase {
  duration_ns: number;
  go_expr: string;
  expected: string;
}

describeConformance('HumanDuration (cli_format_cases.json)', () => {
  const { HumanDuration_tests: cases } = readConformanceJson<{ HumanDuration_tests: DurationCase[] }>(
    'cli_format_cases.json',
  );
  it.each(cases.map((c) => [c.go_expr, c.duration_ns, c.expected] as const))('%s → %s', (_expr, ns, expected) => {
    expect(humanDuration(ns / 1e6)).toBe(expected);
  });
});

describe('humanDuration', () => {
  it('treats anything under a second, and negative spans, as less than a second', () => {
    expect(humanDuration(999.9)).toBe('Less than a second');
    expect(humanDuration(-5000)).toBe('Less than a second');
  });

  it('rounds hours to the nearest hour but truncates minutes', () => {
    expect(humanDuration(119_999)).toBe('About a minute');
    expect(humanDuration(90 * 60_000)).toBe('2 hours');
    expect(humanDuration(47 * 3_600_000 + 29 * 60_000)).toBe('47 hours');
    expect(humanDuration(47 * 3_600_000 + 30 * 60_000)).toBe('2 days');
  });

  it('renders CREATED columns with " ago"', () => {
    const now = Date.UTC(2026, 0, 5, 9, 0, 0);
    expect(humanAgo(now, now - 14_000)).toBe('14 seconds ago');
    expect(humanAgo(now, now - 65_000)).toBe('About a minute ago');
    expect(humanAgo(now, now - 86_400_000)).toBe('24 hours ago');
  });

  it('saturates like Go when the span overflows a duration', () => {
    const now = Date.UTC(2026, 0, 5);
    expect(goSub(now, -62135596800000)).toBeCloseTo(9223372036854.775, 3);
    expect(humanAgo(now, -62135596800000)).toBe('292 years ago');
  });
});

describe('goDurationString (time.Duration.String)', () => {
  it.each([
    [0n, '0s'],
    [1n, '1ns'],
    [1_100n, '1.1µs'],
    [2_200_000n, '2.2ms'],
    [1_000_000_000n, '1s'],
    [3_500_000_000n, '3.5s'],
    [65_000_000_000n, '1m5s'],
    [3_600_000_000_000n, '1h0m0s'],
    [3_723_000_000_000n, '1h2m3s'],
    [-5_000_000_000n, '-5s'],
    [9223372036854775807n, '2562047h47m16.854775807s'],
  ])('%s ns is %s', (ns, expected) => {
    expect(goDurationString(ns)).toBe(expected);
  });

  it('converts milliseconds to nanoseconds', () => {
    expect(msToNanos(1.5)).toBe(1_500_000n);
    expect(msToNanos(-2)).toBe(-2_000_000n);
  });
});
