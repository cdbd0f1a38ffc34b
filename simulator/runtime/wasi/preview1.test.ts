import { describe, expect, it } from 'vitest';
import { EVENT_FD_READWRITE_HANGUP, EventType, PREVIEW1, Rights } from './abi';
import { Errno } from './errno';
import { createFakeKernel, fixedStdin } from './fake-kernel.node';
import { createPreview1 } from './preview1';
import { ProcExit } from './proc-exit';

type Call = (...args: Array<number | bigint>) => number;

/** A preview1 import object over a plain 2-page memory, and ways to poke at that memory. */
function setup(options: Parameters<typeof createFakeKernel>[0] = {}) {
  const kernel = createFakeKernel(options);
  const wasi = createPreview1(kernel);
  const buffer = new ArrayBuffer(2 * 65536);
  wasi.bindMemory({ buffer });
  const sys = wasi.imports[PREVIEW1] as Record<string, Call>;
  const view = new DataView(buffer);
  const u8 = new Uint8Array(buffer);
  const put = (ptr: number, text: string): number => {
    const bytes = new TextEncoder().encode(text);
    u8.set(bytes, ptr);
    return bytes.length;
  };
  const iovec = (at: number, ptr: number, len: number): void => {
    view.setUint32(at, ptr, true);
    view.setUint32(at + 4, len, true);
  };
  return { kernel, sys, view, u8, put, iovec };
}

// The preview1 function list, as the specification names them.
const specNames =
  'args_get args_sizes_get environ_get environ_sizes_get clock_res_get clock_time_get fd_advise fd_allocate fd_close ' +
  'fd_datasync fd_fdstat_get fd_fdstat_set_flags fd_fdstat_set_rights fd_filestat_get fd_filestat_set_size ' +
  'fd_filestat_set_times fd_pread fd_prestat_get fd_prestat_dir_name fd_pwrite fd_read fd_readdir fd_renumber fd_seek ' +
  'fd_sync fd_tell fd_write path_create_directory path_filestat_get path_filestat_set_times path_link path_open ' +
  'path_readlink path_remove_directory path_rename path_symlink path_unlink_file poll_oneoff proc_exit proc_raise ' +
  'sched_yield random_get sock_accept sock_recv sock_send sock_shutdown';

describe('preview1 import object', () => {
  it('provides every preview1 function, so any preview1 program links', () => {
    const { sys } = setup();
    for (const name of specNames.split(' ')) expect(typeof sys[name], name).toBe('function');
    expect(Object.keys(sys)).toHaveLength(46);
  });

  it('answers ENOSYS for calls not implemented yet (and path calls without a file system)', () => {
    const { sys } = setup();
    expect(sys.path_open!(3, 0, 0, 0, 0, 0n, 0n, 0, 0)).toBe(Errno.NOSYS);
    expect(sys.fd_readdir!(3, 0, 0, 0n, 0)).toBe(Errno.NOSYS);
    expect(sys.sock_accept!(3, 0, 0)).toBe(Errno.NOSYS);
    expect(sys.proc_raise!(15)).toBe(Errno.NOSYS);
    expect(Errno.NOSYS).toBe(52);
  });
});

describe('args and environ', () => {
  it('reports sizes and lays out NUL-terminated UTF-8 strings with pointers', () => {
    const { sys, view, u8 } = setup({ args: ['ls', '-l', 'é'], env: ['HOME=/root'] });
    expect(sys.args_sizes_get!(0, 4)).toBe(Errno.SUCCESS);
    expect([view.getUint32(0, true), view.getUint32(4, true)]).toEqual([3, 3 + 3 + 3]);
    expect(sys.args_get!(100, 200)).toBe(Errno.SUCCESS);
    expect([0, 1, 2].map((i) => view.getUint32(100 + 4 * i, true))).toEqual([200, 203, 206]);
    expect(Array.from(u8.subarray(200, 209))).toEqual([0x6c, 0x73, 0, 0x2d, 0x6c, 0, 0xc3, 0xa9, 0]);
    expect(sys.environ_sizes_get!(0, 4)).toBe(Errno.SUCCESS);
    expect([view.getUint32(0, true), view.getUint32(4, true)]).toEqual([1, 11]);
    expect(sys.environ_get!(300, 400)).toBe(Errno.SUCCESS);
    expect(view.getUint32(300, true)).toBe(400);
    expect(new TextDecoder().decode(u8.subarray(400, 411))).toBe('HOME=/root\0');
  });
});

