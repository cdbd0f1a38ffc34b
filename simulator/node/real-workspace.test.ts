import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostShell } from '../host/shell';
import { BufferWriter, emptyReader, type CommandIO } from '../util/io';
import { createRealWorkspace } from './real-workspace';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'gorae-real-'));
  const sh = new HostShell({
    user: 'student',
    hostname: 'gorae',
    home: '/home/student',
    env: { HOME: '/home/student' },
    docker: async () => 0,
    dockerWords: () => [],
    fs: createRealWorkspace(dir, { home: '/home/student' }),
  });
  const run = async (line: string) => {
    const stdout = new BufferWriter();
    const stderr = new BufferWriter();
    const io: CommandIO = { stdin: emptyReader, stdout, stderr, terminal: { isTTY: false, columns: 80, rows: 24 }, env: sh.env, signal: new AbortController().signal };
    const status = await sh.execute(line, io);
    return { out: stdout.text(), err: stderr.text(), status };
  };
  return { dir, sh, run };
}

describe('the --workspace real folder', () => {
  it('is the student home: files made in the shell appear in the folder and back', async () => {
    const { dir, run } = setup();
    expect((await run('pwd')).out).toBe('/home/student\n');
    expect(await run('echo hi > a.txt')).toEqual({ out: '', err: '', status: 0 });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('hi\n');
    await run('echo more >> a.txt; mkdir -p src/lib; cp a.txt src/lib/b.txt');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('hi\nmore\n');
    expect(readFileSync(join(dir, 'src/lib/b.txt'), 'utf8')).toBe('hi\nmore\n');
    writeFileSync(join(dir, 'from-host.txt'), 'outside\n');
    expect((await run('cat ~/from-host.txt')).out).toBe('outside\n');
    expect((await run('ls')).out).toBe('a.txt\nfrom-host.txt\nsrc\n');
    expect((await run('ls -l a.txt')).out).toMatch(/^-rw-r--r-- 1 student student 8 \w{3} [ \d]\d \d\d:\d\d a\.txt\n$/);
  });

  it('gives Linux errors and removes for real', async () => {
    const { dir, run } = setup();
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'f'), 'x');
    expect(await run('cat nosuch')).toEqual({ out: '', err: 'cat: nosuch: No such file or directory\n', status: 1 });
    expect(await run('mkdir d')).toEqual({ out: '', err: 'mkdir: cannot create directory ‘d’: File exists\n', status: 1 });
    expect(await run('rm d')).toEqual({ out: '', err: "rm: cannot remove 'd': Is a directory\n", status: 1 });
    expect(await run('rmdir d')).toEqual({ out: '', err: "rmdir: failed to remove 'd': Directory not empty\n", status: 1 });
    expect(await run('cat d')).toEqual({ out: '', err: 'cat: d: Is a directory\n', status: 1 });
    expect(await run('rm -r d')).toEqual({ out: '', err: '', status: 0 });
    expect(existsSync(join(dir, 'd'))).toBe(false);
  });

  it('keeps /tmp in memory and moves across with a copy', async () => {
    const { dir, run } = setup();
    await run('echo t > /tmp/t.txt');
    expect(await run('mv /tmp/t.txt . && cat t.txt')).toEqual({ out: 't\n', err: '', status: 0 });
    expect(readFileSync(join(dir, 't.txt'), 'utf8')).toBe('t\n');
    expect((await run('ls /tmp')).out).toBe('');
    expect((await run('ls /home')).out).toBe('student\n');
    expect((await run('cd ..; pwd; cd student; ls')).out).toBe('/home\nt.txt\n');
  });
});
