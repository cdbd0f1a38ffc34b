import { readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { capture, processHostSuite } from '../runtime/host/process-host-suite.node';
import { measureWarmRun, summarizeTimings } from '../runtime/host/measure';
import { conformancePath, describeConformance } from '../testing/conformance.node';
import { userlandWasm } from '../userland/programs.node';
import { createNodeProcessHost } from './node-host';

processHostSuite('Node host', createNodeProcessHost);

describeConformance('hello-world through the Node host', () => {
  const host = createNodeProcessHost();
  afterAll(() => host.dispose());

  it('writes exactly the bytes of the amd64 hello-world image, and exits 0', async () => {
    const expected = new Uint8Array(readFileSync(conformancePath('hello-world', 'output_amd64.txt')));
    const module = await host.compile('sha256:hello', userlandWasm('hello'));
    const out = capture();
    expect(await host.spawn({ moduleKey: 'sha256:hello', module, args: ['/hello'], env: [] }, out).exited).toBe(0);
    expect(out.bytes(1)).toEqual(expected);
    expect(out.bytes(2)).toHaveLength(0);
  });

  it('measureWarmRun gives one timing per run', async () => {
    const timings = await measureWarmRun(host, 20, userlandWasm('hello'));
    expect(timings).toHaveLength(20);
    const summary = summarizeTimings(timings);
    expect(summary.n).toBe(20);
    expect(summary.min).toBeLessThanOrEqual(summary.median);
    expect(summary.median).toBeLessThanOrEqual(summary.max);
  });
});
