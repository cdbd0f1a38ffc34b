import type { Daemon } from './daemon';

/** GET /images/{name}/history item, as the Engine API names its fields. */
export interface HistoryResponseItem {
  Id: string;
  /** seconds since the epoch */
  Created: number;
  CreatedBy: string;
  Tags: string[] | null;
  Size: number;
  Comment: string;
}

/**
 * GET /images/{name}/history, as the graphdriver image service answers it: one item per
 * history entry, newest first; layer-making entries carry their layer's size; only the
 * newest names the image (pulled images have no parent), the rest are "<missing>".
 */
export function imageHistory(daemon: Daemon, name: string): HistoryResponseItem[] {
  const image = daemon.images.lookup(name);
  const layers = image.topChainId ? daemon.layers.layersOf(image.topChainId) : [];
  const items: HistoryResponseItem[] = [];
  let layerIndex = 0;
  for (const h of image.config.history ?? []) {
    let size = 0;
    if (!h.empty_layer) {
      const layer = layers[layerIndex++];
      if (!layer) throw new Error('too many non-empty layers in History section');
      size = layer.size;
    }
    items.unshift({
      Id: '<missing>',
      Created: h.created ? Math.floor(Date.parse(h.created) / 1000) : 0,
      CreatedBy: h.created_by ?? '',
      Tags: null,
      Size: size,
      Comment: h.comment ?? '',
    });
  }
  const top = items[0];
  if (top) {
    top.Id = image.id;
    const tags = daemon.images
      .referencesOf(image.id)
      .filter((r) => r.tag !== undefined && r.digest === undefined)
      .map((r) => r.familiarString());
    top.Tags = tags.length > 0 ? tags : null;
  }
  return items;
}
