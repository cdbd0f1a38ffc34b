import { chainIds, digestOf } from '../digest';
import { gzip, writeTar, type TarEntry } from '../archive';
import { MediaType, type Descriptor, type HistoryEntry, type ImageConfig, type ImageIndex, type ImageManifest } from '../images/oci';
import { isEmptyStep, type FileDefinition, type ImageDefinition, type LayerDefinition } from './catalog/types';
import type { ProgramLoader } from './programs';

const encoder = new TextEncoder();
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
    case 'file': {
      const data = 'program' in file ? await programs.load(file.program) : encoder.encode(file.text);
      return { ...base, type: 'file', mode: file.mode, size: data.length, data };
    }
  }
}

async function buildLayer(layer: LayerDefinition, mtime: number, programs: ProgramLoader) {
  const entries = await Promise.all(layer.files.map((f) => tarEntry(f, mtime, programs)));
  const tar = writeTar(entries);
  const blob = gzip(tar);
  return { diffId: digestOf(tar), blob, digest: digestOf(blob) };
}

/** Turns an image definition into OCI blobs: layers, config, manifest and index. */
export async function buildImage(def: ImageDefinition, programs: ProgramLoader): Promise<BuiltImage> {
  const blobs = new Map<string, Uint8Array>();
  const mtime = toSeconds(def.created);
  const layers: Descriptor[] = [];
  const diffIds: string[] = [];
  const history: HistoryEntry[] = [];
  for (const step of def.steps) {
    const entry: HistoryEntry = { created: def.created, created_by: step.createdBy };
    if (step.comment) entry.comment = step.comment;
    if (isEmptyStep(step)) {
      entry.empty_layer = true;
    } else {
      const layer = await buildLayer(step, mtime, programs);
      blobs.set(layer.digest, layer.blob);
      diffIds.push(layer.diffId);
      layers.push({ mediaType: MediaType.layerGzip, digest: layer.digest, size: layer.blob.length });
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
    mediaType: MediaType.manifest,
    config: { mediaType: MediaType.config, digest: configDigest, size: configBytes.length },
    layers,
    ...(def.url ? { annotations: { 'org.opencontainers.image.url': def.url } } : {}),
  };
  const manifestBytes = json(manifest);
  const manifestDigest = digestOf(manifestBytes);
  blobs.set(manifestDigest, manifestBytes);
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
