import { describe, expect, it } from 'vitest';
import { BufferWriter, emptyReader, type CommandIO } from '../../util/io';
import { HostShell } from '../shell';

const NOW = Date.UTC(2026, 10, 23, 10, 0, 0);

function shell(): HostShell {
  return new HostShell({
    user: 'student',
    hostname: 'gorae',
    home: '/home/student',
    env: { HOME: '/home/student', LANG: 'C.UTF-8' },
    docker: async (argv, io) => {
      io.stdout.write(`docker ${argv.join(' ')}\n`);
      io.stderr.write('docker stderr\n');
      return 3;
    },
    dockerWords: () => ['run', 'ps'],
    now: () => NOW,
  });
}

async function run(sh: HostShell, line: string, tty = false, columns = 80) {
  const stdout = new BufferWriter();
  const stderr = new BufferWriter();
  const io: CommandIO = {
    stdin: emptyReader,
    stdout,
    stderr,
    terminal: { isTTY: tty, columns, rows: 24 },
    env: sh.env,
    signal: new AbortController().signal,
  };
  const status = await sh.execute(line, io);
  return { out: stdout.text(), err: stderr.text(), status };
}

describe('cd and pwd', () => {
  it('starts at home and moves like bash', async () => {
    const sh = shell();
    expect(await run(sh, 'pwd')).toEqual({ out: '/home/student\n', err: '', status: 0 });
    await run(sh, 'mkdir -p a/b');
    expect((await run(sh, 'cd a/b && pwd')).out).toBe('/home/student/a/b\n');
    expect(sh.prompt()).toContain('~/a/b');
    expect(await run(sh, 'cd -')).toEqual({ out: '/home/student\n', err: '', status: 0 });
    await run(sh, 'cd /tmp');
    expect((await run(sh, 'cd; pwd')).out).toBe('/home/student\n');
    expect((await run(sh, 'cd ~/a; pwd')).out).toBe('/home/student/a\n');
    expect((await run(sh, 'cd ..; cd ..; pwd')).out).toBe('/home\n');
    expect((await run(sh, 'cd ../../../..; pwd')).out).toBe('/\n');
  });

  it('reports bash errors', async () => {
    const sh = shell();
    await run(sh, 'touch f');
    expect(await run(sh, 'cd nosuch')).toEqual({ out: '', err: 'bash: cd: nosuch: No such file or directory\n', status: 1 });
    expect(await run(sh, 'cd f')).toEqual({ out: '', err: 'bash: cd: f: Not a directory\n', status: 1 });
    expect(await run(sh, 'cd a b')).toEqual({ out: '', err: 'bash: cd: too many arguments\n', status: 1 });
    expect(await run(sh, 'cd -')).toEqual({ out: '', err: 'bash: cd: OLDPWD not set\n', status: 1 });
  });
});

