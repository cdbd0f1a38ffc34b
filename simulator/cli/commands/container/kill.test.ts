import { describe, expect, it } from 'vitest';
import { runLine } from '../../../node/transcript';
import { recordSignals, useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

describe('docker kill', () => {
  it('sends SIGKILL by default: exit code 137', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs']);
    expect(await runLine(e, 'docker kill web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect(e.daemon.containers.get('web').state).toMatchObject({ Status: 'exited', ExitCode: 137, Running: false });
  });

  it('sends other signals by name or number and leaves the container running', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs']);
    const sent = recordSignals(e, 'web');
    expect(await runLine(e, 'docker kill -s HUP web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect(await runLine(e, 'docker kill --signal sigusr2 web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect(await runLine(e, 'docker kill -s 10 web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect(sent).toEqual([1, 12, 10]);
    expect(e.daemon.containers.get('web').state.Running).toBe(true);
    await runLine(e, 'docker kill web');
  });

  it('reports bad signals, stopped and missing containers as Docker does', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs', 'docker create --name idle progs']);
    const idle = e.daemon.containers.get('idle').id;
    expect(await runLine(e, 'docker kill -s FOO web')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: cannot kill container: web: Invalid signal: FOO\n' });
    expect(await runLine(e, 'docker kill -s 0 web')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: cannot kill container: web: Invalid signal: 0\n' });
    expect(await runLine(e, 'docker kill -s 65 web')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: cannot kill container: web: the linux daemon does not support signal 65\n' });
    expect(await runLine(e, 'docker kill idle nope web')).toMatchObject({
      exitCode: 1,
      output: `web\nError response from daemon: cannot kill container: idle: container ${idle} is not running\nError response from daemon: cannot kill container: nope: No such container: nope\n`,
    });
  });
});
