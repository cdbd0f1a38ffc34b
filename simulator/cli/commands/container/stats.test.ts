import { describe, expect, it } from 'vitest';
import { runLine } from '../../../node/transcript';
import { formatTable } from '../../format/tabwriter';
import { useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

const table = (rows: string[][]): string => formatTable(rows.map((r) => `${r.join('\t')}\n`).join(''));
const HEADER = ['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'];

describe('docker stats --no-stream', () => {
  it('prints one table of the running containers', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs', 'docker create --name idle progs']);
    const web = e.daemon.containers.get('web').id.slice(0, 12);
    const idle = e.daemon.containers.get('idle').id.slice(0, 12);
    // /spin keeps one CPU busy; its memory is what its module takes
    const line = (await runLine(e, 'docker stats --no-stream --format "{{.ID}}|{{.Name}}|{{.CPUPerc}}|{{.MemUsage}}|{{.MemPerc}}|{{.NetIO}}|{{.BlockIO}}|{{.PIDs}}"')).output;
    const [, cpu, mem] = /^[0-9a-f]{12}\|web\|(\d+\.\d\d)%\|(\d+(?:\.\d+)?KiB) \/ 7\.761GiB\|0\.00%\|0B \/ 0B\|0B \/ 0B\|1\n$/.exec(line) ?? [];
    expect(Number(cpu)).toBeGreaterThan(50);
    expect(mem).toBeDefined();
    const row = [web, 'web', `${cpu}%`, `${mem} / 7.761GiB`, '0.00%', '0B / 0B', '0B / 0B', '1'];
    const all = (await runLine(e, 'docker stats --no-stream -a', 120)).output.split('\n');
    expect(all[0]).toBe(table([HEADER, row]).split('\n')[0]);
    expect(all[2]).toMatch(new RegExp(`^${idle} +idle +0\\.00% +0B / 0B +0\\.00% +0B / 0B +0B / 0B +0$`));
    expect((await runLine(e, 'docker container stats --no-stream --format "{{.Container}}" web')).output).toBe('web\n');
    expect(await runLine(e, 'docker stats --no-stream nope')).toMatchObject({ exitCode: 1, output: table([HEADER]) + 'Error response from daemon: No such container: nope\n' });
    await runLine(e, 'docker kill web');
  });

  it('without --no-stream, redraws the table in place until interrupted', async () => {
    const e = await session(['docker run -d --name web --entrypoint /spin progs']);
    let output = '';
    const write = (chunk: string | Uint8Array): void => {
      output += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
    };
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 1200);
    const status = await e.shell.execute('docker stats', {
      stdin: { read: async () => null },
      stdout: { write },
      stderr: { write },
      terminal: { isTTY: true, columns: 120, rows: 24 },
      env: e.env,
      signal: abort.signal,
    });
    expect(status).toBe(0);
    const frames = output.split('\x1b[H');
    expect(frames[0]).toBe('\x1b[2J');
    expect(frames.length).toBeGreaterThanOrEqual(2);
    expect(frames[1]).toMatch(/^CONTAINER ID   NAME      CPU % +MEM USAGE \/ LIMIT +MEM % +NET I\/O +BLOCK I\/O +PIDS \x1b\[K\n[0-9a-f]{12}   web .* 1 \x1b\[K\n \x1b\[K\n\x1b\[J$/);
    await runLine(e, 'docker kill web');
  });
});
