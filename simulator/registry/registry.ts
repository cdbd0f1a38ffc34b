import { NotFoundError, SimError } from '../errors';
import { buildImage, type BuiltImage } from './build-image';
import type { ImageDefinition } from './catalog/types';
import type { ProgramLoader } from './programs';

/** Why a registry refused a request. The daemon turns these into Docker's messages. */
export type RegistryErrorKind = 'denied' | 'manifest_unknown' | 'blob_unknown' | 'unreachable';

export class RegistryError extends SimError {
  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
  ) {
    super(kind === 'unreachable' ? 'unavailable' : kind === 'denied' ? 'forbidden' : 'not_found', message, { kind });
  }
}

/** The domain the built-in registry answers for. */
export const DOCKER_HUB = 'docker.io';

export interface ResolvedManifest {
  repository: string;
  /** digest of what the tag points at (an index for the official images). */
  digest: string;
  bytes: Uint8Array;
}

/**
 * The built-in, offline "Docker Hub". Repositories are built from their definitions the
 * first time they are asked for, so start-up costs nothing.
 */
export class Registry {
  private readonly definitions = new Map<string, ImageDefinition[]>();
  private readonly built = new Map<ImageDefinition, Promise<BuiltImage>>();

  constructor(
    catalog: readonly ImageDefinition[],
    private readonly programs: ProgramLoader,
  ) {
    for (const def of catalog) {
      const list = this.definitions.get(def.repository) ?? [];
      list.push(def);
      this.definitions.set(def.repository, list);
    }
  }

  /** Repository paths served, e.g. "library/hello-world". */
  repositories(): string[] {
    return [...this.definitions.keys()];
  }

  definitionsOf(repository: string): readonly ImageDefinition[] {
    return this.definitions.get(repository) ?? [];
  }

  private definitionsOrDenied(repository: string): readonly ImageDefinition[] {
    const defs = this.definitions.get(repository);
    if (!defs) throw new RegistryError('denied', 'requested access to the resource is denied');
    return defs;
  }

  /** One image, built the first time it is asked for (a repository's other tags are not). */
  private image(def: ImageDefinition): Promise<BuiltImage> {
    let pending = this.built.get(def);
    if (!pending) {
      pending = buildImage(def, this.programs);
      this.built.set(def, pending);
    }
    return pending;
  }

  /** The repository's images: those already built first, then the rest, built one by one. */
  private async *images(repository: string): AsyncGenerator<BuiltImage> {
    const defs = this.definitionsOrDenied(repository);
    const started = defs.filter((d) => this.built.has(d));
    for (const def of started) yield await this.image(def);
    for (const def of defs) if (!started.includes(def)) yield await this.image(def);
  }

  /** Resolves a tag or digest to the manifest (or index) it names. */
  async resolve(domain: string, repository: string, tagOrDigest: string): Promise<ResolvedManifest> {
    if (domain !== DOCKER_HUB) {
      throw new RegistryError(
        'unreachable',
        `Get "https://${domain}/v2/": dial tcp: lookup ${domain.replace(/:\d+$/, '')} on 127.0.0.53:53: no such host`,
      );
    }
    const defs = this.definitionsOrDenied(repository);
    if (!tagOrDigest.startsWith('sha256:')) {
      const def = defs.find((d) => d.tags.includes(tagOrDigest));
      if (!def) throw new RegistryError('manifest_unknown', 'manifest unknown');
      const image = await this.image(def);
      const digest = image.tags.get(tagOrDigest)!;
      return { repository, digest, bytes: image.blobs.get(digest)! };
    }
    for await (const image of this.images(repository)) {
      if (image.blobs.has(tagOrDigest)) return { repository, digest: tagOrDigest, bytes: image.blobs.get(tagOrDigest)! };
    }
    throw new RegistryError('manifest_unknown', 'manifest unknown');
  }

  /** Fetches a blob (config, layer or manifest) of a repository by digest. */
  async fetchBlob(repository: string, digest: string): Promise<Uint8Array> {
    for await (const image of this.images(repository)) {
      const blob = image.blobs.get(digest);
      if (blob) return blob;
    }
    throw new NotFoundError(`blob unknown: ${digest}`);
  }

  /** Every tag of a repository, for `docker pull --all-tags`. */
  async tags(repository: string): Promise<string[]> {
    return this.definitionsOrDenied(repository).flatMap((d) => d.tags);
  }
}