describe('ls', () => {
  it('lists one per line when not a terminal, in columns on a terminal', async () => {
    const sh = shell();
    await run(sh, 'touch b a c .hidden; mkdir dir');
    expect(await run(sh, 'ls')).toEqual({ out: 'a\nb\nc\ndir\n', err: '', status: 0 });
    expect((await run(sh, 'ls', true)).out).toBe('a  b  c  dir\n');
    expect((await run(sh, 'ls -a', true)).out).toBe('.  ..  .hidden  a  b  c  dir\n');
    expect((await run(sh, 'ls -A', true)).out).toBe('.hidden  a  b  c  dir\n');
    expect((await run(sh, 'ls -1', true)).out).toBe('a\nb\nc\ndir\n');
  });

  it('fits columns to the terminal width like GNU ls', async () => {
    const sh = shell();
    const names = Array.from({ length: 12 }, (_, i) => `file-number-${String(i).padStart(2, '0')}`);
    await run(sh, `touch ${names.join(' ')}`);
    // 14 wide + 2 between columns: 5 columns need 78 < 80
    const wide = (await run(sh, 'ls', true, 80)).out.split('\n');
    expect(wide[0]).toBe('file-number-00  file-number-03  file-number-06  file-number-09');
    expect((await run(sh, 'ls', true, 40)).out.split('\n')[0]).toBe('file-number-00  file-number-06');
    expect((await run(sh, 'ls', true, 10)).out.split('\n')).toHaveLength(13);
  });

  it('-l prints mode, links, owner, size and date', async () => {
    const sh = shell();
    await run(sh, 'mkdir d; echo hello > f');
    expect((await run(sh, 'ls -l')).out).toBe(
      'total 8\n' +
        'drwxr-xr-x 2 student student 4096 Nov 23 10:00 d\n' +
        '-rw-r--r-- 1 student student    6 Nov 23 10:00 f\n',
    );
    expect((await run(sh, 'ls -lh')).out).toBe(
      'total 8.0K\n' +
        'drwxr-xr-x 2 student student 4.0K Nov 23 10:00 d\n' +
        '-rw-r--r-- 1 student student    6 Nov 23 10:00 f\n',
    );
    expect((await run(sh, 'ls -ld /tmp')).out).toBe('drwxrwxrwt 2 root root 4096 Nov 23 10:00 /tmp\n');
  });

  it('lists files before directories, with headers, and recursively', async () => {
    const sh = shell();
    await run(sh, 'mkdir -p d/e; touch d/x d/e/y f');
    expect((await run(sh, 'ls d f')).out).toBe('f\n\nd:\ne\nx\n');
    expect((await run(sh, 'ls -R')).out).toBe('.:\nd\nf\n\n./d:\ne\nx\n\n./d/e:\ny\n');
  });

  it('reports missing operands with status 2 and still lists the rest', async () => {
    const sh = shell();
    await run(sh, 'touch a');
    expect(await run(sh, 'ls nosuch a')).toEqual({ out: 'a\n', err: "ls: cannot access 'nosuch': No such file or directory\n", status: 2 });
    expect(await run(sh, 'ls -z')).toEqual({ out: '', err: "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", status: 2 });
  });
});

