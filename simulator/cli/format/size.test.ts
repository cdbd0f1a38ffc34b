import { describe, expect, it } from 'vitest';
import { describeConformance, readConformanceJson } from '../../testing/conformance.node';
import { bytesSize, humanSize, humanSizeWithPrecision } from './size';

interface SizeCase {
  func: 'BytesSize' | 'HumanSize';
  input_bytes: number;
  go_expr: string;
  expected: string;
}
type ComputedExample = Record<string, number | string> & { bytes: number };

describeConformance('sizes (cli_format_cases.json)', () => {
  const cases = readConformanceJson<{ size_tests: SizeCase[]; size_examples_computed: ComputedExample[] }>(
    'cli_format_cases.json',
  );

  it.each(cases.size_tests.map((c) => [c.func, c.go_expr, c.input_bytes, c.expected] as const))(
    '%s(%s) = %s',
    (func, _expr, input, expected) => {
      const fn = func === 'BytesSize' ? bytesSize : humanSize;
      expect(fn(input)).toBe(expected);
    },
  );

  it.each(cases.size_examples_computed.map((c) => [c.bytes, c] as const))('examples for %s bytes', (bytes, c) => {
    const entries = Object.entries(c);
    const precision3 = entries.find(([k]) => k.startsWith('HumanSizeWithPrecision'))![1];
    const precision4 = entries.find(([k]) => k.startsWith('HumanSize(b)'))![1];
    expect(humanSizeWithPrecision(bytes, 3)).toBe(precision3);
    expect(humanSize(bytes)).toBe(precision4);
  });
});

describe('sizes', () => {
  it('formats typical image sizes with 3 significant digits', () => {
    expect(humanSizeWithPrecision(13256, 3)).toBe('13.3kB');
    expect(humanSizeWithPrecision(77_800_000, 3)).toBe('77.8MB');
    expect(humanSizeWithPrecision(999_999, 3)).toBe('1e+03kB');
    expect(humanSizeWithPrecision(2, 3)).toBe('2B');
  });

  it('uses binary units for BytesSize', () => {
    expect(bytesSize(0)).toBe('0B');
    expect(bytesSize(1023)).toBe('1023B');
    expect(bytesSize(1536)).toBe('1.5KiB');
    expect(bytesSize(512 * 1024 * 1024)).toBe('512MiB');
  });

  it('keeps a negative size in bytes', () => {
    expect(humanSize(-1500)).toBe('-1500B');
  });
});
