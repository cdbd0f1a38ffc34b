import { describe, expect, it } from 'vitest';
import { progressString } from './progress';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const bar = (filled: number) => `[${'='.repeat(filled)}>${' '.repeat(50 - filled)}] `;

describe('progressString', () => {
  it('is empty without counts', () => {
    expect(progressString({}, 120, NOW)).toBe('');
    expect(progressString({ current: 0, total: 0 }, 120, NOW)).toBe('');
  });

  it('shows only the current size when the total is unknown', () => {
    expect(progressString({ current: 1 }, 120, NOW)).toBe('      1B');
    expect(progressString({ current: 1_500_000 }, 80, NOW)).toBe('   1.5MB');
    expect(progressString({ current: 7, units: 's' }, 120, NOW)).toBe('7 s');
  });

  it('draws a 50-cell bar above 110 columns', () => {
    expect(progressString({ current: 20, total: 100 }, 120, NOW)).toBe(bar(10) + '     20B/100B');
    expect(progressString({ current: 50, total: 100 }, 111, NOW)).toBe(bar(25) + '     50B/100B');
    expect(progressString({ current: 50, total: 100 }, 110, NOW)).toBe('     50B/100B');
  });

  it('caps the bar and drops the total when current exceeds it', () => {
    expect(progressString({ current: 50, total: 40 }, 120, NOW)).toBe(bar(50) + '     50B');
    expect(progressString({ current: 50, total: 40 }, 80, NOW)).toBe('     50B');
  });

  it('prints counts with units, or none when hidden', () => {
    expect(progressString({ current: 3, total: 10, units: 's' }, 120, NOW)).toBe(bar(15) + '3/10 s');
    expect(progressString({ current: 12, total: 10, units: 's' }, 80, NOW)).toBe('12 s');
    expect(progressString({ current: 3, total: 10, hideCounts: true }, 120, NOW)).toBe(bar(15));
    expect(progressString({ current: 3, total: 10, hidecounts: true }, 80, NOW)).toBe('');
  });

  it('estimates the time left from the start, truncated to seconds, above 50 columns', () => {
    const start = NOW / 1000 - 10; // ten seconds ago
    expect(progressString({ current: 1000, total: 4000, start }, 120, NOW)).toBe(bar(12) + '     1kB/4kB 30s');
    expect(progressString({ current: 1000, total: 4000, start }, 80, NOW)).toBe('     1kB/4kB 30s');
    expect(progressString({ current: 1000, total: 4000, start }, 50, NOW)).toBe('     1kB/4kB');
    expect(progressString({ current: 1000, total: 400000, start }, 80, NOW)).toBe('     1kB/400kB 1h6m30s');
    expect(progressString({ current: 3, total: 10, start }, 80, NOW + 500)).toBe('      3B/10B 24s');
  });

  it('gives no estimate once the bar is full', () => {
    const start = NOW / 1000 - 10;
    expect(progressString({ current: 4000, total: 4000, start }, 120, NOW)).toBe(bar(50) + '     4kB/4kB');
  });
});
