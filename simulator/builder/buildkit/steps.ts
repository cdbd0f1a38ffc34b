/**
 * BuildKit's filesystem steps — RUN, COPY/ADD and WORKDIR — each an operation on the
 * previous state: taken from the cache when the same operation was done on the same state
 * before (COPY by the checksum of what it copies, never by mtimes), else run in a build
 * container whose changes become the step's layer. Results are states the builder keeps
 * hidden (no intermediate images in `docker images -a`).
 */
import { containerCommit } from '../../daemon/container-commit';
import type { Daemon } from '../../daemon/daemon';
import { digestOf } from '../../digest';
import type { HistoryEntry } from '../../images/oci';
import type { FileSystem } from '../../fs';
import type { BuildMissReason } from '../../events/types';
import type { CacheRecord } from '../build-cache';
import type { StageState } from '../metadata';
import { BuildCanceled, untilAborted } from '../cancel';

export { BuildCanceled, CANCELED } from '../cancel';

/** A stage's state between instructions. */
export interface SolveState extends StageState {
  /** The image whose root is the current filesystem (the base, or a hidden state). */
  imageId: string;
  /** Cache key of the filesystem state. */
  key: string;
  /** History of the image so far (the base's, then this build's). */
  history: HistoryEntry[];
  /** created time of the newest layer so far (metadata entries take it). */
  layerTime: string;
  /** A step of this stage missed the cache. */
  missed: boolean;
}

export interface StepOutcome {
  cached: boolean;
  reason?: BuildMissReason;
}

export interface StepContext {
  daemon: Daemon;
  noCache: boolean;
  /** Ctrl+C at the client: the running step's container is stopped and the build canceled. */
  signal?: AbortSignal;
  /** The cache this build uses. */
  lookup(parent: string, key: string): CacheRecord | undefined;
  missReason(parent: string, text: string, copiesFiles: boolean): BuildMissReason;
  record(record: Omit<CacheRecord, 'id' | 'usageCount' | 'lastUsed'>): void;
  use(record: CacheRecord): void;
}

export const hashKey = (...parts: unknown[]): string => digestOf(new TextEncoder().encode(JSON.stringify(parts)));

const isoTime = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

export interface FsStep {
  /** The operation's full key (what must match for a cache hit). */
  key: string;
  /** The instruction as written (what tells "this line changed" from "its files changed"). */
  text: string;
  copiesFiles: boolean;
  /** BuildKit's history CREATED BY. */
  createdBy: string;
  description: string;
  /** The container's command while the step runs (a RUN's), or none. */
  run?: { cmd: string[]; env: string[]; user: string; workdir: string; output: (d: Uint8Array) => void };
  /** Changes the build container's root (COPY, ADD, WORKDIR). */
  change?: (fs: FileSystem) => void;
  /** A RUN that exits non-zero: the error to fail with. */
  failed?: (status: number) => Error;
}

/**
 * Runs (or reuses) one filesystem step on `state`, moving it to the result. Returns whether
 * it came from the cache and, when not, why.
 */
export async function fsStep(ctx: StepContext, state: SolveState, step: FsStep): Promise<StepOutcome> {
  const { daemon } = ctx;
  const parent = state.key;
  if (ctx.signal?.aborted) throw new BuildCanceled();
  const hit = ctx.noCache ? undefined : ctx.lookup(parent, step.key);
  if (hit && daemon.images.has(hit.imageId)) {
    ctx.use(hit);
    advance(ctx, state, step, hit);
    return { cached: true };
  }
  const reason: BuildMissReason = ctx.noCache ? 'no-cache' : state.missed ? 'after' : ctx.missReason(parent, step.text, step.copiesFiles);
  const { Id: id } = daemon.containerCreate(
    {
      Image: state.imageId,
      Cmd: step.run?.cmd ?? ['/bin/sh'],
      Entrypoint: [],
      Env: step.run?.env ?? [],
      User: step.run?.user ?? '',
      WorkingDir: step.run?.workdir ?? '',
    },
    { AutoRemove: false },
  );
  try {
    if (step.run) {
      const detach = daemon.containerAttach(id, { stdout: step.run.output, stderr: step.run.output });
      const exited = daemon.containerWait(id, 'next-exit');
      await daemon.containerStart(id);
      let status: number;
      try {
        status = await untilAborted(exited, ctx.signal);
      } finally {
        detach();
      }
      if (status !== 0) throw step.failed?.(status) ?? new Error(`exit code: ${status}`);
    }
    if (step.change) step.change(daemon.snapshots.get(daemon.containers.get(id).snapshotKey).fs);
    const before = daemon.images.get(state.imageId);
    const imageId = containerCommit(daemon, id, { config: state.config, createdBy: step.createdBy, forBuilder: true });
    const size = Math.max(0, daemon.images.get(imageId).size - before.size);
    const created = daemon.deps.clock.now();
    ctx.record({ parent, key: step.key, text: step.text, imageId, size, created, description: step.description });
    advance(ctx, state, step, { imageId, created });
  } finally {
    daemon.containerRemove(id, { force: true });
  }
  state.missed = true;
  return { cached: false, reason };
}

function advance(ctx: StepContext, state: SolveState, step: FsStep, result: Pick<CacheRecord, 'imageId' | 'created'>): void {
  const layers = (id: string): number => ctx.daemon.images.get(id).config.rootfs.diff_ids.length;
  const added = layers(result.imageId) > layers(state.imageId);
  state.imageId = result.imageId;
  state.key = hashKey(state.key, step.key);
  state.layerTime = isoTime(result.created);
  state.history.push({
    created: state.layerTime,
    created_by: step.createdBy,
    comment: 'buildkit.dockerfile.v0',
    ...(added ? {} : { empty_layer: true }),
  });
}
