/**
 * The reference model: a repository name (domain + path) with an optional tag and digest,
 * or a bare digest. `toString()` gives the full form (docker.io/library/ubuntu:latest);
 * the familiar form is what Docker shows users (ubuntu:latest).
 */
import type { Digest } from '../digest';

/** Docker Hub's domain, the default for names without one. */
export const DEFAULT_DOMAIN = 'docker.io';
/** Docker Hub's former domain, normalized to DEFAULT_DOMAIN. */
export const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
/** Namespace of Docker Hub's official images. */
export const OFFICIAL_REPO_PREFIX = 'library/';
/** Tag assumed when a name has neither tag nor digest. */
export const DEFAULT_TAG = 'latest';

/** A named reference: `[domain/]path[:tag][@digest]`. */
export class Reference {
  constructor(
    /** Registry host[:port]; empty when the name has none (only before normalization). */
    readonly domain: string,
    /** Repository path inside the registry (library/ubuntu). */
    readonly path: string,
    readonly tag?: string,
    readonly digest?: Digest,
  ) {}

  /** Domain and path: docker.io/library/ubuntu. */
  get name(): string {
    return this.domain === '' ? this.path : `${this.domain}/${this.path}`;
  }

  toString(): string {
    let s = this.name;
    if (this.tag !== undefined) s += `:${this.tag}`;
    if (this.digest !== undefined) s += `@${this.digest}`;
    return s;
  }

  toJSON(): string {
    return this.toString();
  }

  /** The same reference as Docker shows it: docker.io/ and a lone library/ dropped. */
  familiar(): Reference {
    if (this.domain !== DEFAULT_DOMAIN) return this;
    let path = this.path;
    if (path.startsWith(OFFICIAL_REPO_PREFIX)) {
      const rest = path.slice(OFFICIAL_REPO_PREFIX.length);
      if (!rest.includes('/')) path = rest;
    }
    return new Reference('', path, this.tag, this.digest);
  }

  familiarName(): string {
    return this.familiar().name;
  }

  familiarString(): string {
    return this.familiar().toString();
  }
}

/** A reference that is only a digest (an image ID or `sha256:…`), without a name. */
export class DigestReference {
  constructor(readonly digest: Digest) {}

  toString(): string {
    return this.digest;
  }

  toJSON(): string {
    return this.digest;
  }
}

/** Whatever ParseAnyReference can return. */
export type AnyReference = Reference | DigestReference;
