/**
 * Process figures in Node: `docker run --rm alpine true` per second, a process spawned
 * inside a running container (the shell starting /bin/true), and a stdin round trip
 * (a line written to a running container's stdin until its shell echoes it back).
 */
import { containerInput } from '../../simulator/daemon/container-stdin';
import { benchEngine, benchIO } from './bench-engine';
import { summarize, type Summary } from './stats';

export interface ProcessFigures {
  runsPerSecond: number;
  run: Summary;
  spawnInside: Summary;
  stdinRoundTrip: Summary;
}

const SPAWNS = 200;

export async function benchProcesses(runs: number): Promise<ProcessFigures> {
  const engine = benchEngine();
  let out = '';
  const decoder = new TextDecoder();
  const io = benchIO(engine, false, (chunk) => void (out += typeof chunk === 'string' ? chunk : decoder.decode(chunk)));
  const sh = async (line: string): Promise<number> => engine.shell.execute(line, io);
  try {
    await engine.warm();
    for (let i = 0; i < 5; i++) await sh('docker run --rm alpine true');
    const samples: number[] = [];
    const begin = performance.now();
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const status = await sh('docker run --rm alpine true');
      if (status !== 0) throw new Error(`docker run --rm alpine true: status ${status}: ${out}`);
      samples.push(performance.now() - start);
    }
    const runsPerSecond = (runs * 1000) / (performance.now() - begin);

    // Spawns inside one container: a shell loop starting /bin/true, timed as a whole.
    const loop = `i=0; while [ $i -lt ${SPAWNS} ]; do /bin/true; i=$((i+1)); done`;
    const spawnSamples: number[] = [];
    for (let round = 0; round < 6; round++) {
      const start = performance.now();
      const status = await sh(`docker run --rm alpine sh -c '${loop}'`);
      if (status !== 0) throw new Error(`spawn loop: status ${status}: ${out}`);
      const total = performance.now() - start;
      if (round > 0) spawnSamples.push(total / SPAWNS);
    }

    // Stdin round trip: a shell in a running container reads each line and echoes it back.
    out = '';
    await sh(`docker run -d -i --name echo alpine sh -c 'while read -r line; do echo "$line"; done'`);
    const input = containerInput(engine.daemon, 'echo');
    if (!input) throw new Error('no stdin for the cat container');
    let received = '';
    const detach = engine.daemon.containerAttach('echo', { stdout: (d) => void (received += decoder.decode(d)) });
    const trips: number[] = [];
    for (let i = 0; i < runs; i++) {
      const line = `line ${i}\n`;
      received = '';
      const start = performance.now();
      input.write(new TextEncoder().encode(line));
      while (!received.includes(line)) await new Promise((r) => setImmediate(r));
      trips.push(performance.now() - start);
    }
    detach();
    return { runsPerSecond, run: summarize(samples), spawnInside: summarize(spawnSamples), stdinRoundTrip: summarize(trips) };
  } finally {
    await engine.dispose();
  }
}
