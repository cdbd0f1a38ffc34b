/**
 * WASI preview1 constants and the memory layout of the structures Gorae reads and
 * writes in a process's linear memory (all little-endian, offsets in bytes).
 */

/** The import module every preview1 program links against. */
export const PREVIEW1 = 'wasi_snapshot_preview1';

export const ClockId = {
  REALTIME: 0,
  MONOTONIC: 1,
  PROCESS_CPUTIME: 2,
  THREAD_CPUTIME: 3,
} as const;

export const Filetype = {
  UNKNOWN: 0,
  BLOCK_DEVICE: 1,
  CHARACTER_DEVICE: 2,
  DIRECTORY: 3,
  REGULAR_FILE: 4,
  SOCKET_DGRAM: 5,
  SOCKET_STREAM: 6,
  SYMBOLIC_LINK: 7,
} as const;

export const Whence = { SET: 0, CUR: 1, END: 2 } as const;

/** Rights bits (u64) used for descriptors Gorae hands out. */
export const Rights = {
  FD_READ: 1n << 1n,
  FD_SEEK: 1n << 2n,
  FD_FDSTAT_SET_FLAGS: 1n << 3n,
  FD_TELL: 1n << 5n,
  FD_WRITE: 1n << 6n,
  FD_FILESTAT_GET: 1n << 21n,
  POLL_FD_READWRITE: 1n << 27n,
} as const;

export const EventType = { CLOCK: 0, FD_READ: 1, FD_WRITE: 2 } as const;

/** `eventrwflags.fd_readwrite_hangup`: the peer closed its end (stdin at EOF). */
export const EVENT_FD_READWRITE_HANGUP = 1;

/** `subclockflags.subscription_clock_abstime`: the timeout is an absolute time. */
export const SUBSCRIPTION_CLOCK_ABSTIME = 1;

/** `iovec` / `ciovec`: { buf: u32, buf_len: u32 }. */
export const IOVEC_SIZE = 8;

/** `fdstat`: filetype u8 @0, flags u16 @2, rights_base u64 @8, rights_inheriting u64 @16. */
export const FDSTAT_SIZE = 24;

/** `filestat`: dev @0, ino @8, filetype u8 @16, nlink @24, size @32, atim @40, mtim @48, ctim @56. */
export const FILESTAT_SIZE = 64;

/**
 * `subscription` (48 bytes): userdata u64 @0, tag u8 @8, then the union at @16:
 * clock { id u32 @16, timeout u64 @24, precision u64 @32, flags u16 @40 },
 * fd_readwrite { fd u32 @16 }.
 */
export const SUBSCRIPTION_SIZE = 48;

/**
 * `event` (32 bytes): userdata u64 @0, error u16 @8, type u8 @10,
 * fd_readwrite { nbytes u64 @16, flags u16 @24 }.
 */
export const EVENT_SIZE = 32;
