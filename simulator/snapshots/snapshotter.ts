import { AlreadyExistsError, NotFoundError } from '../errors';
import { LayerTree } from './layer-tree';
import { UnionView } from './union';

/** A container's root: its own writable layer over the read-only layers of its image. */
export interface Snapshot {
  key: string;
  /** chain ID of the topmost image layer ('' for an image with no layers). */
  parent: string;
  kind: 'active' | 'view';
  /** The writable layer (empty until the container changes something). */
  upper: LayerTree;
  /** The image's layers, top first. Shared with every other snapshot of the same chain. */
  lowers: readonly LayerTree[];
  view: UnionView;
}

/** Resolves a chain ID to the layer trees of that chain, top first. */
export type ChainResolver = (chainId: string) => readonly LayerTree[];

/**
 * containerd's snapshotter vocabulary: prepare an active snapshot over a parent chain,
 * view it read-only, remove it. Lower layers are referenced, never copied.
 */
export class Snapshotter {
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(private readonly chain: ChainResolver) {}

  prepare(key: string, parent: string): Snapshot {
    return this.create(key, parent, 'active');
  }

  view(key: string, parent: string): Snapshot {
    return this.create(key, parent, 'view');
  }

  private create(key: string, parent: string, kind: Snapshot['kind']): Snapshot {
    if (this.snapshots.has(key)) throw new AlreadyExistsError(`snapshot ${key}: already exists`);
    const lowers = parent ? this.chain(parent) : [];
    const upper = new LayerTree();
    const snapshot: Snapshot = { key, parent, kind, upper, lowers, view: new UnionView([upper, ...lowers]) };
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

  /** Snapshots whose lowers include the given chain ID (layers still in use). */
  usersOf(chainId: string): Snapshot[] {
    return [...this.snapshots.values()].filter((s) => s.parent === chainId);
  }
}
