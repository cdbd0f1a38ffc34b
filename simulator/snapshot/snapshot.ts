/**
 * The engine's state as frozen plain JSON: what the diagram draws and lessons check.
 * Built from the daemon's stores; never shares objects with them.
 */
import { humanSizeWithPrecision } from '../cli/format/size';

/** Sizes as `docker images` and `docker history` print them (3 significant digits). */
const humanSize = (size: number): string => humanSizeWithPrecision(size, 3);
import { containerStateName } from '../cli/format/state';
import type { Daemon } from '../daemon/daemon';
import { familiarString } from '../reference';

export type ContainerStateSnapshot = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

/** One layer of an image, bottom first. */
export interface ImageLayerSnapshot {
  chainId: string;
  diffId: string;
  /** bytes */
  size: number;
  /** "13.3kB", as docker history prints it */
  sizeText: string;
  /** The instruction that made the layer, from the image history ('' when unknown). */
  createdBy: string;
}

/** A read-only layer as the layer store keeps it: once, however many images use it. */
export interface LayerSnapshot extends ImageLayerSnapshot {
  /** chain ID of the layer below ('' for a base layer) */
  parent: string;
  /** How many images have this layer in their chain. */
  sharedBy: number;
}

export interface ImageSnapshot {
  /** sha256:… */
  id: string;
  /** 12 hex digits, as docker images shows it */
  shortId: string;
  /** "hello-world:latest"; empty for a dangling image */
  repoTags: string[];
  /** ms since the epoch */
  created: number;
  size: number;
  sizeText: string;
  layers: ImageLayerSnapshot[];
  /** chain ID of the top layer ('' when the image has no layers) */
  topChainId: string;
  /** The image it was built on ('' for a pulled or loaded image). */
  parent: string;
  /**
   * An untagged image another image was built on: a classic builder's step. `docker images`
   * hides these without -a, and so does the diagram.
   */
  intermediate: boolean;
}

export interface ContainerSnapshot {
  id: string;
  shortId: string;
  /** without the leading slash */
  name: string;
  /** sha256:… */
  imageId: string;
  /** The reference it was created from ("hello-world"). */
  imageRef: string;
  state: ContainerStateSnapshot;
  /** Meaningful once the container has exited. */
  exitCode: number;
  /** The program and its arguments ("/hello"). */
  command: string;
  /** ms since the epoch */
  created: number;
}

export interface EngineSnapshot {
  /** Increases with every engine event; equal versions mean equal snapshots. */
  version: number;
  /** Newest first, like docker images. */
  images: ImageSnapshot[];
  /** Layers used by images, by chain ID. */
  layers: Record<string, LayerSnapshot>;
  /** Oldest first. */
  containers: ContainerSnapshot[];
}

const shortHex = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) freezeDeep(child);
    Object.freeze(value);
  }
  return value;
}

/** The instruction of each non-empty history entry, in diff ID order. */
function layerInstructions(history: ReadonlyArray<{ created_by?: string; empty_layer?: boolean }> | undefined): string[] {
  return (history ?? []).filter((h) => !h.empty_layer).map((h) => h.created_by ?? '');
}

export function buildSnapshot(daemon: Daemon, version: number): EngineSnapshot {
  const layers: Record<string, LayerSnapshot> = {};
  const all = daemon.images.all();
  const parents = new Set(all.map((image) => image.parent).filter((p): p is string => !!p));
  const images: ImageSnapshot[] = all
    .map((image) => {
      const chain = image.topChainId ? daemon.layers.layersOf(image.topChainId) : [];
      const instructions = layerInstructions(image.config.history);
      const imageLayers = chain.map((layer, i): ImageLayerSnapshot => {
        const entry: ImageLayerSnapshot = {
          chainId: layer.chainId,
          diffId: layer.diffId,
          size: layer.size,
          sizeText: humanSize(layer.size),
          createdBy: instructions[i] ?? '',
        };
        const known = layers[layer.chainId];
        if (known) known.sharedBy++;
        else layers[layer.chainId] = { ...entry, parent: layer.parent, sharedBy: 1 };
        return entry;
      });
      const repoTags = daemon.images
        .referencesOf(image.id)
        .filter((ref) => ref.digest === undefined)
        .map((ref) => familiarString(ref));
      return {
        id: image.id,
        shortId: shortHex(image.id),
        repoTags,
        created: image.created,
        size: image.size,
        sizeText: humanSize(image.size),
        layers: imageLayers,
        topChainId: image.topChainId,
        parent: image.parent ?? '',
        intermediate: parents.has(image.id) && daemon.images.referencesOf(image.id).length === 0,
      };
    })
    .sort((a, b) => b.created - a.created || a.id.localeCompare(b.id));

  const containers: ContainerSnapshot[] = daemon.containers
    .all()
    .map((c) => ({
      id: c.id,
      shortId: c.id.slice(0, 12),
      name: c.name.replace(/^\//, ''),
      imageId: c.image,
      imageRef: c.config.Image,
      state: containerStateName({
        running: c.state.Running,
        paused: c.state.Paused,
        restarting: c.state.Restarting,
        dead: c.state.Dead,
        exitCode: c.state.ExitCode,
        startedAt: c.state.StartedAt,
        finishedAt: c.state.FinishedAt,
      }),
      exitCode: c.state.ExitCode,
      command: [c.path, ...c.args].join(' '),
      created: c.created,
    }))
    .sort((a, b) => a.created - b.created);

  return freezeDeep({ version, images, layers, containers });
}
