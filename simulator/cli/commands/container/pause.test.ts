import { describe, expect, it } from 'vitest';
import { runLine } from '../../../node/transcript';
import type { VirtualClock } from '../../../util/clock';
import { useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

describe('docker pause / unpause', () => {
  it('pauses and unpauses; ps shows (Paused)', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs']);
    (e.clock as VirtualClock).advance(5000);
    expect(await runLine(e, 'docker pause web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect((await runLine(e, 'docker ps --format "{{.Names}}|{{.State}}|{{.Status}}"')).output).toBe('web|paused|Up 5 seconds (Paused)\n');
    expect((await runLine(e, 'docker inspect -f "{{.State.Status}} {{.State.Paused}} {{.State.Running}}" web')).output).toBe('paused true true\n');
    expect(await runLine(e, 'docker rm web')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: cannot remove container "web": container is paused and must be unpaused first\n' });
    expect(await runLine(e, 'docker unpause web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect((await runLine(e, 'docker ps --format "{{.State}}|{{.Status}}"')).output).toBe('running|Up 5 seconds\n');
    await runLine(e, 'docker kill web');
  });

  it('explains what cannot be paused or unpaused', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs', 'docker create --name idle progs']);
    const web = e.daemon.containers.get('web').id;
    const idle = e.daemon.containers.get('idle').id;
    expect(await runLine(e, 'docker pause idle nope')).toMatchObject({
      exitCode: 1,
      output: `Error response from daemon: container ${idle} is not running\nError response from daemon: No such container: nope\n`,
    });
    expect(await runLine(e, 'docker unpause web')).toMatchObject({ exitCode: 1, output: `Error response from daemon: Container ${web} is not paused\n` });
    await runLine(e, 'docker pause web');
    expect(await runLine(e, 'docker container pause web')).toMatchObject({ exitCode: 1, output: `Error response from daemon: container ${web} is already paused\n` });
  });

  it('docker stop ends a paused container', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs', 'docker pause web']);
    expect(await runLine(e, 'docker stop -t 0 web')).toMatchObject({ exitCode: 0, output: 'web\n' });
    expect(e.daemon.containers.get('web').state).toMatchObject({ Status: 'exited', Paused: false, ExitCode: 137 });
  });
});
