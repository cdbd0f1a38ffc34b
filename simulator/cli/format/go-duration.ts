/**
 * Go's time.Duration.String(), e.g. "1h2m3.5s", "1.5ms", "0s": used for the ETA of
 * progress bars. Durations are int64 nanoseconds, so they are BigInts here.
 */

/** Writes v / 10^prec as ".ddd" without trailing zeros (nothing when the fraction is 0). */
function fraction(v: bigint, prec: number): [string, bigint] {
  let digits = '';
  let printed = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    printed ||= digit !== 0n;
    if (printed) digits = digit.toString() + digits;
    v /= 10n;
  }
  return [printed ? '.' + digits : '', v];
}

/** `time.Duration(ns).String()`. */
export function goDurationString(ns: bigint): string {
  const d = BigInt.asIntN(64, ns);
  if (d === 0n) return '0s';
  const neg = d < 0n;
  let u = BigInt.asUintN(64, neg ? -d : d);
  let out: string;
  if (u < 1_000_000_000n) {
    let unit: string;
    let prec: number;
    if (u < 1_000n) {
      unit = 'ns';
      prec = 0;
    } else if (u < 1_000_000n) {
      unit = 'µs';
      prec = 3;
    } else {
      unit = 'ms';
      prec = 6;
    }
    const [frac, whole] = fraction(u, prec);
    out = `${whole}${frac}${unit}`;
  } else {
    const [frac, seconds] = fraction(u, 9);
    u = seconds;
    out = `${u % 60n}${frac}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? '-' + out : out;
}

/** Nanoseconds (as Go's int64 Duration) from a span in milliseconds, fractions allowed. */
export function msToNanos(ms: number): bigint {
  return BigInt.asIntN(64, BigInt(Math.round(ms * 1e6)));
}
