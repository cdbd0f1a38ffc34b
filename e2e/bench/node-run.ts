/** Warm `docker run --rm hello-world` in Node: command typed → last byte of output. */
import { createEngine } from '../../simulator/index';
import { createNodeProcessHost } from '../../simulator/node/node-host';
import { readFileBytes } from '../../simulator/node/read-file-bytes';
import { emptyReader, type CommandIO } from '../../simulator/util/io';
import { summarize, type Summary } from './stats';

export async function benchNodeWarmRun(runs: number): Promise<Summary> {
  const engine = createEngine({ seed: 1, processHost: createNodeProcessHost(), fetchBytes: readFileBytes });
  let lastByte = 0;
  let bytes = 0;
  const sink = { write: (chunk: string | Uint8Array) => { lastByte = performance.now(); bytes += chunk.length; } };
  const io: CommandIO = {
    stdin: emptyReader,
    stdout: sink,
    stderr: sink,
    terminal: { isTTY: true, columns: 80, rows: 24 },
    env: engine.env,
    signal: new AbortController().signal,
  };
  try {
    await engine.warm();
    // The image is pulled and the module compiled by the first runs; they are not counted.
    for (let i = 0; i < 5; i++) await engine.shell.execute('docker run --rm hello-world', io);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      bytes = 0;
      const start = performance.now();
      const status = await engine.shell.execute('docker run --rm hello-world', io);
      if (status !== 0 || bytes < 807) throw new Error(`warm run failed: status ${status}, ${bytes} bytes`);
      samples.push(lastByte - start);
    }
    return summarize(samples);
  } finally {
    await engine.dispose();
  }
}
