import { describe, expect, it } from 'vitest';
import { testdataWasm } from '../../userland/programs.node';
import { runProgram, startProgram } from '../../userland/testing/run-program.node';

const kprobe = { '/bin/kprobe': testdataWasm('kprobe') };
const run = (args: string[], options: Parameters<typeof runProgram>[2] = {}) =>
  runProgram('/bin/kprobe', ['kprobe', ...args], { install: kprobe, ...options });

describe('ContainerKernel', () => {
  it('gives the first process PID 1 and no parent', async () => {
    const r = await run(['pid']);
    expect(r.stdout).toBe('pid=1 ppid=0\n');
    expect(r.status).toBe(0);
  });

  it('starts a process in its working directory', async () => {
    const r = await run(['cwd'], { cwd: '/tmp' });
    expect(r.stdout).toBe('cwd=/tmp\n');
  });

  it('reports the host kernel and the container hostname through uname', async () => {
    const r = await run(['uname'], { hostname: '0123456789ab' });
    expect(r.stdout).toBe('uname=Linux|0123456789ab|6.8.0-48-generic|#48-Ubuntu SMP PREEMPT_DYNAMIC Fri Sep 27 14:04:52 UTC 2024|x86_64|\n');
  });

  it('spawns a child with the next pid and waits for its status', async () => {
    const r = await run(['spawn', '/bin/kprobe', 'pid']);
    expect(r.stdout).toBe('pid=2 ppid=1\nwaited=child status=0\n');
  });

  it('reports the exit code of a child in the wait status', async () => {
    const r = await run(['spawn', '/bin/kprobe', 'exit', '3']);
    expect(r.stdout).toBe(`waited=child status=${3 << 8}\n`);
  });

  it('finds a bare name through PATH and fails with ENOENT for a missing one', async () => {
    expect((await run(['spawn', 'kprobe', 'pid'])).stdout).toBe('pid=2 ppid=1\nwaited=child status=0\n');
    expect((await run(['missing'])).stdout).toBe('spawn=-44\n');
  });

  it('runs a #! script through its interpreter', async () => {
    const r = await run(['spawn', '/usr/local/bin/script', 'a'], { files: { '/usr/local/bin/script': '#!/bin/kprobe pid\n' } });
    expect(r.stdout).toBe('pid=2 ppid=1\nwaited=child status=0\n');
  });

  it('connects a pipe between processes and ends it when the writer closes', async () => {
    const r = await run(['pipe']);
    expect(r.stdout).toBe('through the pipe\nchild status=0\n');
  });

  it('shares an open file between descriptors (dup, dup2)', async () => {
    const r = await run(['dup2']);
    expect(r.stdout).toBe('back on stdout\n');
    expect(new TextDecoder().decode(r.fs.readFile('/tmp/out.txt'))).toBe('into the file\n');
  });

  it('replaces the program on exec, keeping the pid', async () => {
    const r = await run(['exec', '/bin/kprobe', 'pid']);
    expect(r.stdout).toBe('pid=1 ppid=0\n');
    const failed = await run(['exec', '/nope']);
    expect(failed.stdout).toBe('exec failed=-44\n');
  });

  it('lists the namespace processes', async () => {
    const r = await run(['spawn', '/bin/kprobe', 'procs']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^1 0 0 [RS] \d+ \d+ \d+ \d+ \? kprobe\x1fspawn\x1f\/bin\/kprobe\x1fprocs$/);
    expect(lines[1]).toMatch(/^2 1 0 R \d+ \d+ \d+ \d+ \? \/bin\/kprobe\x1fprocs$/);
  });

  it('interrupts a blocking call with a caught signal', async () => {
    const p = await startProgram('/bin/kprobe', ['kprobe', 'sigcatch'], { install: kprobe });
    await p.waitFor('ready');
    p.signal(15);
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toBe('ready\npause=-1 caught=15\n');
  });

  it('shields PID 1 from signals it has no handler for, but not from SIGKILL', async () => {
    const p = await startProgram('/bin/kprobe', ['kprobe', 'pause'], { install: kprobe });
    await p.waitFor('waiting');
    p.signal(15);
    await new Promise((r) => setTimeout(r, 50));
    expect(p.process.state).toBe('running');
    p.signal(9);
    expect(await p.exited).toBe(137);
  });

  it('ends a child by the default action of a signal', async () => {
    const p = await startProgram('/bin/kprobe', ['kprobe', 'spawn', '/bin/kprobe', 'pause'], { install: kprobe });
    await p.waitFor('waiting');
    p.kernel.signal(2, 15);
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toBe('waiting\nwaited=child status=15\n');
  });

  it('kills a writer whose pipe has no reader (SIGPIPE)', async () => {
    const p = await startProgram('/bin/kprobe', ['kprobe', 'spawn', '/bin/kprobe', 'yes'], { install: kprobe });
    // The child's stdout is the parent's: no pipe here, so stop it by hand.
    await p.waitFor('y\n');
    p.kernel.signal(2, 9);
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toMatch(/waited=child status=9\n$/);
  });

  it('reads standard input, blocking until it arrives', async () => {
    const p = await startProgram('/bin/kprobe', ['kprobe', 'cat'], { install: kprobe, stdin: '', openStdin: true });
    p.input('first\n');
    await p.waitFor('first');
    p.input('second\n');
    p.closeInput();
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toBe('first\nsecond\n');
  });

  it('gives a terminal: echo, a line at a time, \\r\\n output, Ctrl+C as SIGINT', async () => {
    const p = await startProgram('/bin/kprobe', ['kprobe', 'readline'], { install: kprobe, tty: true });
    p.input('hi\x7fello\r');
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toBe('hi\b \bello\r\nread=6 [hello]\r\n');
    const q = await startProgram('/bin/kprobe', ['kprobe', 'spawn', '/bin/kprobe', 'readline'], { install: kprobe, tty: true });
    await new Promise((r) => setTimeout(r, 100));
    q.input('\x03');
    expect(await q.exited).toBe(0);
    expect(q.stdout()).toBe('^Cwaited=child status=2\r\n');
  });
});

