import { describe, expect, it } from 'vitest';
import { fieldOf, Format, formatOctal, formatString, setFormat, utf8 } from './block';
import { readTar, tarEntries, TarError, writeTar, type TarEntry } from './index';

const base = { uid: 0, gid: 0, mtime: 1700000000, size: 0, linkname: '', uname: '', gname: '' };
const file = (name: string, text: string, extra: Partial<TarEntry> = {}): TarEntry => {
  const data = utf8(text);
  return { ...base, name, type: 'file', mode: 0o644, size: data.length, data, ...extra };
};

/** A raw header block, for archives the writer would never produce. */
function header(name: string, typeflag: string, size: number, format: number): Uint8Array {
  const blk = new Uint8Array(512);
  formatString(fieldOf(blk, 'name'), name);
  formatOctal(fieldOf(blk, 'mode'), 0o644);
  formatOctal(fieldOf(blk, 'uid'), 0);
  formatOctal(fieldOf(blk, 'gid'), 0);
  formatOctal(fieldOf(blk, 'size'), size);
  formatOctal(fieldOf(blk, 'mtime'), 1);
  blk[156] = typeflag.charCodeAt(0);
  setFormat(blk, format);
  return blk;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

const padded = (s: string) => {
  const b = utf8(s);
  return concat(b, new Uint8Array((512 - (b.length % 512)) % 512));
};

describe('readTar', () => {
  it('reads back everything the writer writes', () => {
    const entries: TarEntry[] = [
      { ...base, name: 'etc/', type: 'directory', mode: 0o755 },
      file('etc/hostname', 'gorae\n', { uname: 'root', gname: 'root' }),
      { ...base, name: 'etc/link', type: 'symlink', mode: 0o777, linkname: `${'t'.repeat(150)}` },
      { ...base, name: 'etc/hard', type: 'hardlink', mode: 0o644, linkname: 'etc/hostname' },
      { ...base, name: 'dev/sda', type: 'block', mode: 0o660, devmajor: 8, devminor: 0 },
      { ...base, name: 'run/fifo', type: 'fifo', mode: 0o600 },
      file(`${'p'.repeat(80)}/${'q'.repeat(80)}`, 'prefix'),
      file(`deep/${'z'.repeat(130)}`, 'pax'),
      file('한글/파일.txt', 'utf-8', { uid: 5_000_000, gid: 9_000_000, mtime: -100 }),
      file('bin/ping', '', { mode: 0o4755, paxRecords: { 'SCHILY.xattr.security.capability': 'cap' } }),
    ];
    const read = readTar(writeTar(entries));
    const pax = (e: TarEntry) => e.name.startsWith('deep/') || e.name.includes('한') || e.name === 'bin/ping' || e.type === 'symlink';
    expect(read.map(({ paxRecords, ...e }) => ({ ...e, pax: paxRecords !== undefined }))).toEqual(
      entries.map(({ paxRecords, ...e }) => ({ ...e, pax: pax(e as TarEntry) })),
    );
    expect(read[9]?.paxRecords).toEqual({ 'SCHILY.xattr.security.capability': 'cap' });
    expect(read[8]?.paxRecords).toEqual({ path: '한글/파일.txt', uid: '5000000', gid: '9000000', mtime: '-100' });
  });

  it('stops at two zero blocks and ignores what follows (record padding)', () => {
    const tar = writeTar([file('a', 'x')]);
    expect(readTar(concat(tar, new Uint8Array(8192).fill(7))).map((e) => e.name)).toEqual(['a']);
  });

  it('accepts archives without the end-of-archive blocks or with only one', () => {
    const tar = writeTar([file('a', 'x')]);
    expect(readTar(tar.subarray(0, 1024)).length).toBe(1);
    expect(readTar(tar.subarray(0, 1536)).length).toBe(1);
    expect(readTar(new Uint8Array(0))).toEqual([]);
  });

  it('reports truncated and corrupt archives', () => {
    const tar = writeTar([file('a', 'x'.repeat(600))]);
    expect(() => readTar(tar.subarray(0, 700))).toThrow('unexpected EOF');
    expect(() => readTar(tar.subarray(0, 300))).toThrow('unexpected EOF');
    const bad = tar.slice();
    bad[0] = 0x62;
    expect(() => readTar(bad)).toThrow('archive/tar: invalid tar header');
    const zeroThenData = concat(new Uint8Array(512), tar);
    expect(() => readTar(zeroThenData)).toThrow(TarError);
  });

  it('reads GNU long names and long link targets', () => {
    const name = `${'n'.repeat(150)}/file`;
    const target = `${'t'.repeat(200)}`;
    const main = header(name.slice(0, 100), '2', 0, Format.gnu);
    const archive = concat(
      header('././@LongLink', 'L', name.length + 1, Format.gnu),
      padded(`${name}\0`),
      header('././@LongLink', 'K', target.length + 1, Format.gnu),
      padded(`${target}\0`),
      main,
      new Uint8Array(1024),
    );
    const [entry] = readTar(archive);
    expect(entry).toMatchObject({ name, type: 'symlink', linkname: target });
  });

  it('reads V7 headers, GNU base-256 sizes and legacy regular-file flags', () => {
    const v7 = header('old/', '\0', 0, Format.v7);
    const big = header('big', '0', 0, Format.gnu);
    const size = fieldOf(big, 'size');
    size.fill(0);
    size[0] = 0x80;
    size[11] = 3;
    setFormat(big, Format.gnu);
    const entries = readTar(concat(v7, big, padded('abc'), new Uint8Array(1024)));
    expect(entries.map((e) => [e.name, e.type, e.size])).toEqual([
      ['old/', 'directory', 0],
      ['big', 'file', 3],
    ]);
    expect(entries[1]?.data).toEqual(utf8('abc'));
  });

  it('skips global PAX headers and rejects entry types layers cannot hold', () => {
    const archive = concat(header('pax_global_header', 'g', 11, Format.pax), padded('11 a=bcdef\n'), header('f', '0', 0, Format.ustar));
    expect(readTar(archive).map((e) => e.name)).toEqual(['f']);
    expect(() => readTar(header('sparse', 'S', 0, Format.gnu))).toThrow('unhandled tar header type 83');
    expect(() => readTar(header('label', 'V', 0, Format.gnu))).toThrow('unhandled tar header type 86');
  });

  it('reads lazily', () => {
    const it = tarEntries(writeTar([file('a', '1'), file('b', '2')]));
    expect(it.next().value?.name).toBe('a');
    expect(it.next().value?.name).toBe('b');
    expect(it.next().done).toBe(true);
  });
});
