/** Parsing and composing references without normalization (Docker's Parse, WithName, WithTag, WithDigest). */
import { parseDigest, type Digest } from '../digest';
import { InvalidReferenceError, REPOSITORY_NAME_TOTAL_LENGTH_MAX } from './errors';
import { Reference } from './reference';
import { anchoredDigestRegexp, anchoredNameRegexp, anchoredTagRegexp, referenceRegexp } from './regexp';

/** Splits a name into domain and path; the domain is empty when the name has none. */
export function splitDomain(name: string): [domain: string, path: string] {
  const m = anchoredNameRegexp.exec(name);
  if (!m) return ['', name];
  return [m[1] ?? '', m[2] ?? ''];
}

/**
 * Parses `name[:tag][@digest]` exactly as written: no default domain, no library/, no default tag.
 * Digest errors are thrown as InvalidDigestError; everything else as InvalidReferenceError.
 */
export function parse(s: string): Reference {
  if (s === '') throw new InvalidReferenceError('name_empty', undefined, s);
  const m = referenceRegexp.exec(s);
  if (!m) {
    const lower = s.toLowerCase();
    if (lower !== s && referenceRegexp.test(lower)) throw new InvalidReferenceError('uppercase', undefined, s);
    throw new InvalidReferenceError('invalid_format', undefined, s);
  }
  const name = m[1] ?? '';
  const [domain, path] = splitDomain(name);
  if (path.length > REPOSITORY_NAME_TOTAL_LENGTH_MAX) throw new InvalidReferenceError('name_too_long', undefined, s);
  const tag = m[2] || undefined;
  const digest = m[3] ? parseDigest(m[3]) : undefined;
  return new Reference(domain, path, tag, digest);
}

/** A name-only reference from `[domain/]path`; no tag or digest allowed. */
export function withName(name: string): Reference {
  const m = anchoredNameRegexp.exec(name);
  if (!m) throw new InvalidReferenceError('invalid_format', undefined, name);
  const path = m[2] ?? '';
  if (path.length > REPOSITORY_NAME_TOTAL_LENGTH_MAX) throw new InvalidReferenceError('name_too_long', undefined, name);
  return new Reference(m[1] ?? '', path);
}

/** The reference with its tag set (a digest it has is kept). */
export function withTag(ref: Reference, tag: string): Reference {
  if (!anchoredTagRegexp.test(tag)) throw new InvalidReferenceError('invalid_tag', undefined, tag);
  return new Reference(ref.domain, ref.path, tag, ref.digest);
}

/**
 * The reference with its digest set (a tag it has is kept). Like Docker, only the digest's
 * syntax is checked here, not its algorithm or length.
 */
export function withDigest(ref: Reference, digest: string): Reference {
  if (!anchoredDigestRegexp.test(digest)) throw new InvalidReferenceError('invalid_digest', undefined, digest);
  return new Reference(ref.domain, ref.path, ref.tag, digest as Digest);
}

/** The name alone, tag and digest removed. */
export function trimNamed(ref: Reference): Reference {
  return new Reference(ref.domain, ref.path);
}

/** True when the reference has neither tag nor digest. */
export function isNameOnly(ref: Reference): boolean {
  return ref.tag === undefined && ref.digest === undefined;
}
