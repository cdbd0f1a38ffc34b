import { gunzip, readTar } from '../archive';
import { chainIds, digestOf } from '../digest';
import { SystemError } from '../errors';
import type { EventBus } from '../events/emitter';
import type { Image } from '../images/image';
import type { ImageStore } from '../images/image-store';
import type { LayerStore } from '../images/layer-store';
import { isIndex, type ImageConfig, type ImageIndex, type ImageManifest } from '../images/oci';
import { familiarName, familiarString, trimNamed, withDigest, type Reference } from '../reference';
import type { Registry } from '../registry/registry';
import { Layer as FsLayer } from '../fs';
import type { MessageSink } from './jsonmessage-types';
import type { NetworkModel } from './network-model';

/** What a pull needs from the daemon. */
export interface PullDeps {
  registry: Registry;
  layers: LayerStore;
  images: ImageStore;
  events: EventBus;
  network: NetworkModel;
}

export interface PullResult {
  image: Image;
  /** digest of what the tag pointed at on the registry (index or manifest) */
  digest: string;
  /** false when the tag already named this image locally ("Image is up to date") */
  downloaded: boolean;
}

/** The daemon's max-concurrent-downloads default. */
const MAX_CONCURRENT_DOWNLOADS = 3;
const decoder = new TextDecoder();
const parseJson = <T>(bytes: Uint8Array): T => JSON.parse(decoder.decode(bytes)) as T;

/**
 * Pulls an image from the registry into the local stores, reporting progress as the
 * graphdriver store does: Pulling fs layer / Waiting / Downloading / Verifying Checksum /
 * Download complete / Extracting / Pull complete, or Already exists.
 */
/** How the pulled image is kept: tagged and listed (docker pull), or for the builder only. */
export interface PullOptions {
  /** BuildKit's pull of a base image: kept hidden and untagged (see ImageStore.addHidden). */
  forBuilder?: boolean;
}

export async function pullImage(deps: PullDeps, ref: Reference, out: MessageSink, signal?: AbortSignal, options: PullOptions = {}): Promise<PullResult> {
  const { registry, layers, images, events } = deps;
  const repository = ref.path;
  const refText = familiarString(ref);
  events.emit('/images/pull/start', { ref: refText, registry: ref.domain });
  const resolved = await registry.resolve(ref.domain, repository, ref.digest ?? ref.tag!);
  out({ id: ref.digest ? ref.toString() : ref.tag!, status: `Pulling from ${repository}` });
  let manifestBytes = resolved.bytes;
  let top = parseJson<ImageManifest | ImageIndex>(manifestBytes);
  if (isIndex(top.mediaType)) {
    const entry = (top as ImageIndex).manifests.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64');
    if (!entry) throw new SystemError(`no matching manifest for linux/amd64 in the manifest list entries`);
    manifestBytes = await registry.fetchBlob(repository, entry.digest);
    top = parseJson<ImageManifest>(manifestBytes);
  }
  const manifest = top as ImageManifest;
  const configBytes = await registry.fetchBlob(repository, manifest.config.digest);
  const imageId = digestOf(configBytes);
  const config = parseJson<ImageConfig>(configBytes);

  // An image only the builder had is pulled like a new one (its layers "Already exist")
  // and from then on listed.
  const promote = !options.forBuilder && images.isHidden(imageId);
  if (!images.has(imageId) || promote) {
    const chain = chainIds(config.rootfs.diff_ids);
    const registered = await fetchLayers(deps, ref, manifest, config, chain, out, signal);
    const top = chain[chain.length - 1] ?? '';
    const image = {
      id: imageId,
      config,
      configBytes,
      created: config.created ? Date.parse(config.created) : 0,
      topChainId: top,
      size: layers.chainSize(top),
    };
    if (options.forBuilder) images.addHidden(image);
    else images.add(image);
    // The image holds its top layer (a promoted one already did); the references taken
    // while registering are dropped.
    if (!promote) layers.retain(top);
    for (const chainId of registered) layers.release(chainId);
    if (!options.forBuilder) events.emit('/images/create', { imageId, ref: refText });
  }
  if (options.forBuilder) {
    events.emit('/images/pull/done', { ref: refText, imageId, digest: resolved.digest, downloaded: true });
    return { image: images.get(imageId), digest: resolved.digest, downloaded: true };
  }

  const tagged = ref.digest ? undefined : ref;
  const before = tagged ? images.referenceTarget(tagged) : undefined;
  const downloaded = before !== imageId;
  if (tagged) {
    images.setReference(tagged, imageId);
    events.emit('/images/tag', { imageId, ref: refText });
  }
  images.setReference(withDigest(trimNamed(ref), resolved.digest), imageId);
  out({ status: `Digest: ${resolved.digest}` });
  out({
    status: downloaded ? `Status: Downloaded newer image for ${refText}` : `Status: Image is up to date for ${refText}`,
  });
  events.emit('/images/pull/done', { ref: refText, imageId, digest: resolved.digest, downloaded });
  return { image: images.get(imageId), digest: resolved.digest, downloaded };
}

