import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../util/io';
import { VtScreen } from './readline/testing/vt-screen';
import { TerminalSession, type CommandFinished } from './session';
import type { Shell } from './types';

/** A shell with a few commands that exercise the terminal. */
class FakeShell implements Shell {
  seen: CommandIO[] = [];
  private release: (() => void) | undefined;

  prompt(): string {
    return '\x1b[32m$\x1b[0m ';
  }

  complete(line: string, cursor: number): string[] {
    const word = line.slice(0, cursor).split(' ').pop() ?? '';
    return ['docker', 'echo', 'exit'].filter((w) => w.startsWith(word));
  }

  /** Lets a running `hold` command finish. */
  finishHold(): void {
    this.release?.();
  }

  async execute(line: string, io: CommandIO): Promise<number> {
    this.seen.push(io);
    const [name, ...args] = line.trim().split(/\s+/);
    switch (name) {
      case '':
      case undefined:
        return 0;
      case 'echo':
        io.stdout.write(`${args.join(' ')}\n`);
        return 0;
      case 'printf':
        io.stdout.write(args.join(' '));
        return 0;
      case 'bytes': {
        const bytes = new TextEncoder().encode('고래\n');
        for (const byte of bytes) io.stdout.write(new Uint8Array([byte]));
        return 0;
      }
      case 'exit':
        return Number(args[0]);
      case 'hold':
        await new Promise<void>((resolve) => (this.release = resolve));
        io.stdout.write('held\n');
        return 0;
      case 'wait':
        await new Promise((resolve) => io.signal.addEventListener('abort', resolve));
        return 130;
      case 'cat':
        for (let chunk = await io.stdin.read(); chunk !== null; chunk = await io.stdin.read()) {
          io.stdout.write(chunk);
        }
        return 0;
      case 'fail':
        throw new Error('boom');
      default:
        io.stderr.write(`bash: ${name}: command not found\n`);
        return 127;
    }
  }
}

function setup(columns = 40) {
  const shell = new FakeShell();
  const session = new TerminalSession(shell, { columns, rows: 24, env: { HOME: '/home/student' } });
  const screen = new VtScreen(columns);
  const raw: string[] = [];
  session.onOutput((data) => {
    raw.push(data);
    screen.write(data);
  });
  const finished: CommandFinished[] = [];
  const started: string[] = [];
  session.onCommandStart((line) => started.push(line));
  session.onCommandFinish((done) => finished.push(done));
  return { shell, session, screen, raw, finished, started };
}

/** Types a line and waits until the prompt is back. */
async function run(session: TerminalSession, keys: string): Promise<void> {
  session.feed(keys);
  await session.whenIdle();
}

describe('TerminalSession: running commands', () => {
  it('shows the prompt, runs a line and reports its start and exit code', async () => {
    const { session, screen, raw, started, finished } = setup();
    session.start();
    expect(screen.text()).toBe('$');
    await run(session, 'echo hello\r');
    await run(session, 'exit 3\r');
    expect(screen.text()).toBe('$ echo hello\nhello\n$ exit 3\n$');
    expect(raw.join('')).toContain('hello\r\n');
    expect(started).toEqual(['echo hello', 'exit 3']);
    expect(finished).toEqual([{ line: 'echo hello', exitCode: 0 }, { line: 'exit 3', exitCode: 3 }]);
  });

  it('hands commands a terminal, the environment and live dimensions', async () => {
    const { shell, session } = setup(40);
    session.start();
    await run(session, 'echo\r');
    const io = shell.seen[0]!;
    expect(io.terminal).toMatchObject({ isTTY: true, columns: 40, rows: 24 });
    expect(io.env).toEqual({ HOME: '/home/student' });
    session.resize(100, 30);
    expect(io.terminal).toMatchObject({ columns: 100, rows: 30 });
  });

  it('decodes UTF-8 written a byte at a time', async () => {
    const { session, screen } = setup();
    session.start();
    await run(session, 'bytes\r');
    expect(screen.text()).toBe('$ bytes\n고래\n$');
  });

  it('puts the prompt after output without a final newline, and edits there', async () => {
    const { session, screen } = setup(20);
    session.start();
    await run(session, 'printf abcdefghijklmn\r');
    session.feed('echo x\x01\x1b[3~');
    expect(screen.text()).toBe('$ printf abcdefghijk\nlmn\nabcdefghijklmn$ cho\nx');
  });

  it('reports a shell that throws and returns to the prompt', async () => {
    const { session, screen, finished } = setup();
    session.start();
    await run(session, 'fail\r');
    expect(screen.text()).toBe('$ fail\ngorae: internal error: boom\n$');
    expect(finished[0]).toMatchObject({ line: 'fail', exitCode: 1 });
    expect(finished[0]?.error).toBeInstanceOf(Error);
  });

  it('completes with the shell’s candidates', () => {
    const { session, screen } = setup();
    session.start();
    session.feed('doc\t');
    expect(screen.text()).toBe('$ docker');
  });
});

