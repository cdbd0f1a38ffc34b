/**
 * The browser host for real: the check page is bundled by Vite (which must pick up the
 * `new Worker(new URL(…))` entry), served cross-origin isolated, and run in headless
 * Chromium. Skipped when no Chromium is installed (set GORAE_CHROMIUM to its path).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformancePath, hasConformance } from '../../testing/conformance.node';
import { FSPROBE_CHANGES, FSPROBE_STDOUT } from '../wasi/fsprobe-fixture';
import type { BrowserCheckResult } from './browser-check.page';
import { summarizeTimings } from './measure';

const chromiumPath = process.env.GORAE_CHROMIUM ?? '/usr/bin/chromium';
const entry = fileURLToPath(new URL('./browser-check.page.ts', import.meta.url));
const types: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

describe.skipIf(!existsSync(chromiumPath))('browser host in headless Chromium', () => {
  let outDir: string;
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'gorae-browser-check-'));
    await build({
      configFile: false,
      logLevel: 'silent',
      root: outDir,
      worker: { format: 'es' },
      build: { outDir, emptyOutDir: false, target: 'es2022', rollupOptions: { input: entry, output: { entryFileNames: 'page.js' } } },
    });
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const file = normalize(join(outDir, path === '/' ? 'index.html' : path));
      const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
      if (path === '/') {
        res.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
        res.end('<!doctype html><script type="module" src="/page.js"></script>');
      } else if (file.startsWith(outDir) && existsSync(file)) {
        res.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('runs hello-world in a pooled module Worker; SIGKILL ends a spinner; fsprobe gets its file system; warm runs are timed', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(origin);
    await page.waitForFunction(() => 'goraeBrowserCheck' in globalThis);
    const result = await page.evaluate(
      (n) => (globalThis as unknown as { goraeBrowserCheck(n: number): Promise<BrowserCheckResult> }).goraeBrowserCheck(n),
      200,
    );
    expect(errors).toEqual([]);
    expect(result.crossOriginIsolated).toBe(true);
    expect(result.helloStatus).toBe(0);
    expect(result.helloStderrBytes).toBe(0);
    const text = new TextDecoder().decode(new Uint8Array(result.helloStdout));
    if (hasConformance) expect(text).toBe(readFileSync(conformancePath('hello-world', 'output_amd64.txt'), 'utf8'));
    else expect(text).toContain('Hello from Docker!');
    expect(result.spinStatus).toBe(137);
    expect(result.afterKillStatus).toBe(0);
    expect(result.fsprobeStdout).toBe(FSPROBE_STDOUT);
    expect(result.fsprobeStatus).toBe(0);
    expect(result.fsprobeChanges).toEqual(FSPROBE_CHANGES);
    expect(result.timings).toHaveLength(200);
    console.info('[browser host] warm hello-world run in Chromium (ms):', summarizeTimings(result.timings));
  }, 60_000);
});
