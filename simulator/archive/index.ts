export {
  TYPEFLAG,
  entryTypeOf,
  isHeaderOnlyType,
  type TarEntry,
  type TarEntryType,
} from './entry';
export { TarError, GzipError, type TarErrorKind, type GzipErrorKind } from './errors';
export { TarWriter, writeTar } from './writer';
export { tarEntries, readTar } from './reader';
export { BLOCK_SIZE } from './block';
export { gzip, gunzip, isGzip, GZIP_LEVEL } from './gzip';
export { crc32 } from './crc32';
