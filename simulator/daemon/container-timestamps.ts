/**
 * Times given as `--since`, `--until` and `until=` filter values: a Go duration before now
 * ("10m", "1h30m"), an RFC 3339 time or date (with or without zone; without, in the
 * machine's zone, which is UTC here), or Unix seconds ("1700000000.5") — docker's
 * timetypes.GetTimestamp. The result is in ms since the epoch.
 */
import { parseDuration } from '../cli/framework/go-strconv';

export class TimestampError extends Error {
  override name = 'TimestampError';
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?)?(Z|z|[+-]\d{2}:\d{2})?$/;

function parseDateTime(value: string): number | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = ''] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(ms)) return undefined;
  if (frac) ms += Number(frac) * 1000;
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return ms;
}

/** Unix seconds with an optional fraction ("1700000000", "1700000000.000000001"). */
function parseUnix(value: string): number | undefined {
  const m = /^(\d+)(?:\.(\d{1,9}))?$/.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * 1000 + (m[2] ? Number(`0.${m[2]}`) * 1000 : 0);
}

export function parseTimestamp(value: string, nowMs: number): number {
  if (value !== '0') {
    const d = parseDuration(value);
    // whole seconds, as the CLI sends reference.Add(-d).Unix()
    if (d.ok) return Math.floor((nowMs - Number(d.value / 1_000_000n)) / 1000) * 1000;
  }
  const t = parseDateTime(value);
  if (t !== undefined) return t;
  if (value.includes('-')) throw new TimestampError(`parsing time ${JSON.stringify(value)}: cannot parse ${JSON.stringify(value)} as a time`);
  const unix = parseUnix(value);
  if (unix === undefined) throw new TimestampError(`failed to parse value as time or duration: ${JSON.stringify(value)}`);
  return unix;
}
