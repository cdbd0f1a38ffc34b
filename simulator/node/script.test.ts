/**
 * Scripts with interactive commands: the lines after `docker run -it …` (or -i) are
 * typed into the container when it waits for them, as `npm run sim` does.
 */
import { describe, expect, it } from 'vitest';
import { useTestEngines } from '../testing/test-engine.node';
import { runScript, type TranscriptLine } from './transcript';

const engine = useTestEngines();

async function script(lines: string[]): Promise<TranscriptLine[]> {
  const e = engine();
  const out: TranscriptLine[] = [];
  await runScript(e, lines, 80, (r) => out.push(r));
  return out;
}

const withoutPull = (text: string) =>
  text
    .split('\n')
    .filter((l) => !/Unable to find|Pulling from|Pull complete|Digest:|Status: Downloaded/.test(l))
    .join('\n');

describe('interactive commands in a script', () => {
  it('types the following lines into docker run -it alpine sh, with echo and prompts', async () => {
    const [run, status] = await script(['docker run -it alpine sh', 'echo $((6*7))', 'hostname', 'exit 3', 'echo $?']);
    expect(withoutPull(run!.output)).toMatch(/^\/ # echo \$\(\(6\*7\)\)\n42\n\/ # hostname\n[0-9a-f]{12}\n\/ # exit 3\n$/);
    expect(run!.exitCode).toBe(3);
    expect(status!.output).toBe('3\n');
  }, 30_000);

  it('gives -i without -t the lines as plain input, and the end of input when the script ends', async () => {
    const [run] = await script(['docker run -i alpine cat', 'one', 'two']);
    expect(withoutPull(run!.output)).toBe('one\ntwo\n');
    expect(run!.exitCode).toBe(0);
  }, 30_000);

  it('ends a shell with Ctrl+D when the script runs out of lines', async () => {
    const [run, ps] = await script(['docker run -it --name box alpine sh', 'true', 'docker ps -a --format "{{.Names}} {{.Status}}"']);
    // The last line went to the container's shell too: it is typed there, not run on the host.
    expect(withoutPull(run!.output)).toContain('/ # docker ps -a --format');
    expect(run!.exitCode).toBe(127);
    expect(ps).toBeUndefined();
  }, 30_000);

  it('detaches with Ctrl+P Ctrl+Q and attaches again', async () => {
    const lines = await script(['docker run -d -it --name box alpine sh', 'docker attach box', 'echo attached', 'exit 5', 'docker ps -a --format "{{.Status}}"']);
    expect(lines.map((l) => l.line)).toEqual(['docker run -d -it --name box alpine sh', 'docker attach box', 'docker ps -a --format "{{.Status}}"']);
    expect(lines[1]!.output).toMatch(/echo attached\nattached\n\/ # exit 5\n$/);
    expect(lines[1]!.exitCode).toBe(5);
    expect(lines[2]!.output).toMatch(/^Exited \(5\) /);
  }, 30_000);

  it('starts a created container attached to its terminal (start -ai)', async () => {
    const lines = await script(['docker create -it --name box alpine sh', 'docker start -ai box', 'echo started', 'exit 2']);
    expect(lines[1]!.output).toMatch(/^\/ # echo started\nstarted\n\/ # exit 2\n$/);
    expect(lines[1]!.exitCode).toBe(2);
  }, 30_000);

  it('gives -t without -i a terminal for output only', async () => {
    const e = engine();
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    const write = (c: string | Uint8Array) => void chunks.push(typeof c === 'string' ? c : decoder.decode(c));
    const status = await e.shell.execute('docker run -t alpine sh -c "echo one; echo two >&2; [ -t 0 ] && echo tty"', {
      stdin: { read: async () => null },
      stdout: { write },
      stderr: { write },
      terminal: { isTTY: true, columns: 80, rows: 24 },
      env: e.env,
      signal: new AbortController().signal,
    });
    expect(status).toBe(0);
    expect(chunks.join('').split('\n').slice(-4).join('\n')).toBe('one\r\ntwo\r\ntty\r\n');
  }, 30_000);

  it('runs docker exec -it in a running container, which sees only its own processes', async () => {
    const lines = await script(['docker run -d --name web alpine sleep 1000', 'docker exec -it web sh', 'ps', 'exit', 'docker rm -f web']);
    expect(lines[1]!.output).toMatch(/PID\s+USER\s+TIME\s+COMMAND\n\s+1 root\s+0:00 sleep 1000\n\s+\d+ root\s+0:00 sh\n\s+\d+ root\s+0:00 ps\n/);
    expect(lines[1]!.exitCode).toBe(0);
  }, 30_000);
});
