import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../errors';
import { goInt64, goParseFloat } from './go-parse-float';
import { fromHumanSize, ramInBytes } from './size-parse';

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const TiB = 1024 * GiB;
const PiB = 1024 * TiB;

describe('fromHumanSize', () => {
  it.each([
    ['32', 32],
    ['32b', 32],
    ['32B', 32],
    ['32k', 32_000],
    ['32K', 32_000],
    ['32kb', 32_000],
    ['32Kb', 32_000],
    ['32Mb', 32e6],
    ['32Gb', 32e9],
    ['32Tb', 32e12],
    ['32Pb', 32e15],
    ['32.5kB', 32_500],
    ['32.5 kB', 32_500],
    ['32.5 B', 32],
    ['0.3 K', 300],
    ['.3kB', 300],
    ['32kib', 32_000],
    ['1e3', 1000],
  ])('%s is %d bytes', (text, bytes) => {
    expect(fromHumanSize(text)).toBe(bytes);
  });

  it.each([
    ['', "invalid size: ''"],
    ['hello', "invalid size: 'hello'"],
    ['-32', "invalid size: '-32'"],
    [' 32 ', 'strconv.ParseFloat: parsing " 32": invalid syntax'],
    ['32m b', 'strconv.ParseFloat: parsing "32m": invalid syntax'],
    ['32bm', "invalid suffix: 'bm'"],
    ['32kbb', "invalid suffix: 'kbb'"],
    ['32x', "invalid suffix: 'x'"],
    ['32KBYTES', "invalid suffix: 'KBYTES'"],
    ['1e999', 'strconv.ParseFloat: parsing "1e999": value out of range'],
  ])('%j fails with %s', (text, message) => {
    expect(() => fromHumanSize(text)).toThrow(InvalidArgumentError);
    expect(() => fromHumanSize(text)).toThrow(message);
  });
});

describe('ramInBytes', () => {
  it.each([
    ['32', 32],
    ['32b', 32],
    ['32k', 32 * KiB],
    ['32K', 32 * KiB],
    ['32kb', 32 * KiB],
    ['32Kib', 32 * KiB],
    ['32KIB', 32 * KiB],
    ['32Mb', 32 * MiB],
    ['32Gb', 32 * GiB],
    ['32Tb', 32 * TiB],
    ['32Pb', 32 * PiB],
    ['32PB', 32 * PiB],
    ['32P', 32 * PiB],
    ['32.3', 32],
    ['32.3 mb', Math.trunc(32.3 * MiB)],
    ['0.3MB', Math.trunc(0.3 * MiB)],
    ['512m', 512 * MiB],
  ])('%s is %d bytes', (text, bytes) => {
    expect(ramInBytes(text)).toBe(bytes);
  });

  it.each(['', 'hello', '-32', ' 32 ', '32m b', '32bm', '32mib b'])('%j is rejected', (text) => {
    expect(() => ramInBytes(text)).toThrow(InvalidArgumentError);
  });
});

describe('Go float parsing', () => {
  it('accepts Go float literal forms', () => {
    expect(goParseFloat('5.')).toBe(5);
    expect(goParseFloat('+.5e1')).toBe(5);
    expect(goParseFloat('1_000.5')).toBe(1000.5);
    expect(goParseFloat('0x1p4')).toBe(16);
    expect(goParseFloat('0x1.8p1')).toBe(3);
    expect(goParseFloat('-Inf')).toBe(-Infinity);
    expect(goParseFloat('NaN')).toBeNaN();
  });

  it('rejects malformed literals with the quoted text', () => {
    expect(() => goParseFloat('1__0')).toThrow('strconv.ParseFloat: parsing "1__0": invalid syntax');
    expect(() => goParseFloat('0x10')).toThrow('invalid syntax');
    expect(() => goParseFloat('"')).toThrow('strconv.ParseFloat: parsing "\\"": invalid syntax');
  });

  it('converts to int64 as Go does on amd64', () => {
    expect(goInt64(32.9)).toBe(32);
    expect(goInt64(-2.5)).toBe(-2);
    expect(goInt64(Infinity)).toBe(-(2 ** 63));
    expect(goInt64(2 ** 64)).toBe(-(2 ** 63));
  });
});
