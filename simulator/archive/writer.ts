/**
 * A tar writer whose output is byte-identical to the archives Docker writes (Go's archive/tar
 * with the PAX format requested): USTAR headers when they can hold the entry, a USTAR
 * prefix for long names, else a PAX extended header "…/PaxHeaders.0/<name>" before the entry;
 * data padded to 512 bytes; two zero blocks at the end and no padding to a 10240-byte record.
 */
import {
  BLOCK_SIZE,
  blockPadding,
  fieldOf,
  Format,
  formatOctal,
  formatString,
  setFormat,
  utf8,
} from './block';
import { isHeaderOnlyType, TYPE_XHEADER, TYPEFLAG, type TarEntry } from './entry';
import { TarError } from './errors';
import { allowedFormats, splitUstarPath, toASCII, type RawHeader } from './formats';
import { joinPath, splitPath } from '../util/go-path';
import { formatPaxRecord, MAX_SPECIAL_FILE_SIZE } from './pax';

const EMPTY = new Uint8Array(0);

function rawHeader(entry: TarEntry): RawHeader {
  return {
    typeflag: TYPEFLAG[entry.type],
    name: entry.name,
    linkname: entry.linkname ?? '',
    size: entry.size,
    mode: entry.mode,
    uid: entry.uid,
    gid: entry.gid,
    uname: entry.uname ?? '',
    gname: entry.gname ?? '',
    mtime: entry.mtime,
    devmajor: entry.devmajor ?? 0,
    devminor: entry.devminor ?? 0,
    paxRecords: entry.paxRecords ?? {},
  };
}

/** Fills the fields every format shares (V7 plus uname, gname and device numbers). */
function templateV7Plus(h: RawHeader, str: (b: Uint8Array, s: string) => void): Uint8Array {
  const blk = new Uint8Array(BLOCK_SIZE);
  blk[156] = h.typeflag.charCodeAt(0);
  str(fieldOf(blk, 'name'), h.name);
  str(fieldOf(blk, 'linkname'), h.linkname);
  formatOctal(fieldOf(blk, 'mode'), h.mode);
  formatOctal(fieldOf(blk, 'uid'), h.uid);
  formatOctal(fieldOf(blk, 'gid'), h.gid);
  formatOctal(fieldOf(blk, 'size'), h.size);
  formatOctal(fieldOf(blk, 'mtime'), h.mtime);
  str(fieldOf(blk, 'uname'), h.uname);
  str(fieldOf(blk, 'gname'), h.gname);
  formatOctal(fieldOf(blk, 'devmajor'), h.devmajor);
  formatOctal(fieldOf(blk, 'devminor'), h.devminor);
  return blk;
}

/** Builds a tar archive entry by entry; `finish()` returns the archive. */
export class TarWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private finished = false;

  /** Appends one entry: its header(s), its data and the data's padding. */
  add(entry: TarEntry): this {
    if (this.finished) throw TarError.writeAfterClose();
    const h = rawHeader(entry);
    const data = entry.type === 'file' ? (entry.data ?? EMPTY) : EMPTY;
    if (entry.type !== 'file' && entry.data && entry.data.length > 0) throw TarError.writeTooLong();
    const { format, paxHdrs, reasons } = allowedFormats(h);
    if (format === Format.unknown) throw TarError.cannotEncode(...reasons);
    const blk = format & Format.ustar ? this.ustarHeader(h) : this.paxHeader(h, paxHdrs);
    const bodySize = isHeaderOnlyType(h.typeflag) ? 0 : h.size;
    if (data.length > bodySize) throw TarError.writeTooLong();
    if (data.length < bodySize) throw TarError.missedWriting(bodySize - data.length);
    this.push(blk);
    this.pushBody(data);
    return this;
  }

  /** Writes the two zero blocks that end the archive and returns the whole archive. */
  finish(): Uint8Array {
    if (!this.finished) {
      this.push(new Uint8Array(2 * BLOCK_SIZE));
      this.finished = true;
    }
    const out = new Uint8Array(this.length);
    let off = 0;
    for (const c of this.chunks) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  }

  private ustarHeader(h: RawHeader): Uint8Array {
    const split = splitUstarPath(h.name);
    const blk = templateV7Plus(split ? { ...h, name: split[1] } : h, formatString);
    formatString(fieldOf(blk, 'prefix'), split ? split[0] : '');
    setFormat(blk, Format.ustar);
    return blk;
  }

  private paxHeader(h: RawHeader, paxHdrs: Record<string, string>): Uint8Array {
    const keys = Object.keys(paxHdrs).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (keys.length > 0) {
      const body = utf8(keys.map((k) => formatPaxRecord(k, paxHdrs[k]!)).join(''));
      if (body.length > MAX_SPECIAL_FILE_SIZE) throw TarError.fieldTooLong();
      const [dir, file] = splitPath(h.name);
      this.push(this.rawFileHeader(joinPath(dir, 'PaxHeaders.0', file), body.length, TYPE_XHEADER));
      this.pushBody(body);
    }
    const blk = templateV7Plus(h, (b, s) => formatString(b, toASCII(s)));
    setFormat(blk, Format.pax);
    return blk;
  }

  /** A minimal header for a meta entry: only name, type and size set. */
  private rawFileHeader(name: string, size: number, typeflag: string): Uint8Array {
    const blk = new Uint8Array(BLOCK_SIZE);
    const ascii = toASCII(name).slice(0, 100).replace(/\/+$/, '');
    blk[156] = typeflag.charCodeAt(0);
    formatString(fieldOf(blk, 'name'), ascii);
    formatOctal(fieldOf(blk, 'mode'), 0);
    formatOctal(fieldOf(blk, 'uid'), 0);
    formatOctal(fieldOf(blk, 'gid'), 0);
    formatOctal(fieldOf(blk, 'size'), size);
    formatOctal(fieldOf(blk, 'mtime'), 0);
    setFormat(blk, Format.pax);
    return blk;
  }

  private pushBody(data: Uint8Array): void {
    if (data.length === 0) return;
    this.push(data);
    const pad = blockPadding(data.length);
    if (pad > 0) this.push(new Uint8Array(pad));
  }

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }
}

/** A whole archive of the entries, in order. */
export function writeTar(entries: Iterable<TarEntry>): Uint8Array {
  const w = new TarWriter();
  for (const e of entries) w.add(e);
  return w.finish();
}
