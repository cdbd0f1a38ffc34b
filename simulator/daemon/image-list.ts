import { familiarString } from '../reference';
import type { Daemon } from './daemon';

/** GET /images/json item, as the Engine API names its fields. */
export interface ImageSummary {
  Id: string;
  ParentId: string;
  RepoTags: string[];
  RepoDigests: string[];
  /** seconds since the epoch */
  Created: number;
  Size: number;
  Containers: number;
}

/**
 * Images newest first, each with its tags and digests in familiar form. Without `all`,
 * untagged images that others were built on (the classic builder's intermediate images)
 * are left out, as `docker images` leaves them out without -a.
 */
export function imageList(daemon: Daemon, all = true): ImageSummary[] {
  const images = daemon.images.all();
  const parents = new Set(images.map((i) => i.parent).filter((p): p is string => !!p));
  return images
    .filter((image) => all || !parents.has(image.id) || daemon.images.referencesOf(image.id).length > 0)
    .map((image) => {
      const refs = daemon.images.referencesOf(image.id);
      return {
        Id: image.id,
        ParentId: image.parent ?? '',
        RepoTags: refs.filter((r) => !r.digest).map((r) => familiarString(r)),
        RepoDigests: refs.filter((r) => r.digest).map((r) => familiarString(r)),
        Created: Math.floor(image.created / 1000),
        Size: image.size,
        Containers: daemon.containers.all().filter((c) => c.image === image.id).length,
      };
    })
    .sort((a, b) => b.Created - a.Created);
}
