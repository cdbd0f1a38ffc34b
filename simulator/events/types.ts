/**
 * Everything the engine does is announced as a typed event. The diagram animates them,
 * lessons check them, tests assert on them. Topics follow containerd's naming.
 */
export interface EventPayloads {
  /** The docker CLI sent a request to the daemon (the first arrow of every flow). */
  '/client/request': { command: string; api: string };
  /** The daemon looked for an image in its local store. */
  '/images/lookup': { ref: string; found: boolean };
  '/images/pull/start': { ref: string; registry: string };
  /** A layer's pull moved on: Waiting, Downloading, Extracting, Pull complete, Already exists… */
  '/images/pull/layer': { ref: string; layer: string; status: string; current: number; total: number };
  '/images/pull/done': { ref: string; imageId: string; digest: string; downloaded: boolean };
  '/images/create': { imageId: string; ref: string };
  '/images/tag': { imageId: string; ref: string };
  '/images/untag': { imageId: string; ref: string };
  '/images/delete': { imageId: string };
  '/snapshot/prepare': { key: string; parent: string };
  '/snapshot/remove': { key: string };
  '/containers/create': { id: string; name: string; image: string };
  '/containers/delete': { id: string; name: string };
  '/containers/rename': { id: string; oldName: string; name: string };
  /** docker pause (paused) and unpause. */
  '/containers/pause': { id: string; paused: boolean };
  /** A restart policy will start the container again after `delayMs`. */
  '/containers/restarting': { id: string; delayMs: number };
  '/tasks/start': { containerId: string; pid: number; args: string[] };
  '/tasks/output': { containerId: string; stream: 'stdout' | 'stderr'; bytes: number };
  '/tasks/exit': { containerId: string; pid: number; exitCode: number };
  /** `docker exec` started a process in a running container (pid inside the container). */
  '/tasks/exec-started': { containerId: string; pid: number; args: string[] };
  /** docker build began: the Dockerfile (host path, '' when read from stdin) and its steps. */
  '/build/start': { buildId: string; dockerfile: string; context: string; steps: number };
  /** One step of a build ended (or failed); lines are the Dockerfile's, 1-based, inclusive. */
  '/build/step': BuildStepEvent;
  /** The build ended: the final image (when it succeeded) and its tags. */
  '/build/done': { buildId: string; imageId: string; tags: string[]; ok: boolean; error: string };
}

/**
 * Why a step ran instead of coming from the cache: the first miss of a build tells what
 * changed ('changed' — this instruction differs from what was built on the same parent
 * before; 'files' — a COPY/ADD whose source files changed; 'new' — nothing was ever built
 * on this parent); the steps after it run because their parent is new ('after'), and
 * `--no-cache` runs them all ('no-cache').
 */
export type BuildMissReason = 'changed' | 'files' | 'new' | 'after' | 'no-cache';

export interface BuildStepEvent {
  buildId: string;
  /** 1-based over the build's steps, as "Step 3/5" counts them. */
  index: number;
  steps: number;
  /** The instruction as written (continuations joined), e.g. "RUN apk add curl". */
  instruction: string;
  /** Dockerfile lines of the instruction, 1-based and inclusive. */
  startLine: number;
  endLine: number;
  /** 'cached': reused; 'built': ran (see reason); 'failed': the build stopped here. */
  status: 'cached' | 'built' | 'failed';
  /** For 'built' and 'failed' steps. */
  reason?: BuildMissReason;
  /** The image the step produced (sha256:…; '' for a failed step). */
  imageId: string;
}

export type Topic = keyof EventPayloads;

export interface EngineEvent<T extends Topic = Topic> {
  /** Increases by one with every event of an engine. */
  seq: number;
  /** Engine clock time, ms since the epoch. */
  time: number;
  topic: T;
  payload: EventPayloads[T];
}

export type AnyEngineEvent = { [T in Topic]: EngineEvent<T> }[Topic];
