import { describe, expect, it } from 'vitest';
import { sizeForKey, type SplitterKeyOptions } from './Splitter';

const base: SplitterKeyOptions = { size: 400, min: 260, max: 900, orientation: 'vertical', grows: -1, shift: false };

describe('sizeForKey', () => {
  it('grows the diagram (right of its bar) with ← and shrinks it with →, 64 px with Shift', () => {
    expect(sizeForKey('ArrowLeft', base)).toBe(416);
    expect(sizeForKey('ArrowRight', base)).toBe(384);
    expect(sizeForKey('ArrowLeft', { ...base, shift: true })).toBe(464);
  });

  it('grows a pane left of or above its bar with → or ↓', () => {
    expect(sizeForKey('ArrowRight', { ...base, grows: 1 })).toBe(416);
    expect(sizeForKey('ArrowDown', { ...base, grows: 1, orientation: 'horizontal' })).toBe(416);
    expect(sizeForKey('ArrowUp', { ...base, grows: 1, orientation: 'horizontal' })).toBe(384);
    // the keys along the bar do nothing
    expect(sizeForKey('ArrowLeft', { ...base, orientation: 'horizontal' })).toBeUndefined();
  });

  it('stays within bounds; Home and End go to them', () => {
    expect(sizeForKey('ArrowRight', { ...base, size: 270 })).toBe(260);
    expect(sizeForKey('ArrowLeft', { ...base, size: 890, shift: true })).toBe(900);
    expect(sizeForKey('Home', base)).toBe(260);
    expect(sizeForKey('End', base)).toBe(900);
    expect(sizeForKey('a', base)).toBeUndefined();
  });
});
