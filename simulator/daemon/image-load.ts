/**
 * POST /images/load (docker load): reads a docker-archive tar (manifest.json), as docker
 * save writes it, registers its layers and images, and tags them. Layers may be plain or
 * gzip-compressed tars.
 */
import { gunzip, readTar, type TarEntry } from '../archive';
import { chainIds, digestOf } from '../digest';
import { InvalidArgumentError } from '../errors';
import { Layer as FsLayer } from '../fs';
import type { ImageConfig } from '../images/oci';
import { familiarString, parseNormalizedNamed, tagNameOnly } from '../reference';
import type { MessageSink } from './jsonmessage-types';
import type { Daemon } from './daemon';

interface ManifestItem {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
}

const decoder = new TextDecoder();

/** What `docker load` prints, one line per loaded reference (or image ID when untagged). */
export function imageLoad(daemon: Daemon, archive: Uint8Array, progress?: MessageSink): string[] {
  let entries: TarEntry[];
  try {
    entries = readTar(isGzip(archive) ? gunzip(archive) : archive);
  } catch {
    throw new InvalidArgumentError('unexpected EOF');
  }
  const files = new Map(entries.filter((e) => e.type === 'file').map((e) => [e.name.replace(/^\.\//, ''), e.data ?? new Uint8Array()]));
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw new InvalidArgumentError('open /var/lib/docker/tmp/docker-import-0000000000/manifest.json: no such file or directory');
  const manifest = JSON.parse(decoder.decode(manifestBytes)) as ManifestItem[];
  const lines: string[] = [];
  for (const item of manifest) {
    const configBytes = files.get(item.Config);
    if (!configBytes) throw new InvalidArgumentError(`open ${item.Config}: no such file or directory`);
    const config = JSON.parse(decoder.decode(configBytes)) as ImageConfig;
    const id = digestOf(configBytes);
    const diffIds = config.rootfs.diff_ids;
    if (diffIds.length !== item.Layers.length) throw new InvalidArgumentError('invalid manifest, layers length mismatch');
    const chain = chainIds(diffIds);
    let parent = '';
    const registered: string[] = [];
    item.Layers.forEach((path, i) => {
      const chainId = chain[i]!;
      if (daemon.layers.has(chainId)) {
        parent = chainId;
        return;
      }
      const blob = files.get(path);
      if (!blob) throw new InvalidArgumentError(`open ${path}: no such file or directory`);
      const tar = isGzip(blob) ? gunzip(blob) : blob;
      const diffId = digestOf(tar);
      if (diffId !== diffIds[i]) throw new InvalidArgumentError(`invalid diffID for layer ${i}: expected "${diffIds[i]}", got "${diffId}"`);
      progress?.({ id: diffId.slice(7, 19), status: 'Loading layer', progressDetail: { current: tar.length, total: tar.length } });
      daemon.layers.register(parent, diffId, FsLayer.fromTar(readTar(tar)), tar);
      registered.push(chainId);
      parent = chainId;
    });
    const top = chain[chain.length - 1] ?? '';
    if (!daemon.images.has(id)) {
      daemon.images.add({
        id,
        config,
        configBytes,
        created: config.created ? Date.parse(config.created) : 0,
        topChainId: top,
        size: daemon.layers.chainSize(top),
      });
      daemon.layers.retain(top);
      daemon.events.emit('/images/create', { imageId: id, ref: item.RepoTags?.[0] ?? '' });
    }
    for (const chainId of registered) daemon.layers.release(chainId);
    if (!item.RepoTags || item.RepoTags.length === 0) {
      lines.push(`Loaded image ID: ${id}`);
      continue;
    }
    for (const tag of item.RepoTags) {
      const ref = tagNameOnly(parseNormalizedNamed(tag));
      const old = daemon.images.referenceTarget(ref);
      if (old && old !== id) lines.push(`The image ${familiarString(ref)} already exists, renaming the old one with ID ${old} to empty string`);
      daemon.images.setReference(ref, id);
      daemon.events.emit('/images/tag', { imageId: id, ref: familiarString(ref) });
      lines.push(`Loaded image: ${familiarString(ref)}`);
    }
  }
  return lines;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}
