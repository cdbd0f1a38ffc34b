/**
 * POST /commit: a new image from a container's changes. The container's writable layer
 * becomes one new layer on top of its image's chain (none when nothing changed), and the
 * image gets one more history entry.
 */
import { digestOf } from '../digest';
import { readTar } from '../archive';
import { Layer as FsLayer, diffLayer } from '../fs';
import type { Image } from '../images/image';
import type { ContainerConfig, ImageConfig } from '../images/oci';
import { parseNormalizedNamed, tagNameOnly, familiarString } from '../reference';
import { ClientRefError } from './client-ref-error';
import { applyChanges } from './commit-changes';
import type { Daemon } from './daemon';

/** sha256 of an empty tar (1024 zero bytes): a layer that changes nothing. */
export const EMPTY_LAYER_DIFF_ID = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';

export interface CommitOptions {
  /** REPOSITORY[:TAG] to tag the new image with. */
  reference?: string;
  author?: string;
  comment?: string;
  /** Dockerfile instructions for the config (`--change`). */
  changes?: readonly string[];
  /** The new image's config, instead of the container's (the builder keeps its own). */
  config?: ContainerConfig;
  /** The history entry's CREATED BY, instead of the container's command. */
  createdBy?: string;
  /** BuildKit's intermediate state: kept for the builder only (ImageStore.addHidden), no parent. */
  forBuilder?: boolean;
}

const encoder = new TextEncoder();

function imageContainerConfig(config: {
  User: string;
  Env: string[];
  Cmd: string[] | null;
  WorkingDir: string;
  Entrypoint: string[] | null;
  Labels: Record<string, string>;
}, base: ContainerConfig): ContainerConfig {
  const out: ContainerConfig = { ...base };
  if (config.User) out.User = config.User;
  else delete out.User;
  out.Env = config.Env;
  out.Cmd = config.Cmd;
  if (config.WorkingDir) out.WorkingDir = config.WorkingDir;
  out.Entrypoint = config.Entrypoint;
  if (Object.keys(config.Labels).length > 0) out.Labels = config.Labels;
  return out;
}

export function containerCommit(daemon: Daemon, idOrName: string, options: CommitOptions = {}): string {
  const container = daemon.containers.get(idOrName);
  const ref = options.reference ? tagNameOnly(parseNormalizedNamedChecked(options.reference)) : undefined;
  const image = daemon.images.get(container.image);
  const snapshot = daemon.snapshots.get(container.snapshotKey);
  const { tar, diffId } = diffLayer(snapshot.fs.upper);
  const empty = diffId === EMPTY_LAYER_DIFF_ID;
  const now = daemon.deps.clock.now();
  const created = new Date(now).toISOString().replace(/\.\d+Z$/, (m) => (m === '.000Z' ? 'Z' : m));

  let top = image.topChainId;
  if (!empty) {
    const layer = daemon.layers.register(top, diffId, FsLayer.fromTar(readTar(tar)), tar);
    top = layer.chainId;
  } else {
    daemon.layers.retain(top);
  }
  const config: ImageConfig = {
    architecture: image.config.architecture,
    ...(options.author ? { author: options.author } : {}),
    config: options.config ?? applyChanges(imageContainerConfig(container.config, image.config.config), options.changes ?? []),
    created,
    history: [
      ...(image.config.history ?? []),
      {
        created,
        created_by: options.createdBy ?? (container.config.Cmd ?? []).join(' '),
        ...(options.author ? { author: options.author } : {}),
        ...(options.comment ? { comment: options.comment } : {}),
        ...(empty ? { empty_layer: true } : {}),
      },
    ],
    os: image.config.os,
    rootfs: { type: 'layers', diff_ids: empty ? image.config.rootfs.diff_ids : [...image.config.rootfs.diff_ids, diffId] },
  };
  const configBytes = encoder.encode(JSON.stringify(config));
  const id = digestOf(configBytes);
  if (daemon.images.has(id)) {
    daemon.layers.release(top);
  } else {
    const added: Image = {
      id,
      config,
      configBytes,
      created: now,
      topChainId: top,
      size: daemon.layers.chainSize(top),
      ...(options.forBuilder ? {} : { parent: image.id }),
    };
    if (options.forBuilder) daemon.images.addHidden(added);
    else {
      daemon.images.add(added);
      daemon.events.emit('/images/create', { imageId: id, ref: ref ? familiarString(ref) : '' });
    }
  }
  if (ref) {
    daemon.images.setReference(ref, id);
    daemon.events.emit('/images/tag', { imageId: id, ref: familiarString(ref) });
  }
  return id;
}

function parseNormalizedNamedChecked(text: string) {
  try {
    return parseNormalizedNamed(text);
  } catch (err) {
    throw new ClientRefError(err instanceof Error ? err.message : String(err));
  }
}
