import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../index';
import { runLine } from '../../../node/transcript';
import type { VirtualClock } from '../../../util/clock';
import { formatTable } from '../../format/tabwriter';
import { useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

const table = (rows: string[][]): string => formatTable(rows.map((r) => `${r.join('\t')}\n`).join(''));
const HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

/** web (running spin), done (exited 3), idle (created), oldest first, 10 s apart. */
async function threeContainers(): Promise<Engine> {
  const e = await session([]);
  const clock = e.clock as VirtualClock;
  await runLine(e, 'docker create --name idle progs');
  clock.advance(10_000);
  await runLine(e, 'docker run --name done --entrypoint /args progs 3');
  clock.advance(10_000);
  await runLine(e, 'docker run -d --name web --entrypoint /spin progs');
  clock.advance(5_000);
  return e;
}

const short = (e: Engine, name: string): string => e.daemon.containers.get(name).id.slice(0, 12);

describe('docker ps', () => {
  it('lists running containers, or all with -a, newest first', async () => {
    const e = await threeContainers();
    expect((await runLine(e, 'docker ps')).output).toBe(table([HEADER, [short(e, 'web'), 'progs', '"/spin"', '5 seconds ago', 'Up 5 seconds', '', 'web']]));
    expect((await runLine(e, 'docker ps -a')).output).toBe(
      table([
        HEADER,
        [short(e, 'web'), 'progs', '"/spin"', '5 seconds ago', 'Up 5 seconds', '', 'web'],
        [short(e, 'done'), 'progs', '"/args 3"', '15 seconds ago', 'Exited (3) 15 seconds ago', '', 'done'],
        [short(e, 'idle'), 'progs', '"/hello"', '25 seconds ago', 'Created', '', 'idle'],
      ]),
    );
    expect((await runLine(e, 'docker ps -aq')).output).toBe(`${short(e, 'web')}\n${short(e, 'done')}\n${short(e, 'idle')}\n`);
    expect((await runLine(e, 'docker ps -q --no-trunc')).output).toBe(`${e.daemon.containers.get('web').id}\n`);
    expect((await runLine(e, 'docker ps -n 2 -q')).output).toBe(`${short(e, 'web')}\n${short(e, 'done')}\n`);
    expect((await runLine(e, 'docker ps -l --format "{{.Names}}"')).output).toBe('web\n');
    await runLine(e, 'docker kill web');
  });

  it('filters by status, name, id, exited, ancestor, before and since', async () => {
    const e = await threeContainers();
    const names = async (flags: string): Promise<string> => (await runLine(e, `docker ps ${flags} --format "{{.Names}}"`)).output;
    expect(await names('-f status=exited')).toBe('done\n');
    expect(await names('-f status=created -f status=running')).toBe('web\nidle\n');
    expect(await names('-a -f name=on')).toBe('done\n');
    expect(await names('-a -f name=^/we')).toBe('web\n');
    expect(await names(`-a -f id=${short(e, 'idle').slice(0, 5)}`)).toBe('idle\n');
    expect(await names('-a -f exited=3')).toBe('done\n');
    expect(await names('-a -f exited=0')).toBe('');
    expect(await names('-a -f ancestor=progs')).toBe('web\ndone\nidle\n');
    expect(await names('-a -f ancestor=hello-world')).toBe('web\ndone\nidle\n');
    expect(await names('-a -f ancestor=busybox')).toBe('');
    // moby stops counting stopped containers in once it has passed the "before" one
    expect(await names('-f before=web')).toBe('');
    expect(await names('-a -f before=web')).toBe('done\nidle\n');
    expect(await names('-f since=idle')).toBe('web\ndone\n');
    expect(await runLine(e, 'docker ps -f status=sleeping')).toMatchObject({ exitCode: 1, output: "Error response from daemon: invalid filter 'status=sleeping'\n" });
    expect(await runLine(e, 'docker ps -f colour=red')).toMatchObject({ exitCode: 1, output: "Error response from daemon: invalid filter 'colour'\n" });
    expect(await runLine(e, 'docker ps -f before=nope')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: No such container: nope\n' });
    await runLine(e, 'docker kill web');
  });

  it('filters and formats labels', async () => {
    const e = await session([]);
    e.daemon.containerCreate({ Image: 'progs', Labels: { tier: 'web', team: 'a' } }, { AutoRemove: false }, 'c1');
    e.daemon.containerCreate({ Image: 'progs', Labels: { tier: 'db' } }, { AutoRemove: false }, 'c2');
    expect((await runLine(e, 'docker ps -a -f label=tier=web --format "{{.Names}}"')).output).toBe('c1\n');
    expect((await runLine(e, 'docker ps -a -f label=tier --format "{{.Names}}"')).output).toBe('c2\nc1\n');
    expect((await runLine(e, 'docker ps -a --format "{{.Names}} {{.Labels}}"')).output).toBe('c2 tier=db\nc1 team=a,tier=web\n');
    expect((await runLine(e, `docker ps -a --format '{{.Names}} {{.Label "team"}}'`)).output).toBe('c2 \nc1 a\n');
    expect((await runLine(e, `docker ps -a --format 'table {{.Names}}\\t{{.Label "tier"}}'`)).output).toBe('NAMES     \nc2        db\nc1        web\n');
  });

  it('formats with templates, tables and JSON; -s adds sizes', async () => {
    const e = await threeContainers();
    expect((await runLine(e, 'docker ps --format "table {{.Names}}\\t{{.Status}}\\t{{.State}}"')).output).toBe(table([['NAMES', 'STATUS', 'STATE'], ['web', 'Up 5 seconds', 'running']]));
    expect((await runLine(e, 'docker ps --format "{{.ID}} {{.Image}} {{.Command}} {{.Ports}}|{{.CreatedAt}}|{{.RunningFor}}"')).output).toBe(
      `${short(e, 'web')} progs "/spin" |2026-01-05 09:00:20 +0000 UTC|5 seconds ago\n`,
    );
    const json = JSON.parse((await runLine(e, 'docker ps --format json')).output) as Record<string, string>;
    expect(json).toEqual({
      Command: '"/spin"',
      CreatedAt: '2026-01-05 09:00:20 +0000 UTC',
      ID: short(e, 'web'),
      Image: 'progs',
      Labels: '',
      LocalVolumes: '0',
      Mounts: '',
      Names: 'web',
      Networks: 'bridge',
      Ports: '',
      RunningFor: '5 seconds ago',
      Size: '0B',
      State: 'running',
      Status: 'Up 5 seconds',
    });
    const sized = (await runLine(e, 'docker ps -s --format "{{.Names}} {{.Size}}"')).output;
    expect(sized).toMatch(/^web 0B \(virtual \d+(\.\d+)?[kM]B\)\n$/);
    expect((await runLine(e, 'docker ps -s')).output.split('\n')[0]).toMatch(/NAMES\s+SIZE$/);
    expect(await runLine(e, 'docker ps -q --format "{{.Names}}"')).toMatchObject({ output: `WARNING: Ignoring custom format, because both --format and --quiet are set.\n${short(e, 'web')}\n` });
    expect(await runLine(e, 'docker ps --format "{{.Nope}}"')).toMatchObject({ exitCode: 1 });
    await runLine(e, 'docker kill web');
  });
});
