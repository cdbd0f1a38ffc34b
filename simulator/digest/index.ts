export { sha256Hex, Sha256Hasher, type Hashable } from './sha256';
export {
  digestOf,
  digestFromHex,
  digestError,
  parseDigest,
  isDigest,
  digestAlgorithm,
  digestEncoded,
  Digester,
  SHA256,
  type Digest,
} from './digest';
export { InvalidDigestError, type DigestErrorKind } from './errors';
export { chainId, chainIds } from './chain-id';
export { truncateId, SHORT_ID_LENGTH } from './stringid';
