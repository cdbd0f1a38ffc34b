import { SimError } from '../errors';
import type { Daemon } from './daemon';
import { imageRemove, type DeleteResponseItem } from './image-remove';

export interface ImagesPruneReport {
  ImagesDeleted: DeleteResponseItem[];
  SpaceReclaimed: number;
}

/**
 * POST /images/prune, as the graphdriver image service does it. Dangling-only (the default)
 * removes images without tags; `all` removes every image no container uses. Each image is
 * removed through its references (or its ID when it has none); an image a container still
 * uses makes that removal fail, and prune skips it.
 */
export function imagesPrune(daemon: Daemon, options: { all?: boolean } = {}): ImagesPruneReport {
  const danglingOnly = !options.all;
  const layerSizes = new Map(daemon.layers.all().map((l) => [l.chainId, l.size]));
  const report: ImagesPruneReport = { ImagesDeleted: [], SpaceReclaimed: 0 };
  const images = daemon.images.all().sort((a, b) => b.created - a.created);
  for (const image of images) {
    if (!daemon.images.has(image.id)) continue;
    const refs = daemon.images.referencesOf(image.id).sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
    const attempts: string[] = [];
    if (refs.length > 0) {
      const hasTag = refs.some((r) => r.tag !== undefined && r.digest === undefined);
      if (danglingOnly && hasTag) continue;
      attempts.push(...refs.map((r) => r.toString()));
    } else {
      attempts.push(image.id.slice(7));
    }
    for (const input of attempts) {
      try {
        report.ImagesDeleted.push(...imageRemove(daemon, input));
      } catch (err) {
        if (!(err instanceof SimError)) throw err;
      }
    }
  }
  for (const d of report.ImagesDeleted) if (d.Deleted) report.SpaceReclaimed += layerSizes.get(d.Deleted) ?? 0;
  return report;
}
