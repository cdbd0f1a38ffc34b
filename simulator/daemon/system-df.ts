import { containerList, type ContainerSummary } from './container-list';
import { buildkitCache } from '../builder/build-cache';
import type { Daemon } from './daemon';

export interface DiskUsageImage {
  Id: string;
  /** familiar name:tag, sorted as the reference store lists them */
  RepoTags: string[];
  /** seconds since the epoch */
  Created: number;
  Size: number;
  /** size of this image's layers that other images use too */
  SharedSize: number;
  Containers: number;
}

export interface DiskUsageContainer extends ContainerSummary {
  SizeRw: number;
  /** volumes mounted (Gorae has none yet) */
  LocalVolumes: number;
}

export interface DiskUsage {
  LayersSize: number;
  Images: DiskUsageImage[];
  Containers: DiskUsageContainer[];
  Volumes: Array<{ Name: string; Size: number; RefCount: number }>;
  BuildCache: Array<{ ID: string; Size: number; InUse: boolean; Shared: boolean }>;
}

/** GET /system/df, as the graphdriver daemon answers it. */
export function systemDf(daemon: Daemon): DiskUsage {
  const images = daemon.images.all().sort((a, b) => b.created - a.created);
  const chainsOf = (topChainId: string) => (topChainId ? daemon.layers.layersOf(topChainId) : []);
  const layerRefs = new Map<string, number>();
  for (const image of images) for (const l of chainsOf(image.topChainId)) layerRefs.set(l.chainId, (layerRefs.get(l.chainId) ?? 0) + 1);
  const containers = daemon.containers.all();
  return {
    LayersSize: daemon.layers.all().reduce((n, l) => n + l.size, 0),
    Images: images.map((image) => ({
      Id: image.id,
      RepoTags: daemon.images
        .referencesOf(image.id)
        .filter((r) => r.digest === undefined)
        .sort((a, b) => (a.toString() < b.toString() ? -1 : 1))
        .map((r) => r.familiarString()),
      Created: Math.floor(image.created / 1000),
      Size: image.size,
      SharedSize: chainsOf(image.topChainId)
        .filter((l) => (layerRefs.get(l.chainId) ?? 0) > 1)
        .reduce((n, l) => n + l.size, 0),
      Containers: containers.filter((c) => c.image === image.id).length,
    })),
    Containers: containerList(daemon, { all: true }).map((c) => ({
      ...c,
      SizeRw: daemon.snapshots.usage(daemon.containers.get(c.Id).snapshotKey),
      LocalVolumes: 0,
    })),
    Volumes: [],
    // BuildKit's cache records: the layers its steps made (shared when an image uses them too).
    BuildCache: buildkitCache(daemon)
      .records()
      .map((r) => ({ ID: r.id, Size: r.size, InUse: false, Shared: images.some((i) => i.topChainId !== '' && r.imageId !== '' && sharesTop(daemon, i.id, r.imageId)) })),
  };
}

/** Whether an image's layers include the top layer of a build state. */
function sharesTop(daemon: Daemon, imageId: string, stateId: string): boolean {
  const state = daemon.images.find(stateId);
  if (!state?.topChainId) return false;
  return daemon.layers.layersOf(daemon.images.get(imageId).topChainId).some((l) => l.chainId === state.topChainId);
}
