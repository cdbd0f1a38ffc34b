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
  /**
   * Images only the builder sees: BuildKit's intermediate states and the base images it
   * pulled (never tagged, not listed, not found by name or ID prefix; `docker builder
   * prune` drops them).
   */
  private readonly hidden = new Map<string, Image>();
  /** full reference string (docker.io/library/x:tag or …@sha256:…) → image ID */
  private readonly refs = new Map<string, string>();

  add(image: Image): void {
    this.hidden.delete(image.id);
    this.images.set(image.id, image);
  }

  /** Keeps an image for the builder only (a listed image with the same ID stays listed). */
  addHidden(image: Image): void {
    if (!this.images.has(image.id)) this.hidden.set(image.id, image);
  }

  isHidden(id: string): boolean {
    return this.hidden.has(id);
  }

  hiddenImages(): Image[] {
    return [...this.hidden.values()];
  }

  removeHidden(id: string): void {
    this.hidden.delete(id);
  }

  has(id: string): boolean {
    return this.images.has(id) || this.hidden.has(id);
  }

  get(id: string): Image {
    const image = this.images.get(id) ?? this.hidden.get(id);
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
      const hex = refOrId.replace(/^sha256:/, '');
      // A full ID also finds an image only the builder keeps (its build containers use it).
      if (hex.length === 64 && this.hidden.has(`sha256:${hex}`)) return this.hidden.get(`sha256:${hex}`);
      const byId = this.searchId(refOrId);
      if (byId && hex.length === 64) return byId;
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
