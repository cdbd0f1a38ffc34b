/**
 * Timestamps as Go formats them, always in UTC ("Z"):
 *  - RFC3339Nano (`docker inspect`): the fraction drops trailing zeros, and the dot too
 *    when it is zero: "2026-01-05T09:00:00.5Z", "0001-01-01T00:00:00Z".
 *  - the fixed-width form (`docker logs -t`, event times): always nine fraction digits.
 * Times are milliseconds since the Unix epoch (fractions allowed); an optional extra
 * nanosecond count adds precision below the millisecond.
 */

/** Go's zero time.Time, 0001-01-01T00:00:00Z, which inspect shows for "never". */
export const GO_ZERO_TIME_MS = -62135596800000;

interface Split {
  /** whole milliseconds since the epoch */
  ms: number;
  /** nanoseconds within the second, 0..999999999 */
  nanos: number;
}

function split(ms: number, extraNanos: number): Split {
  const whole = Math.floor(ms);
  const subMs = Math.round((ms - whole) * 1e6) + extraNanos;
  const carryMs = Math.floor(subMs / 1e6);
  const wholeMs = whole + carryMs;
  const msInSecond = ((wholeMs % 1000) + 1000) % 1000;
  return { ms: wholeMs, nanos: msInSecond * 1e6 + (subMs - carryMs * 1e6) };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function dateTime(ms: number): string {
  const d = new Date(ms - (((ms % 1000) + 1000) % 1000));
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
    `T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`
  );
}

/** `t.Format(time.RFC3339Nano)` for a UTC time. */
export function formatRFC3339Nano(ms: number, extraNanos = 0): string {
  const t = split(ms, extraNanos);
  const fraction = pad(t.nanos, 9).replace(/0+$/, '');
  return `${dateTime(t.ms)}${fraction ? '.' + fraction : ''}Z`;
}

/** `t.Format("2006-01-02T15:04:05.000000000Z07:00")` for a UTC time. */
export function formatRFC3339NanoFixed(ms: number, extraNanos = 0): string {
  const t = split(ms, extraNanos);
  return `${dateTime(t.ms)}.${pad(t.nanos, 9)}Z`;
}
