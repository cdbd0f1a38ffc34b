/**
 * A tar reader for the archives Docker meets: POSIX ustar, PAX extended headers, GNU tar
 * archives (long names and link targets in ././@LongLink entries, base-256 numbers) and old
 * V7 ones. Reading stops at two zero blocks, so record padding after them is ignored.
 */
import {
  BLOCK_SIZE,
  blockPadding,
  fieldOf,
  Format,
  getFormat,
  isZeroBlock,
  parseNumeric,
  parseString,
} from './block';
import {
  entryTypeOf,
  isHeaderOnlyType,
  TYPE_GNU_LONGLINK,
  TYPE_GNU_LONGNAME,
  TYPE_REG_A,
  TYPE_XGLOBAL_HEADER,
  TYPE_XHEADER,
  type TarEntry,
} from './entry';
import { TarError } from './errors';
import {
  MAX_SPECIAL_FILE_SIZE,
  PAX_GID,
  PAX_GNAME,
  PAX_GNU_SPARSE,
  PAX_LINKPATH,
  PAX_MTIME,
  PAX_PATH,
  PAX_SIZE,
  PAX_UID,
  PAX_UNAME,
  parsePaxRecords,
  parsePaxTime,
} from './pax';

/** A header as stored, before the meta entries before it are applied. */
interface Header {
  typeflag: string;
  name: string;
  linkname: string;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  uname: string;
  gname: string;
  devmajor: number;
  devminor: number;
}

function parseHeader(blk: Uint8Array): Header {
  const format = getFormat(blk);
  if (format === Format.unknown) throw TarError.invalidHeader();
  const h: Header = {
    typeflag: String.fromCharCode(blk[156]!),
    name: parseString(fieldOf(blk, 'name')),
    linkname: parseString(fieldOf(blk, 'linkname')),
    size: parseNumeric(fieldOf(blk, 'size')),
    mode: parseNumeric(fieldOf(blk, 'mode')),
    uid: parseNumeric(fieldOf(blk, 'uid')),
    gid: parseNumeric(fieldOf(blk, 'gid')),
    mtime: parseNumeric(fieldOf(blk, 'mtime')),
    uname: '',
    gname: '',
    devmajor: 0,
    devminor: 0,
  };
  if (format > Format.v7) {
    h.uname = parseString(fieldOf(blk, 'uname'));
    h.gname = parseString(fieldOf(blk, 'gname'));
    h.devmajor = parseNumeric(fieldOf(blk, 'devmajor'));
    h.devminor = parseNumeric(fieldOf(blk, 'devminor'));
    let prefix = '';
    if (format & (Format.ustar | Format.pax)) prefix = parseString(fieldOf(blk, 'prefix'));
    else if (format & Format.star) prefix = parseString(fieldOf(blk, 'starPrefix'));
    if (prefix !== '') h.name = `${prefix}/${h.name}`;
  }
  return h;
}

function parseInteger(v: string): number {
  if (!/^[+-]?[0-9]+$/.test(v)) throw TarError.invalidHeader();
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw TarError.invalidHeader();
  return n;
}

/** Applies PAX records to the header they precede (empty values keep the header's). */
function mergePax(h: Header, records: Readonly<Record<string, string>>): void {
  for (const [k, v] of Object.entries(records)) {
    if (v === '') continue;
    if (k.startsWith(PAX_GNU_SPARSE)) throw new TarError('unhandled_type', 'archive/tar: sparse files are not supported');
    switch (k) {
      case PAX_PATH:
        h.name = v;
        break;
      case PAX_LINKPATH:
        h.linkname = v;
        break;
      case PAX_UNAME:
        h.uname = v;
        break;
      case PAX_GNAME:
        h.gname = v;
        break;
      case PAX_UID:
        h.uid = parseInteger(v);
        break;
      case PAX_GID:
        h.gid = parseInteger(v);
        break;
      case PAX_SIZE:
        h.size = parseInteger(v);
        break;
      case PAX_MTIME:
        h.mtime = parsePaxTime(v);
        break;
    }
  }
}

/** Reads the entries of a tar archive one at a time. */
export function* tarEntries(archive: Uint8Array): Generator<TarEntry> {
  let pos = 0;
  const take = (n: number): Uint8Array => {
    if (pos + n > archive.length) throw TarError.unexpectedEOF();
    const out = archive.subarray(pos, pos + n);
    pos += n;
    return out;
  };
  /** The body of an entry and its padding (padding may be cut short by the end of input). */
  const body = (size: number): Uint8Array => {
    const data = take(size);
    pos = Math.min(archive.length, pos + blockPadding(size));
    return data;
  };
  const special = (size: number): Uint8Array => {
    if (size > MAX_SPECIAL_FILE_SIZE) throw TarError.fieldTooLong();
    return body(size);
  };

  let pax: Record<string, string> | undefined;
  let longName = '';
  let longLink = '';
  for (;;) {
    if (pos === archive.length) return;
    const blk = take(BLOCK_SIZE);
    if (isZeroBlock(blk)) {
      if (pos === archive.length) return;
      if (isZeroBlock(take(BLOCK_SIZE))) return;
      throw TarError.invalidHeader();
    }
    const h = parseHeader(blk);
    const size = isHeaderOnlyType(h.typeflag) ? 0 : h.size;
    if (size < 0) throw TarError.invalidHeader();

    switch (h.typeflag) {
      case TYPE_XHEADER:
        pax = parsePaxRecords(special(size));
        continue;
      case TYPE_XGLOBAL_HEADER:
        // Global records describe the archive, not an entry; they are skipped on extraction.
        parsePaxRecords(special(size));
        continue;
      case TYPE_GNU_LONGNAME:
        longName = parseString(special(size));
        continue;
      case TYPE_GNU_LONGLINK:
        longLink = parseString(special(size));
        continue;
    }

    if (pax) mergePax(h, pax);
    if (longName !== '') h.name = longName;
    if (longLink !== '') h.linkname = longLink;
    if (h.typeflag === TYPE_REG_A) h.typeflag = h.name.endsWith('/') ? '5' : '0';
    const type = entryTypeOf(h.typeflag);
    if (!type) throw TarError.unhandledType(h.typeflag.charCodeAt(0));
    const dataSize = isHeaderOnlyType(h.typeflag) ? 0 : h.size;
    if (dataSize < 0) throw TarError.invalidHeader();
    const data = body(dataSize);

    const entry: TarEntry = {
      name: h.name,
      type,
      mode: h.mode,
      uid: h.uid,
      gid: h.gid,
      size: h.size,
      mtime: h.mtime,
      linkname: h.linkname,
      uname: h.uname,
      gname: h.gname,
    };
    if (type === 'char' || type === 'block') {
      entry.devmajor = h.devmajor;
      entry.devminor = h.devminor;
    }
    if (type === 'file') entry.data = data;
    if (pax && Object.keys(pax).length > 0) entry.paxRecords = pax;
    yield entry;
    pax = undefined;
    longName = '';
    longLink = '';
  }
}

/** All entries of a tar archive. */
export function readTar(archive: Uint8Array): TarEntry[] {
  return [...tarEntries(archive)];
}
