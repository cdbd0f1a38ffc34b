import { describe, expect, it } from 'vitest';
import { changes, formatChanges } from '../../fs/changes';
import { Overlay } from '../../fs/overlay';
import { testdataWasm } from '../../userland/programs.node';
import { ALL_RIGHTS, DIRENT_SIZE, Filetype, PREVIEW1, Rights } from './abi';
import { Errno } from './errno';
import { createFakeKernel } from './fake-kernel.node';
import { LocalWasiFs, WasiFsError, wasiErrno } from './fs';
import { createPreview1 } from './preview1';
import { FsError } from '../../fs/errors';
import { FSPROBE_CHANGES, FSPROBE_STDOUT, fsprobeLayer } from './fsprobe-fixture';
import { runWasi } from './run';
import { wasm } from './wasm-api';

describe('WASI file system calls', () => {
  it('runs fsprobe against an overlay in-process: output and the overlay changes', async () => {
    const overlay = new Overlay([fsprobeLayer()]);
    const kernel = { ...createFakeKernel({ args: ['fsprobe'] }), fs: new LocalWasiFs(overlay) };
    const exit = runWasi(await wasm.compile(testdataWasm('fsprobe')), kernel);
    expect(kernel.text(2)).toBe('');
    expect(kernel.text(1)).toBe(FSPROBE_STDOUT);
    expect(exit.status).toBe(0);
    expect(formatChanges(changes(overlay))).toEqual(FSPROBE_CHANGES);
    expect(new TextDecoder().decode(overlay.readFile('/tmp/renamed.txt'))).toBe('Jello');
  });

  it('without a file system there is no preopen: opening a path fails', async () => {
    const kernel = createFakeKernel({ args: ['probe'] });
    runWasi(await wasm.compile(testdataWasm('probe')), kernel);
    expect(kernel.text(1)).toContain('open=ENOTCAPABLE');
  });
});

type Call = (...args: Array<number | bigint>) => number;

/** preview1 over an overlay of fsprobe's layer, on a plain memory. */
function setup() {
  const overlay = new Overlay([fsprobeLayer()]);
  const kernel = { ...createFakeKernel(), fs: new LocalWasiFs(overlay) };
  const wasi = createPreview1(kernel);
  const buffer = new ArrayBuffer(65536);
  wasi.bindMemory({ buffer });
  const sys = wasi.imports[PREVIEW1] as Record<string, Call>;
  const view = new DataView(buffer);
  const u8 = new Uint8Array(buffer);
  const str = (ptr: number, text: string): [number, number] => {
    const bytes = new TextEncoder().encode(text);
    u8.set(bytes, ptr);
    return [ptr, bytes.length];
  };
  return { overlay, sys, view, u8, str };
}

