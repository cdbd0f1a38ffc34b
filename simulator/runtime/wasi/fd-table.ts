/**
 * The process's open file descriptors: streams (stdio, pipes, terminals: the kernel's
 * stream handles) and files and directories of the process's file system (the preopened
 * root is fd 3). Entries are plain data, so a table can be handed to a child or to the
 * program an exec replaces this one with.
 */
import { Filetype, Rights } from './abi';

/** A stream the kernel owns: read and written by handle (0, 1, 2 are plain stdio). */
export interface StreamEntry {
  readonly kind: 'stream';
  readonly handle: number;
  readonly filetype: number;
  readonly rightsBase: bigint;
  /** A terminal (isatty): no seek or tell rights. */
  readonly tty: boolean;
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

export type FdEntry = StreamEntry | FileEntry;

const readRights = Rights.FD_READ | Rights.POLL_FD_READWRITE | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET;
const writeRights = Rights.FD_WRITE | Rights.POLL_FD_READWRITE | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET;
/** A pipe or file may be asked to seek (it fails with ESPIPE); a terminal may not. */
const notTtyRights = Rights.FD_SEEK | Rights.FD_TELL;

/** A stream entry with the rights its direction and kind give. */
export function streamEntry(handle: number, access: 'read' | 'write' | 'both', tty: boolean): StreamEntry {
  const rights = access === 'read' ? readRights : access === 'write' ? writeRights : readRights | writeRights;
  return { kind: 'stream', handle, filetype: Filetype.CHARACTER_DEVICE, rightsBase: rights | (tty ? 0n : notTtyRights), tty };
}

/** Plain stdio: fd 0 reads stream 0, fds 1 and 2 write streams 1 and 2. */
export function stdioEntries(tty: boolean): Array<[number, FdEntry]> {
  return [
    [0, streamEntry(0, 'read', tty)],
    [1, streamEntry(1, 'write', tty)],
    [2, streamEntry(2, 'write', tty)],
  ];
}

export class FdTable {
  private readonly entries = new Map<number, FdEntry>();

  constructor(initial: ReadonlyArray<readonly [number, FdEntry]>) {
    for (const [fd, entry] of initial) this.entries.set(fd, entry);
  }

  /** Every open descriptor with its entry, lowest first. */
  list(): Array<[number, FdEntry]> {
    return [...this.entries].sort((a, b) => a[0] - b[0]);
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
