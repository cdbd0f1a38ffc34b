import { describe, expect, it } from 'vitest';
import { History } from './history';

describe('History', () => {
  it('skips blank lines and a repeat of the previous entry', () => {
    const history = new History();
    for (const line of ['ls', 'ls', '  ', 'pwd', 'ls']) history.add(line);
    expect(history.list()).toEqual(['ls', 'pwd', 'ls']);
  });

  it('forgets the oldest entries past its limit', () => {
    const history = new History(2);
    for (const line of ['a', 'b', 'c']) history.add(line);
    expect(history.list()).toEqual(['b', 'c']);
  });

  it('browses older and newer, then returns the draft', () => {
    const history = new History();
    history.add('first');
    history.add('second');
    const browser = history.browse();
    expect(browser.older('dra')).toBe('second');
    expect(browser.older('second')).toBe('first');
    expect(browser.older('first')).toBeUndefined();
    expect(browser.newer()).toBe('second');
    expect(browser.newer()).toBe('dra');
    expect(browser.newer()).toBeUndefined();
  });
});
