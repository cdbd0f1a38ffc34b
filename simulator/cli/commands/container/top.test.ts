import { describe, expect, it } from 'vitest';
import { runLine } from '../../../node/transcript';
import { useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

/** docker top's table: columns at least 20 wide, 3 spaces of padding. */
const pad = (cells: string[]): string => `${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(Math.max(20, c.length + 3)))).join('')}\n`;

describe('docker top', () => {
  it("shows the container's processes as ps -ef does, with host pids", async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs x']);
    const pid = String(e.daemon.containers.get('web').state.Pid);
    // /spin never rests: its CPU share (C, %CPU) and its memory depend on the machine
    const ef = (await runLine(e, 'docker top web', 200)).output.split('\n');
    expect(ef[0]).toBe(pad(['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']).trimEnd());
    expect(ef[1]).toMatch(new RegExp(`^root {16}${pid} +0 {19}\\d+ +09:00 {15}\\? {19}00:00:0\\d {12}/spin x$`));
    expect(ef.length).toBe(3);
    const aux = (await runLine(e, 'docker top web aux', 200)).output.split('\n');
    expect(aux[0]).toBe(pad(['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND']).trimEnd());
    expect(aux[1]).toMatch(new RegExp(`^root {16}${pid} +\\d+\\.\\d +0\\.0 +\\d+ +\\d+ +\\? +R?S?s +09:00 +0:0\\d +/spin x$`));
    await runLine(e, 'docker kill web');
  });

  it('lists a process that waits in a system call', async () => {
    const e = await session(['docker run -d --name nap --entrypoint /sleep progs 1000']);
    const pid = e.daemon.containers.get('nap').state.Pid;
    const rows = (await runLine(e, 'docker top nap', 200)).output.split('\n').slice(1, -1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^root {16}${pid} .* /sleep 1000$`));
    await runLine(e, 'docker kill nap');
  });

  it('refuses a stopped or missing container', async () => {
    const e = await session(['docker create --name idle progs']);
    const idle = e.daemon.containers.get('idle').id;
    expect(await runLine(e, 'docker top idle')).toMatchObject({ exitCode: 1, output: `Error response from daemon: container ${idle} is not running\n` });
    expect(await runLine(e, 'docker container top nope')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: No such container: nope\n' });
  });
});
