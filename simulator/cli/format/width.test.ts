import { describe, expect, it } from 'vitest';
import { ellipsis } from './ellipsis';
import { goQuote } from './go-quote';
import { eastAsianWidth, runeWidth, stringWidth } from './width';

describe('display width', () => {
  it('counts ASCII as one column and control characters as none', () => {
    expect(stringWidth('busybox:latest')).toBe(14);
    expect(stringWidth('')).toBe(0);
    expect(runeWidth(0x07)).toBe(0);
    expect(runeWidth(0x9b)).toBe(0);
  });

  it('counts Hangul and CJK as two columns', () => {
    expect(stringWidth('고래')).toBe(4);
    expect(stringWidth('웹서버-1')).toBe(8);
    expect(stringWidth('日本語')).toBe(6);
    expect(stringWidth('ｗｉｄｅ')).toBe(8); // fullwidth Latin
  });

  it('gives combining marks and zero-width characters no column', () => {
    expect(stringWidth('e\u0301')).toBe(1);
    expect(stringWidth('a\u200bb')).toBe(2);
    expect(runeWidth(0x0301)).toBe(0);
    expect(runeWidth(0xfe0f)).toBe(0);
  });

  it('counts an emoji cluster by its first visible code point', () => {
    expect(stringWidth('🐳')).toBe(2);
    expect(stringWidth('👩‍💻')).toBe(2);
    expect(stringWidth('🇰🇷')).toBe(1); // regional indicators are not East Asian Wide
  });

  it('keeps narrow and ambiguous characters at one column', () => {
    expect(stringWidth('é')).toBe(1);
    expect(stringWidth('…')).toBe(1);
    expect(stringWidth('Ω')).toBe(1);
  });

  it('classifies East Asian Wide and Fullwidth code points', () => {
    expect(eastAsianWidth('한'.codePointAt(0)!)).toBe(2);
    expect(eastAsianWidth('Ａ'.codePointAt(0)!)).toBe(2);
    expect(eastAsianWidth('a'.codePointAt(0)!)).toBe(1);
    expect(eastAsianWidth(0x0301)).toBe(1);
  });
});

describe('ellipsis', () => {
  it.each([
    ['t🐳ststring', 0, ''],
    ['t🐳ststring', 1, 't'],
    ['t🐳ststring', 2, 't…'],
    ['t🐳ststring', 6, 't🐳st…'],
    ['t🐳ststring', 20, 't🐳ststring'],
    ['你好世界teststring', 1, '你'],
    ['你好世界teststring', 3, '你…'],
    ['你好世界teststring', 6, '你好…'],
    ['你好世界teststring', 20, '你好世界teststring'],
    ['/docker-entrypoint.sh nginx -g daemon off;', 20, '/docker-entrypoint.…'],
    ['/hello', 20, '/hello'],
    ['고래고래고래', 7, '고래고…'],
    ['', 1, ''],
  ])('%j at %d columns is %j', (text, width, expected) => {
    expect(ellipsis(text, width)).toBe(expected);
  });

  it('keeps a wide text whose first character is wider than the room', () => {
    expect(ellipsis('한국어', 2)).toBe('한국어');
  });
});

describe('goQuote', () => {
  it('quotes like strconv.Quote', () => {
    expect(goQuote('/hello')).toBe('"/hello"');
    expect(goQuote('sh -c "echo hi"')).toBe('"sh -c \\"echo hi\\""');
    expect(goQuote('a\tb\n\\')).toBe('"a\\tb\\n\\\\"');
    expect(goQuote('\x00\x1b\x7f')).toBe('"\\x00\\x1b\\x7f"');
    expect(goQuote('고래 🐳')).toBe('"고래 🐳"');
    expect(goQuote('\u200b\u00a0')).toBe('"\\u200b\\u00a0"');
    expect(goQuote('\u{e0001}')).toBe('"\\U000e0001"');
  });
});
