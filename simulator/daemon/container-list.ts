import { containerStatus } from '../cli/format/state';
import { InvalidArgumentError } from '../errors';
import type { Container } from '../runtime/containers/container';
import type { Daemon } from './daemon';
import { validateFilters, type FilterArgs } from './container-filters';
import { matchLabels } from './container-filters';
import { summaryPorts } from './container-ports';

/** GET /containers/json item, with the Engine API's field names. */
export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  /** seconds since the epoch */
  Created: number;
  Ports: Array<{ IP?: string; PrivatePort: number; PublicPort?: number; Type: string }>;
  /** with `size`: bytes of the writable layer, and of the whole root filesystem */
  SizeRw?: number;
  SizeRootFs?: number;
  Labels: Record<string, string>;
  State: string;
  Status: string;
  HostConfig: { NetworkMode: string };
  NetworkSettings: { Networks: Record<string, unknown> };
  Mounts: Array<{ Name?: string; Source: string; Driver?: string }>;
}

export interface ContainerListOptions {
  /** stopped containers too */
  all?: boolean;
  /** at most this many, newest first (-n; -l is 1); stopped ones included */
  limit?: number;
  /** compute SizeRw and SizeRootFs */
  size?: boolean;
  filters?: FilterArgs;
}

const ACCEPTED_FILTERS = ['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'isolation', 'is-task', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume'];
const STATES = ['paused', 'restarting', 'running', 'removing', 'dead', 'created', 'exited'];

/** The image a container shows: the name it was made from while that still names its image. */
function imageColumn(daemon: Daemon, container: Container): string {
  const current = daemon.images.find(container.config.Image);
  return current?.id === container.image ? container.config.Image : container.image;
}

/** moby's Command column: the path, then the arguments, those with a space in single quotes. */
function commandColumn(container: Container): string {
  if (container.args.length === 0) return container.path;
  return `${container.path} ${container.args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/** filters.Args.Match: any value, as a regular expression, found in the text (or equal to it). */
function matchAny(values: readonly string[] | undefined, text: string): boolean {
  if (!values || values.length === 0) return true;
  return values.some((v) => {
    if (v === text) return true;
    try {
      return new RegExp(v).test(text);
    } catch {
      return false;
    }
  });
}

function imageMatches(daemon: Daemon, values: readonly string[], container: Container): boolean {
  const ids = new Set<string>();
  for (const value of values) {
    const image = daemon.images.find(value);
    if (image) ids.add(image.id);
  }
  // images built on a matching image count as its descendants
  if (ids.size === 0) return false;
  const image = daemon.images.find(container.image);
  if (!image) return false;
  if (ids.has(image.id)) return true;
  for (const id of ids) {
    const ancestor = daemon.images.find(id);
    if (ancestor?.topChainId && image.topChainId !== ancestor.topChainId && daemon.layers.layersOf(image.topChainId).some((l) => l.chainId === ancestor.topChainId)) return true;
  }
  return false;
}

function summary(daemon: Daemon, c: Container, now: number, size: boolean): ContainerSummary {
  const out: ContainerSummary = {
    Id: c.id,
    Names: [c.name],
    Image: imageColumn(daemon, c),
    ImageID: c.image,
    Command: commandColumn(c),
    Created: Math.floor(c.created / 1000),
    Ports: summaryPorts(daemon, c),
    Labels: { ...c.config.Labels },
    State: c.state.Status,
    Status: containerStatus(
      {
        running: c.state.Running,
        paused: c.state.Paused,
        restarting: c.state.Restarting,
        dead: c.state.Dead,
        exitCode: c.state.ExitCode,
        startedAt: c.state.StartedAt || null,
        finishedAt: c.state.FinishedAt || null,
      },
      now,
    ),
    HostConfig: { NetworkMode: 'bridge' },
    NetworkSettings: { Networks: { bridge: {} } },
    Mounts: [],
  };
  if (size) {
    out.SizeRw = daemon.snapshots.usage(c.snapshotKey);
    out.SizeRootFs = out.SizeRw + (daemon.images.find(c.image)?.size ?? 0);
  }
  return out;
}

/** GET /containers/json: newest first, as moby's list does it. */
export function containerList(daemon: Daemon, options: ContainerListOptions = {}): ContainerSummary[] {
  const now = daemon.deps.clock.now();
  const filters = options.filters ?? new Map<string, readonly string[]>();
  validateFilters(filters, ACCEPTED_FILTERS);
  let all = options.all ?? false;
  const exited: number[] = [];
  for (const value of filters.get('exited') ?? []) {
    if (!/^[+-]?\d+$/.test(value)) throw new InvalidArgumentError(`invalid filter 'exited=${value}'`);
    exited.push(Number(value));
  }
  for (const value of filters.get('status') ?? []) {
    if (!STATES.includes(value)) throw new InvalidArgumentError(`invalid filter 'status=${value}'`);
    all = true;
  }
  const before = (filters.get('before') ?? []).map((v) => daemon.containers.get(v));
  const since = (filters.get('since') ?? []).map((v) => daemon.containers.get(v));
  const limit = options.limit ?? 0;
  const out: ContainerSummary[] = [];
  let beforeFilter = before[before.length - 1];
  const sinceFilter = since[since.length - 1];
  // newest first; containers created in the same instant, the last created first
  const list = daemon.containers.all().map((c, i) => ({ c, i }));
  const ordered = list.sort((a, b) => b.c.created - a.c.created || b.i - a.i).map(({ c }) => c);
  for (const c of ordered) {
    if (!c.state.Running && !all && limit <= 0 && !beforeFilter && !sinceFilter) continue;
    if (!matchAny(filters.get('name'), c.name)) continue;
    if (!matchAny(filters.get('id'), c.id)) continue;
    if (!matchLabels(filters.get('label'), c.config.Labels)) continue;
    if (beforeFilter) {
      if (c.id === beforeFilter.id) beforeFilter = undefined;
      continue;
    }
    if (sinceFilter && c.id === sinceFilter.id) break;
    if (limit > 0 && out.length === limit) break;
    if (exited.length > 0 && (c.state.Running || !exited.includes(c.state.ExitCode) || c.state.StartedAt === 0)) continue;
    const status = filters.get('status');
    if (status && status.length > 0 && !status.includes(c.state.Status)) continue;
    const ancestor = filters.get('ancestor');
    if (ancestor && ancestor.length > 0 && !imageMatches(daemon, ancestor, c)) continue;
    out.push(summary(daemon, c, now, options.size ?? false));
  }
  return out;
}
