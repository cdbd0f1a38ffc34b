/**
 * The process's open file descriptors. For now only stdio (0, 1, 2) exists; files,
 * pipes and sockets will be further kinds of entry.
 */
import { Filetype, Rights } from './abi';

export interface StdioEntry {
  readonly kind: 'stdio';
  readonly fd: 0 | 1 | 2;
  readonly filetype: number;
  readonly rightsBase: bigint;
}

export type FdEntry = StdioEntry;

const readRights = Rights.FD_READ | Rights.POLL_FD_READWRITE | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET;
const writeRights = Rights.FD_WRITE | Rights.POLL_FD_READWRITE | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET;
/** A pipe or file may be asked to seek (it fails with ESPIPE); a terminal may not. */
const notTtyRights = Rights.FD_SEEK | Rights.FD_TELL;

export class FdTable {
  private readonly entries = new Map<number, FdEntry>();

  constructor(tty: boolean) {
    const extra = tty ? 0n : notTtyRights;
    for (const fd of [0, 1, 2] as const) {
      this.entries.set(fd, {
        kind: 'stdio',
        fd,
        filetype: Filetype.CHARACTER_DEVICE,
        rightsBase: (fd === 0 ? readRights : writeRights) | extra,
      });
    }
  }

  get(fd: number): FdEntry | undefined {
    return this.entries.get(fd);
  }

  close(fd: number): boolean {
    return this.entries.delete(fd);
  }
}
