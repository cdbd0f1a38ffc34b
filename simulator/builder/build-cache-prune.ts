/**
 * Emptying BuildKit's cache (`docker builder prune`): every record goes, with the state
 * images only the builder kept (its steps' results and the base images it pulled), and the
 * layers nothing else uses. Returns what was removed, for the listing.
 */
import type { Daemon } from '../daemon/daemon';
import { buildkitCache, type CacheRecord } from './build-cache';

export function pruneBuildCache(daemon: Daemon): CacheRecord[] {
  const cache = buildkitCache(daemon);
  const removed = cache.records().sort((a, b) => a.created - b.created);
  for (const r of removed) cache.remove(r);
  const inUse = new Set([...daemon.containers.all()].map((c) => c.image));
  for (const image of daemon.images.hiddenImages()) {
    if (inUse.has(image.id)) continue;
    daemon.images.removeHidden(image.id);
    daemon.layers.release(image.topChainId);
  }
  return removed;
}
