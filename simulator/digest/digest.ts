/**
 * Content digests in their text form, `sha256:<64 lowercase hex>`, validated the way Docker's
 * digest package does (same checks, same order, same error texts).
 */
import { InvalidDigestError } from './errors';
import { Sha256Hasher, sha256Hex, type Hashable } from './sha256';

/** A content digest. Gorae registers only sha256, Docker's canonical algorithm. */
export type Digest = `sha256:${string}`;

/** The canonical algorithm; the only one Gorae can compute or accept. */
export const SHA256 = 'sha256';

/** Hex length of each registered algorithm's encoded part. */
const ENCODED_LENGTH: Readonly<Record<string, number>> = { [SHA256]: 64 };

/** Any well-formed digest text, registered algorithm or not. */
const DIGEST_TEXT = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const LOWER_HEX = /^[a-f0-9]+$/;

/** `sha256:` + the SHA-256 of the bytes (text is hashed as UTF-8). */
export function digestOf(data: Hashable): Digest {
  return `sha256:${sha256Hex(data)}`;
}

/** The digest of a hex SHA-256 value. */
export function digestFromHex(hex: string): Digest {
  return parseDigest(`${SHA256}:${hex}`);
}

/** Why `s` is not a valid digest, or undefined when it is one. */
export function digestError(s: string): InvalidDigestError | undefined {
  const i = s.indexOf(':');
  if (i <= 0 || i + 1 === s.length) return new InvalidDigestError('invalid_format', s);
  const algorithm = s.slice(0, i);
  const encoded = s.slice(i + 1);
  const length = Object.hasOwn(ENCODED_LENGTH, algorithm) ? ENCODED_LENGTH[algorithm] : undefined;
  if (length === undefined) {
    return new InvalidDigestError(DIGEST_TEXT.test(s) ? 'unsupported' : 'invalid_format', s);
  }
  if (encoded.length !== length) return new InvalidDigestError('invalid_length', s);
  if (!LOWER_HEX.test(encoded)) return new InvalidDigestError('invalid_format', s);
  return undefined;
}

/** Validates a digest string; throws InvalidDigestError with Docker's text when it is not one. */
export function parseDigest(s: string): Digest {
  const err = digestError(s);
  if (err) throw err;
  return s as Digest;
}

export function isDigest(s: string): s is Digest {
  return digestError(s) === undefined;
}

/** The algorithm part of a digest (`sha256`). */
export function digestAlgorithm(d: string): string {
  const i = d.indexOf(':');
  return i < 0 ? '' : d.slice(0, i);
}

/** The encoded (hex) part of a digest, without the algorithm. */
export function digestEncoded(d: string): string {
  return d.slice(d.indexOf(':') + 1);
}

/** Computes a digest over content written in pieces. */
export class Digester {
  private readonly hasher = new Sha256Hasher();

  update(data: Hashable): this {
    this.hasher.update(data);
    return this;
  }

  digest(): Digest {
    return `sha256:${this.hasher.hex()}`;
  }
}
