/** Warm `docker run --rm hello-world` in Node: command typed → last byte of output. */
import { benchEngine, benchIO } from './bench-engine';
import { summarize, type Summary } from './stats';

export async function benchNodeWarmRun(runs: number): Promise<Summary> {
  const engine = benchEngine();
  let lastByte = 0;
  let bytes = 0;
  const io = benchIO(engine, true, (chunk) => {
    lastByte = performance.now();
    bytes += chunk.length;
  });
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
