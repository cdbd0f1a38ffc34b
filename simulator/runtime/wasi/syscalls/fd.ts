/**
 * Descriptor system calls on streams (stdio, pipes, terminals): read, write, close,
 * stat, seek, preopens. Files and directories are syscalls/fs.ts's, which falls back to
 * these for streams.
 */
import { FDSTAT_SIZE, FILESTAT_SIZE, IOVEC_SIZE, Rights } from '../abi';
import type { SyscallTable, WasiContext } from '../context';
import { Errno } from '../errno';
import { wasiErrno } from '../fs';
import type { WasiKernel } from '../kernel';

/** Reads a stream handle: the kernel's streams, or plain stdin for handle 0. */
export function readStream(kernel: WasiKernel, handle: number, into: Uint8Array): number {
  if (kernel.streams) return kernel.streams.read(handle, into);
  return handle === 0 ? kernel.stdin.read(into) : 0;
}

/** Bytes readable now on a stream handle: > 0, 0 at its end, -1 when a read would block. */
export function streamAvailable(kernel: WasiKernel, handle: number): number {
  if (kernel.streams) return kernel.streams.available(handle);
  return handle === 0 ? kernel.stdin.available() : 0;
}

export function fdSyscalls(ctx: WasiContext): SyscallTable {
  const { mem, fds, kernel } = ctx;

  return {
    fd_write(fd: number, iovs: number, iovsLen: number, nwrittenPtr: number): number {
      const entry = fds.get(fd);
      if (!entry || entry.kind !== 'stream' || (entry.rightsBase & Rights.FD_WRITE) === 0n) return Errno.BADF;
      let total = 0;
      for (let i = 0; i < iovsLen; i++) {
        const at = iovs + i * IOVEC_SIZE;
        const len = mem.u32(at + 4);
        if (len === 0) continue;
        kernel.write(entry.handle, mem.bytes(mem.u32(at), len));
        total += len;
      }
      mem.setU32(nwrittenPtr, total);
      return Errno.SUCCESS;
    },

    fd_read(fd: number, iovs: number, iovsLen: number, nreadPtr: number): number {
      const entry = fds.get(fd);
      if (!entry || entry.kind !== 'stream' || (entry.rightsBase & Rights.FD_READ) === 0n) return Errno.BADF;
      // Like readv on a pipe: fill the first non-empty buffer with what one read gives.
      let nread = 0;
      for (let i = 0; i < iovsLen; i++) {
        const at = iovs + i * IOVEC_SIZE;
        const len = mem.u32(at + 4);
        if (len === 0) continue;
        try {
          nread = readStream(kernel, entry.handle, mem.bytes(mem.u32(at), len));
        } catch (e) {
          return wasiErrno(e);
        }
        break;
      }
      mem.setU32(nreadPtr, nread);
      return Errno.SUCCESS;
    },

    fd_close(fd: number): number {
      const entry = fds.get(fd);
      if (!entry || !fds.close(fd)) return Errno.BADF;
      if (entry.kind === 'stream') kernel.streams?.close(entry.handle);
      return Errno.SUCCESS;
    },

    fd_fdstat_get(fd: number, ptr: number): number {
      const entry = fds.get(fd);
      if (!entry) return Errno.BADF;
      mem.bytes(ptr, FDSTAT_SIZE).fill(0);
      const view = mem.view();
      view.setUint8(ptr, entry.filetype);
      view.setUint16(ptr + 2, 0, true);
      view.setBigUint64(ptr + 8, entry.rightsBase, true);
      view.setBigUint64(ptr + 16, 0n, true);
      return Errno.SUCCESS;
    },

    fd_filestat_get(fd: number, ptr: number): number {
      const entry = fds.get(fd);
      if (!entry) return Errno.BADF;
      // A character device with no size and no times to speak of.
      mem.bytes(ptr, FILESTAT_SIZE).fill(0);
      const view = mem.view();
      view.setUint8(ptr + 16, entry.filetype);
      view.setBigUint64(ptr + 24, 1n, true);
      return Errno.SUCCESS;
    },

    fd_seek(fd: number, _offset: bigint, _whence: number, _newOffsetPtr: number): number {
      return fds.get(fd) ? Errno.SPIPE : Errno.BADF;
    },

    fd_tell(fd: number, _offsetPtr: number): number {
      return fds.get(fd) ? Errno.SPIPE : Errno.BADF;
    },

    // Stdio is no preopen; without a file system there is none, and libc's scan stops at the first EBADF.
    fd_prestat_get(_fd: number, _ptr: number): number {
      return Errno.BADF;
    },

    fd_prestat_dir_name(_fd: number, _path: number, _len: number): number {
      return Errno.BADF;
    },
  };
}
