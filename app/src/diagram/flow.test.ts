import { describe, expect, it } from 'vitest';
import type { AnyEngineEvent } from '../engine/engine';
import { emptyFlow, lastStep, reduceFlow, type FlowState } from './flow';

let seq = 0;
const ev = (topic: AnyEngineEvent['topic'], payload: unknown): AnyEngineEvent =>
  ({ seq: ++seq, time: 0, topic, payload }) as AnyEngineEvent;

const fold = (events: AnyEngineEvent[], from: FlowState = emptyFlow) => events.reduce(reduceFlow, from);

const firstRun = [
  ev('/images/lookup', { ref: 'hello-world', found: false }),
  ev('/images/pull/start', { ref: 'hello-world:latest', registry: 'docker.io' }),
  ev('/images/pull/layer', { ref: 'hello-world:latest', layer: 'abc', status: 'Downloading', current: 1, total: 2 }),
  ev('/images/pull/layer', { ref: 'hello-world:latest', layer: 'abc', status: 'Pull complete', current: 2, total: 2 }),
  ev('/images/pull/done', { ref: 'hello-world:latest', imageId: 'sha256:1', digest: 'sha256:2', downloaded: true }),
  ev('/images/lookup', { ref: 'hello-world', found: true }),
];

describe('reduceFlow', () => {
  it('walks the six steps of the first docker run hello-world', () => {
    // The daemon looks the image up again after the pull; the flow keeps its history.
    const pulled = fold(firstRun.slice(0, 5));
    expect(pulled.steps).toEqual(['request', 'lookup', 'notFound', 'pull']);
    expect(pulled.layers).toEqual({ abc: 'Pull complete' });
    const flow = fold(
      [
        firstRun[5]!,
        ev('/containers/create', { id: 'c1', name: 'x_y', image: 'hello-world' }),
        ev('/tasks/start', { containerId: 'c1', pid: 1, args: ['/hello'] }),
        ev('/tasks/output', { containerId: 'c1', stream: 'stdout', bytes: 10 }),
        ev('/tasks/exit', { containerId: 'c1', pid: 1, exitCode: 0 }),
      ],
      pulled,
    );
    expect(flow.steps).toEqual(['request', 'lookup', 'notFound', 'pull', 'create', 'run', 'done']);
    expect(flow.exitCode).toBe(0);
    expect(lastStep(flow)).toBe('done');
  });

  it('skips the pull when the image is already there', () => {
    const flow = fold([
      ev('/images/lookup', { ref: 'hello-world', found: true }),
      ev('/containers/create', { id: 'c2', name: 'a_b', image: 'hello-world' }),
      ev('/tasks/start', { containerId: 'c2', pid: 1, args: ['/hello'] }),
    ]);
    expect(flow.steps).toEqual(['request', 'lookup', 'create', 'run']);
    const again = fold([ev('/images/lookup', { ref: 'hello-world', found: true })], flow);
    expect(again.serial).toBe(flow.serial + 1);
    expect(again.steps).toEqual(['request', 'lookup']);
  });

  it('starts a fresh flow for docker pull on its own', () => {
    const flow = fold([ev('/images/pull/start', { ref: 'alpine:latest', registry: 'docker.io' })]);
    expect(flow.steps).toEqual(['request', 'pull']);
    expect(flow.ref).toBe('alpine:latest');
  });
});