describe('fd_write and fd_read', () => {
  it('writes every iovec to stdout and stderr in order and reports the count', () => {
    const { sys, kernel, view, put, iovec } = setup();
    iovec(0, 100, put(100, 'hello, '));
    iovec(8, 200, 0);
    iovec(16, 300, put(300, 'world\n'));
    expect(sys.fd_write!(1, 0, 3, 50)).toBe(Errno.SUCCESS);
    expect(view.getUint32(50, true)).toBe(13);
    iovec(0, 400, put(400, 'oops\n'));
    expect(sys.fd_write!(2, 0, 1, 50)).toBe(Errno.SUCCESS);
    expect(kernel.writes).toEqual([
      [1, 'hello, '],
      [1, 'world\n'],
      [2, 'oops\n'],
    ]);
  });

  it('gives EBADF for stdin and unknown descriptors, EFAULT for pointers outside memory', () => {
    const { sys, iovec, kernel } = setup();
    iovec(0, 100, 1);
    expect(sys.fd_write!(0, 0, 1, 50)).toBe(Errno.BADF);
    expect(sys.fd_write!(9, 0, 1, 50)).toBe(Errno.BADF);
    iovec(0, 2 * 65536 - 2, 10);
    expect(sys.fd_write!(1, 0, 1, 50)).toBe(Errno.FAULT);
    expect(sys.fd_write!(1, 2 * 65536, 1, 50)).toBe(Errno.FAULT);
    expect(kernel.writes).toEqual([]);
  });

  it('reads stdin until its end, and only stdin', () => {
    const { sys, view, u8, iovec } = setup({ stdin: fixedStdin(new TextEncoder().encode('abcdef')) });
    iovec(0, 100, 4);
    expect(sys.fd_read!(0, 0, 1, 50)).toBe(Errno.SUCCESS);
    expect(view.getUint32(50, true)).toBe(4);
    expect(new TextDecoder().decode(u8.subarray(100, 104))).toBe('abcd');
    expect(sys.fd_read!(0, 0, 1, 50)).toBe(Errno.SUCCESS);
    expect(view.getUint32(50, true)).toBe(2);
    expect(sys.fd_read!(0, 0, 1, 50)).toBe(Errno.SUCCESS);
    expect(view.getUint32(50, true)).toBe(0);
    expect(sys.fd_read!(1, 0, 1, 50)).toBe(Errno.BADF);
  });
});

describe('descriptor state', () => {
  it('describes stdio as character devices; only a terminal lacks seek/tell rights', () => {
    for (const tty of [false, true]) {
      const { sys, view } = setup({ tty });
      for (const fd of [0, 1, 2]) {
        expect(sys.fd_fdstat_get!(fd, 64)).toBe(Errno.SUCCESS);
        expect(view.getUint8(64)).toBe(2);
        const rights = view.getBigUint64(72, true);
        expect((rights & (Rights.FD_SEEK | Rights.FD_TELL)) !== 0n).toBe(!tty);
        expect((rights & (fd === 0 ? Rights.FD_READ : Rights.FD_WRITE)) !== 0n).toBe(true);
      }
      expect(sys.fd_filestat_get!(1, 128)).toBe(Errno.SUCCESS);
      expect(view.getUint8(128 + 16)).toBe(2);
    }
    expect(setup().sys.fd_fdstat_get!(3, 64)).toBe(Errno.BADF);
  });

  it('cannot seek or tell on stdio; has no preopened directories', () => {
    const { sys } = setup();
    expect(sys.fd_seek!(1, 0n, 1, 50)).toBe(Errno.SPIPE);
    expect(sys.fd_tell!(0, 50)).toBe(Errno.SPIPE);
    expect(sys.fd_seek!(5, 0n, 1, 50)).toBe(Errno.BADF);
    expect(sys.fd_prestat_get!(3, 50)).toBe(Errno.BADF);
    expect(sys.fd_prestat_dir_name!(3, 50, 10)).toBe(Errno.BADF);
  });

  it('closes a descriptor once; it is gone afterwards', () => {
    const { sys, iovec, put } = setup();
    iovec(0, 100, put(100, 'x'));
    expect(sys.fd_close!(1)).toBe(Errno.SUCCESS);
    expect(sys.fd_write!(1, 0, 1, 50)).toBe(Errno.BADF);
    expect(sys.fd_close!(1)).toBe(Errno.BADF);
    expect(sys.fd_write!(2, 0, 1, 50)).toBe(Errno.SUCCESS);
  });
});

