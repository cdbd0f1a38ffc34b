/**
 * The flow of the last docker command, folded from engine events: which of the six steps of
 * `docker run` (CURRICULUM concept 4) it has gone through. Pure, so it can be tested alone.
 */
import type { AnyEngineEvent } from '../engine/engine';

/** request → lookup → (notFound → pull) → create → run; `done` when the process has exited. */
export type FlowStep = 'request' | 'lookup' | 'notFound' | 'pull' | 'create' | 'run' | 'done';

export interface FlowState {
  /** Goes up by one with every new flow, so a repeated command replays its animation. */
  serial: number;
  /** Steps in the order they happened; empty before the first docker command. */
  steps: FlowStep[];
  /** The reference the command asked for ("hello-world"). */
  ref: string;
  /** Pull progress: each layer's last status ("Downloading", "Pull complete", …). */
  layers: Readonly<Record<string, string>>;
  /** The container the flow created, once it has. */
  containerId: string;
  exitCode: number | undefined;
}

export const emptyFlow: FlowState = { serial: 0, steps: [], ref: '', layers: {}, containerId: '', exitCode: undefined };

const push = (flow: FlowState, ...steps: FlowStep[]): FlowState => ({
  ...flow,
  steps: [...flow.steps, ...steps.filter((step) => !flow.steps.includes(step))],
});

export function lastStep(flow: FlowState): FlowStep | undefined {
  return flow.steps[flow.steps.length - 1];
}

/** The next flow state after `event`. Events that belong to no flow leave it unchanged. */
export function reduceFlow(flow: FlowState, event: AnyEngineEvent): FlowState {
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
      return flow.steps.includes('pull') ? { ...flow, layers: { ...flow.layers, [event.payload.layer]: event.payload.status } } : flow;
    case '/containers/create':
      return flow.steps.includes('lookup') && flow.containerId === '' ? { ...push(flow, 'create'), containerId: event.payload.id } : flow;
    case '/tasks/start':
      return event.payload.containerId === flow.containerId ? push(flow, 'run') : flow;
    case '/tasks/exit':
      return event.payload.containerId === flow.containerId ? { ...push(flow, 'done'), exitCode: event.payload.exitCode } : flow;
    default:
      return flow;
  }
}
