/** Seeded engines for tests, on Node's process host, disposed after each test. */
import { afterEach } from 'vitest';
import { createEngine, type Engine, type EngineOptions } from '../index';
import { createNodeProcessHost } from '../node/node-host';
import { readFileBytes } from '../node/read-file-bytes';

/** Call at the top of a test file; the returned function makes an engine (seed 1 by default). */
export function useTestEngines(): (seed?: number, options?: Partial<EngineOptions>) => Engine {
  const engines: Engine[] = [];
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((e) => e.dispose()));
  });
  return (seed = 1, options = {}) => {
    const e = createEngine({ seed, processHost: createNodeProcessHost(), fetchBytes: readFileBytes, ...options });
    engines.push(e);
    return e;
  };
}
