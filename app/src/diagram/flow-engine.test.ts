import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../simulator/index';
import { createNodeProcessHost } from '../../../simulator/node/node-host';
import { readFileBytes } from '../../../simulator/node/read-file-bytes';
import { runLine } from '../../../simulator/node/transcript';
import { emptyFlow, frames, reduceFlow, type FlowState } from './flow';

const engines: Engine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.dispose()));
});

/** An engine whose events are folded into a flow, as the app's bridge does. */
function watched() {
  const engine = createEngine({ seed: 1, processHost: createNodeProcessHost(), fetchBytes: readFileBytes });
  engines.push(engine);
  let flow: FlowState = emptyFlow;
  engine.subscribe((event) => {
    flow = reduceFlow(flow, event);
  });
  return { engine, flow: () => flow };
}

describe('the flow of real commands', () => {
  it('follows a classic docker build, then its cached rebuild, then docker run of the result', async () => {
    const { engine, flow } = watched();
    await runLine(engine, 'mkdir app');
    await runLine(engine, `printf 'FROM alpine\\nRUN echo hi > /greeting\\nCMD ["cat", "/greeting"]\\n' > app/Dockerfile`);
    engine.env.DOCKER_BUILDKIT = '0';
    expect((await runLine(engine, 'docker build -t hi app')).exitCode).toBe(0);
    const first = flow();
    expect(first.steps).toEqual(['request', 'pull', 'build', 'built']);
    expect(first.build).toMatchObject({ total: 3, done: true, ok: true, tags: ['hi:latest'] });
    // FROM takes the pulled image as it is; the others run
    expect(first.build!.steps.map((s) => [s.instruction, s.status])).toEqual([
      ['FROM alpine', 'cached'],
      ['RUN echo hi > /greeting', 'built'],
      ['CMD ["cat", "/greeting"]', 'built'],
    ]);
    expect(first.layers).not.toEqual({});
    expect(frames(first).filter((f) => f.step === 'build')).toHaveLength(3);

    expect((await runLine(engine, 'docker build -t hi app')).exitCode).toBe(0);
    const again = flow();
    expect(again.serial).toBe(first.serial + 1);
    expect(again.steps).toEqual(['request', 'build', 'built']);
    expect(again.build!.steps.slice(1).map((s) => s.status)).toEqual(['cached', 'cached']);

    await runLine(engine, 'docker run --rm hi');
    expect(flow().build).toBeUndefined();
    expect(flow().steps).toEqual(['request', 'lookup', 'create', 'run', 'done']);
  });
});
