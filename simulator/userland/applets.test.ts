import { expect, it } from 'vitest';
import { multiCallApplets } from './applets';
import { runProgram } from './testing/run-program.node';

it('lists exactly the applets busybox.wasm carries', async () => {
  const r = await runProgram('busybox', ['busybox', '--list']);
  expect(r.status).toBe(0);
  expect(r.stdout.trim().split('\n').sort()).toEqual([...multiCallApplets].sort());
});
