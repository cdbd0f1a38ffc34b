import { describe, expect, it } from 'vitest';
import { commonPrefix, completeLine, formatCandidates, wordStart } from './completion';

describe('completeLine', () => {
  it('completes a single candidate with a trailing space', () => {
    expect(completeLine('docker ima', 10, ['image'], false)).toEqual({ kind: 'insert', line: 'docker image ', cursor: 13 });
  });

  it('adds no space after a directory', () => {
    expect(completeLine('cat ap', 6, ['app/'], false)).toEqual({ kind: 'insert', line: 'cat app/', cursor: 8 });
  });

  it('completes in the middle of a line, stepping over an existing space', () => {
    expect(completeLine('docker ru hello', 9, ['run'], false)).toEqual({ kind: 'insert', line: 'docker run hello', cursor: 11 });
  });

  it('extends several candidates to their common prefix', () => {
    expect(completeLine('docker i', 8, ['images', 'image'], false)).toEqual({ kind: 'insert', line: 'docker image', cursor: 12 });
  });

  it('lists on a repeated Tab when nothing can be added', () => {
    expect(completeLine('docker i', 8, ['inspect', 'image', 'info'], false)).toEqual({ kind: 'none' });
    expect(completeLine('docker i', 8, ['inspect', 'image', 'info', 'image'], true)).toEqual({
      kind: 'list', candidates: ['image', 'info', 'inspect'],
    });
  });

  it('does nothing without candidates', () => {
    expect(completeLine('xyz', 3, [], true)).toEqual({ kind: 'none' });
  });
});

describe('helpers', () => {
  it('finds where the word before the cursor starts', () => {
    expect(wordStart('docker run  hel', 15)).toBe(12);
    expect(wordStart('docker ', 7)).toBe(7);
  });

  it('finds the common prefix of Korean words by character', () => {
    expect(commonPrefix(['고래상어', '고래밥'])).toBe('고래');
  });
});

describe('formatCandidates', () => {
  it('fills columns top to bottom like bash', () => {
    const words = ['attach', 'build', 'commit', 'cp', 'create', 'diff', 'events'];
    expect(formatCandidates(words, 25)).toEqual([
      'attach  cp      events',
      'build   create',
      'commit  diff',
    ]);
  });

  it('leaves the last column free of a full-width row, as readline does', () => {
    expect(formatCandidates(['attach', 'build', 'commit'], 24)).toEqual(['attach  commit', 'build']);
  });

  it('measures Korean candidates in columns', () => {
    expect(formatCandidates(['고래', 'ab'], 80)).toEqual(['고래  ab']);
  });

  it('puts one per row when the terminal is narrow', () => {
    expect(formatCandidates(['aaaaaaaa', 'bbbbbbbb'], 8)).toEqual(['aaaaaaaa', 'bbbbbbbb']);
  });
});