describe('file system syscalls', () => {
  it('preopens "/" as fd 3 with every right to inherit; fd 4 is none', () => {
    const { sys, view, u8 } = setup();
    expect(sys.fd_prestat_get!(3, 0)).toBe(Errno.SUCCESS);
    expect([view.getUint8(0), view.getUint32(4, true)]).toEqual([0, 1]);
    expect(sys.fd_prestat_dir_name!(3, 16, 1)).toBe(Errno.SUCCESS);
    expect(String.fromCharCode(u8[16]!)).toBe('/');
    expect(sys.fd_prestat_get!(4, 0)).toBe(Errno.BADF);
    expect(sys.fd_prestat_get!(1, 0)).toBe(Errno.BADF);
    expect(sys.fd_fdstat_get!(3, 32)).toBe(Errno.SUCCESS);
    expect(view.getUint8(32)).toBe(Filetype.DIRECTORY);
    expect(view.getBigUint64(32 + 16, true)).toBe(ALL_RIGHTS);
  });

  it('opens a file for reading, and maps errors to WASI errnos', () => {
    const { sys, view, u8, str } = setup();
    const [p, n] = str(100, 'etc/motd');
    expect(sys.path_open!(3, 1, p, n, 0, Rights.FD_READ | Rights.FD_SEEK, 0n, 0, 200)).toBe(Errno.SUCCESS);
    const fd = view.getUint32(200, true);
    expect(fd).toBe(4);
    view.setUint32(300, 400, true);
    view.setUint32(304, 100, true);
    expect(sys.fd_read!(fd, 300, 1, 208)).toBe(Errno.SUCCESS);
    expect(new TextDecoder().decode(u8.subarray(400, 400 + view.getUint32(208, true)))).toBe('welcome\n');
    expect(sys.fd_write!(fd, 300, 1, 208)).toBe(Errno.BADF);
    expect(sys.fd_readdir!(fd, 400, 100, 0n, 208)).toBe(Errno.NOTDIR);
    expect(sys.path_open!(fd, 1, p, n, 0, Rights.FD_READ, 0n, 0, 200)).toBe(Errno.NOTDIR);
    expect(sys.fd_close!(fd)).toBe(Errno.SUCCESS);
    expect(sys.fd_close!(fd)).toBe(Errno.BADF);
    const [q, m] = str(100, 'etc/nothing');
    expect(sys.path_open!(3, 1, q, m, 0, Rights.FD_READ, 0n, 0, 200)).toBe(Errno.NOENT);
    const [l, k] = str(100, 'etc/os-release');
    expect(sys.path_open!(3, 0, l, k, 0, Rights.FD_READ, 0n, 0, 200)).toBe(Errno.LOOP);
  });

  it('lists a directory as wasi dirents, resuming at a cookie and cutting the last record short', () => {
    const { sys, view, u8, str } = setup();
    const [p, n] = str(100, 'etc');
    expect(sys.path_open!(3, 1, p, n, 2, Rights.FD_READ | Rights.FD_READDIR, ALL_RIGHTS, 0, 200)).toBe(Errno.SUCCESS);
    const fd = view.getUint32(200, true);
    const read = (cookie: bigint, len: number): Array<[bigint, number, string]> => {
      expect(sys.fd_readdir!(fd, 1000, len, cookie, 208)).toBe(Errno.SUCCESS);
      const used = view.getUint32(208, true);
      const out: Array<[bigint, number, string]> = [];
      for (let at = 1000; at + DIRENT_SIZE <= 1000 + used; ) {
        const namlen = view.getUint32(at + 16, true);
        out.push([view.getBigUint64(at, true), view.getUint8(at + 20), new TextDecoder().decode(u8.subarray(at + DIRENT_SIZE, at + DIRENT_SIZE + namlen))]);
        at += DIRENT_SIZE + namlen;
      }
      return out;
    };
    expect(read(0n, 4096)).toEqual([
      [1n, Filetype.DIRECTORY, '.'],
      [2n, Filetype.DIRECTORY, '..'],
      [3n, Filetype.REGULAR_FILE, 'motd'],
      [4n, Filetype.SYMBOLIC_LINK, 'os-release'],
      [5n, Filetype.REGULAR_FILE, 'remove-me'],
    ]);
    expect(read(3n, 4096).map(([, , name]) => name)).toEqual(['os-release', 'remove-me']);
    expect(sys.fd_readdir!(fd, 1000, 30, 0n, 208)).toBe(Errno.SUCCESS);
    expect(view.getUint32(208, true)).toBe(30);
  });

  it('wasiErrno maps FsError and WasiFsError names, and rethrows anything else', () => {
    expect(wasiErrno(new FsError('ENOTEMPTY', '/x'))).toBe(Errno.NOTEMPTY);
    expect(wasiErrno(new WasiFsError('ENAMETOOLONG'))).toBe(Errno.NAMETOOLONG);
    expect(wasiErrno(new WasiFsError('EWHATEVER'))).toBe(Errno.IO);
    expect(() => wasiErrno(new TypeError('bug'))).toThrow(TypeError);
  });
});
