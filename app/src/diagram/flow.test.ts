import { describe, expect, it } from 'vitest';
import type { AnyEngineEvent } from '../engine/engine';
import { emptyFlow, frames, lastStep, reduceFlow, type FlowState } from './flow';

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

  it('follows a docker build: the pull for FROM, each step cached or built, then the new image', () => {
    const step = (index: number, instruction: string, status: 'cached' | 'built' | 'failed', imageId: string) =>
      ev('/build/step', { buildId: 'b1', index, steps: 3, instruction, startLine: index, endLine: index, status, ...(status === 'cached' ? {} : { reason: 'changed' }), imageId });
    const before = fold(firstRun);
    const started = fold([ev('/build/start', { buildId: 'b1', dockerfile: '/home/student/hello/Dockerfile', context: '/home/student/hello', steps: 3 })], before);
    expect(started.serial).toBe(before.serial + 1);
    expect(started.steps).toEqual(['request']);
    expect(started.build).toMatchObject({ total: 3, steps: [], done: false });

    const flow = fold(
      [
        // FROM alpine pulls it; the builder's own lookups and RUN containers are not new flows
        ev('/images/lookup', { ref: 'alpine', found: false }),
        ev('/images/pull/start', { ref: 'alpine:latest', registry: 'docker.io' }),
        ev('/images/pull/layer', { ref: 'alpine:latest', layer: 'base', status: 'Pull complete', current: 1, total: 1 }),
        step(1, 'FROM alpine', 'cached', 'sha256:a'),
        ev('/containers/create', { id: 'tmp', name: 'tmp', image: 'sha256:a' }),
        ev('/tasks/start', { containerId: 'tmp', pid: 1, args: ['/bin/sh', '-c', 'echo hi > /greeting'] }),
        ev('/tasks/exit', { containerId: 'tmp', pid: 1, exitCode: 0 }),
        step(2, 'RUN echo hi > /greeting', 'built', 'sha256:b'),
        step(3, 'CMD ["cat", "/greeting"]', 'built', 'sha256:c'),
      ],
      started,
    );
    expect(flow.serial).toBe(started.serial);
    expect(flow.steps).toEqual(['request', 'pull', 'build']);
    expect(flow.layers).toEqual({ base: 'Pull complete' });
    expect(flow.containerId).toBe('');
    expect(flow.build!.steps.map((s) => [s.index, s.status])).toEqual([
      [1, 'cached'],
      [2, 'built'],
      [3, 'built'],
    ]);
    expect(flow.build!.steps[1]!.reason).toBe('changed');

    const done = fold([ev('/build/done', { buildId: 'b1', imageId: 'sha256:c', tags: ['hello:latest'], ok: true, error: '' })], flow);
    expect(done.steps).toEqual(['request', 'pull', 'build', 'built']);
    expect(done.build).toMatchObject({ done: true, ok: true, imageId: 'sha256:c', tags: ['hello:latest'] });
    // The replay shows each Dockerfile step as its own frame.
    expect(frames(done)).toEqual([{ step: 'request' }, { step: 'pull' }, { step: 'build', buildStep: 0 }, { step: 'build', buildStep: 1 }, { step: 'build', buildStep: 2 }, { step: 'built' }]);

    // After the build, docker run starts a flow of its own again.
    const next = fold([ev('/images/lookup', { ref: 'hello', found: true })], done);
    expect(next.build).toBeUndefined();
    expect(next.steps).toEqual(['request', 'lookup']);
  });

  it('ends a failed build on its failed step', () => {
    const flow = fold([
      ev('/build/start', { buildId: 'b2', dockerfile: 'Dockerfile', context: '.', steps: 2 }),
      ev('/build/step', { buildId: 'b2', index: 1, steps: 2, instruction: 'FROM alpine', startLine: 1, endLine: 1, status: 'cached', imageId: 'sha256:a' }),
      ev('/build/step', { buildId: 'b2', index: 2, steps: 2, instruction: 'RUN false', startLine: 2, endLine: 2, status: 'failed', reason: 'new', imageId: '' }),
      ev('/build/done', { buildId: 'b2', imageId: '', tags: [], ok: false, error: 'returned a non-zero code: 1' }),
    ]);
    expect(flow.build).toMatchObject({ done: true, ok: false });
    expect(frames(flow).map((f) => f.step)).toEqual(['request', 'build', 'build', 'built']);
  });

  it('starts over when a new build begins before the last one said it was done', () => {
    const interrupted = fold([
      ev('/build/start', { buildId: 'b3', dockerfile: 'Dockerfile', context: '.', steps: 2 }),
      ev('/build/step', { buildId: 'b3', index: 1, steps: 2, instruction: 'FROM alpine', startLine: 1, endLine: 1, status: 'cached', imageId: 'sha256:a' }),
    ]);
    const next = fold([ev('/build/start', { buildId: 'b4', dockerfile: 'Dockerfile', context: '.', steps: 3 })], interrupted);
    expect(next.serial).toBe(interrupted.serial + 1);
    expect(next.build).toMatchObject({ total: 3, steps: [], done: false });
  });

  it('gives a run one frame per step', () => {
    expect(frames(fold(firstRun)).map((f) => f.step)).toEqual(['request', 'lookup', 'notFound', 'pull']);
    expect(frames(emptyFlow)).toEqual([]);
  });
});