describe('clocks, randomness, process', () => {
  it('reads the realtime and monotonic clocks in nanoseconds', () => {
    const { sys, view, kernel } = setup();
    expect(sys.clock_time_get!(0, 1000n, 8)).toBe(Errno.SUCCESS);
    expect(view.getBigUint64(8, true)).toBe(kernel.realtime());
    expect(sys.clock_time_get!(1, 1000n, 8)).toBe(Errno.SUCCESS);
    expect(view.getBigUint64(8, true)).toBe(kernel.monotonic());
    expect(sys.clock_time_get!(2, 1000n, 8)).toBe(Errno.SUCCESS);
    expect(view.getBigUint64(8, true)).toBe(0n);
    expect(sys.clock_time_get!(7, 1000n, 8)).toBe(Errno.INVAL);
    expect(sys.clock_res_get!(1, 16)).toBe(Errno.SUCCESS);
    expect(view.getBigUint64(16, true)).toBe(1000n);
    expect(sys.clock_res_get!(4, 16)).toBe(Errno.INVAL);
  });

  it('fills large random buffers completely', () => {
    const { sys, u8 } = setup();
    expect(sys.random_get!(1000, 70000)).toBe(Errno.SUCCESS);
    expect(u8[1000 + 69999]).toBe((69999 * 37 + 11) & 0xff);
    expect(u8[999]).toBe(0);
    expect(u8[1000 + 70000]).toBe(0);
  });

  it('exits by throwing ProcExit, and yields through the kernel', () => {
    const { sys, kernel } = setup();
    expect(sys.sched_yield!()).toBe(Errno.SUCCESS);
    expect(kernel.yields).toBe(1);
    expect(() => sys.proc_exit!(3)).toThrow(ProcExit);
    try {
      sys.proc_exit!(42);
    } catch (e) {
      expect((e as ProcExit).code).toBe(42);
    }
  });
});

