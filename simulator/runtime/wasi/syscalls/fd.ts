/**
 * Descriptor system calls on stdio: read, write, close, stat, seek, preopens. Files and
 * directories are syscalls/fs.ts's, which falls back to these for stdio.
 */
import { FDSTAT_SIZE, FILESTAT_SIZE, IOVEC_SIZE, Rights } from '../abi';
import type { SyscallTable, WasiContext } from '../context';
import { Errno } from '../errno';

export function fdSyscalls(ctx: WasiContext): SyscallTable {
  const { mem, fds, kernel } = ctx;

  return {
    fd_write(fd: number, iovs: number, iovsLen: number, nwrittenPtr: number): number {
      const entry = fds.get(fd);
      if (!entry || entry.kind !== 'stdio' || (entry.rightsBase & Rights.FD_WRITE) === 0n) return Errno.BADF;
      let total = 0;
      for (let i = 0; i < iovsLen; i++) {
        const at = iovs + i * IOVEC_SIZE;
        const len = mem.u32(at + 4);
        if (len === 0) continue;
        kernel.write(entry.fd as 1 | 2, mem.bytes(mem.u32(at), len));
        total += len;
      }
      mem.setU32(nwrittenPtr, total);
      return Errno.SUCCESS;
    },

    fd_read(fd: number, iovs: number, iovsLen: number, nreadPtr: number): number {
      const entry = fds.get(fd);
      if (!entry || (entry.rightsBase & Rights.FD_READ) === 0n) return Errno.BADF;
      // Like readv on a pipe: fill the first non-empty buffer with what one read gives.
      let nread = 0;
      for (let i = 0; i < iovsLen; i++) {
        const at = iovs + i * IOVEC_SIZE;
        const len = mem.u32(at + 4);
        if (len === 0) continue;
        nread = kernel.stdin.read(mem.bytes(mem.u32(at), len));
        break;
      }
      mem.setU32(nreadPtr, nread);
      return Errno.SUCCESS;
    },

    fd_close(fd: number): number {
      return fds.close(fd) ? Errno.SUCCESS : Errno.BADF;
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
