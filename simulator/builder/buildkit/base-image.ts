/**
 * A stage's base image as BuildKit gets it on the docker driver: "[internal] load metadata
 * for docker.io/library/alpine:latest" (the local image when there is one, else the
 * registry's), then the FROM step, which pulls the layers it lacks — with the transfer lines
 * of the plain output — and keeps the image for the builder only (it is not tagged, so it
 * is not in `docker images`).
 */
import { imageCreate } from '../../daemon/image-create';
import type { Daemon } from '../../daemon/daemon';
import type { DaemonMessage } from '../../daemon/jsonmessage-types';
import { digestOf } from '../../digest';
import { SimError } from '../../errors';
import type { ImageConfig, ImageIndex, ImageManifest } from '../../images/oci';
import { parseNormalizedNamed, tagNameOnly, type Reference } from '../../reference';
import { RegistryError } from '../../registry/registry';
import { BuildError } from '../build-error';
import { BuildCanceled, CANCELED } from './steps';
import type { Trace } from './trace';

export interface ResolvedBase {
  ref: Reference;
  /** docker.io/library/alpine:latest */
  name: string;
  /** The registry digest (of the index or manifest) when known. */
  digest: string;
  /** The image ID when it is already here (listed or kept by the builder). */
  localId: string;
  manifest?: ImageManifest;
  /** Sizes of the blobs the pull fetches besides layers (index, manifest, config). */
  blobs: Array<{ digest: string; size: number }>;
  /** The image's ONBUILD triggers, which run right after FROM. */
  onBuild: string[];
}

const decoder = new TextDecoder();

/** The message BuildKit gives when a registry refuses; `name` is the full reference. */
function registryMessage(err: RegistryError, name: string): string {
  switch (err.kind) {
    case 'denied':
      return 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
    case 'manifest_unknown':
    case 'blob_unknown':
      return `${name}: not found`;
    default:
      return err.message;
  }
}

/** "[internal] load metadata for …": finds the base image here or on the registry. */
export async function loadMetadata(daemon: Daemon, text: string, trace: Trace): Promise<ResolvedBase> {
  let ref: Reference;
  try {
    ref = tagNameOnly(parseNormalizedNamed(text));
  } catch (err) {
    throw new BuildError(`failed to parse stage name "${text}": invalid reference format${err instanceof Error && /lowercase/.test(err.message) ? ': repository name must be lowercase' : ''}`);
  }
  const name = ref.toString();
  const vertex = trace.add(`[internal] load metadata for ${name}`);
  trace.start(vertex);
  // An image in the daemon's store is used as it is, named without a registry digest.
  const local = daemon.images.find(name);
  if (local) {
    trace.complete(vertex);
    return { ref, name, digest: '', localId: local.id, blobs: [], onBuild: local.config.config.OnBuild ?? [] };
  }
  try {
    const { registry } = daemon.deps;
    const resolved = await registry.resolve(ref.domain, ref.path, ref.digest ?? ref.tag!);
    const blobs = [{ digest: resolved.digest, size: resolved.bytes.length }];
    let top = JSON.parse(decoder.decode(resolved.bytes)) as ImageManifest | ImageIndex;
    if ('manifests' in top) {
      const entry = top.manifests.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64');
      if (!entry) throw new BuildError('no match for platform in manifest: not found');
      const bytes = await registry.fetchBlob(ref.path, entry.digest);
      blobs.push({ digest: entry.digest, size: bytes.length });
      top = JSON.parse(decoder.decode(bytes)) as ImageManifest;
    }
    const manifest = top as ImageManifest;
    blobs.push({ digest: manifest.config.digest, size: manifest.config.size });
    const configBytes = await registry.fetchBlob(ref.path, manifest.config.digest);
    const configId = digestOf(configBytes);
    const onBuild = (JSON.parse(decoder.decode(configBytes)) as ImageConfig).config?.OnBuild ?? [];
    trace.complete(vertex);
    return { ref, name, digest: resolved.digest, localId: daemon.images.has(configId) ? configId : '', manifest, blobs, onBuild };
  } catch (err) {
    if (!(err instanceof RegistryError)) throw err;
    const message = registryMessage(err, name);
    trace.complete(vertex, { error: message });
    throw new BuildError(`${text}: failed to resolve source metadata for ${name}: ${message}`);
  }
}

/** The FROM step: the base image's layers, pulled when missing. Returns the image ID. */
export async function pullBase(daemon: Daemon, base: ResolvedBase, vertexName: string, trace: Trace, signal?: AbortSignal): Promise<string> {
  const vertex = trace.add(vertexName);
  trace.start(vertex);
  if (base.localId) {
    trace.complete(vertex);
    return base.localId;
  }
  const full = `${base.name}@${base.digest}`;
  trace.status(vertex, `resolve ${full}`, { done: true });
  for (const blob of base.blobs) trace.status(vertex, blob.digest, { current: blob.size, total: blob.size, done: true });
  const layers = new Map((base.manifest?.layers ?? []).map((l) => [l.digest.slice(7, 19), l]));
  const sink = (m: DaemonMessage): void => {
    const layer = m.id ? layers.get(m.id) : undefined;
    if (!layer) return;
    const current = m.progressDetail?.current;
    switch (m.status) {
      case 'Downloading':
        trace.status(vertex, layer.digest, { current: current ?? 0, total: layer.size });
        break;
      case 'Download complete':
        trace.status(vertex, layer.digest, { current: layer.size, total: layer.size, done: true });
        break;
      case 'Extracting':
        trace.status(vertex, `extracting ${layer.digest}`);
        break;
      case 'Pull complete':
        trace.status(vertex, `extracting ${layer.digest}`, { done: true });
        break;
    }
  };
  try {
    const pulled = await imageCreate(daemon, base.ref, sink, signal, { forBuilder: true });
    trace.complete(vertex);
    return pulled.image.id;
  } catch (err) {
    if (signal?.aborted) {
      trace.complete(vertex, { error: CANCELED });
      throw new BuildError(new BuildCanceled().message);
    }
    const message = err instanceof SimError ? err.message : String(err);
    trace.complete(vertex, { error: message });
    throw new BuildError(message);
  }
}