describe('cat, echo, printf and redirections', () => {
  it('writes, appends and reads files', async () => {
    const sh = shell();
    expect(await run(sh, 'echo hi > a.txt')).toEqual({ out: '', err: '', status: 0 });
    await run(sh, 'echo there >> a.txt');
    expect(await run(sh, 'cat a.txt')).toEqual({ out: 'hi\nthere\n', err: '', status: 0 });
    await run(sh, 'echo new >a.txt');
    expect((await run(sh, 'cat a.txt')).out).toBe('new\n');
    expect((await run(sh, 'cat < a.txt')).out).toBe('new\n');
    expect(new TextDecoder().decode(sh.fs.readFile('/home/student/a.txt'))).toBe('new\n');
  });

  it('cat errors', async () => {
    const sh = shell();
    await run(sh, 'mkdir d; echo x > f');
    expect(await run(sh, 'cat nosuch f d')).toEqual({ out: 'x\n', err: 'cat: nosuch: No such file or directory\ncat: d: Is a directory\n', status: 1 });
  });

  it('redirects stderr and duplicates descriptors in order', async () => {
    const sh = shell();
    expect(await run(sh, 'docker ps 2> err.txt')).toEqual({ out: 'docker ps\n', err: '', status: 3 });
    expect((await run(sh, 'cat err.txt')).out).toBe('docker stderr\n');
    expect(await run(sh, 'docker ps > all.txt 2>&1')).toEqual({ out: '', err: '', status: 3 });
    expect((await run(sh, 'cat all.txt')).out).toBe('docker ps\ndocker stderr\n');
    expect(await run(sh, 'docker ps 2>&1 > out.txt')).toEqual({ out: 'docker stderr\n', err: '', status: 3 });
    expect(await run(sh, 'echo oops >&2')).toEqual({ out: '', err: 'oops\n', status: 0 });
    expect(await run(sh, 'docker ps &> both.txt; cat both.txt')).toEqual({ out: 'docker ps\ndocker stderr\n', err: '', status: 0 });
    expect(await run(sh, 'echo gone > /dev/null')).toEqual({ out: '', err: '', status: 0 });
  });

  it('reports bad redirections like bash', async () => {
    const sh = shell();
    await run(sh, 'mkdir d');
    expect(await run(sh, 'echo x > nodir/f')).toEqual({ out: '', err: 'bash: nodir/f: No such file or directory\n', status: 1 });
    expect(await run(sh, 'echo x > d')).toEqual({ out: '', err: 'bash: d: Is a directory\n', status: 1 });
    expect(await run(sh, 'cat < nosuch')).toEqual({ out: '', err: 'bash: nosuch: No such file or directory\n', status: 1 });
    expect(await run(sh, 'echo >')).toEqual({ out: '', err: "bash: syntax error near unexpected token `newline'\n", status: 2 });
    expect(await run(sh, 'echo a &')).toEqual({ out: '', err: "bash: '&' is not supported at the host prompt yet\n", status: 2 });
    expect(await run(sh, 'ls |')).toEqual({ out: '', err: 'bash: syntax error: unexpected end of file\n', status: 2 });
  });

  it('expands $? per command', async () => {
    const sh = shell();
    expect((await run(sh, 'cat nosuch; echo $?')).out).toBe('1\n');
    expect((await run(sh, 'X=5; echo $X')).out).toBe('5\n');
    expect((await run(sh, "echo '2>x' 2\\>y")).out).toBe('2>x 2>y\n');
  });

  it('pipes one command’s output into the next', async () => {
    const sh = shell();
    expect(await run(sh, 'echo a | cat')).toEqual({ out: 'a\n', err: '', status: 0 });
    expect(await run(sh, 'printf "x\\ny\\n" | cat | cat > p.txt; cat p.txt')).toEqual({ out: 'x\ny\n', err: '', status: 0 });
    expect(await run(sh, 'cat nosuch | cat')).toEqual({ out: '', err: 'cat: nosuch: No such file or directory\n', status: 0 });
    expect(await run(sh, 'echo a | cat nosuch')).toEqual({ out: '', err: 'cat: nosuch: No such file or directory\n', status: 1 });
    expect((await run(sh, 'false | true && echo ok')).out).toBe('ok\n');
    expect((await run(sh, 'ls | cat', true)).out).toBe('p.txt\n');
  });

  it('printf formats like bash', async () => {
    const sh = shell();
    expect((await run(sh, "printf '%s=%d\\n' a 1 b 2")).out).toBe('a=1\nb=2\n');
    expect((await run(sh, "printf '%5.2f|%-4s|%x|%05d\\n' 3.14159 ab 255 42")).out).toBe(' 3.14|ab  |ff|00042\n');
    expect((await run(sh, "printf 'no newline'")).out).toBe('no newline');
    expect((await run(sh, "printf '%b' 'a\\tb\\n'")).out).toBe('a\tb\n');
  });
});

