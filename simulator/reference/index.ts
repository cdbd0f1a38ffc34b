export {
  Reference,
  DigestReference,
  DEFAULT_DOMAIN,
  LEGACY_DEFAULT_DOMAIN,
  OFFICIAL_REPO_PREFIX,
  DEFAULT_TAG,
  type AnyReference,
} from './reference';
export { InvalidReferenceError, REPOSITORY_NAME_TOTAL_LENGTH_MAX, type ReferenceErrorKind } from './errors';
export { parse, splitDomain, withName, withTag, withDigest, trimNamed, isNameOnly } from './parse';
export {
  parseNormalizedNamed,
  parseNamed,
  parseDockerRef,
  parseAnyReference,
  tagNameOnly,
  splitDockerDomain,
} from './normalize';
export { familiarName, familiarString, familiarMatch } from './helpers';
export { pathMatch, BadPatternError } from './path-match';
export {
  patterns,
  digestRegexp,
  domainRegexp,
  identifierRegexp,
  nameRegexp,
  referenceRegexp,
  tagRegexp,
  anchoredDomainRegexp,
  anchoredNameRegexp,
  anchoredTagRegexp,
  anchoredDigestRegexp,
  anchoredIdentifierRegexp,
} from './regexp';
