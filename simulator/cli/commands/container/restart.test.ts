import { describe, expect, it } from 'vitest';
import { runLine } from '../../../node/transcript';
import { useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

describe('docker restart', () => {
  it('stops a running container (SIGKILL after -t) and starts it again', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs']);
    const c = e.daemon.containers.get('web');
    const firstPid = c.state.Pid;
    expect(await runLine(e, 'docker restart -t 0 web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect(c.state).toMatchObject({ Status: 'running', Running: true, ExitCode: 0 });
    expect(c.state.Pid).not.toBe(firstPid);
    // a manual restart is not counted as a policy restart
    expect(c.restartCount).toBe(0);
    await runLine(e, 'docker kill web');
  });

  it('starts a stopped container; reports missing ones', async () => {
    const e = await session(['docker create --name idle --entrypoint /spin progs']);
    expect(await runLine(e, 'docker container restart idle nope')).toMatchObject({ exitCode: 1, output: 'idle\nError response from daemon: No such container: nope\n' });
    expect(e.daemon.containers.get('idle').state.Running).toBe(true);
    await runLine(e, 'docker kill idle');
  });

  it('keeps the log across the restart', async () => {
    const e = await session(['docker run -d --name nap --entrypoint /sleep progs 10']);
    expect((await runLine(e, 'docker restart nap')).exitCode).toBe(0);
    await e.daemon.settle(1000);
    expect((await runLine(e, 'docker logs nap')).output).toBe('sleeping\nslept\nsleeping\nslept\n');
  });
});