describe('mkdir, touch, rm, rmdir', () => {
  it('mkdir', async () => {
    const sh = shell();
    expect(await run(sh, 'mkdir d')).toEqual({ out: '', err: '', status: 0 });
    expect(await run(sh, 'mkdir d')).toEqual({ out: '', err: 'mkdir: cannot create directory ‘d’: File exists\n', status: 1 });
    expect(await run(sh, 'mkdir a/b')).toEqual({ out: '', err: 'mkdir: cannot create directory ‘a/b’: No such file or directory\n', status: 1 });
    expect(await run(sh, 'mkdir -p a/b d')).toEqual({ out: '', err: '', status: 0 });
    expect(await run(sh, 'mkdir')).toEqual({ out: '', err: "mkdir: missing operand\nTry 'mkdir --help' for more information.\n", status: 1 });
    expect(sh.fs.stat('/home/student/a/b').type).toBe('directory');
  });

  it('touch creates empty files and keeps content', async () => {
    const sh = shell();
    await run(sh, 'echo x > f');
    expect(await run(sh, 'touch f g')).toEqual({ out: '', err: '', status: 0 });
    expect((await run(sh, 'cat f g')).out).toBe('x\n');
    expect(await run(sh, 'touch no/f')).toEqual({ out: '', err: "touch: cannot touch 'no/f': No such file or directory\n", status: 1 });
  });

  it('rm', async () => {
    const sh = shell();
    await run(sh, 'mkdir -p d/e; touch d/e/f f');
    expect(await run(sh, 'rm nosuch')).toEqual({ out: '', err: "rm: cannot remove 'nosuch': No such file or directory\n", status: 1 });
    expect(await run(sh, 'rm -f nosuch')).toEqual({ out: '', err: '', status: 0 });
    expect(await run(sh, 'rm d')).toEqual({ out: '', err: "rm: cannot remove 'd': Is a directory\n", status: 1 });
    expect(await run(sh, 'rm')).toEqual({ out: '', err: "rm: missing operand\nTry 'rm --help' for more information.\n", status: 1 });
    expect(await run(sh, 'rm -r d f')).toEqual({ out: '', err: '', status: 0 });
    expect((await run(sh, 'ls')).out).toBe('');
  });

  it('rmdir', async () => {
    const sh = shell();
    await run(sh, 'mkdir -p d/e; touch f');
    expect(await run(sh, 'rmdir d')).toEqual({ out: '', err: "rmdir: failed to remove 'd': Directory not empty\n", status: 1 });
    expect(await run(sh, 'rmdir f')).toEqual({ out: '', err: "rmdir: failed to remove 'f': Not a directory\n", status: 1 });
    expect(await run(sh, 'rmdir -p d/e')).toEqual({ out: '', err: '', status: 0 });
    expect((await run(sh, 'ls')).out).toBe('f\n');
  });
});

describe('cp and mv', () => {
  it('cp copies files and, with -r, directories', async () => {
    const sh = shell();
    await run(sh, 'echo data > a; mkdir d; mkdir -p src/sub; echo deep > src/sub/x');
    expect(await run(sh, 'cp a b && cat b')).toEqual({ out: 'data\n', err: '', status: 0 });
    expect(await run(sh, 'cp a b d && ls d')).toEqual({ out: 'a\nb\n', err: '', status: 0 });
    expect(await run(sh, 'cp src copy')).toEqual({ out: '', err: "cp: -r not specified; omitting directory 'src'\n", status: 1 });
    expect(await run(sh, 'cp -r src copy && cat copy/sub/x')).toEqual({ out: 'deep\n', err: '', status: 0 });
    expect(await run(sh, 'cp nosuch x')).toEqual({ out: '', err: "cp: cannot stat 'nosuch': No such file or directory\n", status: 1 });
    expect(await run(sh, 'cp a')).toEqual({ out: '', err: "cp: missing destination file operand after 'a'\nTry 'cp --help' for more information.\n", status: 1 });
    expect(await run(sh, 'cp a b c')).toEqual({ out: '', err: "cp: target 'c': No such file or directory\n", status: 1 });
    expect(await run(sh, 'cp -r src src/sub')).toEqual({ out: '', err: "cp: cannot copy a directory, 'src', into itself, 'src/sub/src'\n", status: 1 });
  });

  it('mv renames and moves into directories', async () => {
    const sh = shell();
    await run(sh, 'echo data > a; mkdir d');
    expect(await run(sh, 'mv a b && cat b')).toEqual({ out: 'data\n', err: '', status: 0 });
    expect(await run(sh, 'mv b d && ls d')).toEqual({ out: 'b\n', err: '', status: 0 });
    expect(await run(sh, 'mv nosuch x')).toEqual({ out: '', err: "mv: cannot stat 'nosuch': No such file or directory\n", status: 1 });
    expect(await run(sh, 'mv d d/e')).toEqual({ out: '', err: "mv: cannot move 'd' to a subdirectory of itself, 'd/e'\n", status: 1 });
    expect(await run(sh, 'mv d /tmp && ls /tmp/d')).toEqual({ out: 'b\n', err: '', status: 0 });
  });
});

