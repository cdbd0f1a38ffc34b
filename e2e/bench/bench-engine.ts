/** A seeded engine on Node's process host, and command I/O that hands every write to `onWrite`. */
import { createEngine, type Engine } from '../../simulator/index';
import { createNodeProcessHost } from '../../simulator/node/node-host';
import { readFileBytes } from '../../simulator/node/read-file-bytes';
import { emptyReader, type Chunk, type CommandIO } from '../../simulator/util/io';

export function benchEngine(): Engine {
  return createEngine({ seed: 1, processHost: createNodeProcessHost(), fetchBytes: readFileBytes });
}

export function benchIO(engine: Engine, isTTY: boolean, onWrite: (chunk: Chunk) => void): CommandIO {
  const sink = { write: onWrite };
  return {
    stdin: emptyReader,
    stdout: sink,
    stderr: sink,
    terminal: { isTTY, columns: 80, rows: 24 },
    env: engine.env,
    signal: new AbortController().signal,
  };
}
