/**
 * File system errors: an `FsError` carries the POSIX errno name Linux would return
 * ('ENOENT', 'ENOTDIR', …), the path involved and Linux's strerror text as its message.
 * It is a `SimError`, so the daemon can map it to an HTTP status like any engine error.
 */
import { SimError, type ErrorCode } from '../errors';

export type Errno =
  | 'ENOENT'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'EEXIST'
  | 'ENOTEMPTY'
  | 'ELOOP'
  | 'EXDEV'
  | 'EINVAL'
  | 'EACCES'
  | 'EPERM'
  | 'EBUSY'
  | 'EBADF'
  | 'ENAMETOOLONG'
  | 'EROFS';

/** Linux's strerror(3) text of each errno (glibc wording). */
export const STRERROR: Readonly<Record<Errno, string>> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
  EXDEV: 'Invalid cross-device link',
  EINVAL: 'Invalid argument',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EBUSY: 'Device or resource busy',
  EBADF: 'Bad file descriptor',
  ENAMETOOLONG: 'File name too long',
  EROFS: 'Read-only file system',
};

function simCode(errno: Errno): ErrorCode {
  switch (errno) {
    case 'ENOENT':
      return 'not_found';
    case 'EEXIST':
      return 'already_exists';
    case 'EINVAL':
    case 'ENAMETOOLONG':
      return 'invalid_argument';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'forbidden';
    case 'ENOTEMPTY':
    case 'EBUSY':
      return 'conflict';
    default:
      return 'system';
  }
}

export class FsError extends SimError {
  constructor(
    readonly errno: Errno,
    readonly path: string,
    readonly syscall?: string,
  ) {
    super(simCode(errno), STRERROR[errno], { errno, path, ...(syscall ? { syscall } : {}) });
  }
}

/** True when `e` is an FsError, optionally of the given errno. */
export function isFsError(e: unknown, errno?: Errno): e is FsError {
  return e instanceof FsError && (errno === undefined || e.errno === errno);
}
