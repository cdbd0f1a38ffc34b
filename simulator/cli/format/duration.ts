/**
 * Docker's human-readable durations: "Less than a second", "About a minute", "3 days",
 * used for CREATED columns ("… ago") and container statuses ("Up 2 hours").
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** A human-readable approximation of a duration given in milliseconds. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  // hours are rounded to the nearest hour (half away from zero)
  const hours = Math.round(ms / HOUR);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / HOUR) / 24 / 365)} years`;
}

/** The longest span a Go duration holds (2^63-1 ns), in milliseconds. */
const MAX_SPAN_MS = 9223372036854.775;

/** `now.Sub(then)` in milliseconds: like Go, it saturates at the longest duration. */
export function goSub(nowMs: number, thenMs: number): number {
  return Math.max(-MAX_SPAN_MS, Math.min(MAX_SPAN_MS, nowMs - thenMs));
}

/** "<duration> ago" for the time between `thenMs` and `nowMs`, as CREATED columns show it. */
export function humanAgo(nowMs: number, thenMs: number): string {
  return `${humanDuration(goSub(nowMs, thenMs))} ago`;
}
