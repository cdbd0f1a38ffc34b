import { chainIds, digestOf } from '../digest';
import { gzip, writeTar, type TarEntry } from '../archive';
import { MediaType, type Descriptor, type HistoryEntry, type ImageConfig, type ImageIndex, type ImageManifest } from '../images/oci';
import { fastGzip } from './catalog/fast-gzip';
import { fillBytes } from './catalog/fill';
import { isEmptyStep, type FileDefinition, type ImageDefinition, type LayerDefinition } from './catalog/types';
import type { ProgramLoader } from './programs';

const encoder = new TextEncoder();
/** Docker v2 schema 2 media types, for images defined with `schema: 'docker'`. */
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const json = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));

/** An image as a registry holds it: blobs by digest and the tags that point at its index. */
export interface BuiltImage {
  repository: string;
  blobs: Map<string, Uint8Array>;
  /** tag → digest of the image index the tag points at. */
  tags: Map<string, string>;
  /** digest of the platform manifest (linux/amd64) inside the index. */
  manifestDigest: string;
  configDigest: string;
  chainIds: string[];
}

function toSeconds(rfc3339: string): number {
  return Math.floor(Date.parse(rfc3339) / 1000);
}

async function tarEntry(file: FileDefinition, mtime: number, programs: ProgramLoader): Promise<TarEntry> {
  const base = { name: file.path, uid: 0, gid: 0, mtime, uname: '', gname: '' };
  switch (file.type) {
    case 'directory':
      return { ...base, name: file.path.endsWith('/') ? file.path : `${file.path}/`, type: 'directory', mode: file.mode, size: 0 };
    case 'symlink':
      return { ...base, type: 'symlink', mode: 0o777, size: 0, linkname: file.target };
    case 'hardlink':
      return { ...base, type: 'hardlink', mode: 0o755, size: 0, linkname: file.target };
    case 'file': {
      const data =
        'program' in file ? await programs.load(file.program) : 'fill' in file ? fillBytes(file.fill, file.size) : encoder.encode(file.text);
      return { ...base, type: 'file', mode: file.mode, size: data.length, data };
    }
  }
}

interface BuiltLayer {
  diffId: string;
  blob: Uint8Array;
  digest: string;
}

/**
 * Layers already built, by definition object and mtime: a base layer shared by several images
 * (debian:bookworm-slim under httpd and nginx) is tarred and gzipped once.
 */
const layerCache = new WeakMap<ProgramLoader, WeakMap<LayerDefinition, Map<number, Promise<BuiltLayer>>>>();

function buildLayer(layer: LayerDefinition, mtime: number, programs: ProgramLoader): Promise<BuiltLayer> {
  let byLayer = layerCache.get(programs);
  if (!byLayer) layerCache.set(programs, (byLayer = new WeakMap()));
  let byTime = byLayer.get(layer);
  if (!byTime) byLayer.set(layer, (byTime = new Map()));
  let built = byTime.get(mtime);
  if (!built) {
    built = makeLayer(layer, mtime, programs);
    byTime.set(mtime, built);
    built.catch(() => byTime.delete(mtime));
  }
  return built;
}

async function makeLayer(layer: LayerDefinition, mtime: number, programs: ProgramLoader): Promise<BuiltLayer> {
  const entries = await Promise.all(layer.files.map((f) => tarEntry(f, mtime, programs)));
  const tar = writeTar(entries);
  // Layers of stand-in bytes take the quick encoder; the others (hello-world) plain gzip.
  const blob = layer.files.some((f) => 'fill' in f) ? fastGzip(tar) : gzip(tar);
  return { diffId: digestOf(tar), blob, digest: digestOf(blob) };
}

/** Turns an image definition into OCI blobs: layers, config, manifest and index. */
export async function buildImage(def: ImageDefinition, programs: ProgramLoader): Promise<BuiltImage> {
  const blobs = new Map<string, Uint8Array>();
  const docker = def.schema === 'docker';
  const layers: Descriptor[] = [];
  const diffIds: string[] = [];
  const history: HistoryEntry[] = [];
  for (const step of def.steps) {
    const created = step.created ?? def.created;
    const entry: HistoryEntry = { created, created_by: step.createdBy };
    if (step.comment) entry.comment = step.comment;
    if (isEmptyStep(step)) {
      entry.empty_layer = true;
    } else {
      const layer = await buildLayer(step, toSeconds(created), programs);
      blobs.set(layer.digest, layer.blob);
      diffIds.push(layer.diffId);
      layers.push({ mediaType: docker ? DOCKER_LAYER : MediaType.layerGzip, digest: layer.digest, size: layer.blob.length });
    }
    history.push(entry);
  }
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    created: def.created,
    config: def.config,
    rootfs: { type: 'layers', diff_ids: diffIds },
    history,
  };
  const configBytes = json(config);
  const configDigest = digestOf(configBytes);
  blobs.set(configDigest, configBytes);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: docker ? MediaType.dockerManifest : MediaType.manifest,
    config: { mediaType: docker ? DOCKER_CONFIG : MediaType.config, digest: configDigest, size: configBytes.length },
    layers,
    ...(def.url && !docker ? { annotations: { 'org.opencontainers.image.url': def.url } } : {}),
  };
  const manifestBytes = json(manifest);
  const manifestDigest = digestOf(manifestBytes);
  blobs.set(manifestDigest, manifestBytes);
  if (docker) {
    return {
      repository: def.repository,
      blobs,
      tags: new Map(def.tags.map((t) => [t, manifestDigest])),
      manifestDigest,
      configDigest,
      chainIds: chainIds(diffIds),
    };
  }
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaType.index,
    manifests: [
      {
        mediaType: MediaType.manifest,
        digest: manifestDigest,
        size: manifestBytes.length,
        platform: { architecture: 'amd64', os: 'linux' },
      },
    ],
  };
  const indexBytes = json(index);
  const indexDigest = digestOf(indexBytes);
  blobs.set(indexDigest, indexBytes);
  return {
    repository: def.repository,
    blobs,
    tags: new Map(def.tags.map((t) => [t, indexDigest])),
    manifestDigest,
    configDigest,
    chainIds: chainIds(diffIds),
  };
}
