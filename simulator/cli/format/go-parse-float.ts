/**
 * Go's strconv.ParseFloat(s, 64): decimal and hexadecimal (p-exponent) literals, an
 * optional sign, digit-separating underscores, and inf/infinity/nan. Errors carry Go's
 * text, e.g. `strconv.ParseFloat: parsing "1x": invalid syntax`.
 */
import { InvalidArgumentError } from '../../errors';
import { goQuote } from './go-quote';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX = /^([+-]?)0[xX]((?:[0-9a-fA-F]+\.?[0-9a-fA-F]*)|(?:\.[0-9a-fA-F]+))[pP]([+-]?\d+)$/;
const SPECIAL = /^(?:([+-]?)(?:inf|infinity)|nan)$/i;

function fail(text: string, reason: 'invalid syntax' | 'value out of range'): InvalidArgumentError {
  return new InvalidArgumentError(`strconv.ParseFloat: parsing ${goQuote(text)}: ${reason}`, {
    func: 'ParseFloat',
    reason,
  });
}

/** Underscores may only sit between digits, or between a base prefix and a digit. */
function underscoresOk(text: string): boolean {
  let s = text.replace(/^[+-]/, '');
  let saw = '^';
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1]!)) {
    hex = /[xX]/.test(s[1]!);
    s = s.slice(2);
    saw = '0';
  }
  for (const c of s) {
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
    } else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

function parseHex(sign: string, mantissa: string, exponent: string): number {
  const [whole = '', frac = ''] = mantissa.split('.');
  let value = 0;
  for (const c of whole + frac) value = value * 16 + parseInt(c, 16);
  const exp = Number(exponent) - 4 * frac.length;
  const result = value * 2 ** exp;
  return sign === '-' ? -result : result;
}

/** Parses like `strconv.ParseFloat(text, 64)`; throws InvalidArgumentError with Go's text. */
export function goParseFloat(text: string): number {
  const special = SPECIAL.exec(text);
  if (special) {
    if (/nan/i.test(text)) return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  let cleaned = text;
  if (text.includes('_')) {
    if (!underscoresOk(text)) throw fail(text, 'invalid syntax');
    cleaned = text.replace(/_/g, '');
  }
  let value: number;
  const hex = HEX.exec(cleaned);
  if (hex) value = parseHex(hex[1]!, hex[2]!, hex[3]!);
  else if (DECIMAL.test(cleaned)) value = Number(cleaned);
  else throw fail(text, 'invalid syntax');
  if (!Number.isFinite(value)) throw fail(text, 'value out of range');
  return value;
}

/**
 * Go's int64(f) conversion as it behaves on amd64: truncation toward zero, and the
 * "integer indefinite" value -2^63 for NaN and anything out of range.
 */
export function goInt64(f: number): number {
  if (!Number.isFinite(f) || f >= 2 ** 63 || f < -(2 ** 63)) return -(2 ** 63);
  return Math.trunc(f);
}
