/**
 * The build cache: which step results exist for a parent state and a step key, and, when a
 * step misses, why (the first miss of a build is what a student wants explained). The
 * classic builder keys by parent image ID and run config; BuildKit by the parent state's
 * cache key and the operation (with COPY's file checksums).
 */
import { digestOf } from '../digest';
import type { Daemon } from '../daemon/daemon';
import type { BuildMissReason } from '../events/types';

export interface CacheRecord {
  /** BuildKit-style record ID (25 lower-case base-36 characters), as `docker builder prune` lists. */
  id: string;
  /** The parent state's key. */
  parent: string;
  /** The step's full key (includes file checksums and the run environment). */
  key: string;
  /** The step as written, without what it depends on (to tell "files changed" from "line changed"). */
  text: string;
  /** The image holding the result (BuildKit: a hidden state image). */
  imageId: string;
  /** Bytes the step's layer added. */
  size: number;
  /** ms since the epoch */
  created: number;
  lastUsed: number;
  usageCount: number;
  /** What made it ("[2/3] RUN echo hi"), for `docker builder prune --verbose`-style listings. */
  description: string;
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A stable 25-character ID for a key, shaped like BuildKit's cache record IDs. */
export function recordId(key: string): string {
  const hex = digestOf(new TextEncoder().encode(key)).slice(7);
  let out = '';
  for (let i = 0; i < 25; i++) out += BASE36[Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 36];
  return out;
}

export class BuildCache {
  private readonly byKey = new Map<string, CacheRecord>();

  lookup(parent: string, key: string): CacheRecord | undefined {
    return this.byKey.get(`${parent}\n${key}`);
  }

  add(record: Omit<CacheRecord, 'id' | 'usageCount' | 'lastUsed'>): CacheRecord {
    const full: CacheRecord = { ...record, id: recordId(`${record.parent}\n${record.key}`), usageCount: 1, lastUsed: record.created };
    this.byKey.set(`${record.parent}\n${record.key}`, full);
    return full;
  }

  use(record: CacheRecord, now: number): void {
    record.usageCount++;
    record.lastUsed = now;
  }

  /**
   * Why a step with this parent and text missed: something was built on the same parent
   * from the same text ('files': a COPY/ADD whose sources changed — or, for other steps, the
   * environment they run in), from other text ('changed'), or nothing at all ('new').
   */
  missReason(parent: string, text: string, copiesFiles: boolean): BuildMissReason {
    let any = false;
    for (const r of this.byKey.values()) {
      if (r.parent !== parent) continue;
      if (r.text === text) return copiesFiles ? 'files' : 'changed';
      any = true;
    }
    return any ? 'changed' : 'new';
  }

  records(): CacheRecord[] {
    return [...this.byKey.values()];
  }

  remove(record: CacheRecord): void {
    this.byKey.delete(`${record.parent}\n${record.key}`);
  }

  get size(): number {
    return this.byKey.size;
  }
}

const legacy = new WeakMap<Daemon, BuildCache>();
const buildkit = new WeakMap<Daemon, BuildCache>();

function cacheIn(map: WeakMap<Daemon, BuildCache>, daemon: Daemon): BuildCache {
  let cache = map.get(daemon);
  if (!cache) map.set(daemon, (cache = new BuildCache()));
  return cache;
}

/** The classic builder's cache (its results are intermediate images, `docker images -a`). */
export const legacyCache = (daemon: Daemon): BuildCache => cacheIn(legacy, daemon);

/** BuildKit's cache (hidden state images; `docker builder prune` empties it). */
export const buildkitCache = (daemon: Daemon): BuildCache => cacheIn(buildkit, daemon);
