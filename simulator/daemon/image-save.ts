/**
 * GET /images/get (docker save): images as one tar that both the docker-archive loader
 * (manifest.json, repositories) and OCI tools (oci-layout, index.json, blobs/sha256/…)
 * can read, laid out as Docker 25+ writes it. Layer blobs are the uncompressed layer tars,
 * named by their diff IDs.
 */
import { writeTar, type TarEntry } from '../archive';
import { digestOf } from '../digest';
import { MediaType } from '../images/oci';
import type { Image } from '../images/image';
import { familiarString, type Reference } from '../reference';
import type { Daemon } from './daemon';

const encoder = new TextEncoder();
const json = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));
const hex = (digest: string): string => digest.slice('sha256:'.length);

interface Saved {
  image: Image;
  /** the references asked for (all of the image's tags when it was named by ID) */
  refs: Reference[];
}

export function imageSave(daemon: Daemon, names: readonly string[]): Uint8Array {
  const saved: Saved[] = [];
  for (const name of names) {
    const image = daemon.images.lookup(name);
    const tagged = daemon.images.referencesOf(image.id).filter((r) => r.tag !== undefined && !r.digest);
    const byName = tagged.filter((r) => familiarString(r) === name || familiarString(r) === `${name}:latest` || r.toString() === name);
    const refs = byName.length > 0 ? byName : image.id.slice(7).startsWith(name.replace(/^sha256:/, '')) ? tagged : [];
    const existing = saved.find((s) => s.image.id === image.id);
    if (!existing) {
      saved.push({ image, refs: [...refs] });
      continue;
    }
    for (const r of refs) if (!existing.refs.some((e) => e.toString() === r.toString())) existing.refs.push(r);
  }

  const blobs = new Map<string, Uint8Array>();
  const manifestJson: unknown[] = [];
  const indexEntries: unknown[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  for (const { image, refs } of saved) {
    const layers = image.topChainId ? daemon.layers.layersOf(image.topChainId) : [];
    const layerDescriptors = layers.map((l) => ({ mediaType: MediaType.layerTar, digest: l.diffId, size: l.tar.length }));
    for (const l of layers) blobs.set(l.diffId, l.tar);
    blobs.set(image.id, image.configBytes);
    const manifest = json({
      schemaVersion: 2,
      mediaType: MediaType.manifest,
      config: { mediaType: MediaType.config, digest: image.id, size: image.configBytes.length },
      layers: layerDescriptors,
    });
    const manifestDigest = digestOf(manifest);
    blobs.set(manifestDigest, manifest);
    const descriptor = { mediaType: MediaType.manifest, digest: manifestDigest, size: manifest.length };
    if (refs.length === 0) indexEntries.push(descriptor);
    for (const ref of refs) {
      indexEntries.push({ ...descriptor, annotations: { 'io.containerd.image.name': ref.toString(), 'org.opencontainers.image.ref.name': ref.tag } });
      const repo = familiarString(ref).slice(0, -(ref.tag!.length + 1));
      (repositories[repo] ??= {})[ref.tag!] = hex(image.id);
    }
    manifestJson.push({
      Config: `blobs/sha256/${hex(image.id)}`,
      RepoTags: refs.length > 0 ? refs.map((r) => familiarString(r)) : null,
      Layers: layers.map((l) => `blobs/sha256/${hex(l.diffId)}`),
    });
  }

  const mtime = 0;
  const dir = (name: string): TarEntry => ({ name, type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, mtime });
  const file = (name: string, data: Uint8Array): TarEntry => ({ name, type: 'file', mode: 0o644, uid: 0, gid: 0, size: data.length, mtime, data });
  const entries: TarEntry[] = [dir('blobs/'), dir('blobs/sha256/')];
  for (const digest of [...blobs.keys()].sort()) entries.push(file(`blobs/sha256/${hex(digest)}`, blobs.get(digest)!));
  entries.push(file('index.json', json({ schemaVersion: 2, mediaType: MediaType.index, manifests: indexEntries })));
  entries.push(file('manifest.json', json(manifestJson)));
  entries.push(file('oci-layout', json({ imageLayoutVersion: '1.0.0' })));
  if (Object.keys(repositories).length > 0) entries.push(file('repositories', json(repositories)));
  return writeTar(entries);
}
