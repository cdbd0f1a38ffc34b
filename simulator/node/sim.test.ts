import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
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

  it('reads FILE lines from standard input and makes --workspace DIR the student’s home', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'gorae-ws-')));
    writeFileSync(join(dir, 'given.txt'), 'from the host\n');
    const r = sim('pwd\necho $?\necho hi > a.txt\nmkdir sub\nls\ncat given.txt nosuch\n', '--workspace', dir);
    expect(r).toMatchObject({
      status: 1,
      stdout: '/home/student\n0\na.txt  given.txt  sub\nfrom the host\ncat: nosuch: No such file or directory\n',
    });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('hi\n');
  }, 30000);

  it('has an in-memory home without --workspace', () => {
    const r = sim('ls -la\nmkdir d && cd d && touch f && ls -l\nrm f; cd ..; rmdir d; ls\n', '--seed', '1');
    expect(r).toMatchObject({
      status: 0,
      stdout:
        'total 8\ndrwxr-xr-x 2 student student 4096 Jan  5 09:00 .\ndrwxr-xr-x 3 root    root    4096 Jan  5 09:00 ..\n' +
        'total 0\n-rw-r--r-- 1 student student 0 Jan  5 09:00 f\n',
    });
  }, 30000);

  it('rejects bad options with a usage message', () => {
    const r = sim('', '--seed', 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--seed takes an integer');
  }, 30000);
});
