import { describe, expect, it } from 'vitest';
import { charWidth, splitUnits, stringWidth, stripAnsi, unitWidth } from './width';

describe('charWidth', () => {
  it('gives ASCII one column and control characters none', () => {
    expect(charWidth('a'.codePointAt(0)!)).toBe(1);
    expect(charWidth(0x1b)).toBe(0);
    expect(charWidth(0x7f)).toBe(0);
  });

  it('gives Hangul, CJK and fullwidth forms two columns', () => {
    for (const ch of ['한', '글', 'ㄱ', '漢', 'あ', 'Ａ']) expect(charWidth(ch.codePointAt(0)!)).toBe(2);
  });

  it('gives combining marks no columns', () => {
    expect(charWidth(0x0301)).toBe(0);
    expect(charWidth(0x200b)).toBe(0);
  });
});

describe('strings', () => {
  it('measures mixed Korean and ASCII', () => {
    expect(stringWidth('docker 이미지')).toBe(7 + 6);
  });

  it('keeps combining marks with the character before them', () => {
    expect(splitUnits('e\u0301x')).toEqual(['e\u0301', 'x']);
    expect(splitUnits('고래🐳')).toEqual(['고', '래', '🐳']);
    expect(unitWidth('고')).toBe(2);
  });

  it('strips colours, OSC titles and bash prompt markers', () => {
    expect(stripAnsi('\x1b[1;32mstudent@gorae\x1b[0m:\x1b]0;title\x07~$ \x01\x02')).toBe('student@gorae:~$ ');
  });
});
