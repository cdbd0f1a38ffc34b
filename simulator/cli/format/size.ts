/**
 * Human-readable sizes as Docker prints them: decimal units with a lowercase "kB"
 * (`docker images`, `ps -s`, `history`, progress bars) and binary units ("KiB") for
 * memory figures.
 */
import { formatG } from './go-float';

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] as const;

/** Divides by `base` while the value is at least `base`, up to the last unit. */
function scale(size: number, base: number, units: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i]!];
}

/** Size in decimal units with `precision` significant digits, e.g. (10072, 3) → "10.1kB". */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [value, unit] = scale(size, 1000, DECIMAL_UNITS);
  return formatG(value, precision) + unit;
}

/** Size in decimal units with 4 significant digits, e.g. 1048576 → "1.049MB". */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** Size in binary units with 4 significant digits, e.g. 3.42 GiB → "3.42GiB". */
export function bytesSize(size: number): string {
  const [value, unit] = scale(size, 1024, BINARY_UNITS);
  return formatG(value, 4) + unit;
}
