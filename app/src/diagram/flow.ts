/**
 * The flow of the last docker command, folded from engine events: which of the six steps of
 * `docker run` (CURRICULUM concept 4) it has gone through, or which Dockerfile steps a
 * `docker build` took from the cache and which it ran. Pure, so it can be tested alone.
 */
import type { AnyEngineEvent, BuildStepEvent } from '../engine/engine';

/**
 * request → lookup → (notFound → pull) → create → run; `done` when the process has exited.
 * A build: request → (pull, for FROM) → build (one frame per Dockerfile step) → built.
 */
export type FlowStep = 'request' | 'lookup' | 'notFound' | 'pull' | 'create' | 'run' | 'done' | 'build' | 'built';

export interface BuildStepInfo {
  /** 1-based, as "Step 2/5" counts. */
  index: number;
  instruction: string;
  status: BuildStepEvent['status'];
  reason?: BuildStepEvent['reason'];
  /** The image the step produced ('' for a failed step). */
  imageId: string;
}

export interface BuildFlow {
  /** How many steps the Dockerfile has. */
  total: number;
  steps: BuildStepInfo[];
  done: boolean;
  ok: boolean;
  imageId: string;
  tags: string[];
}

export interface FlowState {
  /** Goes up by one with every new flow, so a repeated command replays its animation. */
  serial: number;
  /** Steps in the order they happened; empty before the first docker command. */
  steps: FlowStep[];
  /** The reference the command asked for ("hello-world"); a build's Dockerfile. */
  ref: string;
  /** Pull progress: each layer's last status ("Downloading", "Pull complete", …). */
  layers: Readonly<Record<string, string>>;
  /** The container the flow created, once it has. */
  containerId: string;
  exitCode: number | undefined;
  /** Set for a docker build. */
  build?: BuildFlow;
}

export const emptyFlow: FlowState = { serial: 0, steps: [], ref: '', layers: {}, containerId: '', exitCode: undefined };

const push = (flow: FlowState, ...steps: FlowStep[]): FlowState => ({
  ...flow,
  steps: [...flow.steps, ...steps.filter((step) => !flow.steps.includes(step))],
});

export function lastStep(flow: FlowState): FlowStep | undefined {
  return flow.steps[flow.steps.length - 1];
}

const building = (flow: FlowState): boolean => flow.build !== undefined && !flow.build.done;

/** One picture of the replay: a step, and for a build's steps which Dockerfile step. */
export interface Frame {
  step: FlowStep;
  /** Index into flow.build.steps for a `build` frame. */
  buildStep?: number;
}

/** The frames the diagram replays for a flow, in order: a build shows each Dockerfile step. */
export function frames(flow: FlowState): Frame[] {
  const out: Frame[] = [];
  for (const step of flow.steps) {
    if (step === 'build' && flow.build && flow.build.steps.length > 0) flow.build.steps.forEach((_, i) => out.push({ step, buildStep: i }));
    else out.push({ step });
  }
  return out;
}

/** The next flow state after `event`. Events that belong to no flow leave it unchanged. */
export function reduceFlow(flow: FlowState, event: AnyEngineEvent): FlowState {
  // A build that never said it was done (it was interrupted) gives way to the next build.
  if (building(flow) && event.topic !== '/build/start') return reduceBuild(flow, event);
  switch (event.topic) {
    case '/images/lookup': {
      // After pulling a missing image, docker run asks the daemon again: the same flow.
      if (event.payload.found && lastStep(flow) === 'pull') return flow;
      // Otherwise every docker run / create starts with a lookup: a new flow.
      const start = push({ ...emptyFlow, serial: flow.serial + 1, ref: event.payload.ref }, 'request', 'lookup');
      return event.payload.found ? start : push(start, 'notFound');
    }
    case '/images/pull/start': {
      // docker pull on its own has no lookup before it.
      const base = flow.steps.includes('lookup') && !flow.steps.includes('create') ? flow : push({ ...emptyFlow, serial: flow.serial + 1, ref: event.payload.ref }, 'request');
      return push(base, 'pull');
    }
    case '/images/pull/layer':
      return pullLayer(flow, event.payload.layer, event.payload.status);
    case '/containers/create':
      return flow.steps.includes('lookup') && flow.containerId === '' ? { ...push(flow, 'create'), containerId: event.payload.id } : flow;
    case '/tasks/start':
      return event.payload.containerId === flow.containerId ? push(flow, 'run') : flow;
    case '/tasks/exit':
      return event.payload.containerId === flow.containerId ? { ...push(flow, 'done'), exitCode: event.payload.exitCode } : flow;
    case '/build/start':
      return {
        ...push({ ...emptyFlow, serial: flow.serial + 1, ref: event.payload.dockerfile }, 'request'),
        build: { total: event.payload.steps, steps: [], done: false, ok: false, imageId: '', tags: [] },
      };
    default:
      return flow;
  }
}

function pullLayer(flow: FlowState, layer: string, status: string): FlowState {
  return flow.steps.includes('pull') ? { ...flow, layers: { ...flow.layers, [layer]: status } } : flow;
}

/** During a build: FROM may pull; the containers RUN makes along the way are the builder's own. */
function reduceBuild(flow: FlowState, event: AnyEngineEvent): FlowState {
  const build = flow.build!;
  switch (event.topic) {
    case '/images/pull/start':
      return flow.steps.includes('build') ? flow : push(flow, 'pull');
    case '/images/pull/layer':
      return pullLayer(flow, event.payload.layer, event.payload.status);
    case '/build/step': {
      const { index, instruction, status, reason, imageId } = event.payload;
      const step: BuildStepInfo = { index, instruction, status, imageId, ...(reason ? { reason } : {}) };
      return { ...push(flow, 'build'), build: { ...build, total: event.payload.steps, steps: [...build.steps, step] } };
    }
    case '/build/done': {
      const { ok, imageId, tags } = event.payload;
      return { ...push(flow, 'build', 'built'), build: { ...build, done: true, ok, imageId, tags } };
    }
    default:
      return flow;
  }
}
