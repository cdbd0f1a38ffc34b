/**
 * Browser figures: cold page load → terminal ready, and warm `docker run --rm hello-world`
 * inside the page, in headless Chromium against the built app.
 */
import { chromium } from '@playwright/test';
import { summarize, type Summary } from './stats';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BrowserFigures {
  coldLoad: Summary;
  warmRun: Summary;
  /** `docker run --rm alpine true`: per run, and runs per second over the whole series. */
  alpineTrue: Summary;
  alpineTruePerSecond: number;
}

interface GoraeHooks {
  ready: boolean;
  engine: {
    shell: { execute(line: string, io: unknown): Promise<number> };
    env: Record<string, string>;
  };
}

export async function benchBrowser(baseURL: string, runs: number, loads: number): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
  try {
    const loadTimes: number[] = [];
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${baseURL}/?seed=1`);
      await page.waitForFunction(() => (window as unknown as { __gorae?: GoraeHooks }).__gorae?.ready === true);
      // Navigation start → the moment the terminal reported ready, on the page's own clock.
      loadTimes.push(await page.evaluate(() => (window as unknown as { __goraeReadyAt?: number }).__goraeReadyAt ?? performance.now()));
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/?seed=1`);
    await page.waitForFunction(() => (window as unknown as { __gorae?: GoraeHooks }).__gorae?.ready === true);
    // Passed as source text: the bench runs through a TypeScript loader whose helpers do not
    // exist inside the page.
    const samples = (await page.evaluate(`(${inPageWarmRuns})(${runs})`)) as number[];
    const alpine = (await page.evaluate(`(${inPageAlpineRuns})(${runs})`)) as { samples: number[]; perSecond: number };
    await context.close();
    return { coldLoad: summarize(loadTimes), warmRun: summarize(samples), alpineTrue: summarize(alpine.samples), alpineTruePerSecond: alpine.perSecond };
  } finally {
    await browser.close();
  }
}

/** Runs in the page: warm runs of `docker run --rm hello-world`, command → last byte. */
const inPageWarmRuns = `async function (n) {
  const gorae = window.__gorae;
  let lastByte = 0;
  let bytes = 0;
  const sink = { write(chunk) { lastByte = performance.now(); bytes += chunk.length; } };
  const io = {
    stdin: { read: async () => null },
    stdout: sink,
    stderr: sink,
    terminal: { isTTY: true, columns: 80, rows: 24 },
    env: gorae.engine.env,
    signal: new AbortController().signal,
  };
  for (let i = 0; i < 5; i++) await gorae.engine.shell.execute('docker run --rm hello-world', io);
  const out = [];
  for (let i = 0; i < n; i++) {
    bytes = 0;
    const start = performance.now();
    const status = await gorae.engine.shell.execute('docker run --rm hello-world', io);
    if (status !== 0 || bytes < 807) throw new Error('warm run failed: status ' + status + ', ' + bytes + ' bytes');
    out.push(lastByte - start);
  }
  return out;
}`;

/** Runs in the page: `docker run --rm alpine true`, each run timed, and runs per second. */
const inPageAlpineRuns = `async function (n) {
  const gorae = window.__gorae;
  const sink = { write() {} };
  const io = {
    stdin: { read: async () => null },
    stdout: sink,
    stderr: sink,
    terminal: { isTTY: false, columns: 80, rows: 24 },
    env: gorae.engine.env,
    signal: new AbortController().signal,
  };
  for (let i = 0; i < 5; i++) await gorae.engine.shell.execute('docker run --rm alpine true', io);
  const samples = [];
  const begin = performance.now();
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const status = await gorae.engine.shell.execute('docker run --rm alpine true', io);
    if (status !== 0) throw new Error('docker run --rm alpine true: status ' + status);
    samples.push(performance.now() - start);
  }
  return { samples, perSecond: (n * 1000) / (performance.now() - begin) };
}`;
