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
  FD_DATASYNC: 1n << 0n,
  FD_READ: 1n << 1n,
  FD_SEEK: 1n << 2n,
  FD_FDSTAT_SET_FLAGS: 1n << 3n,
  FD_SYNC: 1n << 4n,
  FD_TELL: 1n << 5n,
  FD_WRITE: 1n << 6n,
  FD_ADVISE: 1n << 7n,
  FD_ALLOCATE: 1n << 8n,
  PATH_CREATE_DIRECTORY: 1n << 9n,
  PATH_CREATE_FILE: 1n << 10n,
  PATH_LINK_SOURCE: 1n << 11n,
  PATH_LINK_TARGET: 1n << 12n,
  PATH_OPEN: 1n << 13n,
  FD_READDIR: 1n << 14n,
  PATH_READLINK: 1n << 15n,
  PATH_RENAME_SOURCE: 1n << 16n,
  PATH_RENAME_TARGET: 1n << 17n,
  PATH_FILESTAT_GET: 1n << 18n,
  PATH_FILESTAT_SET_SIZE: 1n << 19n,
  PATH_FILESTAT_SET_TIMES: 1n << 20n,
  FD_FILESTAT_GET: 1n << 21n,
  FD_FILESTAT_SET_SIZE: 1n << 22n,
  FD_FILESTAT_SET_TIMES: 1n << 23n,
  PATH_SYMLINK: 1n << 24n,
  PATH_REMOVE_DIRECTORY: 1n << 25n,
  PATH_UNLINK_FILE: 1n << 26n,
  POLL_FD_READWRITE: 1n << 27n,
} as const;

/** Every right a file or directory descriptor can hold (bits 0 to 29). */
export const ALL_RIGHTS = (1n << 30n) - 1n;

/** `oflags` of path_open. */
export const Oflags = { CREAT: 1, DIRECTORY: 2, EXCL: 4, TRUNC: 8 } as const;
/** `fdflags`. */
export const Fdflags = { APPEND: 1, DSYNC: 2, NONBLOCK: 4, RSYNC: 8, SYNC: 16 } as const;
/** `lookupflags`: follow a final symlink. */
export const LOOKUP_SYMLINK_FOLLOW = 1;
/** `fstflags` of the set_times calls. */
export const Fstflags = { ATIM: 1, ATIM_NOW: 2, MTIM: 4, MTIM_NOW: 8 } as const;

/** `prestat`: tag u8 @0 (0: dir), pr_name_len u32 @4. */
export const PRESTAT_SIZE = 8;

/** `dirent`: d_next u64 @0, d_ino u64 @8, d_namlen u32 @16, d_type u8 @20; the name follows. */
export const DIRENT_SIZE = 24;

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
