/** SHA-256, the one hash Gorae computes: content digests, diff IDs, chain IDs, image IDs. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

/** Bytes to hash: raw bytes, or text hashed as its UTF-8 encoding. */
export type Hashable = Uint8Array | string;

function toBytes(data: Hashable): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** Lowercase hex SHA-256 of the bytes (64 characters). */
export function sha256Hex(data: Hashable): string {
  return bytesToHex(sha256(toBytes(data)));
}

/** Incremental SHA-256, for content that arrives in pieces (a blob being pulled, a tar being written). */
export class Sha256Hasher {
  private readonly hash = sha256.create();
  private done = false;

  update(data: Hashable): this {
    if (this.done) throw new Error('sha256: update after digest');
    this.hash.update(toBytes(data));
    return this;
  }

  /** Lowercase hex of everything written so far; the hasher cannot be used afterwards. */
  hex(): string {
    this.done = true;
    return bytesToHex(this.hash.digest());
  }
}
