/**
 * Go's strconv.ParseInt / ParseUint / ParseBool (base 0, as pflag calls them) and
 * time.ParseDuration, with Go's error texts. Each returns an error message or the value.
 */
import { goQuote } from '../format/go-quote';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const lower = (c: string): string => c.toLowerCase();

function underscoreOK(text: string): boolean {
  let s = text;
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(lower(s[1] ?? ''))) {
    i = 2;
    saw = '0';
    hex = lower(s[1] ?? '') === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

type UintResult = { ok: true; value: bigint } | { ok: false; reason: 'invalid syntax' | 'value out of range' };

function parseUintRaw(text: string, bitSize: number): UintResult {
  if (text === '') return { ok: false, reason: 'invalid syntax' };
  let s = text;
  let base = 10;
  if (s[0] === '0') {
    const p = lower(s[1] ?? '');
    if (s.length >= 3 && p === 'b') [base, s] = [2, s.slice(2)];
    else if (s.length >= 3 && p === 'o') [base, s] = [8, s.slice(2)];
    else if (s.length >= 3 && p === 'x') [base, s] = [16, s.slice(2)];
    else [base, s] = [8, s.slice(1)];
  }
  const max = (1n << BigInt(bitSize)) - 1n;
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = /[0-9]/.test(c) ? c.charCodeAt(0) - 48 : /[a-z]/i.test(c) ? lower(c).charCodeAt(0) - 87 : 99;
    if (d >= base) return { ok: false, reason: 'invalid syntax' };
    n = n * BigInt(base) + BigInt(d);
    if (n > max) return { ok: false, reason: 'value out of range' };
  }
  if (underscores && !underscoreOK(text)) return { ok: false, reason: 'invalid syntax' };
  return { ok: true, value: n };
}

export function parseUint(text: string, bitSize: number): Parsed<bigint> {
  const r = parseUintRaw(text, bitSize);
  if (r.ok) return r;
  return { ok: false, error: `strconv.ParseUint: parsing ${goQuote(text)}: ${r.reason}` };
}

export function parseInt(text: string, bitSize: number): Parsed<bigint> {
  const fail = (reason: string): Parsed<bigint> => ({ ok: false, error: `strconv.ParseInt: parsing ${goQuote(text)}: ${reason}` });
  if (text === '') return fail('invalid syntax');
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const r = parseUintRaw(s, bitSize);
  if (!r.ok && r.reason === 'invalid syntax') return fail('invalid syntax');
  const cutoff = 1n << BigInt(bitSize - 1);
  if (!r.ok || (!neg && r.value >= cutoff) || (neg && r.value > cutoff)) return fail('value out of range');
  return { ok: true, value: neg ? -r.value : r.value };
}

export function parseBool(text: string): Parsed<boolean> {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return { ok: true, value: true };
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${goQuote(text)}: invalid syntax` };
}

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  '\u00b5s': 1000n,
  '\u03bcs': 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};

/** time.ParseDuration, in nanoseconds. */
export function parseDuration(orig: string): Parsed<bigint> {
  const invalid: Parsed<bigint> = { ok: false, error: `time: invalid duration ${goQuote(orig)}` };
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, value: 0n };
  if (s === '') return invalid;
  let total = 0n;
  const limit = 1n << 63n;
  while (s !== '') {
    if (!/^[0-9.]/.test(s)) return invalid;
    const m = /^([0-9]*)(\.([0-9]*))?/.exec(s);
    const whole = m?.[1] ?? '';
    const frac = m?.[3];
    if (whole === '' && (frac === undefined || frac === '')) return invalid;
    s = s.slice(m?.[0].length ?? 0);
    const unitMatch = /^[^0-9.]*/.exec(s);
    const u = unitMatch?.[0] ?? '';
    if (u === '') return { ok: false, error: `time: missing unit in duration ${goQuote(orig)}` };
    s = s.slice(u.length);
    const unit = UNITS[u];
    if (unit === undefined) return { ok: false, error: `time: unknown unit ${goQuote(u)} in duration ${goQuote(orig)}` };
    const v = BigInt(whole === '' ? '0' : whole);
    let part = v * unit;
    if (frac) part += (BigInt(frac) * unit) / 10n ** BigInt(frac.length);
    total += part;
    if (total > limit || (!neg && total === limit)) return invalid;
  }
  return { ok: true, value: neg ? -total : total };
}
