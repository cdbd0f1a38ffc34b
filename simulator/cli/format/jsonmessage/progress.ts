/**
 * The text after a layer's status while it transfers, e.g.
 *   width > 110: "[=====>        ]  1.05MB/2.1MB 3s"
 *   otherwise:   "  1.05MB/2.1MB 3s"
 * The bar is 50 cells; the time left shows when the transfer's start is known and the
 * terminal is wider than 50 columns.
 */
import { goDurationString } from '../go-duration';
import { padLeft } from '../go-float';
import { humanSize } from '../size';
import type { JSONProgressDetail } from './types';

const SECOND_NS = 1_000_000_000n;

const int64 = (n: number): bigint => BigInt.asIntN(64, BigInt(Math.trunc(n)));

/** Go's `%d` of an int64 count. */
const count = (n: number): string => String(Math.trunc(n));

function timeLeft(current: number, total: number, start: number, nowMs: number): string {
  const fromStart = BigInt.asIntN(64, BigInt(Math.round((nowMs - start * 1000) * 1e6)));
  const perEntry = fromStart / int64(current);
  let left = BigInt.asIntN(64, int64(total - current) * perEntry);
  left = (left / SECOND_NS) * SECOND_NS;
  return goDurationString(left);
}

/** The progress text for a message's detail at a terminal `width` columns wide. */
export function progressString(p: JSONProgressDetail, width: number, nowMs: number): string {
  const current = p.current ?? 0;
  const total = p.total ?? 0;
  const units = p.units ?? '';
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) {
    return units === '' ? padLeft(humanSize(current), 8) : `${count(current)} ${units}`;
  }

  const percentage = Math.min(Math.trunc(Math.trunc((current / total) * 100) / 2), 50);
  let bar = '';
  if (width > 110) {
    bar = `[${'='.repeat(Math.max(percentage, 0))}>${' '.repeat(Math.max(50 - percentage, 0))}] `;
  }

  let numbers = '';
  if (p.hideCounts || p.hidecounts) {
    numbers = '';
  } else if (units === '') {
    const cur = humanSize(current);
    numbers = current > total ? padLeft(cur, 8) : `${padLeft(cur, 8)}/${humanSize(total)}`;
  } else {
    numbers = current > total ? `${count(current)} ${units}` : `${count(current)}/${count(total)} ${units}`;
  }

  let eta = '';
  const start = p.start ?? 0;
  if (current > 0 && start > 0 && percentage < 50 && width > 50) {
    eta = ' ' + timeLeft(current, total, start, nowMs);
  }
  return bar + numbers + eta;
}
