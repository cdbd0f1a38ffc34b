import { describe, expect, it } from 'vitest';
import { TarError, TarWriter, writeTar, type TarEntry } from './index';

const ascii = (b: Uint8Array) => String.fromCharCode(...b);
const field = (blk: Uint8Array, off: number, len: number) => ascii(blk.subarray(off, off + len));
const nul = (s: string, len: number) => s + '\0'.repeat(len - s.length);

const base = { uid: 0, gid: 0, mtime: 1700000000, size: 0 };
const file = (name: string, data: Uint8Array | string, extra: Partial<TarEntry> = {}): TarEntry => {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return { ...base, name, type: 'file', mode: 0o644, size: bytes.length, data: bytes, ...extra };
};

/** The hello-world layer's single member. */
const hello: TarEntry = {
  name: 'hello',
  type: 'file',
  mode: 0o755,
  uid: 502,
  gid: 20,
  size: 10072,
  mtime: 1738173213,
  data: new Uint8Array(10072).fill(0x5a),
};

describe('writeTar', () => {
  it('writes a USTAR header field by field', () => {
    const blk = writeTar([hello]).subarray(0, 512);
    expect(field(blk, 0, 100)).toBe(nul('hello', 100));
    expect(field(blk, 100, 8)).toBe('0000755\0');
    expect(field(blk, 108, 8)).toBe('0000766\0');
    expect(field(blk, 116, 8)).toBe('0000024\0');
    expect(field(blk, 124, 12)).toBe('00000023530\0');
    expect(field(blk, 136, 12)).toBe('14746465435\0');
    expect(field(blk, 148, 8)).toBe('010353\0 ');
    expect(field(blk, 156, 1)).toBe('0');
    expect(field(blk, 157, 100)).toBe('\0'.repeat(100));
    expect(field(blk, 257, 8)).toBe('ustar\u000000');
    expect(field(blk, 265, 64)).toBe('\0'.repeat(64));
    expect(field(blk, 329, 16)).toBe('0000000\u00000000000\0');
    expect(field(blk, 345, 167)).toBe('\0'.repeat(167));
  });

  it('pads data to 512 and ends with two zero blocks, without record padding', () => {
    const tar = writeTar([hello]);
    expect(tar.length).toBe(512 + 10240 + 1024);
    expect(tar.subarray(512, 512 + 10072).every((b) => b === 0x5a)).toBe(true);
    expect(tar.subarray(512 + 10072).every((b) => b === 0)).toBe(true);
    expect(writeTar([]).length).toBe(1024);
  });

  it('GNU tar would pad the same member to a 10240-byte record: 20480 bytes, as the OCI hello-world rootfs.tar', () => {
    const tar = writeTar([hello]);
    const record = 20 * 512;
    const padded = Math.ceil(tar.length / record) * record;
    expect(padded).toBe(20480);
  });

  it('writes directories, symlinks, hardlinks and devices as header-only entries', () => {
    const tar = writeTar([
      { ...base, name: 'etc/', type: 'directory', mode: 0o755 },
      { ...base, name: 'etc/link', type: 'symlink', mode: 0o777, linkname: '../target', uname: 'root', gname: 'root' },
      { ...base, name: 'etc/hard', type: 'hardlink', mode: 0o644, linkname: 'etc/file' },
      { ...base, name: 'dev/null', type: 'char', mode: 0o666, devmajor: 1, devminor: 3 },
      { ...base, name: 'fifo', type: 'fifo', mode: 0o600 },
    ]);
    expect(tar.length).toBe(5 * 512 + 1024);
    const types = [0, 1, 2, 3, 4].map((i) => field(tar, i * 512 + 156, 1));
    expect(types).toEqual(['5', '2', '1', '3', '6']);
    expect(field(tar, 512 + 157, 10)).toBe('../target\0');
    expect(field(tar, 512 + 265, 5)).toBe('root\0');
    expect(field(tar, 3 * 512 + 329, 16)).toBe('0000001\u00000000003\0');
  });

  it('stores a long name in the USTAR prefix when it splits at a slash', () => {
    const dir = `${'d'.repeat(60)}/${'e'.repeat(60)}`;
    const name = `${dir}/${'f'.repeat(90)}`;
    const tar = writeTar([file(name, 'x')]);
    expect(tar.length).toBe(4 * 512);
    expect(field(tar, 0, 100)).toBe(nul('f'.repeat(90), 100));
    expect(field(tar, 345, 155)).toBe(nul(dir, 155));
  });

  it('writes a PAX header "PaxHeaders.0/<name>" when USTAR cannot hold the name', () => {
    const name = `dir/${'n'.repeat(120)}`;
    const tar = writeTar([file(name, 'x')]);
    const record = `134 path=${name}\n`;
    expect(record.length).toBe(134);
    expect(field(tar, 0, 100)).toBe(`dir/PaxHeaders.0/${'n'.repeat(83)}`);
    expect(field(tar, 100, 48)).toBe('0000000\u00000000000\u00000000000\u000000000000206\u000000000000000\0');
    expect(field(tar, 156, 1)).toBe('x');
    expect(field(tar, 257, 8)).toBe('ustar\u000000');
    expect(field(tar, 265, 80)).toBe('\0'.repeat(80));
    expect(field(tar, 512, 134)).toBe(record);
    expect(field(tar, 1024, 100)).toBe(name.slice(0, 100));
    expect(field(tar, 1024 + 156, 1)).toBe('0');
    expect(field(tar, 1024 + 345, 155)).toBe('\0'.repeat(155));
    expect(tar.length).toBe(4 * 512 + 1024);
  });

  it('keeps non-ASCII names, big IDs and negative times in PAX records, sorted by key', () => {
    const tar = writeTar([file('café.txt', '', { uid: 3_000_000, mtime: -1, uname: 'u'.repeat(40) })]);
    const size = parseInt(field(tar, 124, 11), 8);
    const body = new TextDecoder().decode(tar.subarray(512, 512 + size));
    expect(body).toBe(`12 mtime=-1\n18 path=café.txt\n15 uid=3000000\n50 uname=${'u'.repeat(40)}\n`);
    expect(field(tar, 0, 100)).toBe(nul('PaxHeaders.0/caf.txt', 100));
    const main = 1024;
    expect(field(tar, main, 100)).toBe(nul('caf.txt', 100));
    expect(field(tar, main + 108, 8)).toBe('0000000\0');
    expect(field(tar, main + 136, 12)).toBe('00000000000\0');
    expect(field(tar, main + 265, 32)).toBe('u'.repeat(32));
  });

  it('writes extra PAX records (xattrs) and drops ones that would contradict the header', () => {
    const tar = writeTar([
      file('bin/ping', '', { paxRecords: { 'SCHILY.xattr.security.capability': 'cap', path: 'other', uid: '0' } }),
    ]);
    const size = parseInt(field(tar, 124, 11), 8);
    expect(field(tar, 512, size)).toBe('40 SCHILY.xattr.security.capability=cap\n8 uid=0\n');
    expect(field(tar, 0, 22)).toBe('bin/PaxHeaders.0/ping\0');
  });

  it('rejects headers Docker cannot encode and data that does not fit', () => {
    expect(() => writeTar([file('dir/', '')])).toThrow('archive/tar: cannot encode header: filename may not have trailing slash');
    expect(() => writeTar([{ ...file('a', 'abc'), size: 2 }])).toThrow('archive/tar: write too long');
    expect(() => writeTar([{ ...file('a', 'abc'), size: 5 }])).toThrow('archive/tar: missed writing 2 bytes');
    expect(() => writeTar([{ ...base, name: 'd/', type: 'directory', mode: 0o755, data: new Uint8Array(1) }])).toThrow(TarError);
    expect(() => writeTar([file('a', '', { mode: 0o10000000 })])).toThrow(
      'archive/tar: cannot encode header: Format specifies PAX; and PAX cannot encode Mode=2097152',
    );
    const w = new TarWriter().add(file('a', 'x'));
    w.finish();
    expect(() => w.add(file('b', 'y'))).toThrow('archive/tar: write after close');
  });

  it('is deterministic', () => {
    const entries = [file('a', 'one'), file(`${'x'.repeat(200)}`, 'two')];
    expect(writeTar(entries)).toEqual(writeTar(entries));
  });
});
