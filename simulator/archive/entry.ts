/** The tar entry model: one file system object of an archive (a layer, a build context, an export). */

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'directory' | 'fifo';

export interface TarEntry {
  /** Path inside the archive, as stored ("etc/passwd", directories usually end in "/"). */
  name: string;
  type: TarEntryType;
  /** Permission bits plus setuid/setgid/sticky (0o7777), as tar stores them. */
  mode: number;
  uid: number;
  gid: number;
  /** Size recorded in the header: the data length for files, normally 0 for the other types. */
  size: number;
  /** Modification time, whole seconds since the epoch. */
  mtime: number;
  /** Target of a symlink or hardlink. */
  linkname?: string;
  uname?: string;
  gname?: string;
  /** Device numbers of char and block devices. */
  devmajor?: number;
  devminor?: number;
  /** Contents of a regular file (exactly `size` bytes). Read entries share the archive's buffer. */
  data?: Uint8Array;
  /**
   * PAX extended header records: on read, every record that preceded the entry; on write,
   * extra records to store (e.g. "SCHILY.xattr.security.capability"), which force the PAX format.
   */
  paxRecords?: Readonly<Record<string, string>>;
}

/** Type flag byte of each entry type (POSIX ustar). */
export const TYPEFLAG: Readonly<Record<TarEntryType, string>> = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  char: '3',
  block: '4',
  directory: '5',
  fifo: '6',
};

/** Type flags of meta entries and legacy forms. */
export const TYPE_REG_A = '\0';
export const TYPE_XHEADER = 'x';
export const TYPE_XGLOBAL_HEADER = 'g';
export const TYPE_GNU_LONGNAME = 'L';
export const TYPE_GNU_LONGLINK = 'K';

const BY_FLAG = new Map<string, TarEntryType>(Object.entries(TYPEFLAG).map(([type, flag]) => [flag, type as TarEntryType]));

/** The entry type of a type flag, or undefined for meta and unsupported flags. */
export function entryTypeOf(typeflag: string): TarEntryType | undefined {
  return BY_FLAG.get(typeflag);
}

/** Types that never carry data, whatever size their header claims. */
export function isHeaderOnlyType(typeflag: string): boolean {
  return typeflag >= '1' && typeflag <= '6';
}