describe('tab completion', () => {
  it('completes file names after a command, directories with a slash', async () => {
    const sh = shell();
    await run(sh, 'mkdir -p src/lib; touch server.js .env src/main.ts');
    expect(sh.complete('cat s', 5)).toEqual(['server.js', 'src/']);
    expect(sh.complete('cat src/', 8)).toEqual(['src/lib/', 'src/main.ts']);
    expect(sh.complete('cd s', 4)).toEqual(['src/']);
    expect(sh.complete('cat .e', 6)).toEqual(['.env']);
    expect(sh.complete('cat ~/se', 8)).toEqual(['~/server.js']);
    expect(sh.complete('echo x > se', 11)).toEqual(['server.js']);
    expect(sh.complete('l', 1)).toEqual(['ls']);
    expect(sh.complete('docker r', 8)).toEqual(['run']);
    expect(sh.complete('docker cp ./s', 13)).toEqual(['./server.js', './src/']);
    await run(sh, "touch 'my notes.txt'");
    expect(sh.complete('cat my', 6)).toEqual(['my\\ notes.txt']);
    expect((await run(sh, 'cat my\\ notes.txt')).status).toBe(0);
  });
});

describe('pathname expansion', () => {
  it('expands *, ? and [...] against the files, sorted, and leaves unmatched words alone', async () => {
    const sh = shell();
    await run(sh, 'mkdir -p src/a src/b; touch a.txt b.txt c.js .hidden src/a/x.ts src/b/y.ts "sp ace.txt"');
    expect((await run(sh, 'echo *.txt')).out).toBe('a.txt b.txt sp ace.txt\n');
    expect((await run(sh, 'echo ?.js [ab].txt [!a]*.txt')).out).toBe('c.js a.txt b.txt b.txt sp ace.txt\n');
    expect((await run(sh, 'echo src/*/*.ts')).out).toBe('src/a/x.ts src/b/y.ts\n');
    expect((await run(sh, 'echo */')).out).toBe('src/\n');
    expect((await run(sh, 'echo .h* "*.txt" \\*.txt *.none')).out).toBe('.hidden *.txt *.txt *.none\n');
    expect((await run(sh, 'cd src; echo ../*.js /home/student/c*')).out).toBe('../c.js /home/student/c.js\n');
    await run(sh, 'cd');
    expect(await run(sh, 'rm *.txt && ls')).toEqual({ out: 'c.js\nsrc\n', err: '', status: 0 });
    expect(await run(sh, 'cat *.none')).toEqual({ out: '', err: 'cat: *.none: No such file or directory\n', status: 1 });
  });
});

describe('variable assignments', () => {
  it('NAME=value before a command sets it for that command only; alone it sets a shell variable', async () => {
    const seen: string[] = [];
    const sh = new HostShell({
      user: 'student',
      hostname: 'gorae',
      home: '/home/student',
      env: { HOME: '/home/student' },
      docker: async (_argv, io) => {
        seen.push(io.env.DOCKER_BUILDKIT ?? '(unset)');
        return 0;
      },
      dockerWords: () => [],
      now: () => NOW,
    });
    await run(sh, 'DOCKER_BUILDKIT=0 docker build .');
    await run(sh, 'docker build .');
    expect(seen).toEqual(['0', '(unset)']);
    expect(sh.env.DOCKER_BUILDKIT).toBeUndefined();
    await run(sh, 'GREETING=hi');
    expect((await run(sh, 'echo $GREETING')).out).toBe('hi\n');
  });
});

describe('intercept', () => {
  it('wraps every line the shell runs, in order, and can be removed', async () => {
    const sh = shell();
    const seen: string[] = [];
    const remove = sh.intercept(async (line, io, run) => {
      seen.push(`before ${line}`);
      const status = await run({ ...io, stdout: { write: (chunk) => io.stdout.write(typeof chunk === 'string' ? chunk.toUpperCase() : chunk) } });
      seen.push(`after ${line}: ${status}`);
      return status;
    });
    expect((await run(sh, 'echo hi')).out).toBe('HI\n');
    expect((await run(sh, 'docker ps')).status).toBe(3);
    expect(seen).toEqual(['before echo hi', 'after echo hi: 0', 'before docker ps', 'after docker ps: 3']);
    remove();
    expect((await run(sh, 'echo hi')).out).toBe('hi\n');
    expect(seen).toHaveLength(4);
  });
});
