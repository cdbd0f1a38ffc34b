/** PAX extended header records: "%d %s=%s\n" (length, key, value), lengths in bytes. */
import { utf8 } from './block';
import { TarError } from './errors';

export const PAX_PATH = 'path';
export const PAX_LINKPATH = 'linkpath';
export const PAX_SIZE = 'size';
export const PAX_UID = 'uid';
export const PAX_GID = 'gid';
export const PAX_UNAME = 'uname';
export const PAX_GNAME = 'gname';
export const PAX_MTIME = 'mtime';
export const PAX_ATIME = 'atime';
export const PAX_CTIME = 'ctime';
export const PAX_GNU_SPARSE = 'GNU.sparse.';

/** Records that mirror header fields; given ones are only kept when they equal the field. */
export const BASIC_KEYS: ReadonlySet<string> = new Set([
  PAX_PATH,
  PAX_LINKPATH,
  PAX_SIZE,
  PAX_UID,
  PAX_GID,
  PAX_UNAME,
  PAX_GNAME,
  PAX_MTIME,
  PAX_ATIME,
  PAX_CTIME,
]);

/** Largest PAX or GNU long-name body accepted (1 MiB). */
export const MAX_SPECIAL_FILE_SIZE = 1 << 20;

/** Keys must be non-empty without "=" or NUL; the string fields' values must not hold NUL. */
export function validPaxRecord(k: string, v: string): boolean {
  if (k === '' || k.includes('=')) return false;
  switch (k) {
    case PAX_PATH:
    case PAX_LINKPATH:
    case PAX_UNAME:
    case PAX_GNAME:
      return !v.includes('\0');
    default:
      return !k.includes('\0');
  }
}

/** One record, its length prefix counting itself. */
export function formatPaxRecord(k: string, v: string): string {
  if (!validPaxRecord(k, v)) throw TarError.invalidHeader();
  const body = utf8(` ${k}=${v}\n`).length;
  let size = body + String(body).length;
  if (String(size).length + body !== size) size = String(size).length + body;
  return `${size} ${k}=${v}\n`;
}

const decoder = new TextDecoder();
const DECIMAL = /^[+-]?[0-9]+$/;

/** Parses the records of an extended header body, later records replacing earlier ones. */
export function parsePaxRecords(body: Uint8Array): Record<string, string> {
  const records: Record<string, string> = {};
  let rest = body;
  while (rest.length > 0) {
    const space = rest.indexOf(0x20);
    if (space < 0) throw TarError.invalidHeader();
    const lenText = decoder.decode(rest.subarray(0, space));
    const n = DECIMAL.test(lenText) ? Number(lenText) : NaN;
    if (!Number.isSafeInteger(n) || n < 5 || n > rest.length || n <= space + 1) throw TarError.invalidHeader();
    if (rest[n - 1] !== 0x0a) throw TarError.invalidHeader();
    const rec = rest.subarray(space + 1, n - 1);
    const eq = rec.indexOf(0x3d);
    if (eq < 0) throw TarError.invalidHeader();
    const k = decoder.decode(rec.subarray(0, eq));
    const v = decoder.decode(rec.subarray(eq + 1));
    if (!validPaxRecord(k, v)) throw TarError.invalidHeader();
    records[k] = v;
    rest = rest.subarray(n);
  }
  return records;
}

/** Whole seconds (rounded down) of a PAX time "%d[.%d]". */
export function parsePaxTime(s: string): number {
  const dot = s.indexOf('.');
  const ss = dot < 0 ? s : s.slice(0, dot);
  const sn = dot < 0 ? '' : s.slice(dot + 1);
  if (!DECIMAL.test(ss) || !/^[0-9]*$/.test(sn)) throw TarError.invalidHeader();
  const secs = Number(ss);
  if (!Number.isSafeInteger(secs)) throw TarError.invalidHeader();
  const fraction = /[1-9]/.test(sn.slice(0, 9));
  return ss.startsWith('-') && fraction ? secs - 1 : secs;
}
