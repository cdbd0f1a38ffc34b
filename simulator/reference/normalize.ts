/**
 * Normalization between the familiar names users type (ubuntu, me/app:1) and full references
 * (docker.io/library/ubuntu, docker.io/me/app:1), as `docker pull/run/tag` do it.
 */
import { isDigest, type Digest } from '../digest';
import { InvalidReferenceError } from './errors';
import { isNameOnly, parse, withDigest, withName, withTag } from './parse';
import {
  DEFAULT_DOMAIN,
  DEFAULT_TAG,
  DigestReference,
  LEGACY_DEFAULT_DOMAIN,
  OFFICIAL_REPO_PREFIX,
  Reference,
  type AnyReference,
} from './reference';
import { anchoredIdentifierRegexp, localhost } from './regexp';

/**
 * Splits a name into domain and remainder, filling in Docker Hub: the first component is a
 * domain only if it is "localhost", contains "." or ":", or has uppercase letters.
 */
export function splitDockerDomain(name: string): [domain: string, remainder: string] {
  const slash = name.indexOf('/');
  if (slash < 0) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
  const first = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (first === localhost) [domain, remainder] = [first, rest];
  else if (first === LEGACY_DEFAULT_DOMAIN) [domain, remainder] = [DEFAULT_DOMAIN, rest];
  else if (/[.:]/.test(first)) [domain, remainder] = [first, rest];
  else if (first.toLowerCase() !== first) [domain, remainder] = [first, rest];
  else [domain, remainder] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return [domain, remainder];
}

/** Parses a name as users type it into a full reference (ubuntu → docker.io/library/ubuntu). */
export function parseNormalizedNamed(s: string): Reference {
  if (anchoredIdentifierRegexp.test(s)) {
    throw new InvalidReferenceError('identifier', `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`, s);
  }
  const [domain, remainder] = splitDockerDomain(s);
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) {
    throw new InvalidReferenceError('uppercase', `invalid reference format: repository name (${remote}) must be lowercase`, s);
  }
  return parse(`${domain}/${remainder}`);
}

/** Like parseNormalizedNamed, but the input must already be in full form. */
export function parseNamed(s: string): Reference {
  const named = parseNormalizedNamed(s);
  if (named.toString() !== s) throw new InvalidReferenceError('not_canonical', undefined, s);
  return named;
}

/** Adds the default tag "latest" to a name that has neither tag nor digest. */
export function tagNameOnly(ref: Reference): Reference {
  return isNameOnly(ref) ? withTag(ref, DEFAULT_TAG) : ref;
}

/**
 * Normalizes as Docker does for pulls: a name gets ":latest"; a reference with both tag and
 * digest keeps only the digest.
 */
export function parseDockerRef(s: string): Reference {
  const named = parseNormalizedNamed(s);
  if (named.tag !== undefined && named.digest !== undefined) {
    return withDigest(withName(named.name), named.digest);
  }
  return tagNameOnly(named);
}

/** Parses an image ID (64 hex), a digest, or a familiar name. */
export function parseAnyReference(s: string): AnyReference {
  if (anchoredIdentifierRegexp.test(s)) return new DigestReference(`sha256:${s}`);
  if (isDigest(s)) return new DigestReference(s as Digest);
  return parseNormalizedNamed(s);
}
