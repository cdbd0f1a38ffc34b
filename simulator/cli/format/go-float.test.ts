import { describe, expect, it } from 'vitest';
import { exactDecimal, formatG, padLeft, roundDigits } from './go-float';

describe('exactDecimal', () => {
  it('gives the exact digits of a double', () => {
    expect(exactDecimal(0.5)).toEqual({ digits: '5', point: 0 });
    expect(exactDecimal(1000)).toEqual({ digits: '1', point: 4 });
    expect(exactDecimal(0)).toEqual({ digits: '', point: 0 });
    // 0.1 is not exactly representable: its expansion is long
    const tenth = exactDecimal(0.1);
    expect(tenth.digits.startsWith('1000000000000000055511151231257827')).toBe(true);
    expect(tenth.point).toBe(0);
    expect(exactDecimal(5e-324).digits.startsWith('494065645841246544')).toBe(true);
  });

  it('rounds to n digits, breaking exact ties to the even digit', () => {
    expect(roundDigits({ digits: '10625', point: 1 }, 4)).toEqual({ digits: '1062', point: 1 });
    expect(roundDigits({ digits: '10635', point: 1 }, 4)).toEqual({ digits: '1064', point: 1 });
    expect(roundDigits({ digits: '100051', point: 1 }, 4)).toEqual({ digits: '1001', point: 1 });
    expect(roundDigits({ digits: '999999', point: 3 }, 3)).toEqual({ digits: '1', point: 4 });
  });
});

describe('formatG (Go %.Ng)', () => {
  it.each([
    [1000, 3, '1e+03'],
    [1000, 4, '1000'],
    [999.999, 3, '1e+03'],
    [999.999, 4, '1000'],
    [100, 3, '100'],
    [10, 4, '10'],
    [1.5, 4, '1.5'],
    [1.024, 4, '1.024'],
    [1.0625, 4, '1.062'],
    [2.5, 1, '2'],
    [3.5, 1, '4'],
    [123456, 3, '1.23e+05'],
    [1048576, 4, '1.049e+06'],
    [0.0001, 3, '0.0001'],
    [0.00001, 3, '1e-05'],
    [1e100, 4, '1e+100'],
    [0, 3, '0'],
    [-5, 4, '-5'],
    [-0.5, 3, '-0.5'],
    [7, 0, '7'],
    [NaN, 3, 'NaN'],
    [Infinity, 3, '+Inf'],
    [-Infinity, 3, '-Inf'],
  ])('%s with precision %s is %s', (x, prec, expected) => {
    expect(formatG(x, prec)).toBe(expected);
  });

  it('pads like %8v', () => {
    expect(padLeft('1.5MB', 8)).toBe('   1.5MB');
    expect(padLeft('123.4MB', 8)).toBe(' 123.4MB');
    expect(padLeft('1000000kB', 8)).toBe('1000000kB');
  });
});