async function fetchLayers(
  deps: PullDeps,
  ref: Reference,
  manifest: ImageManifest,
  config: ImageConfig,
  chain: string[],
  out: MessageSink,
  signal?: AbortSignal,
): Promise<string[]> {
  const { registry, layers, events, network } = deps;
  const refText = familiarString(ref);
  const layerEvent = (layer: string, status: string, current = 0, total = 0) =>
    events.emit('/images/pull/layer', { ref: refText, layer, status, current, total });
  const update = (id: string, status: string, current?: number, total?: number) => {
    out(current === undefined ? { id, status, progressDetail: {} } : { id, status, progressDetail: { current, total: total! } });
    layerEvent(id, status, current, total);
  };

  const descriptors = manifest.layers.map((d, i) => ({ d, id: d.digest.slice(7, 19), chainId: chain[i]!, diffId: config.rootfs.diff_ids[i]! }));
  const missing = descriptors.filter((l) => !layers.has(l.chainId));
  for (const l of descriptors) update(l.id, layers.has(l.chainId) ? 'Already exists' : 'Pulling fs layer');
  missing.slice(MAX_CONCURRENT_DOWNLOADS).forEach((l) => update(l.id, 'Waiting'));

  // Downloads run MAX_CONCURRENT_DOWNLOADS at a time; extraction happens in layer order.
  const blobs = new Map<string, Promise<Uint8Array>>();
  let next = 0;
  const startNext = (): void => {
    const l = missing[next++];
    if (!l) return;
    blobs.set(l.chainId, (async () => {
      const blob = await registry.fetchBlob(ref.path, l.d.digest);
      await network.transfer(blob.length, (current) => update(l.id, 'Downloading', current, blob.length), signal);
      update(l.id, 'Verifying Checksum');
      update(l.id, 'Download complete');
      startNext();
      return blob;
    })());
  };
  for (let i = 0; i < MAX_CONCURRENT_DOWNLOADS; i++) startNext();

  let parent = '';
  const registered: string[] = [];
  for (const l of descriptors) {
    if (layers.has(l.chainId)) {
      parent = l.chainId;
      continue;
    }
    const blob = await blobs.get(l.chainId)!;
    const tar = gunzip(blob);
    await network.transfer(blob.length, (current) => update(l.id, 'Extracting', current, blob.length), signal);
    if (digestOf(tar) !== l.diffId) throw new SystemError(`failed to register layer: layer digest mismatch for ${l.d.digest}`);
    layers.register(parent, l.diffId, FsLayer.fromTar(readTar(tar)), tar, l.d.digest);
    registered.push(l.chainId);
    update(l.id, 'Pull complete');
    parent = l.chainId;
  }
  return registered;
}

export { familiarName };
