import { AlreadyExistsError, NotFoundError } from '../errors';
import { Overlay, type Layer } from '../fs';

/**
 * A container's root: its own writable layer over the read-only layers of its image,
 * seen through an overlay.
 */
export interface Snapshot {
  key: string;
  /** chain ID of the topmost image layer ('' for an image with no layers). */
  parent: string;
  kind: 'active' | 'view';
  /** The image's layers, bottom first. Shared with every other snapshot of the same chain. */
  lowers: readonly Layer[];
  /** The union of the layers under the writable upper; what the container's processes see. */
  fs: Overlay;
}

/** Resolves a chain ID to the layers of that chain, bottom first. */
export type ChainResolver = (chainId: string) => readonly Layer[];

/**
 * containerd's snapshotter vocabulary: prepare an active snapshot over a parent chain,
 * view it read-only, remove it. Lower layers are referenced, never copied.
 */
export class Snapshotter {
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(
    private readonly chain: ChainResolver,
    private readonly now: () => number,
  ) {}

  /**
   * An active snapshot over `parent`'s layers; `init` is a layer of the daemon's own put
   * between them and the writable layer (a container's "-init" layer).
   */
  prepare(key: string, parent: string, init?: Layer): Snapshot {
    return this.create(key, parent, 'active', init);
  }

  view(key: string, parent: string): Snapshot {
    return this.create(key, parent, 'view');
  }

  private create(key: string, parent: string, kind: Snapshot['kind'], init?: Layer): Snapshot {
    if (this.snapshots.has(key)) throw new AlreadyExistsError(`snapshot ${key}: already exists`);
    const lowers = parent ? this.chain(parent) : [];
    const fs = new Overlay(init ? [...lowers, init] : lowers, { now: this.now });
    const snapshot: Snapshot = { key, parent, kind, lowers, fs };
    this.snapshots.set(key, snapshot);
    return snapshot;
  }

  get(key: string): Snapshot {
    const snapshot = this.snapshots.get(key);
    if (!snapshot) throw new NotFoundError(`snapshot ${key}: not found`);
    return snapshot;
  }

  remove(key: string): void {
    if (!this.snapshots.delete(key)) throw new NotFoundError(`snapshot ${key}: not found`);
  }

  /** Bytes of the regular files in a snapshot's writable layer (`SizeRw`). */
  usage(key: string): number {
    let total = 0;
    const seen = new Set<number>();
    const walk = (dir: string): void => {
      for (const name of this.get(key).fs.upper.readdir(dir)) {
        const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
        const st = this.get(key).fs.upper.lstat(path);
        if (st.type === 'directory') walk(path);
        else if (st.type === 'file' && !seen.has(st.ino)) {
          seen.add(st.ino);
          total += st.size;
        }
      }
    };
    walk('/');
    return total;
  }

  /** Snapshots whose lowers include the given chain ID (layers still in use). */
  usersOf(chainId: string): Snapshot[] {
    return [...this.snapshots.values()].filter((s) => s.parent === chainId);
  }
}
