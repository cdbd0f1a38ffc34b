/**
 * The reference grammar as regular expressions, assembled from the same pieces as Docker's
 * reference package so the patterns are identical, capture groups included.
 *
 *   reference        := name [ ":" tag ] [ "@" digest ]
 *   name             := [domain '/'] remote-name
 *   domain           := host [':' port-number]
 *   host             := domain-name | IPv4address | \[ IPv6address \]
 *   domain-name      := domain-component ['.' domain-component]*
 *   domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 *   port-number      := /[0-9]+/
 *   path-component   := alpha-numeric [separator alpha-numeric]*
 *   path             := path-component ['/' path-component]*
 *   alpha-numeric    := /[a-z0-9]+/
 *   separator        := /[_.]|__|[-]+/
 *   tag              := /[\w][\w.-]{0,127}/
 *   digest           := algorithm ":" hex, at least 32 hex digits
 *   algorithm        := letter-led alphanumeric components joined by one of - _ + .
 *   identifier       := /[a-f0-9]{64}/
 */

const optional = (...res: string[]): string => `(?:${res.join('')})?`;
const anyTimes = (...res: string[]): string => `(?:${res.join('')})*`;
const capture = (...res: string[]): string => `(${res.join('')})`;
const anchored = (...res: string[]): string => `^${res.join('')}$`;

const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = alphanumeric + anyTimes(separator + alphanumeric);
const remoteName = pathComponent + anyTimes('/' + pathComponent);

/** Reserved domain: a first component equal to it is always a domain. */
export const localhost = 'localhost';

/** Source texts of the patterns (what each RegExp below is compiled from). */
export const patterns = {
  tag: '[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}',
  digest: '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}',
  identifier: '([a-f0-9]{64})',
  domainAndPort,
  name: optional(domainAndPort, '/') + remoteName,
  anchoredName: anchored(optional(capture(domainAndPort), '/'), capture(remoteName)),
  reference: '',
};
patterns.reference = anchored(
  capture(patterns.name),
  optional(':', capture(patterns.tag)),
  optional('@', capture(patterns.digest)),
);

/** Well-formed digests, algorithm included (unanchored). */
export const digestRegexp = new RegExp(patterns.digest);
/** A registry host or IP address with an optional port (unanchored). */
export const domainRegexp = new RegExp(domainAndPort);
/** A 64-hex content-addressable identifier (unanchored). */
export const identifierRegexp = new RegExp(patterns.identifier);
/** A name with optional domain, no tag or digest (unanchored). */
export const nameRegexp = new RegExp(patterns.name);
/** A whole reference; groups: 1 name, 2 tag, 3 digest. */
export const referenceRegexp = new RegExp(patterns.reference);
/** A tag (unanchored). */
export const tagRegexp = new RegExp(patterns.tag);

export const anchoredDomainRegexp = new RegExp(anchored(domainAndPort));
/** A whole name; groups: 1 domain, 2 path. */
export const anchoredNameRegexp = new RegExp(patterns.anchoredName);
export const anchoredTagRegexp = new RegExp(anchored(patterns.tag));
export const anchoredDigestRegexp = new RegExp(anchored(patterns.digest));
export const anchoredIdentifierRegexp = new RegExp(anchored(patterns.identifier));
