/**
 * Parsing human-readable sizes for flags such as `-m 512m` or `--shm-size 1g`:
 * a number, an optional space, and an optional unit k/m/g/t/p (case-insensitive)
 * optionally followed by "b" or "ib". RAM sizes use binary multiples, FromHumanSize
 * decimal ones. Errors carry Docker's texts ("invalid size: '…'", "invalid suffix: '…'").
 */
import { InvalidArgumentError } from '../../errors';
import { goInt64, goParseFloat } from './go-parse-float';

type UnitMap = Readonly<Record<string, number>>;

const DECIMAL: UnitMap = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
const BINARY: UnitMap = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };

const invalidSize = (text: string): InvalidArgumentError =>
  new InvalidArgumentError(`invalid size: '${text}'`, { size: text });
const invalidSuffix = (suffix: string): InvalidArgumentError =>
  new InvalidArgumentError(`invalid suffix: '${suffix}'`, { suffix });

const encoder = new TextEncoder();
const utf8Length = (text: string): number => encoder.encode(text).length;

function lastIndexOfAny(text: string, chars: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (chars.includes(text[i]!)) return i;
  return -1;
}

function parseSize(text: string, units: UnitMap): number {
  const sep = lastIndexOfAny(text, '0123456789. ');
  if (sep === -1) throw invalidSize(text); // there must be at least a digit
  const num = text[sep] === ' ' ? text.slice(0, sep) : text.slice(0, sep + 1);
  let suffix = text.slice(sep + 1);

  let size = goParseFloat(num);
  if (size < 0) throw invalidSize(text);
  if (suffix === '') return goInt64(size);

  if (utf8Length(suffix) > 3) throw invalidSuffix(suffix);
  suffix = suffix.toLowerCase();
  if (suffix[0] === 'b') {
    if (suffix.length > 1) throw invalidSuffix(suffix);
    return goInt64(size);
  }
  const multiplier = units[suffix[0]!];
  if (multiplier === undefined) throw invalidSuffix(suffix);
  size *= multiplier;
  if ((suffix.length === 2 && suffix[1] !== 'b') || (suffix.length === 3 && suffix.slice(1) !== 'ib')) {
    throw invalidSuffix(suffix);
  }
  return goInt64(size);
}

/** Bytes from a size in SI units ("44kB", "17MB", "0.3 K"). */
export function fromHumanSize(text: string): number {
  return parseSize(text, DECIMAL);
}

/** Bytes from a RAM size in binary units ("512m", "1g", "32KiB"); the "b" is optional. */
export function ramInBytes(text: string): number {
  return parseSize(text, BINARY);
}
