import { describe, expect, it } from 'vitest';
import { utf8 } from './block';
import { formatPaxRecord, parsePaxRecords, parsePaxTime } from './pax';

describe('PAX records', () => {
  it('prefixes each record with its own length in bytes', () => {
    expect(formatPaxRecord('path', 'a')).toBe('9 path=a\n');
    // 10 bytes before counting the length's own digits, 11 after: the length is recounted.
    expect(formatPaxRecord('path', 'é')).toBe('11 path=é\n');
    // 91 value bytes: 98 bytes without the length, whose 3 digits make 101, not 100.
    const rec = formatPaxRecord('path', 'x'.repeat(91));
    expect(rec.startsWith('101 path=')).toBe(true);
    expect(utf8(rec).length).toBe(101);
    expect(() => formatPaxRecord('a=b', 'v')).toThrow('archive/tar: invalid tar header');
    expect(() => formatPaxRecord('path', 'a\0b')).toThrow();
  });

  it('parses records back, later ones winning', () => {
    const body = utf8(formatPaxRecord('path', 'a/é') + formatPaxRecord('uid', '7') + formatPaxRecord('uid', '8'));
    expect(parsePaxRecords(body)).toEqual({ path: 'a/é', uid: '8' });
    expect(parsePaxRecords(utf8('11 k=a=b=c\n'))).toEqual({ k: 'a=b=c' });
  });

  it.each(['11 path=a\n', '9 path=a', '10 patha\n\n', 'x path=a\n', '3 a=\n', '11path=ab\n'])('rejects %j', (rec) => {
    expect(() => parsePaxRecords(utf8(rec))).toThrow('archive/tar: invalid tar header');
  });

  it('reads times as whole seconds rounded down', () => {
    expect(parsePaxTime('1738173213')).toBe(1738173213);
    expect(parsePaxTime('1738173213.999999999')).toBe(1738173213);
    expect(parsePaxTime('-1.5')).toBe(-2);
    expect(parsePaxTime('-1.000')).toBe(-1);
    expect(() => parsePaxTime('1.5x')).toThrow();
    expect(() => parsePaxTime('')).toThrow();
  });
});
