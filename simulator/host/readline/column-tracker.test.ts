import { describe, expect, it } from 'vitest';
import { ColumnTracker } from './column-tracker';

describe('ColumnTracker', () => {
  it('follows text after the last newline, Korean in two columns', () => {
    const tracker = new ColumnTracker(80);
    tracker.feed('line one\r\n\x1b[1m고래\x1b[0m!');
    expect(tracker.column).toBe(5);
  });

  it('wraps at the width and waits at the edge after a full row', () => {
    const tracker = new ColumnTracker(10);
    tracker.feed('abcdefghij');
    expect(tracker.column).toBe(10);
    tracker.feed('kl');
    expect(tracker.column).toBe(2);
  });

  it('follows carriage returns, backspaces, tabs and cursor positioning', () => {
    const tracker = new ColumnTracker(80);
    tracker.feed('progress 50%\r');
    expect(tracker.column).toBe(0);
    tracker.feed('ab\b');
    expect(tracker.column).toBe(1);
    tracker.feed('\t');
    expect(tracker.column).toBe(8);
    tracker.feed('\x1b[H\x1b[2J');
    expect(tracker.column).toBe(0);
    tracker.feed('\x1b[5G');
    expect(tracker.column).toBe(4);
  });
});
