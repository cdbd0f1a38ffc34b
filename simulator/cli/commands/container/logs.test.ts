import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../index';
import { runLine } from '../../../node/transcript';
import type { VirtualClock } from '../../../util/clock';
import { useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

const file = (e: Engine, name: string): string => new TextDecoder().decode(e.shell.fs.readFile(`/home/student/${name}`));

describe('docker logs', () => {
  it('replays stdout to stdout and stderr to stderr', async () => {
    const e = await session(['docker run -d --name talk --entrypoint /interleave progs 2']);
    expect((await runLine(e, 'docker logs talk')).output).toBe('o0\ne0\no1\ne1\n');
    expect((await runLine(e, 'docker logs talk > out.txt 2> err.txt')).exitCode).toBe(0);
    expect(file(e, 'out.txt')).toBe('o0\no1\n');
    expect(file(e, 'err.txt')).toBe('e0\ne1\n');
  });

  it('a TTY container has only stdout', async () => {
    const e = await session(['docker run -d -t --name tty --entrypoint /interleave progs 1']);
    expect((await runLine(e, 'docker logs tty > out.txt 2> err.txt')).exitCode).toBe(0);
    // the terminal turns each "\n" into "\r\n", and the log keeps what it printed
    expect(file(e, 'out.txt')).toBe('o0\r\ne0\r\n');
    expect(file(e, 'err.txt')).toBe('');
  });

  it('-t adds RFC 3339 timestamps; --tail keeps the last lines', async () => {
    const e = await session(['docker run -d --name talk --entrypoint /interleave progs 2']);
    expect((await runLine(e, 'docker logs -t --tail 2 talk')).output).toBe('2026-01-05T09:00:00.000000000Z o1\n2026-01-05T09:00:00.000000000Z e1\n');
    expect((await runLine(e, 'docker logs --tail 0 talk')).output).toBe('');
    expect((await runLine(e, 'docker logs --tail all talk')).output).toBe('o0\ne0\no1\ne1\n');
    expect((await runLine(e, 'docker logs --details -t --tail 1 talk')).output).toBe('2026-01-05T09:00:00.000000000Z  e1\n');
  });

  it('the log survives stop and start; --since and --until pick runs by time', async () => {
    const e = await session(['docker run -d --name nap --entrypoint /args progs 0 first']);
    (e.clock as VirtualClock).advance(120_000);
    await runLine(e, 'docker start nap');
    const all = (await runLine(e, 'docker logs nap')).output;
    expect(all.match(/argc=3/g)).toHaveLength(2);
    const second = (await runLine(e, 'docker logs --since 1m nap')).output;
    expect(second.match(/argc=3/g)).toHaveLength(1);
    expect((await runLine(e, 'docker logs --since 2026-01-05T09:01:00Z nap')).output).toBe(second);
    expect((await runLine(e, 'docker logs --until 2026-01-05T09:01:00Z nap')).output).toBe(all.slice(0, all.length - second.length));
    expect(await runLine(e, 'docker logs --since yesterday nap')).toMatchObject({ exitCode: 1, output: 'invalid value for "since": failed to parse value as time or duration: "yesterday"\n' });
  });

  it('-f follows until the container stops', async () => {
    const e = await session(['docker run -d --name nap --entrypoint /sleep progs 400']);
    expect(await runLine(e, 'docker logs -f nap')).toMatchObject({ exitCode: 0, output: 'sleeping\nslept\n' });
  });

  it('reports a missing container', async () => {
    const e = await session([]);
    expect(await runLine(e, 'docker logs nope')).toMatchObject({ exitCode: 1, output: 'Error response from daemon: No such container: nope\n' });
  });
});
