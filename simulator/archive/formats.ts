/**
 * Which header formats can hold a given header, and the PAX records it needs — the rules
 * Docker's tar writer applies before choosing USTAR (preferred) or PAX.
 */
import { FIELD, fitsInBase256, fitsInOctal, Format, NAME_SIZE, PREFIX_SIZE, utf8 } from './block';
import { isHeaderOnlyType } from './entry';
import {
  BASIC_KEYS,
  PAX_GID,
  PAX_GNAME,
  PAX_GNU_SPARSE,
  PAX_LINKPATH,
  PAX_MTIME,
  PAX_PATH,
  PAX_SIZE,
  PAX_UID,
  PAX_UNAME,
  validPaxRecord,
} from './pax';

/** A header as the writer encodes it. */
export interface RawHeader {
  typeflag: string;
  name: string;
  linkname: string;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  devmajor: number;
  devminor: number;
  paxRecords: Readonly<Record<string, string>>;
}

export interface AllowedFormats {
  format: number;
  paxHdrs: Record<string, string>;
  /** Why the header cannot be encoded, when format is unknown. */
  reasons: string[];
}

/** Printable ASCII without NUL. */
export function isASCII(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0) return false;
  }
  return true;
}

/** Drops every character isASCII rejects. */
export function toASCII(s: string): string {
  return isASCII(s) ? s : [...s].filter((c) => isASCII(c)).join('');
}

/** Splits a long ASCII name into USTAR prefix (≤155) and name (≤100) at a slash, if possible. */
export function splitUstarPath(name: string): [prefix: string, suffix: string] | undefined {
  let length = name.length;
  if (length <= NAME_SIZE || !isASCII(name)) return undefined;
  if (length > PREFIX_SIZE + 1) length = PREFIX_SIZE + 1;
  else if (name[length - 1] === '/') length--;
  const i = name.lastIndexOf('/', length - 1);
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > NAME_SIZE || nlen === 0 || i > PREFIX_SIZE) return undefined;
  return [name.slice(0, i), name.slice(i + 1)];
}

const quote = (s: string): string => JSON.stringify(s);

/** The formats (a Format bit set, PAX requested as Docker does) able to encode the header. */
export function allowedFormats(h: RawHeader): AllowedFormats {
  let format: number = Format.ustar | Format.pax | Format.gnu;
  const paxHdrs: Record<string, string> = {};
  let whyNoPAX = '';
  const mustNotBe = (f: number) => {
    format &= ~f;
  };
  const given = (key: string): string | undefined =>
    Object.hasOwn(h.paxRecords, key) ? h.paxRecords[key] : undefined;

  const verifyString = (s: string, size: number, name: string, paxKey: string) => {
    const tooLong = utf8(s).length > size;
    const allowLongGNU = paxKey === PAX_PATH || paxKey === PAX_LINKPATH;
    if (s.includes('\0') || (tooLong && !allowLongGNU)) mustNotBe(Format.gnu);
    if (!isASCII(s) || tooLong) {
      if (paxKey !== PAX_PATH || !splitUstarPath(s)) mustNotBe(Format.ustar);
      if (paxKey === '') {
        whyNoPAX = `PAX cannot encode ${name}=${quote(s)}`;
        mustNotBe(Format.pax);
      } else {
        paxHdrs[paxKey] = s;
      }
    }
    if (paxKey !== '' && given(paxKey) === s) paxHdrs[paxKey] = s;
  };
  const verifyNumeric = (n: number, size: number, name: string, paxKey: string) => {
    if (!fitsInBase256(size, n)) mustNotBe(Format.gnu);
    if (!fitsInOctal(size, n)) {
      mustNotBe(Format.ustar);
      if (paxKey === '') {
        whyNoPAX = `PAX cannot encode ${name}=${n}`;
        mustNotBe(Format.pax);
      } else {
        paxHdrs[paxKey] = String(n);
      }
    }
    if (paxKey !== '' && given(paxKey) === String(n)) paxHdrs[paxKey] = String(n);
  };
  const verifyMtime = (t: number) => {
    const size = FIELD.mtime[1];
    if (!fitsInBase256(size, t)) mustNotBe(Format.gnu);
    if (!fitsInOctal(size, t)) {
      mustNotBe(Format.ustar);
      paxHdrs[PAX_MTIME] = String(t);
    }
    if (given(PAX_MTIME) === String(t)) paxHdrs[PAX_MTIME] = String(t);
  };

  verifyString(h.name, FIELD.name[1], 'Name', PAX_PATH);
  verifyString(h.linkname, FIELD.linkname[1], 'Linkname', PAX_LINKPATH);
  verifyString(h.uname, FIELD.uname[1], 'Uname', PAX_UNAME);
  verifyString(h.gname, FIELD.gname[1], 'Gname', PAX_GNAME);
  verifyNumeric(h.mode, FIELD.mode[1], 'Mode', '');
  verifyNumeric(h.uid, FIELD.uid[1], 'Uid', PAX_UID);
  verifyNumeric(h.gid, FIELD.gid[1], 'Gid', PAX_GID);
  verifyNumeric(h.size, FIELD.size[1], 'Size', PAX_SIZE);
  verifyNumeric(h.devmajor, FIELD.devmajor[1], 'Devmajor', '');
  verifyNumeric(h.devminor, FIELD.devminor[1], 'Devminor', '');
  verifyMtime(h.mtime);

  const fail = (...reasons: string[]): AllowedFormats => ({ format: Format.unknown, paxHdrs: {}, reasons });
  if ('0346'.includes(h.typeflag) && h.name.endsWith('/')) return fail('filename may not have trailing slash');
  if (!isHeaderOnlyType(h.typeflag) && h.size < 0) return fail('negative size on header-only type');

  const extra = Object.entries(h.paxRecords);
  if (extra.length > 0) {
    for (const [k, v] of extra) {
      if (Object.hasOwn(paxHdrs, k)) continue;
      if (!BASIC_KEYS.has(k) && !k.startsWith(PAX_GNU_SPARSE)) paxHdrs[k] = v;
    }
    format &= Format.pax;
  }
  for (const [k, v] of Object.entries(paxHdrs)) {
    if (!validPaxRecord(k, v)) return fail(`invalid PAX record: ${quote(`${k} = ${v}`)}`);
  }

  // Docker asks for PAX, which also admits USTAR.
  format &= Format.pax | Format.ustar;
  if (format === Format.unknown) return fail('Format specifies PAX', whyNoPAX);
  return { format, paxHdrs, reasons: [] };
}
