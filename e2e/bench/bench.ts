/**
 * npm run bench: builds the app and prints, measured in this one run,
 *  - warm `docker run --rm hello-world` (command → last byte) in Node and in headless Chromium,
 *  - `docker run --rm alpine true` per second, a spawn inside a container and a stdin round trip (Node),
 *  - a 10-instruction build with BuildKit and with the classic builder, uncached and fully cached (Node),
 *  - cold page load → terminal ready,
 *  - the gzip size of the JavaScript needed for the first paint,
 *  - the diagram's update for 50 images and 200 containers (layout in Node; render in Chromium).
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchBrowser } from './browser';
import { benchBuild } from './build';
import { benchDiagramBrowser, benchDiagramLayout, reportDiagram } from './diagram';
import { firstPaintJs } from './first-paint';
import { benchLayers } from './layers';
import { benchNodeWarmRun } from './node-run';
import { benchProcesses } from './processes';
import { describe, ms } from './stats';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 60;
const LOADS = 10;
const PORT = 4175;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');

  const node = await benchNodeWarmRun(RUNS);
  console.log(`warm docker run --rm hello-world, Node:     ${describe(node)}`);

  const procs = await benchProcesses(RUNS);
  console.log(`docker run --rm alpine true, Node: ${procs.runsPerSecond.toFixed(0)} runs/s (goal ≥ 500/s); per run ${describe(procs.run)}`);
  console.log(`process spawn inside a container (sh → /bin/true), Node: ${describe(procs.spawnInside)}`);
  console.log(`stdin round trip (docker run -i alpine sh: read, echo), Node: ${describe(procs.stdinRoundTrip)}`);

  for (const builder of ['buildkit', 'classic'] as const) {
    const builds = await benchBuild(20, builder);
    const name = builder === 'classic' ? 'DOCKER_BUILDKIT=0 docker build' : 'docker build (BuildKit)';
    console.log(`${name} -q, 10 instructions, Node: uncached ${describe(builds.uncached)}; fully cached ${describe(builds.cached)} (goals ≤ 50 ms, ≤ 5 ms)`);
  }

  const layers = await benchLayers();
  console.log(`heap added by 1,000 created containers of ${layers.image}: ${layers.heapPer1000ContainersMB.toFixed(1)} MB (goal ≤ 50 MB)`);
  console.log(`path lookup through a 100-layer image: median ${layers.lookup100Layers.median.toFixed(2)} µs (p90 ${layers.lookup100Layers.p90.toFixed(2)} µs, n=${layers.lookup100Layers.n})`);
  console.log(`docker commit of 1,000 changed files: ${describe(layers.commit1000Files)}`);

  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
  try {
    const baseURL = `http://127.0.0.1:${PORT}`;
    await waitForServer(baseURL, 20000);
    const browser = await benchBrowser(baseURL, RUNS, LOADS);
    console.log(`warm docker run --rm hello-world, Chromium: ${describe(browser.warmRun)}`);
    console.log(`cold page load → terminal ready, Chromium:  ${describe(browser.coldLoad)}`);
    console.log(`docker run --rm alpine true, Chromium: ${browser.alpineTruePerSecond.toFixed(0)} runs/s; per run ${describe(browser.alpineTrue)}`);
    reportDiagram(benchDiagramLayout(), await benchDiagramBrowser(baseURL));
  } finally {
    if (server.pid) process.kill(-server.pid);
  }

  const js = firstPaintJs(`${root}/dist`);
  console.log(`first-paint JavaScript: ${(js.gzipBytes / 1024).toFixed(1)} KiB gzip (${(js.rawBytes / 1024).toFixed(1)} KiB raw, ${js.files.length} file(s))`);
  console.log(`goal: warm run ≤ 2 ms — Node ${node.median <= 2 ? 'met' : 'missed'} (${ms(node.median)})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
