import { describe, expect, it } from 'vitest';
import { runLine } from '../../../node/transcript';
import { useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

describe('docker wait', () => {
  it('blocks until each container stops and prints the exit codes', async () => {
    const e = await session(['docker run -d --name one --entrypoint /sleep progs 400', 'docker run -d --name two --entrypoint /args progs 7']);
    const started = Date.now();
    expect(await runLine(e, 'docker wait one two')).toMatchObject({ exitCode: 0, output: '0\n7\n' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('prints the code of a stopped container at once; collects errors', async () => {
    const e = await session(['docker run --name done --entrypoint /args progs 5']);
    expect(await runLine(e, 'docker container wait nope done')).toMatchObject({ exitCode: 1, output: '5\nError response from daemon: No such container: nope\n' });
  });

  it('hears of a docker kill', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs']);
    const waiting = runLine(e, 'docker wait web');
    await runLine(e, 'docker kill web');
    expect(await waiting).toMatchObject({ exitCode: 0, output: '137\n' });
  });
});
