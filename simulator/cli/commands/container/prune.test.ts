import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../index';
import { runLine } from '../../../node/transcript';
import type { Reader } from '../../../util/io';
import { useProgramSessions } from './lifecycle-test-support.node';

const session = useProgramSessions();

function stringReader(text: string): Reader {
  let data: Uint8Array | null = new TextEncoder().encode(text);
  return {
    read: async () => {
      const chunk = data;
      data = null;
      return chunk;
    },
  };
}

/** Runs a line with `input` as the CLI's standard input; returns what it printed. */
async function withInput(e: Engine, line: string, input: string): Promise<{ output: string; exitCode: number }> {
  let output = '';
  const write = (chunk: string | Uint8Array): void => {
    output += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
  };
  const exitCode = await e.shell.execute(line, {
    stdin: stringReader(input),
    stdout: { write },
    stderr: { write },
    terminal: { isTTY: true, columns: 80, rows: 24 },
    env: e.env,
    signal: new AbortController().signal,
  });
  return { output, exitCode };
}

describe('docker container prune', () => {
  it('asks first, then removes the stopped containers only', async () => {
    const e = await session(['docker create --name idle progs', 'docker run --name done --entrypoint /args progs', 'docker run -d --name web --entrypoint /spin progs']);
    const idle = e.daemon.containers.get('idle').id;
    const done = e.daemon.containers.get('done').id;
    const warning = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';
    expect(await withInput(e, 'docker container prune', 'n\n')).toEqual({ exitCode: 0, output: warning });
    expect(e.daemon.containers.find('idle')).toBeDefined();
    expect(await withInput(e, 'docker container prune', 'y\n')).toEqual({
      exitCode: 0,
      output: `${warning}Deleted Containers:\n${idle}\n${done}\n\nTotal reclaimed space: 0B\n`,
    });
    expect((await runLine(e, 'docker ps -a --format "{{.Names}}"')).output).toBe('web\n');
    expect(await runLine(e, 'docker container prune -f')).toMatchObject({ exitCode: 0, output: 'Total reclaimed space: 0B\n' });
    await runLine(e, 'docker kill web');
  });

  it('counts the space of the writable layers; takes label and until filters', async () => {
    const e = await session(['docker create --name junk progs', 'echo hello > note.txt', 'docker cp note.txt junk:/note.txt']);
    e.daemon.containerCreate({ Image: 'progs', Labels: { keep: 'yes' } }, { AutoRemove: false }, 'keep');
    const junk = e.daemon.containers.get('junk').id;
    expect(await runLine(e, 'docker container prune -f --filter label!=keep')).toMatchObject({ exitCode: 0, output: `Deleted Containers:\n${junk}\n\nTotal reclaimed space: 6B\n` });
    expect(await runLine(e, 'docker container prune -f --filter until=1h')).toMatchObject({ exitCode: 0, output: 'Total reclaimed space: 0B\n' });
    expect(await runLine(e, 'docker container prune -f --filter foo=bar')).toMatchObject({ exitCode: 1, output: "Error response from daemon: invalid filter 'foo'\n" });
  });
});
