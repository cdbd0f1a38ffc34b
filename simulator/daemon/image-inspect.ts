import { digestOf } from '../digest';
import type { Image } from '../images/image';
import type { ContainerConfig } from '../images/oci';
import type { Daemon } from './daemon';
import { lastTagTime } from './image-tag';

/** Where overlay2 keeps layer directories. */
const OVERLAY2_ROOT = '/var/lib/docker/overlay2';
const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/** A Go map as encoding/json writes it: keys sorted. */
function sortedMap<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The image config as moby's DockerOCIImageConfig holds it (what the CLI decodes, and what
 * `--format json` and templates see): OCI ImageConfig fields, then Docker's extensions, in
 * struct order, empty ones left out.
 */
export function ociImageConfig(config: ContainerConfig & Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nonEmpty = (v: unknown): boolean =>
    v !== undefined && v !== null && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);
  const maps = new Set(['ExposedPorts', 'Volumes', 'Labels']);
  for (const key of ['User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Volumes', 'WorkingDir', 'Labels', 'StopSignal', 'ArgsEscaped', 'Healthcheck', 'OnBuild', 'Shell']) {
    const value = config[key];
    if (!nonEmpty(value)) continue;
    out[key] = maps.has(key) ? sortedMap(value as Record<string, unknown>) : value;
  }
  return out;
}

/**
 * Config as API 1.50 sends it: the image's config fields merged over the legacy fields that
 * older API versions always carried (Cmd, Entrypoint, Env, Labels, OnBuild, User, Volumes,
 * WorkingDir; null or "" when unset), written as a Go map, so with its keys sorted.
 */
function wireConfig(config: ContainerConfig & Record<string, unknown>): Record<string, unknown> {
  const legacy: Record<string, unknown> = {
    Cmd: config.Cmd ?? null,
    Entrypoint: config.Entrypoint ?? null,
    Env: config.Env ?? null,
    Labels: config.Labels ?? null,
    OnBuild: config.OnBuild ?? null,
    User: config.User ?? '',
    Volumes: config.Volumes ?? null,
    WorkingDir: config.WorkingDir ?? '',
  };
  return sortedMap({ ...legacy, ...ociImageConfig(config) });
}

/** overlay2's directory name for a layer: a random cache ID in Docker; here derived from the chain ID. */
export function overlayCacheId(chainId: string): string {
  return digestOf(`overlay2:${chainId}`).slice(7);
}

/** GraphDriver.Data of an image whose top layer is `topChainId`. */
function graphDriverData(daemon: Daemon, topChainId: string): Record<string, string> {
  if (!topChainId) return {};
  const layers = daemon.layers.layersOf(topChainId).reverse();
  const dir = (chainId: string): string => `${OVERLAY2_ROOT}/${overlayCacheId(chainId)}`;
  const top = dir(layers[0]!.chainId);
  const data: Record<string, string> = {};
  if (layers.length > 1) data.LowerDir = layers.slice(1).map((l) => `${dir(l.chainId)}/diff`).join(':');
  data.MergedDir = `${top}/merged`;
  data.UpperDir = `${top}/diff`;
  data.WorkDir = `${top}/work`;
  return data;
}

/** RFC 3339 with nanoseconds, Go style (fraction without trailing zeros), UTC. */
function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.(\d+)Z$/, (_, frac: string) => {
    const trimmed = frac.replace(/0+$/, '');
    return trimmed ? `.${trimmed}Z` : 'Z';
  });
}

/**
 * GET /images/{name}/json, as the graphdriver image service answers API 1.50: the fields of
 * moby's image.InspectResponse in struct order (Container, ContainerConfig and VirtualSize
 * are left out for this API version).
 */
export function imageInspect(daemon: Daemon, name: string): Record<string, unknown> {
  return inspectImage(daemon, daemon.images.lookup(name));
}

export function inspectImage(daemon: Daemon, image: Image): Record<string, unknown> {
  const refs = daemon.images.referencesOf(image.id).sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
  const cfg = image.config as typeof image.config & { comment?: string; docker_version?: string; variant?: string; 'os.version'?: string };
  const history = cfg.history ?? [];
  const comment = cfg.comment || history[history.length - 1]?.comment || '';
  const out: Record<string, unknown> = {
    Id: image.id,
    RepoTags: refs.filter((r) => r.digest === undefined).map((r) => r.familiarString()),
    // The reference store keeps digests by name alone (pull records some with their tag).
    RepoDigests: [...new Set(refs.filter((r) => r.digest !== undefined).map((r) => `${r.familiarName()}@${r.digest}`))],
    Parent: '',
    Comment: comment,
  };
  if (cfg.created) out.Created = rfc3339Nano(Date.parse(cfg.created));
  out.DockerVersion = cfg.docker_version ?? '';
  out.Author = cfg.author ?? '';
  out.Config = wireConfig(cfg.config as ContainerConfig & Record<string, unknown>);
  out.Architecture = cfg.architecture;
  if (cfg.variant) out.Variant = cfg.variant;
  out.Os = cfg.os;
  if (cfg['os.version']) out.OsVersion = cfg['os.version'];
  out.Size = image.size;
  out.GraphDriver = { Data: graphDriverData(daemon, image.topChainId), Name: 'overlay2' };
  out.RootFS = cfg.rootfs.diff_ids.length > 0 ? { Type: 'layers', Layers: [...cfg.rootfs.diff_ids] } : { Type: 'layers' };
  const tagged = lastTagTime(daemon, image.id);
  out.Metadata = { LastTagTime: tagged === undefined ? GO_ZERO_TIME : rfc3339Nano(tagged) };
  return out;
}
