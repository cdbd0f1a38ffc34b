import { NotFoundError, SimError } from '../errors';
import {
  familiarName,
  familiarString,
  parseNormalizedNamed,
  tagNameOnly,
  type Reference,
} from '../reference';
import type { Image } from './image';

const HEX_PREFIX = /^(sha256:)?[a-f0-9]{1,64}$/;

/** `docker image` lookups that match several images by ID prefix. */
export class AmbiguousImageError extends SimError {
  constructor(prefix: string) {
    super('invalid_argument', `ambiguous image reference: ${prefix}`);
  }
}

/**
 * Images by ID plus the reference store (tags and digests → image ID), answering lookups the
 * way the daemon's GetImage does: a name (tag defaulting to latest) first, then an ID prefix.
 */
export class ImageStore {
  private readonly images = new Map<string, Image>();
  /** full reference string (docker.io/library/x:tag or …@sha256:…) → image ID */
  private readonly refs = new Map<string, string>();

  add(image: Image): void {
    this.images.set(image.id, image);
  }

  has(id: string): boolean {
    return this.images.has(id);
  }

  get(id: string): Image {
    const image = this.images.get(id);
    if (!image) throw new NotFoundError(`No such image: ${id}`);
    return image;
  }

  all(): Image[] {
    return [...this.images.values()];
  }

  remove(id: string): void {
    this.images.delete(id);
  }

  /** Points a reference at an image; returns the image it pointed at before, if another. */
  setReference(ref: Reference, id: string): string | undefined {
    const key = ref.toString();
    const previous = this.refs.get(key);
    this.refs.set(key, id);
    return previous !== id ? previous : undefined;
  }

  deleteReference(ref: Reference): boolean {
    return this.refs.delete(ref.toString());
  }

  /** References to an image, as parsed references, in the order they were made. */
  referencesOf(id: string): Reference[] {
    const out: Reference[] = [];
    for (const [key, target] of this.refs) if (target === id) out.push(parseNormalizedNamed(key));
    return out;
  }

  referenceTarget(ref: Reference): string | undefined {
    return this.refs.get(ref.toString());
  }

  /** All references with their image IDs. */
  entries(): Array<[Reference, string]> {
    return [...this.refs].map(([key, id]) => [parseNormalizedNamed(key), id]);
  }

  /** Finds an image by reference or ID (prefix); undefined when there is none. */
  find(refOrId: string): Image | undefined {
    if (HEX_PREFIX.test(refOrId)) {
      const byId = this.searchId(refOrId);
      if (byId && refOrId.replace(/^sha256:/, '').length === 64) return byId;
    }
    let named: Reference | undefined;
    try {
      named = parseNormalizedNamed(refOrId);
    } catch {
      named = undefined;
    }
    if (named) {
      const id = this.refs.get(tagNameOnly(named).toString());
      if (id) return this.images.get(id);
    }
    if (HEX_PREFIX.test(refOrId)) return this.searchId(refOrId);
    return undefined;
  }

  /** Like find, but throws Docker's "No such image" error. */
  lookup(refOrId: string): Image {
    const image = this.find(refOrId);
    if (image) return image;
    throw new NotFoundError(`No such image: ${describeRef(refOrId)}`, { ref: refOrId });
  }

  private searchId(prefix: string): Image | undefined {
    const hex = prefix.replace(/^sha256:/, '');
    const matches = [...this.images.keys()].filter((id) => id.slice(7).startsWith(hex));
    if (matches.length > 1) throw new AmbiguousImageError(prefix);
    return matches.length === 1 ? this.images.get(matches[0]!) : undefined;
  }
}

/** How Docker names a reference in "No such image" errors: familiar, with the default tag. */
export function describeRef(refOrId: string): string {
  try {
    return familiarString(tagNameOnly(parseNormalizedNamed(refOrId)));
  } catch {
    return refOrId;
  }
}

export { familiarName };
