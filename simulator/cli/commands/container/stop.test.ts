import { describe, expect, it } from 'vitest';
import { runLine } from '../../../node/transcript';
import { recordSignals, useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

describe('docker stop', () => {
  it('sends SIGTERM, then SIGKILL after the timeout; prints the names as given', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs']);
    const c = e.daemon.containers.get('web');
    const sent = recordSignals(e, 'web');
    expect(c.state.Running).toBe(true);
    const started = Date.now();
    expect(await runLine(e, 'docker stop -t 1 web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(sent).toEqual([15, 9]);
    expect(c.state).toMatchObject({ Status: 'exited', Running: false, ExitCode: 137 });
    expect((await runLine(e, 'docker ps -a --format "{{.Names}} {{.Status}}"')).output).toBe('web Exited (137) Less than a second ago\n');
  });

  it('uses -s and the ID prefix as given; a stopped container is fine; missing ones are errors', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs', 'docker create --name idle progs']);
    const c = e.daemon.containers.get('web');
    const sent = recordSignals(e, 'web');
    const prefix = c.id.slice(0, 6);
    const out = await runLine(e, `docker stop -s SIGUSR1 -t 0 nope ${prefix} idle`);
    expect(out).toMatchObject({ exitCode: 1, output: `${prefix}\nidle\nError response from daemon: No such container: nope\n` });
    expect(sent).toEqual([10, 9]);
    expect(c.state.ExitCode).toBe(137);
  });

  it('reports an invalid signal as the daemon does', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs']);
    expect(await runLine(e, 'docker stop -s FOO web')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: Invalid signal: FOO\n' });
    expect(e.daemon.containers.get('web').state.Running).toBe(true);
    await runLine(e, 'docker rm -f web');
  });

  it('a process that exits on its own ends the wait early', async () => {
    const e = await session(['docker run -d --name nap --entrypoint /sleep progs 300']);
    const started = Date.now();
    expect(await runLine(e, 'docker container stop nap')).toMatchObject({ exitCode: 0, output: 'nap\n' });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(e.daemon.containers.get('nap').state.ExitCode).toBe(0);
  });
});
