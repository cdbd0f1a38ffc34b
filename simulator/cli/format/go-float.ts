/**
 * Docker prints sizes with Go's `%.<p>g` verb. JavaScript's toPrecision differs from it in
 * three ways: Go drops trailing zeros, switches to exponent form by its own rule (so
 * `%.3g` of 1000 is "1e+03"), and breaks exact ties to the even digit. This module works
 * from the exact decimal expansion of the double so the digits come out the same.
 */

/** Decimal digits of |x| without leading/trailing zeros, and where the point goes. */
interface Decimal {
  /** significant digits, no leading or trailing zeros ('' for zero) */
  digits: string;
  /** position of the decimal point: value = 0.digits × 10^point */
  point: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The exact decimal value of a finite double (its sign ignored). */
export function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', point: 0 };
  f64[0] = Math.abs(x);
  const hi = u32[littleEndian ? 1 : 0]!;
  const lo = u32[littleEndian ? 0 : 1]!;
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) {
    exp = -1074;
  } else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  // value = mant × 2^exp
  let text: string;
  let point: number;
  if (exp >= 0) {
    text = (mant << BigInt(exp)).toString();
    point = text.length;
  } else {
    // mant / 2^k = mant × 5^k / 10^k
    const k = -exp;
    text = (mant * 5n ** BigInt(k)).toString();
    point = text.length - k;
  }
  return trim({ digits: text, point });
}

function trim(d: Decimal): Decimal {
  let digits = d.digits;
  let point = d.point;
  let start = 0;
  while (start < digits.length && digits[start] === '0') start++;
  digits = digits.slice(start);
  point -= start;
  let end = digits.length;
  while (end > 0 && digits[end - 1] === '0') end--;
  digits = digits.slice(0, end);
  return digits === '' ? { digits: '', point: 0 } : { digits, point };
}

/** Rounds to n significant digits, ties to even (exact ties only, as Go does). */
export function roundDigits(d: Decimal, n: number): Decimal {
  if (d.digits.length <= n) return d;
  const kept = d.digits.slice(0, n);
  const first = d.digits.charCodeAt(n) - 48;
  const rest = d.digits.slice(n + 1);
  let up: boolean;
  if (first > 5) up = true;
  else if (first < 5) up = false;
  else if (rest.length > 0) up = true; // digits are trimmed, so any rest is nonzero
  else up = n > 0 && (kept.charCodeAt(n - 1) - 48) % 2 === 1;
  if (!up) return trim({ digits: kept, point: d.point });
  // add one unit in the last kept place
  const bumped = (BigInt(kept === '' ? '0' : kept) + 1n).toString();
  const grew = bumped.length > kept.length;
  return trim({ digits: bumped, point: d.point + (grew ? 1 : 0) });
}

function special(x: number): string | undefined {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  return undefined;
}

function exponentForm(sign: string, digits: string, exp: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits || '0';
  const e = Math.abs(exp);
  return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
}

function fixedForm(sign: string, d: Decimal, decimals: number): string {
  const { digits, point } = d;
  let intPart: string;
  if (point <= 0) intPart = '0';
  else intPart = digits.slice(0, point).padEnd(point, '0');
  if (decimals <= 0) return sign + intPart;
  let frac = '';
  for (let i = 0; i < decimals; i++) {
    const idx = point + i;
    frac += idx >= 0 && idx < digits.length ? digits[idx] : '0';
  }
  return `${sign}${intPart}.${frac}`;
}

/** Go's `fmt.Sprintf("%.<prec>g", x)`. */
export function formatG(x: number, prec: number): string {
  const s = special(x);
  if (s !== undefined) return s;
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const p = prec === 0 ? 1 : prec;
  const d = roundDigits(exactDecimal(x), p);
  const nd = d.digits.length;
  let eprec = p;
  if (eprec > nd && nd >= d.point) eprec = nd;
  const exp = d.point - 1;
  if (exp < -4 || exp >= eprec) {
    return exponentForm(sign, d.digits, nd === 0 ? 0 : exp);
  }
  return fixedForm(sign, d, Math.max((p > d.point ? nd : p) - d.point, 0));
}

/** Go's `%<width>v` for a string: left-padded with spaces to `width` runes. */
export function padLeft(text: string, width: number): string {
  const runes = [...text].length;
  return runes >= width ? text : ' '.repeat(width - runes) + text;
}
