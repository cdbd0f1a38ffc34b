/**
 * The shell running programs: PATH lookup and its errors, pipes, redirections, scripts,
 * background jobs, signals and traps, in dash and bash (and BusyBox's sh once busybox
 * links the shell). Expected texts are those of dash 0.5.12, bash 5.2 and BusyBox 1.37.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram, type RunProgramOptions } from '../../testing/run-program.node';

const bin = fileURLToPath(new URL('../../bin/', import.meta.url));
const busyboxHasShell = (() => {
  try {
    return readFileSync(`${bin}busybox.wasm`).includes("can't cd to");
  } catch {
    return false;
  }
})();

type Flavour = 'dash' | 'bash' | 'ash';
const program = { dash: 'dash', bash: 'bash', ash: 'busybox' } as const;
const name = { dash: 'sh', bash: 'bash', ash: 'sh' } as const;

function run(flavour: Flavour, script: string, options: RunProgramOptions = {}) {
  return runProgram(program[flavour], [name[flavour], '-c', script], options);
}

/** A message as each flavour prints it. */
type Texts = Record<Flavour, string>;
const all: Flavour[] = busyboxHasShell ? ['dash', 'bash', 'ash'] : ['dash', 'bash'];

describe.each(all)('%s', (flavour) => {
  it('runs programs found through PATH', async () => {
    const r = await run(flavour, 'cat /etc/hostname; PATH=/nowhere; cat /etc/hostname; echo $?');
    expect(r.stdout).toBe('f00dfeedc0de\n127\n');
  });

  it('says when a command is not found (127)', async () => {
    const r = await run(flavour, 'nosuch; echo $?; nosuch 2>/dev/null; echo $?');
    expect(r.stdout).toBe('127\n127\n');
    expect(r.stderr).toBe(({ dash: 'sh: 1: nosuch: not found\n', bash: 'bash: line 1: nosuch: command not found\n', ash: 'sh: nosuch: not found\n' } as Texts)[flavour]);
  });

  it('says when a file is not executable (126)', async () => {
    const r = await run(flavour, '/data.txt; echo $?', { files: { '/data.txt': 'echo hi\n' } });
    expect(r.stdout).toBe('126\n');
    expect(r.stderr).toBe(
      ({ dash: 'sh: 1: /data.txt: Permission denied\n', bash: 'bash: line 1: /data.txt: Permission denied\n', ash: 'sh: /data.txt: Permission denied\n' } as Texts)[flavour],
    );
  });

  it('says when a path does not exist', async () => {
    const r = await run(flavour, '/no/such; echo $?');
    expect(r.stdout).toBe('127\n');
    expect(r.stderr).toBe(
      ({ dash: 'sh: 1: /no/such: not found\n', bash: 'bash: line 1: /no/such: No such file or directory\n', ash: 'sh: /no/such: not found\n' } as Texts)[flavour],
    );
  });

  it('joins programs and builtins with pipes', async () => {
    const r = await run(flavour, 'echo one two | wc -w; printf "b\\na\\n" | sort | head -1; echo x | cat | cat | cat; true | false; echo $?');
    expect(r.stdout).toBe('2\na\nx\n1\n');
  });

  it('reads a pipe in a loop', async () => {
    const r = await run(flavour, 'printf "a\\nb\\n" | while read l; do echo "got $l"; done');
    expect(r.stdout).toBe('got a\ngot b\n');
  });

  it('runs the stages of a pipeline in subshells', async () => {
    const r = await run(flavour, 'v=old; echo new | read v; echo $v');
    expect(r.stdout).toBe('old\n');
  });

  it('ends a builtin loop whose reader is gone', async () => {
    const r = await run(flavour, 'while true; do echo y; done | head -2; echo done');
    expect(r.stdout).toBe('y\ny\ndone\n');
  });

  it('substitutes the output of programs', async () => {
    const r = await run(flavour, 'n=$(cat /etc/passwd | wc -l); echo "lines $n"; echo "$(head -1 /etc/hostname)"');
    expect(r.stdout).toBe('lines 4\nf00dfeedc0de\n');
  });

  it('redirects > >> < 2> 2>&1 and >&2', async () => {
    const r = await run(flavour, 'echo a > /tmp/f; echo b >> /tmp/f; cat < /tmp/f; ls /nope 2> /tmp/e; cat /tmp/e | wc -l; ls /nope > /tmp/o 2>&1; wc -l < /tmp/o; echo to-err >&2');
    expect(r.stdout).toBe('a\nb\n1\n1\n');
    expect(r.stderr).toBe('to-err\n');
  });

  it('redirects a builtin and restores its descriptors', async () => {
    const r = await run(flavour, 'echo in-file > /tmp/x; echo after; cat /tmp/x; { echo g1; echo g2; } > /tmp/y; cat /tmp/y');
    expect(r.stdout).toBe('after\nin-file\ng1\ng2\n');
  });

  it('says when a redirection cannot open its file', async () => {
    const r = await run(flavour, 'cat < /nofile; echo $?; echo x > /no/dir/f; echo $?');
    expect(r.stdout).toBe(flavour === 'bash' ? '1\n1\n' : '2\n2\n');
    expect(r.stderr).toBe(
      ({
        dash: 'sh: 1: cannot open /nofile: No such file\nsh: 1: cannot create /no/dir/f: Directory nonexistent\n',
        bash: 'bash: line 1: /nofile: No such file or directory\nbash: line 1: /no/dir/f: No such file or directory\n',
        ash: "sh: can't open '/nofile': No such file or directory\nsh: can't create /no/dir/f: nonexistent directory\n",
      } as Texts)[flavour],
    );
  });

  it('passes assignments before a command to its environment only', async () => {
    const r = await run(flavour, 'V=1 env | grep ^V=; echo "[$V]"');
    expect(r.stdout).toBe('V=1\n[]\n');
  });

  it('changes directory with cd, cd - and HOME', async () => {
    const r = await run(flavour, 'cd /tmp; pwd; cd /etc; cd -; cd; pwd; cd ..; echo $PWD $OLDPWD');
    expect(r.stdout).toBe('/tmp\n/tmp\n/root\n/ /root\n');
  });

  it("says when cd can't change directory", async () => {
    const r = await run(flavour, 'cd /nope; echo $?');
    expect(r.stdout).toBe(flavour === 'bash' ? '1\n' : '2\n');
    expect(r.stderr).toBe(
      ({ dash: "sh: 1: cd: can't cd to /nope\n", bash: 'bash: line 1: cd: /nope: No such file or directory\n', ash: "sh: cd: line 1: can't cd to /nope: No such file or directory\n" } as Texts)[flavour],
    );
  });

  it('runs a script with arguments', async () => {
    const files = { '/s.sh': 'echo "$0 $1 $#"\nfoo\nexit 4\n' };
    const r = await runProgram(program[flavour], [name[flavour], '/s.sh', 'a', 'b'], { files });
    expect(r.stdout).toBe('/s.sh a 2\n');
    expect(r.stderr).toBe(({ dash: '/s.sh: 2: foo: not found\n', bash: '/s.sh: line 2: foo: command not found\n', ash: '/s.sh: line 2: foo: not found\n' } as Texts)[flavour]);
    expect(r.status).toBe(4);
  });

  it('runs a #! script directly', async () => {
    const files = { '/usr/local/bin/hello.sh': `#!/usr/bin/${flavour === 'ash' ? 'env sh' : flavour}\necho "hello $1"\n` };
    const r = await run(flavour, 'hello.sh world');
    expect(r.stdout).toBe('');
    const r2 = await run(flavour, 'hello.sh world', { files });
    expect(r2.stdout).toBe('hello world\n');
  });

  it('runs an executable script without #! itself', async () => {
    const r = await run(flavour, 'plain.sh arg; echo $?', { files: { '/usr/local/bin/plain.sh': 'echo "plain $1 $0"\n' } });
    expect(r.stdout).toBe('plain arg /usr/local/bin/plain.sh\n0\n');
  });

  it('reads commands from stdin with -s', async () => {
    const r = await runProgram(program[flavour], [name[flavour], '-s', 'x', 'y'], { stdin: 'echo "$1 $2"\nread l\nthe line\necho "read: $l"\n' });
    expect(r.stdout).toBe('x y\nread: the line\n');
  });

  it('sets $0 and the arguments of -c', async () => {
    const r = await runProgram(program[flavour], [name[flavour], '-c', 'echo "$0 $1 $2"; nosuch', 'me', 'a', 'b']);
    expect(r.stdout).toBe('me a b\n');
    expect(r.stderr).toBe(({ dash: 'me: 1: nosuch: not found\n', bash: 'me: line 1: nosuch: command not found\n', ash: 'me: line 1: nosuch: not found\n' } as Texts)[flavour]);
  });

  it('runs commands in the background and waits', async () => {
    const r = await run(flavour, 'sleep 0.2 & echo started; wait $!; echo "waited $?"; (sleep 0.1; echo sub) & wait; echo all');
    expect(r.stdout).toBe('started\nwaited 0\nsub\nall\n');
  });

  it('kills a background job', async () => {
    const r = await run(flavour, 'sleep 5 & kill $!; wait $!; echo st=$?');
    expect(r.stdout).toBe('st=143\n');
  });

  it('runs a trap on a signal', async () => {
    const r = await run(flavour, "trap 'echo got TERM' TERM; kill -TERM $$; echo after");
    expect(r.stdout).toBe('got TERM\nafter\n');
  });

  it('replaces itself with exec', async () => {
    const r = await run(flavour, 'exec cat /etc/hostname; echo never');
    expect(r.stdout).toBe('f00dfeedc0de\n');
  });

  it('keeps redirections made with exec', async () => {
    const r = await run(flavour, 'exec > /tmp/log; echo one; echo two; exec >&2; cat /tmp/log');
    expect(r.stderr).toBe('one\ntwo\n');
  });

  it('reports syntax errors', async () => {
    const r = await run(flavour, 'echo ok\nif then');
    expect(r.stdout).toBe('ok\n');
    expect(r.stderr).toBe(
      ({
        dash: 'sh: 2: Syntax error: "then" unexpected\n',
        bash: "bash: -c: line 2: syntax error near unexpected token `then'\nbash: -c: line 2: `if then'\n",
        ash: 'sh: syntax error: unexpected "then"\n',
      } as Texts)[flavour],
    );
    expect(r.status).toBe(2);
  });
});