describe('memory limit', () => {
  const alloc = { '/bin/alloc': testdataWasm('alloc') };

  it('lets a program use memory up to the limit', async () => {
    const r = await runProgram('/bin/alloc', ['alloc', '4'], { install: alloc, memoryLimit: 16 * 1024 * 1024 });
    expect(r.stdout).toBe('alloc: holding 4 MiB\n');
    expect(r.status).toBe(0);
  });

  it('makes allocation fail at the limit, and the program that dies of it is OOM-killed (137)', async () => {
    const p = await startProgram('/bin/alloc', ['alloc'], { install: alloc, memoryLimit: 16 * 1024 * 1024 });
    expect(await p.exited).toBe(137);
    expect(p.stderr()).toMatch(/^alloc: out of memory after 1[0-5] MiB\n$/);
    expect(p.process.oomKilled).toBe(true);
  });
});

describe('/proc', () => {
  it('shows the namespace processes and the machine, read-only', async () => {
    const r = await runProgram('busybox', ['cat', '/proc/1/cmdline', '/proc/1/comm']);
    expect(r.stdout).toBe('cat\0/proc/1/cmdline\0/proc/1/comm\0cat\n');
    const ls = await runProgram('busybox', ['ls', '/proc']);
    expect(ls.stdout.split('\n')).toEqual(['1', 'cpuinfo', 'loadavg', 'meminfo', 'mounts', 'uptime', 'version', '']);
    const meminfo = await runProgram('busybox', ['head', '-1', '/proc/meminfo']);
    expect(meminfo.stdout).toBe('MemTotal:        8137556 kB\n');
    const write = await runProgram('busybox', ['touch', '/proc/x']);
    expect(write.stderr).toBe("touch: /proc/x: Read-only file system\n");
    expect(write.fs.exists('/proc/x')).toBe(false);
  });
});

describe('freezing (docker pause)', () => {
  it('stops a process that only computes, and lets it go on when thawed', async () => {
    const p = await startProgram('/bin/ticker', ['ticker'], { install: { '/bin/ticker': testdataWasm('ticker') } });
    await p.waitFor('tick 2');
    p.kernel.freeze();
    await new Promise((r) => setTimeout(r, 150));
    const frozenAt = p.stdout();
    await new Promise((r) => setTimeout(r, 300));
    expect(p.stdout()).toBe(frozenAt);
    p.kernel.thaw();
    const next = `tick ${frozenAt.trim().split('\n').length + 1}\n`;
    await p.waitFor(next);
    p.signal(9);
    expect(await p.exited).toBe(137);
  });
});
