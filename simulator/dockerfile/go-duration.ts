/** Go's time.ParseDuration, returning nanoseconds. Throws Go's error text. */
const units: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3,
  'μs': 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

export function parseGoDuration(s: string): number {
  const invalid = (): Error => new Error(`time: invalid duration ${JSON.stringify(s)}`);
  let rest = s;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') throw invalid();
  let total = 0;
  const re = /^(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)?/u;
  while (rest !== '') {
    const m = re.exec(rest);
    const num = m?.[1] ?? '';
    if (!m || num === '' || num === '.') throw invalid();
    const unit = m[2];
    if (unit === undefined) throw new Error(`time: missing unit in duration ${JSON.stringify(s)}`);
    total += Number(num) * (units[unit] ?? 0);
    rest = rest.slice(m[0].length);
  }
  return sign * Math.round(total);
}