describe('poll_oneoff', () => {
  const SUB = 48;
  const EVENT = 32;
  function clockSub(view: DataView, i: number, userdata: bigint, id: number, timeout: bigint, absolute = false): void {
    const at = 1024 + i * SUB;
    view.setBigUint64(at, userdata, true);
    view.setUint8(at + 8, EventType.CLOCK);
    view.setUint32(at + 16, id, true);
    view.setBigUint64(at + 24, timeout, true);
    view.setUint16(at + 40, absolute ? 1 : 0, true);
  }
  function fdSub(view: DataView, i: number, userdata: bigint, type: number, fd: number): void {
    const at = 1024 + i * SUB;
    view.setBigUint64(at, userdata, true);
    view.setUint8(at + 8, type);
    view.setUint32(at + 16, fd, true);
  }
  function events(view: DataView): Array<{ userdata: bigint; error: number; type: number; nbytes: bigint; flags: number }> {
    const n = view.getUint32(8, true);
    return Array.from({ length: n }, (_, i) => {
      const at = 4096 + i * EVENT;
      return {
        userdata: view.getBigUint64(at, true),
        error: view.getUint16(at + 8, true),
        type: view.getUint8(at + 10),
        nbytes: view.getBigUint64(at + 16, true),
        flags: view.getUint16(at + 24, true),
      };
    });
  }
  const clockEvent = (userdata: bigint) => ({ userdata, error: 0, type: EventType.CLOCK, nbytes: 0n, flags: 0 });

  it('sleeps for a relative clock timeout and reports it', () => {
    const { sys, view, kernel } = setup();
    clockSub(view, 0, 7n, 1, 5_000_000n);
    expect(sys.poll_oneoff!(1024, 4096, 1, 8)).toBe(Errno.SUCCESS);
    expect(kernel.sleeps).toEqual([5_000_000n]);
    expect(events(view)).toEqual([clockEvent(7n)]);
  });

  it('wakes for the earliest of several clocks only', () => {
    const { sys, view, kernel } = setup();
    clockSub(view, 0, 1n, 1, 10_000_000n);
    clockSub(view, 1, 2n, 0, 4_000_000n);
    expect(sys.poll_oneoff!(1024, 4096, 2, 8)).toBe(Errno.SUCCESS);
    expect(kernel.sleeps).toEqual([4_000_000n]);
    expect(events(view)).toEqual([clockEvent(2n)]);
  });

  it('handles absolute timeouts: past ones fire at once, future ones are waited for', () => {
    const { sys, view, kernel } = setup();
    clockSub(view, 0, 3n, 1, kernel.monotonic() - 1n, true);
    expect(sys.poll_oneoff!(1024, 4096, 1, 8)).toBe(Errno.SUCCESS);
    expect(kernel.sleeps).toEqual([]);
    expect(events(view)).toEqual([clockEvent(3n)]);
    clockSub(view, 0, 4n, 0, kernel.realtime() + 3_000_000n, true);
    expect(sys.poll_oneoff!(1024, 4096, 1, 8)).toBe(Errno.SUCCESS);
    expect(kernel.sleeps).toEqual([3_000_000n]);
    expect(events(view)).toEqual([clockEvent(4n)]);
  });

  it('reports stdin readable (hung up at its end) and stdout writable without sleeping', () => {
    const { sys, view, kernel } = setup();
    clockSub(view, 0, 1n, 1, 1_000_000_000n);
    fdSub(view, 1, 2n, EventType.FD_READ, 0);
    fdSub(view, 2, 3n, EventType.FD_WRITE, 1);
    expect(sys.poll_oneoff!(1024, 4096, 3, 8)).toBe(Errno.SUCCESS);
    expect(kernel.sleeps).toEqual([]);
    const [read, write] = events(view);
    expect(read).toMatchObject({ userdata: 2n, error: 0, type: EventType.FD_READ, nbytes: 0n, flags: EVENT_FD_READWRITE_HANGUP });
    expect(write).toMatchObject({ userdata: 3n, error: 0, type: EventType.FD_WRITE });
  });

  it('counts the bytes waiting on stdin', () => {
    const { sys, view } = setup({ stdin: fixedStdin(new TextEncoder().encode('hello')) });
    fdSub(view, 0, 9n, EventType.FD_READ, 0);
    expect(sys.poll_oneoff!(1024, 4096, 1, 8)).toBe(Errno.SUCCESS);
    expect(events(view)).toEqual([{ userdata: 9n, error: 0, type: EventType.FD_READ, nbytes: 5n, flags: 0 }]);
  });

  it('reports bad descriptors and clocks as event errors, and no subscriptions as EINVAL', () => {
    const { sys, view } = setup();
    fdSub(view, 0, 1n, EventType.FD_READ, 7);
    fdSub(view, 1, 2n, EventType.FD_WRITE, 0);
    clockSub(view, 2, 3n, 9, 1n);
    expect(sys.poll_oneoff!(1024, 4096, 3, 8)).toBe(Errno.SUCCESS);
    expect(events(view).map((e) => [e.userdata, e.error])).toEqual([
      [1n, Errno.BADF],
      [2n, Errno.BADF],
      [3n, Errno.INVAL],
    ]);
    expect(sys.poll_oneoff!(1024, 4096, 0, 8)).toBe(Errno.INVAL);
  });
});
