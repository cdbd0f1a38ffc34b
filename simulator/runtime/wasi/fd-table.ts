/**
 * The process's open file descriptors: stdio (0, 1, 2), and files and directories of the
 * process's file system (the preopened root is fd 3). Pipes and sockets will be further
 * kinds of entry.
 */
import { Filetype, Rights } from './abi';

export interface StdioEntry {
  readonly kind: 'stdio';
  readonly fd: 0 | 1 | 2;
  readonly filetype: number;
  readonly rightsBase: bigint;
}

/** An open file or directory of the process's file system (see fs.ts). */
export interface FileEntry {
  readonly kind: 'file';
  /** The WasiFs handle. */
  readonly handle: number;
  /** The absolute path it was opened by: what paths relative to a directory resolve against. */
  readonly path: string;
  readonly filetype: number;
  readonly rightsBase: bigint;
  readonly rightsInheriting: bigint;
  readonly fdflags: number;
  /** Set on a preopened directory: the name libc sees it under. */
  readonly preopen?: string;
  /** A directory's entries as last listed (fd_readdir with cookie 0 lists again). */
  listing?: Array<{ name: string; filetype: number; ino: bigint }>;
}

export type FdEntry = StdioEntry | FileEntry;

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

  /** Puts an entry at the lowest free descriptor and returns it. */
  add(entry: FdEntry): number {
    let fd = 0;
    while (this.entries.has(fd)) fd++;
    this.entries.set(fd, entry);
    return fd;
  }

  set(fd: number, entry: FdEntry): void {
    this.entries.set(fd, entry);
  }

  close(fd: number): boolean {
    return this.entries.delete(fd);
  }
}
