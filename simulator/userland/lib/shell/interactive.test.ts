/**
 * The shell at a terminal (`docker run -it … sh`): prompts, continuation lines, Ctrl+C at
 * the prompt and for a running program, background job notices, exit and end of input.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startProgram, type RunningProgram } from '../../testing/run-program.node';

const bin = fileURLToPath(new URL('../../bin/', import.meta.url));
const busyboxHasShell = (() => {
  try {
    return readFileSync(`${bin}busybox.wasm`).includes("can't cd to");
  } catch {
    return false;
  }
})();

const CTRL_C = '\x03';
const CTRL_D = '\x04';

async function shell(program: string, argv0: string): Promise<RunningProgram> {
  return startProgram(program, [argv0], { tty: true, hostname: 'c0ffee' });
}

/** Types a line once the output ends with `prompt`, then waits for the next prompt. */
async function type(p: RunningProgram, text: string, until: string): Promise<void> {
  const before = p.stdout().length;
  p.input(text);
  const deadline = Date.now() + 5000;
  while (!p.stdout().slice(before).endsWith(until)) {
    if (Date.now() > deadline) throw new Error(`no ${JSON.stringify(until)} after ${JSON.stringify(text)}; output:\n${p.stdout()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function ended(p: RunningProgram): Promise<number> {
  const timer = setTimeout(() => p.kernel.killAll(), 5000);
  const status = await p.exited;
  clearTimeout(timer);
  return status;
}

describe('bash at a terminal', () => {
  it("prompts with Debian's user@host:dir$ and ~ for HOME", async () => {
    const p = await shell('bash', 'bash');
    await p.waitFor('root@c0ffee:/# ');
    await type(p, 'cd /tmp\r', 'root@c0ffee:/tmp# ');
    await type(p, 'cd\r', 'root@c0ffee:~# ');
    await type(p, 'exit\r', 'exit\r\n');
    expect(await ended(p)).toBe(0);
    expect(p.stdout()).toBe('root@c0ffee:/# cd /tmp\r\nroot@c0ffee:/tmp# cd\r\nroot@c0ffee:~# exit\r\nexit\r\n');
  });

  it('reads /etc/bash.bashrc and ~/.bashrc', async () => {
    const files = {
      '/etc/bash.bashrc': '[ -z "$PS1" ] && return\nshopt -s checkwinsize\nPS1=\'${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ \'\n',
      '/root/.bashrc': 'alias ll="echo long listing"\nexport FROM_RC=yes\n',
    };
    const p = await startProgram('bash', ['bash'], { tty: true, hostname: 'c0ffee', files });
    await p.waitFor('root@c0ffee:/# ');
    await type(p, 'll; echo $FROM_RC\r', '# ');
    expect(p.stdout()).toBe('root@c0ffee:/# ll; echo $FROM_RC\r\nlong listing\r\nyes\r\nroot@c0ffee:/# ');
  });

  it('prints errors without line numbers', async () => {
    const p = await shell('bash', 'bash');
    await p.waitFor('# ');
    await type(p, 'nosuch\r', '# ');
    await type(p, 'exit 3\r', 'exit\r\n');
    expect(await ended(p)).toBe(3);
    expect(p.stdout()).toContain('nosuch\r\nbash: nosuch: command not found\r\nroot@c0ffee:/# ');
  });

  it('continues a line with PS2', async () => {
    const p = await shell('bash', 'bash');
    await p.waitFor('# ');
    await type(p, 'echo "a\r', '> ');
    await type(p, 'b"\r', '# ');
    await type(p, 'for i in 1 2\r', '> ');
    await type(p, 'do echo $i; done\r', '# ');
    expect(p.stdout()).toContain('echo "a\r\n> b"\r\na\r\nb\r\n');
    expect(p.stdout()).toContain('for i in 1 2\r\n> do echo $i; done\r\n1\r\n2\r\n');
    p.input(CTRL_D);
    expect(await ended(p)).toBe(0);
    expect(p.stdout().endsWith('# exit\r\n')).toBe(true);
  });

  it('drops the line on Ctrl+C at the prompt', async () => {
    const p = await shell('bash', 'bash');
    await p.waitFor('# ');
    await type(p, `half typed${CTRL_C}`, 'root@c0ffee:/# ');
    await type(p, 'echo $?\r', '# ');
    expect(p.stdout()).toContain('half typed^C\r\nroot@c0ffee:/# echo $?\r\n130\r\n');
  });

  it('ends a running program with Ctrl+C and prompts again', async () => {
    const p = await shell('bash', 'bash');
    await p.waitFor('# ');
    p.input('sleep 10\r');
    await p.waitFor('sleep 10\r\n');
    await new Promise((r) => setTimeout(r, 200));
    await type(p, CTRL_C, 'root@c0ffee:/# ');
    await type(p, 'echo $?\r', '# ');
    expect(p.stdout()).toContain('130\r\n');
    expect(p.stdout()).not.toContain('Interrupt');
  });

  it('tells the job number of a background command and when it is done', async () => {
    const p = await shell('bash', 'bash');
    await p.waitFor('# ');
    await type(p, 'sleep 0.1 &\r', '# ');
    expect(p.stdout()).toMatch(/\[1\] \d+\r\n/);
    await new Promise((r) => setTimeout(r, 400));
    await type(p, '\r', '# ');
    expect(p.stdout()).toContain('[1]+  Done                    sleep 0.1\r\n');
  });
});

describe('a script at a terminal', () => {
  it('ends with its program on Ctrl+C (unless it is pid 1)', async () => {
    const p = await startProgram('dash', ['sh', '-c', 'sh -c "sleep 10; echo after"; echo "outer $?"'], { tty: true });
    await new Promise((r) => setTimeout(r, 400));
    p.input(CTRL_C);
    expect(await ended(p)).toBe(0);
    expect(p.stdout()).toBe('^Couter 130\r\n');
  });
});

describe('dash at a terminal', () => {
  it('prompts with "# " and numbers its errors', async () => {
    const p = await shell('dash', 'sh');
    await p.waitFor('# ');
    await type(p, 'nosuch\r', '# ');
    await type(p, 'cd /tmp; pwd\r', '# ');
    await type(p, 'exit\r', 'exit\r\n');
    expect(await ended(p)).toBe(0);
    expect(p.stdout()).toBe('# nosuch\r\nsh: 1: nosuch: not found\r\n# cd /tmp; pwd\r\n/tmp\r\n# exit\r\n');
  });

  it('ends at end of input without a word', async () => {
    const p = await shell('dash', 'sh');
    await p.waitFor('# ');
    p.input(CTRL_D);
    expect(await ended(p)).toBe(0);
    expect(p.stdout()).toBe('# ');
  });
});

describe.runIf(busyboxHasShell)('BusyBox sh at a terminal', () => {
  it('prompts with the directory and #', async () => {
    const p = await shell('busybox', 'sh');
    await p.waitFor('/ # ');
    await type(p, 'cd /tmp\r', '/tmp # ');
    await type(p, 'cd /nope\r', '/tmp # ');
    await type(p, 'exit\r', 'exit\r\n');
    expect(await ended(p)).toBe(2);
    expect(p.stdout()).toBe("/ # cd /tmp\r\n/tmp # cd /nope\r\nsh: cd: can't cd to /nope: No such file or directory\r\n/tmp # exit\r\n");
  });
});
