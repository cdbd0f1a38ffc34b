/**
 * gzip for layer blobs. Compression is deterministic — no file name, modification time 0,
 * fixed level — and the header is the one Docker's gzip writer emits (XFL 0, OS 255), so the
 * same tar always gives the same blob digest.
 */
import { gunzipSync, gzipSync } from 'fflate';
import { crc32 } from './crc32';
import { GzipError } from './errors';

/** Compression level used for layer blobs (the default level). */
export const GZIP_LEVEL = 6;
/** gzip's "unknown" operating system byte, which Docker writes. */
const OS_UNKNOWN = 255;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

export function gzip(bytes: Uint8Array): Uint8Array {
  const out = gzipSync(bytes, { level: GZIP_LEVEL, mtime: 0 });
  out[9] = OS_UNKNOWN;
  return out;
}

function readUint32LE(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** Decompresses a single-member gzip stream, checking its CRC-32 and length. */
export function gunzip(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 10) throw new GzipError(bytes.length === 0 ? 'unexpected_eof' : 'invalid_header');
  if (!isGzip(bytes)) throw new GzipError('invalid_header');
  let out: Uint8Array;
  try {
    out = gunzipSync(bytes);
  } catch (e) {
    const code = (e as { code?: number }).code;
    throw new GzipError(code === 0 || code === 6 ? 'unexpected_eof' : 'corrupt_input');
  }
  const end = bytes.length;
  if (crc32(out) !== readUint32LE(bytes, end - 8) || out.length >>> 0 !== readUint32LE(bytes, end - 4)) {
    throw new GzipError('invalid_checksum');
  }
  return out;
}
