import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../simulator/index';
import { createNodeProcessHost } from '../../../simulator/node/node-host';
import { readFileBytes } from '../../../simulator/node/read-file-bytes';
import { runLine } from '../../../simulator/node/transcript';
import { createAppStore } from '../store/store';
import { connectEngine } from './bridge';

const engines: Engine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.dispose()));
});

describe('connectEngine', () => {
  it('puts the snapshot and the flow of docker run hello-world into the store', async () => {
    const engine = createEngine({ seed: 1, processHost: createNodeProcessHost(), fetchBytes: readFileBytes });
    engines.push(engine);
    const store = createAppStore('ko');
    const disconnect = connectEngine(engine, store);
    expect(store.getState().engine.snapshot).toBe(engine.snapshot());

    await runLine(engine, 'docker run hello-world');
    await new Promise((resolve) => setTimeout(resolve, 40));
    const { snapshot, flow } = store.getState().engine;
    expect(snapshot).toBe(engine.snapshot());
    expect(snapshot!.images.map((i) => i.repoTags)).toEqual([['hello-world:latest']]);
    expect(snapshot!.containers.map((c) => [c.state, c.exitCode])).toEqual([['exited', 0]]);
    expect(flow.steps).toEqual(['request', 'lookup', 'notFound', 'pull', 'create', 'run', 'done']);
    expect(flow.exitCode).toBe(0);

    disconnect();
    await runLine(engine, 'docker run hello-world');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(store.getState().engine.snapshot!.containers).toHaveLength(1);
  });
});
