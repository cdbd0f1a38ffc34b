import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function sim(input: string, ...args: string[]) {
  const r = spawnSync(tsx, ['simulator/node/sim.ts', ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, COLUMNS: '' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('npm run sim', () => {
  it('prints each command’s screen, exits with the last status, and is deterministic under --seed', () => {
    const script = 'docker run hello-world\ndocker ps -a\ndocker rm nosuch\n';
    const a = sim(script, '--seed', '3');
    expect(a.status).toBe(1);
    expect(a.stdout).toMatch(/^Unable to find image 'hello-world:latest' locally\nlatest: Pulling from library\/hello-world\n/);
    expect(a.stdout).toContain('\nHello from Docker!\n');
    expect(a.stdout).toMatch(/\nCONTAINER ID   IMAGE         COMMAND    CREATED/);
    expect(a.stdout.endsWith('Error response from daemon: No such container: nosuch\n')).toBe(true);
    expect(sim(script, '--seed', '3').stdout).toBe(a.stdout);
  }, 30000);

  it('reads FILE lines from standard input and uses --workspace as the working directory', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'gorae-ws-')));
    const r = sim('pwd\necho $?\n', '--workspace', dir);
    expect(r).toMatchObject({ status: 0, stdout: `${dir}\n0\n` });
  }, 30000);

  it('rejects bad options with a usage message', () => {
    const r = sim('', '--seed', 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--seed takes an integer');
  }, 30000);
});
