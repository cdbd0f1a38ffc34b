import { chainIds } from '../digest';
import { NotFoundError } from '../errors';
import type { Layer as FsLayer } from '../fs';

/** A read-only layer, stored once by chain ID however many images and containers use it. */
export interface Layer {
  chainId: string;
  diffId: string;
  /** chain ID of the layer below ('' for a base layer). */
  parent: string;
  /** The layer's files (immutable; shared by every image and container that uses it). */
  tree: FsLayer;
  /** Sum of file sizes in this layer. */
  size: number;
  /** The layer as an uncompressed tar (its diff ID is this tar's digest); `docker save` writes it. */
  tar: Uint8Array;
  /** Digest of the compressed blob it was pulled as, when pulled. */
  blobDigest?: string;
  /** Images, child layers and container snapshots holding this layer. */
  references: number;
}

/** The graphdriver's layer store: registration by parent + diff ID, reference counting, release. */
export class LayerStore {
  private readonly layers = new Map<string, Layer>();

  has(chainId: string): boolean {
    return this.layers.has(chainId);
  }

  get(chainId: string): Layer {
    const layer = this.layers.get(chainId);
    if (!layer) throw new NotFoundError(`layer does not exist: ${chainId}`);
    return layer;
  }

  all(): Layer[] {
    return [...this.layers.values()];
  }

  /** Registers a layer on top of `parent`; registering an existing chain just adds a reference. */
  register(parent: string, diffId: string, tree: FsLayer, tar: Uint8Array, blobDigest?: string): Layer {
    const chainId = parent ? chainIds([parent, diffId])[1]! : diffId;
    const existing = this.layers.get(chainId);
    if (existing) {
      existing.references++;
      return existing;
    }
    if (parent) this.get(parent).references++;
    const layer: Layer = { chainId, diffId, parent, tree, tar, size: tree.size, references: 1, ...(blobDigest ? { blobDigest } : {}) };
    this.layers.set(chainId, layer);
    return layer;
  }

  /** Adds a reference (a container snapshot, an image) to a chain's top layer. */
  retain(chainId: string): void {
    if (chainId) this.get(chainId).references++;
  }

  /**
   * Drops one reference to a chain's top layer. Layers left unreferenced are deleted, down the
   * chain; their chain IDs are returned, top first, as `docker rmi` lists them.
   */
  release(chainId: string): string[] {
    const deleted: string[] = [];
    let current = chainId;
    while (current) {
      const layer = this.get(current);
      layer.references--;
      if (layer.references > 0) break;
      this.layers.delete(current);
      deleted.push(current);
      current = layer.parent;
    }
    return deleted;
  }

  /** The layers of a chain, bottom first (the order of an image's diff IDs). */
  chain(chainId: string): FsLayer[] {
    const trees: FsLayer[] = [];
    for (let current = chainId; current; current = this.get(current).parent) trees.push(this.get(current).tree);
    return trees.reverse();
  }

  /** Bytes of a whole chain (an image's size); 0 for the empty chain ''. */
  chainSize(chainId: string): number {
    return chainId ? this.layersOf(chainId).reduce((n, l) => n + l.size, 0) : 0;
  }

  /** The layers of a chain, bottom first. */
  layersOf(chainId: string): Layer[] {
    const layers: Layer[] = [];
    for (let current = chainId; current; current = this.get(current).parent) layers.unshift(this.get(current));
    return layers;
  }
}
