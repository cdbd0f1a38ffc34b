/**
 * File and directory system calls over the kernel's file system (fs.ts): the preopened
 * root, path_* calls resolved against a directory descriptor, and the fd_* calls on
 * files and directories. Calls on stdio fall through to the stdio implementations.
 *
 * Paths: a path is relative to its directory descriptor (libc turns an absolute path
 * into one relative to the preopen "/"); the file system resolves "..", "." and
 * symlinks, and ".." at the root stays there, so nothing escapes the container's root.
 */
import type { Stats, Whence as FsWhence } from '../../../fs/types';
import {
  ALL_RIGHTS,
  DIRENT_SIZE,
  FDSTAT_SIZE,
  FILESTAT_SIZE,
  Fdflags,
  Filetype,
  Fstflags,
  IOVEC_SIZE,
  LOOKUP_SYMLINK_FOLLOW,
  Oflags,
  PRESTAT_SIZE,
  Rights,
  Whence,
} from '../abi';
import type { Syscall, SyscallTable, WasiContext } from '../context';
import { Errno } from '../errno';
import type { FileEntry } from '../fd-table';
import { wasiErrno, type WasiFs } from '../fs';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The name libc sees the root under, and the fd it is preopened at. */
export const ROOT_PREOPEN = '/';
export const ROOT_FD = 3;

export function filetypeOf(type: Stats['type']): number {
  switch (type) {
    case 'file':
      return Filetype.REGULAR_FILE;
    case 'directory':
      return Filetype.DIRECTORY;
    case 'symlink':
      return Filetype.SYMBOLIC_LINK;
    case 'chardev':
      return Filetype.CHARACTER_DEVICE;
    case 'blockdev':
      return Filetype.BLOCK_DEVICE;
    case 'socket':
      return Filetype.SOCKET_STREAM;
    default:
      return Filetype.UNKNOWN;
  }
}

function msToNs(ms: number): bigint {
  const whole = Math.floor(ms);
  return BigInt(whole) * 1_000_000n + BigInt(Math.round((ms - whole) * 1e6));
}

/** Rights a directory descriptor holds for itself. */
const DIR_RIGHTS =
  Rights.PATH_CREATE_DIRECTORY |
  Rights.PATH_CREATE_FILE |
  Rights.PATH_LINK_SOURCE |
  Rights.PATH_LINK_TARGET |
  Rights.PATH_OPEN |
  Rights.FD_READDIR |
  Rights.PATH_READLINK |
  Rights.PATH_RENAME_SOURCE |
  Rights.PATH_RENAME_TARGET |
  Rights.PATH_FILESTAT_GET |
  Rights.PATH_FILESTAT_SET_SIZE |
  Rights.PATH_FILESTAT_SET_TIMES |
  Rights.FD_FILESTAT_GET |
  Rights.FD_FILESTAT_SET_TIMES |
  Rights.PATH_SYMLINK |
  Rights.PATH_REMOVE_DIRECTORY |
  Rights.PATH_UNLINK_FILE;

/** The descriptor of the preopened root, over an open handle of "/". */
export function rootEntry(handle: number): FileEntry {
  return {
    kind: 'file',
    handle,
    path: ROOT_PREOPEN,
    filetype: Filetype.DIRECTORY,
    rightsBase: DIR_RIGHTS,
    rightsInheriting: ALL_RIGHTS,
    fdflags: 0,
    preopen: ROOT_PREOPEN,
  };
}

/** Opens the root and puts it at fd 3, the preopen libc looks for. */
export function preopenRoot(ctx: WasiContext, fs: WasiFs): void {
  const { handle } = fs.open(ROOT_PREOPEN, { read: true, directory: true }, 0);
  ctx.fds.set(ROOT_FD, rootEntry(handle));
}