describe('TerminalSession: keys while a command runs', () => {
  it('aborts the command on Ctrl+C and starts a fresh prompt row', async () => {
    const { shell, session, screen, finished } = setup();
    session.start();
    session.feed('wait\r');
    expect(session.state).toBe('running');
    session.feed('\x03');
    expect(shell.seen[0]!.signal.aborted).toBe(true);
    await session.whenIdle();
    expect(screen.text()).toBe('$ wait\n^C\n$');
    expect(finished).toEqual([{ line: 'wait', exitCode: 130 }]);
  });

  it('echoes type-ahead and makes it the start of the next line', async () => {
    const { shell, session, screen } = setup();
    session.start();
    session.feed('hold\r');
    session.feed('echo typed');
    expect(screen.text()).toBe('$ hold\necho typed');
    shell.finishHold();
    await session.whenIdle();
    expect(screen.text()).toBe('$ hold\necho typedheld\n$ echo typed');
    await run(session, ' again\r');
    expect(screen.text()).toBe('$ hold\necho typedheld\n$ echo typed again\ntyped again\n$');
  });

  it('runs pasted lines one after another', async () => {
    const { session, started, screen } = setup();
    session.start();
    session.feed('echo one\recho two\r');
    await session.whenIdle();
    await session.whenIdle();
    expect(started).toEqual(['echo one', 'echo two']);
    expect(screen.text()).toContain('$ echo two\ntwo\n$');
  });

  it('passes typed lines to a command reading stdin', async () => {
    const { session, screen, finished } = setup();
    session.start();
    session.feed('cat\r');
    session.feed('고래 hello\r\x04');
    await session.whenIdle();
    expect(screen.text()).toBe('$ cat\n고래 hello\n고래 hello\n$');
    expect(finished).toEqual([{ line: 'cat', exitCode: 0 }]);
  });

  it('replays keys typed before start() onto the first prompt', async () => {
    const { session, screen, started } = setup();
    session.feed('echo early\r');
    expect(session.state).toBe('starting');
    session.start();
    await session.whenIdle();
    expect(started).toEqual(['echo early']);
    expect(screen.text()).toBe('echo early\n$ echo early\nearly\n$');
  });
});

describe('TerminalSession: the prompt', () => {
  it('gives a fresh prompt on Ctrl+C without running anything', () => {
    const { session, screen, started } = setup();
    session.start();
    session.feed('echo no\x03');
    expect(screen.text()).toBe('$ echo no^C\n$');
    expect(started).toEqual([]);
    expect(session.state).toBe('idle');
  });

  it('prints text above the prompt, keeping the line being typed', () => {
    const { session, screen } = setup();
    session.start();
    session.feed('docker ru');
    session.print('환영해요!\n');
    expect(screen.text()).toBe('환영해요!\n$ docker ru');
    session.feed('n');
    expect(screen.text()).toBe('환영해요!\n$ docker run');
  });

  it('notifies when it is idle and resolves whenIdle at once at the prompt', async () => {
    const { session } = setup();
    let idle = 0;
    session.onIdle(() => idle++);
    session.start();
    expect(idle).toBe(1);
    await session.whenIdle();
    await run(session, 'echo\r');
    expect(idle).toBe(2);
  });

  it('stops all output once disposed', async () => {
    const { session, raw } = setup();
    session.start();
    const before = raw.length;
    session.dispose();
    session.feed('echo gone\r');
    expect(raw.length).toBe(before);
  });
});
