import { InvalidArgumentError } from '../errors';

/** Why a digest string was rejected, one per error of the digest package Docker uses. */
export type DigestErrorKind = 'invalid_format' | 'invalid_length' | 'unsupported';

const MESSAGES: Readonly<Record<DigestErrorKind, string>> = {
  invalid_format: 'invalid checksum digest format',
  invalid_length: 'invalid checksum digest length',
  unsupported: 'unsupported digest algorithm',
};

/** A digest string that is not `algorithm:encoded` for a supported algorithm. */
export class InvalidDigestError extends InvalidArgumentError {
  constructor(
    readonly kind: DigestErrorKind,
    readonly digest: string,
  ) {
    super(MESSAGES[kind], { kind, digest });
  }
}