export function fsSyscalls(ctx: WasiContext, stdio: SyscallTable): SyscallTable {
  const { mem, fds, kernel } = ctx;
  const fs = kernel.fs;
  // No file system: the path calls stay ENOSYS, and descriptors are stdio's alone.
  if (!fs) return {};
  const fallback = (name: string): Syscall => stdio[name] ?? (() => Errno.BADF);

  /** Runs `body`, turning a file system error into its errno. */
  const attempt = (body: () => number): number => {
    try {
      return body();
    } catch (e) {
      return wasiErrno(e);
    }
  };

  const fileEntry = (fd: number): FileEntry | undefined => {
    const entry = fds.get(fd);
    return entry?.kind === 'file' ? entry : undefined;
  };

  const readString = (ptr: number, len: number): string => decoder.decode(mem.bytes(ptr, len).slice());

  /** The absolute path of `path` relative to directory descriptor `fd`, or an errno. */
  const resolve = (fd: number, ptr: number, len: number): string | number => {
    const entry = fds.get(fd);
    if (!entry) return Errno.BADF;
    if (entry.kind !== 'file') return Errno.NOTDIR;
    if (entry.filetype !== Filetype.DIRECTORY) return Errno.NOTDIR;
    const path = readString(ptr, len);
    if (path.includes('\0')) return Errno.INVAL;
    if (path === '') return Errno.NOENT;
    if (path.startsWith('/')) return path;
    return entry.path.endsWith('/') ? entry.path + path : `${entry.path}/${path}`;
  };

  const writeFilestat = (ptr: number, st: Stats): void => {
    mem.bytes(ptr, FILESTAT_SIZE).fill(0);
    const view = mem.view();
    view.setBigUint64(ptr, BigInt(st.dev), true);
    view.setBigUint64(ptr + 8, BigInt(st.ino), true);
    view.setUint8(ptr + 16, filetypeOf(st.type));
    view.setBigUint64(ptr + 24, BigInt(st.nlink), true);
    view.setBigUint64(ptr + 32, BigInt(st.size), true);
    view.setBigUint64(ptr + 40, msToNs(st.atimeMs), true);
    view.setBigUint64(ptr + 48, msToNs(st.mtimeMs), true);
    view.setBigUint64(ptr + 56, msToNs(st.ctimeMs), true);
  };

  /** The new atime and mtime (ms, null: unchanged) from a set_times call, or an errno. */
  const times = (atim: bigint, mtim: bigint, flags: number): [number | null, number | null] | number => {
    if ((flags & Fstflags.ATIM && flags & Fstflags.ATIM_NOW) || (flags & Fstflags.MTIM && flags & Fstflags.MTIM_NOW)) return Errno.INVAL;
    const now = Number(kernel.realtime() / 1000n) / 1000;
    const pick = (set: number, setNow: number, value: bigint): number | null =>
      flags & setNow ? now : flags & set ? Number(value / 1000n) / 1000 : null;
    return [pick(Fstflags.ATIM, Fstflags.ATIM_NOW, atim), pick(Fstflags.MTIM, Fstflags.MTIM_NOW, mtim)];
  };

  /** Reads or writes through each iovec in turn, stopping at a short transfer. */
  const transfer = (iovs: number, iovsLen: number, move: (buf: Uint8Array, done: number) => number): number => {
    let total = 0;
    for (let i = 0; i < iovsLen; i++) {
      const at = iovs + i * IOVEC_SIZE;
      const len = mem.u32(at + 4);
      if (len === 0) continue;
      const n = move(mem.bytes(mem.u32(at), len), total);
      total += n;
      if (n < len) break;
    }
    return total;
  };

  const whenceOf = (whence: number): FsWhence | null =>
    whence === Whence.SET ? 'set' : whence === Whence.CUR ? 'cur' : whence === Whence.END ? 'end' : null;

  /** A syscall on a file descriptor: `file` for file entries, the stdio version otherwise. */
  const onFile =
    (name: string, file: (entry: FileEntry, fs: WasiFs, fd: number, ...rest: never[]) => number): Syscall =>
    (fd: number, ...rest: never[]) => {
      const entry = fileEntry(fd);
      if (!entry) return (fallback(name) as (...args: unknown[]) => number)(fd, ...rest);
      return attempt(() => file(entry, fs, fd, ...rest));
    };

  /** A path syscall's body, its path arguments resolved first. */
  const withFs = (body: (fs: WasiFs) => number): number => attempt(() => body(fs));

  return {
    fd_read: onFile('fd_read', (e, fs, _fd, iovs: number, iovsLen: number, nreadPtr: number) => {
      mem.setU32(nreadPtr, transfer(iovs, iovsLen, (buf) => fs.read(e.handle, buf, null)));
      return Errno.SUCCESS;
    }),

    fd_pread: onFile('fd_pread', (e, fs, _fd, iovs: number, iovsLen: number, offset: bigint, nreadPtr: number) => {
      const base = Number(offset);
      mem.setU32(nreadPtr, transfer(iovs, iovsLen, (buf, done) => fs.read(e.handle, buf, base + done)));
      return Errno.SUCCESS;
    }),

    fd_write: onFile('fd_write', (e, fs, _fd, iovs: number, iovsLen: number, nwrittenPtr: number) => {
      mem.setU32(nwrittenPtr, transfer(iovs, iovsLen, (buf) => fs.write(e.handle, buf, null)));
      return Errno.SUCCESS;
    }),

    fd_pwrite: onFile('fd_pwrite', (e, fs, _fd, iovs: number, iovsLen: number, offset: bigint, nwrittenPtr: number) => {
      if (e.fdflags & Fdflags.APPEND) return Errno.NOTSUP;
      const base = Number(offset);
      mem.setU32(nwrittenPtr, transfer(iovs, iovsLen, (buf, done) => fs.write(e.handle, buf, base + done)));
      return Errno.SUCCESS;
    }),

    fd_seek: onFile('fd_seek', (e, fs, _fd, offset: bigint, whence: number, newOffsetPtr: number) => {
      const w = whenceOf(whence);
      if (w === null) return Errno.INVAL;
      if (e.filetype === Filetype.DIRECTORY) return Errno.BADF;
      mem.setU64(newOffsetPtr, BigInt(fs.seek(e.handle, Number(offset), w)));
      return Errno.SUCCESS;
    }),

    fd_tell: onFile('fd_tell', (e, fs, _fd, offsetPtr: number) => {
      if (e.filetype === Filetype.DIRECTORY) return Errno.BADF;
      mem.setU64(offsetPtr, BigInt(fs.seek(e.handle, 0, 'cur')));
      return Errno.SUCCESS;
    }),

    fd_close: onFile('fd_close', (e, fs, fd) => {
      fds.close(fd);
      fs.close(e.handle);
      return Errno.SUCCESS;
    }),

    fd_sync: onFile('fd_sync', () => Errno.SUCCESS),
    fd_datasync: onFile('fd_datasync', () => Errno.SUCCESS),
    fd_advise: onFile('fd_advise', () => Errno.SUCCESS),

    fd_fdstat_get: onFile('fd_fdstat_get', (e, _fs, _fd, ptr: number) => {
      mem.bytes(ptr, FDSTAT_SIZE).fill(0);
      const view = mem.view();
      view.setUint8(ptr, e.filetype);
      view.setUint16(ptr + 2, e.fdflags, true);
      view.setBigUint64(ptr + 8, e.rightsBase, true);
      view.setBigUint64(ptr + 16, e.rightsInheriting, true);
      return Errno.SUCCESS;
    }),

    fd_fdstat_set_flags: onFile('fd_fdstat_set_flags', (e, _fs, _fd, flags: number) =>
      // The append mode is fixed when the file is opened; only setting what is there succeeds.
      (flags & ~Fdflags.NONBLOCK) === (e.fdflags & ~Fdflags.NONBLOCK) ? Errno.SUCCESS : Errno.NOTSUP,
    ),

    fd_filestat_get: onFile('fd_filestat_get', (e, fs, _fd, ptr: number) => {
      writeFilestat(ptr, fs.fstat(e.handle));
      return Errno.SUCCESS;
    }),

    fd_filestat_set_size: onFile('fd_filestat_set_size', (e, fs, _fd, size: bigint) => {
      if (e.filetype === Filetype.DIRECTORY) return Errno.ISDIR;
      fs.ftruncate(e.handle, Number(size));
      return Errno.SUCCESS;
    }),

    fd_filestat_set_times: onFile('fd_filestat_set_times', (e, fs, _fd, atim: bigint, mtim: bigint, flags: number) => {
      const t = times(atim, mtim, flags);
      if (typeof t === 'number') return t;
      // By the path it was opened under: the file system has no futimens.
      fs.utimes(e.path, t[0], t[1]);
      return Errno.SUCCESS;
    }),

    fd_readdir: onFile('fd_readdir', (e, fs, _fd, buf: number, bufLen: number, cookie: bigint, bufusedPtr: number) => {
      if (e.filetype !== Filetype.DIRECTORY) return Errno.NOTDIR;
      if (cookie === 0n || !e.listing) {
        const self = fs.fstat(e.handle);
        e.listing = [
          { name: '.', filetype: Filetype.DIRECTORY, ino: BigInt(self.ino) },
          { name: '..', filetype: Filetype.DIRECTORY, ino: 0n },
          ...fs.readdir(e.handle).map((d) => ({ name: d.name, filetype: filetypeOf(d.type), ino: BigInt(d.ino) })),
        ];
      }
      let used = 0;
      for (let i = Number(cookie); i < e.listing.length && used < bufLen; i++) {
        const d = e.listing[i]!;
        const name = encoder.encode(d.name);
        const record = new Uint8Array(DIRENT_SIZE + name.length);
        const view = new DataView(record.buffer);
        view.setBigUint64(0, BigInt(i + 1), true);
        view.setBigUint64(8, d.ino, true);
        view.setUint32(16, name.length, true);
        view.setUint8(20, d.filetype);
        record.set(name, DIRENT_SIZE);
        // A record that does not fit is cut short: libc sees a full buffer and asks again with a bigger one.
        const n = Math.min(record.length, bufLen - used);
        mem.bytes(buf + used, n).set(record.subarray(0, n));
        used += n;
      }
      mem.setU32(bufusedPtr, used);
      return Errno.SUCCESS;
    }),

    fd_prestat_get: onFile('fd_prestat_get', (e, _fs, _fd, ptr: number) => {
      if (e.preopen === undefined) return Errno.BADF;
      mem.bytes(ptr, PRESTAT_SIZE).fill(0);
      mem.setU32(ptr + 4, encoder.encode(e.preopen).length);
      return Errno.SUCCESS;
    }),

    fd_prestat_dir_name: onFile('fd_prestat_dir_name', (e, _fs, _fd, path: number, len: number) => {
      if (e.preopen === undefined) return Errno.BADF;
      const name = encoder.encode(e.preopen);
      if (len < name.length) return Errno.NAMETOOLONG;
      mem.bytes(path, name.length).set(name);
      return Errno.SUCCESS;
    }),

    fd_renumber(from: number, to: number): number {
      const entry = fds.get(from);
      const target = fds.get(to);
      if (!entry || !target) return Errno.BADF;
      if (from === to) return Errno.SUCCESS;
      if (target.kind === 'file') attempt(() => (fs.close(target.handle), Errno.SUCCESS));
      else kernel.streams?.close(target.handle);
      fds.set(to, entry);
      fds.close(from);
      return Errno.SUCCESS;
    },

    path_open(
      fd: number,
      dirflags: number,
      pathPtr: number,
      pathLen: number,
      oflags: number,
      rightsBase: bigint,
      rightsInheriting: bigint,
      fdflags: number,
      fdPtr: number,
    ): number {
      const path = resolve(fd, pathPtr, pathLen);
      if (typeof path === 'number') return path;
      return withFs((fs) => {
        const read = (rightsBase & (Rights.FD_READ | Rights.FD_READDIR)) !== 0n;
        const write = (rightsBase & Rights.FD_WRITE) !== 0n;
        const directory = (oflags & Oflags.DIRECTORY) !== 0;
        const append = (fdflags & Fdflags.APPEND) !== 0;
        const { handle, stat } = fs.open(
          path,
          {
            read,
            write: write || append,
            create: (oflags & Oflags.CREAT) !== 0,
            exclusive: (oflags & Oflags.EXCL) !== 0,
            truncate: (oflags & Oflags.TRUNC) !== 0,
            append,
            directory,
            noFollow: (dirflags & LOOKUP_SYMLINK_FOLLOW) === 0,
          },
          0o666,
        );
        const filetype = filetypeOf(stat.type);
        const isDir = filetype === Filetype.DIRECTORY;
        let base = rightsBase & ALL_RIGHTS;
        if (isDir) base &= DIR_RIGHTS;
        else base &= ~(DIR_RIGHTS & ~(Rights.FD_FILESTAT_GET | Rights.FD_FILESTAT_SET_TIMES));
        const newFd = fds.add({
          kind: 'file',
          handle,
          path,
          filetype,
          rightsBase: base,
          rightsInheriting: rightsInheriting & ALL_RIGHTS,
          fdflags: fdflags & Fdflags.APPEND,
        });
        mem.setU32(fdPtr, newFd);
        return Errno.SUCCESS;
      });
    },

    path_filestat_get(fd: number, flags: number, pathPtr: number, pathLen: number, ptr: number): number {
      const path = resolve(fd, pathPtr, pathLen);
      if (typeof path === 'number') return path;
      return withFs((fs) => {
        writeFilestat(ptr, fs.stat(path, (flags & LOOKUP_SYMLINK_FOLLOW) !== 0));
        return Errno.SUCCESS;
      });
    },

    path_filestat_set_times(fd: number, _flags: number, pathPtr: number, pathLen: number, atim: bigint, mtim: bigint, fstflags: number): number {
      const path = resolve(fd, pathPtr, pathLen);
      if (typeof path === 'number') return path;
      const t = times(atim, mtim, fstflags);
      if (typeof t === 'number') return t;
      // The file system sets times through symlinks only (no lutimes).
      return withFs((fs) => (fs.utimes(path, t[0], t[1]), Errno.SUCCESS));
    },

    path_create_directory(fd: number, pathPtr: number, pathLen: number): number {
      const path = resolve(fd, pathPtr, pathLen);
      if (typeof path === 'number') return path;
      return withFs((fs) => (fs.mkdir(path, 0o777), Errno.SUCCESS));
    },

    path_remove_directory(fd: number, pathPtr: number, pathLen: number): number {
      const path = resolve(fd, pathPtr, pathLen);
      if (typeof path === 'number') return path;
      return withFs((fs) => (fs.rmdir(path), Errno.SUCCESS));
    },

    path_unlink_file(fd: number, pathPtr: number, pathLen: number): number {
      const path = resolve(fd, pathPtr, pathLen);
      if (typeof path === 'number') return path;
      return withFs((fs) => (fs.unlink(path), Errno.SUCCESS));
    },

    path_rename(fd: number, oldPtr: number, oldLen: number, newFd: number, newPtr: number, newLen: number): number {
      const from = resolve(fd, oldPtr, oldLen);
      if (typeof from === 'number') return from;
      const to = resolve(newFd, newPtr, newLen);
      if (typeof to === 'number') return to;
      return withFs((fs) => (fs.rename(from, to), Errno.SUCCESS));
    },

    path_link(oldFd: number, _oldFlags: number, oldPtr: number, oldLen: number, newFd: number, newPtr: number, newLen: number): number {
      const from = resolve(oldFd, oldPtr, oldLen);
      if (typeof from === 'number') return from;
      const to = resolve(newFd, newPtr, newLen);
      if (typeof to === 'number') return to;
      return withFs((fs) => (fs.link(from, to), Errno.SUCCESS));
    },

    path_symlink(targetPtr: number, targetLen: number, fd: number, pathPtr: number, pathLen: number): number {
      const target = readString(targetPtr, targetLen);
      const path = resolve(fd, pathPtr, pathLen);
      if (typeof path === 'number') return path;
      return withFs((fs) => (fs.symlink(target, path), Errno.SUCCESS));
    },

    path_readlink(fd: number, pathPtr: number, pathLen: number, buf: number, bufLen: number, bufusedPtr: number): number {
      const path = resolve(fd, pathPtr, pathLen);
      if (typeof path === 'number') return path;
      return withFs((fs) => {
        const target = encoder.encode(fs.readlink(path));
        const n = Math.min(target.length, bufLen);
        mem.bytes(buf, n).set(target.subarray(0, n));
        mem.setU32(bufusedPtr, n);
        return Errno.SUCCESS;
      });
    },
  };
}
