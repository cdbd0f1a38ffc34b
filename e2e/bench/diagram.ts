/**
 * The diagram's update after a command, for a big machine: 50 images (5 base images, each
 * shared by 10 images of 3 layers of their own) and 200 containers in every state.
 *  - Node: the layout alone (a pure function of the snapshot).
 *  - Chromium: a new snapshot put into the page's store → React has rendered the diagram
 *    (layout included) and the browser has computed style and layout for it.
 * Goal: ≤ 16 ms (one frame).
 *
 * Alone: `npx tsx e2e/bench/diagram.ts [--dist DIR] [--port N]` serves a build (default
 * dist/) and prints both figures; `npm run bench` runs it with the others.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { layout } from '../../app/src/diagram/layout';
import type { ContainerSnapshot, EngineSnapshot, ImageSnapshot, LayerSnapshot } from '../../simulator/index';
import { chromiumArgs } from './browser';
import { describe, summarize, type Summary } from './stats';

const hex = (n: number, width = 64): string => n.toString(16).padStart(width, '0');
const STATES: ContainerSnapshot['state'][] = ['exited', 'running', 'created', 'paused', 'exited'];

/** A snapshot with `imageCount` images and `containerCount` containers; `variant` changes a few containers. */
export function syntheticSnapshot(imageCount = 50, containerCount = 200, variant = 0): EngineSnapshot {
  const layers: Record<string, LayerSnapshot> = {};
  const images: ImageSnapshot[] = [];
  const bases = Math.max(1, Math.round(imageCount / 10));
  const addLayer = (chainId: string, parent: string, createdBy: string, size: number): LayerSnapshot => {
    const known = layers[chainId];
    if (known) {
      layers[chainId] = { ...known, sharedBy: known.sharedBy + 1 };
      return known;
    }
    const layer = { chainId, diffId: chainId, parent, size, sizeText: `${(size / 1000).toFixed(1)}kB`, createdBy, sharedBy: 1 };
    layers[chainId] = layer;
    return layer;
  };
  for (let i = 0; i < imageCount; i++) {
    const base = i % bases;
    const chain = [addLayer(`sha256:${hex(base + 1)}`, '', `ADD rootfs-${base}.tar.gz / # buildkit`, 3_400_000 + base)];
    for (let k = 0; k < 3; k++) {
      const parent = chain[chain.length - 1]!.chainId;
      chain.push(addLayer(`sha256:${hex(1000 + i * 10 + k)}`, parent, `/bin/sh -c apk add --no-cache tool-${i}-${k}`, 20_000 + k * 1000));
    }
    const id = `sha256:${hex(5000 + i)}`;
    images.push({
      id,
      shortId: id.slice(7, 19),
      repoTags: [`app-${i}:latest`],
      created: 1_700_000_000_000 + i * 1000,
      size: chain.reduce((n, l) => n + l.size, 0),
      sizeText: '3.5MB',
      layers: chain.map(({ chainId, diffId, size, sizeText, createdBy }) => ({ chainId, diffId, size, sizeText, createdBy })),
      topChainId: chain[chain.length - 1]!.chainId,
      parent: '',
      intermediate: false,
    });
  }
  images.reverse(); // newest first, as the engine lists them
  const containers: ContainerSnapshot[] = [];
  for (let c = 0; c < containerCount; c++) {
    const image = images[c % imageCount]!;
    const state = STATES[(c + (c < 10 ? variant : 0)) % STATES.length]!;
    const id = hex(90_000 + c);
    containers.push({ id, shortId: id.slice(0, 12), name: `box_${c}`, imageId: image.id, imageRef: image.repoTags[0]!, state, exitCode: state === 'exited' ? c % 3 : 0, command: '/bin/sh', created: 1_800_000_000_000 + c });
  }
  return { version: 1 + variant, images, layers, containers };
}

export function benchDiagramLayout(runs = 200): Summary {
  const snapshots = [syntheticSnapshot(50, 200, 0), syntheticSnapshot(50, 200, 1)];
  for (let i = 0; i < 20; i++) layout(snapshots[i % 2]!);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    layout(snapshots[i % 2]!);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export interface DiagramBrowserFigures {
  /** store update → diagram rendered, committed, style and layout computed */
  update: Summary;
  /** number of SVG elements the diagram draws for the big snapshot */
  svgElements: number;
}

/** In the page: alternate two big snapshots through the store, timing each diagram update. */
const inPageUpdates = `async function ({ a, b, runs }) {
  const store = window.__gorae.store;
  const root = document.querySelector('[data-testid="diagram"]');
  const committed = () => new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      document.body.getBoundingClientRect();
      resolve(performance.now());
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
  const samples = [];
  for (let i = 0; i < runs + 5; i++) {
    const next = { ...(i % 2 ? b : a), version: 100000 + i };
    const done = committed();
    const start = performance.now();
    store.getState().setEngineSnapshot(next);
    const end = await done;
    if (i >= 5) samples.push(end - start);
    await pause();
  }
  return { samples, svgElements: root.querySelectorAll('svg *').length };
}`;

export async function benchDiagramBrowser(baseURL: string, runs = 60): Promise<DiagramBrowserFigures> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseURL}/?seed=1`);
    await page.waitForFunction(() => (window as unknown as { __gorae?: { ready: boolean } }).__gorae?.ready === true);
    const args = JSON.stringify({ a: syntheticSnapshot(50, 200, 0), b: syntheticSnapshot(50, 200, 1), runs });
    // Passed as source text: the bench runs through a TypeScript loader whose helpers do not exist in the page.
    const result = (await page.evaluate(`(${inPageUpdates})(${args})`)) as { samples: number[]; svgElements: number };
    if (result.svgElements < 1000) throw new Error(`the diagram drew only ${result.svgElements} SVG elements`);
    return { update: summarize(result.samples), svgElements: result.svgElements };
  } finally {
    await browser.close();
  }
}

export function reportDiagram(layoutFigure: Summary, browserFigures: DiagramBrowserFigures): void {
  console.log(`diagram layout, 50 images / 200 containers, Node: ${describe(layoutFigure)}`);
  console.log(
    `diagram update (store → React render + commit + style/layout), 50 images / 200 containers, Chromium: ${describe(browserFigures.update)}; ${browserFigures.svgElements} SVG elements (goal ≤ 16 ms: ${browserFigures.update.p90 <= 16 ? 'met' : 'missed'} at p90)`,
  );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const dist = option('--dist') ?? `${root}/dist`;
  const port = Number(option('--port') ?? 4176);
  const layoutFigure = benchDiagramLayout();
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { cwd: root, stdio: 'ignore', detached: true });
  try {
    const baseURL = `http://127.0.0.1:${port}`;
    const until = Date.now() + 20_000;
    for (;;) {
      try {
        if ((await fetch(baseURL)).ok) break;
      } catch {
        if (Date.now() > until) throw new Error(`${baseURL} did not come up`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    reportDiagram(layoutFigure, await benchDiagramBrowser(baseURL));
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
