import { describe, expect, it } from 'vitest';
import { runProgram, type RunProgramOptions } from '../../testing/run-program.node';

/** Runs a busybox applet: argv[0] names it, as the image's links do. */
const bb = (argv: string[], options: RunProgramOptions = {}) => runProgram('busybox', argv, options);

const BANNER = 'BusyBox v1.37.0 (2026-01-10 15:38:28 UTC) multi-call binary.\n';

describe('busybox dispatch', () => {
  it('lists its functions when run as busybox', async () => {
    const r = await bb(['busybox']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(BANNER + 'BusyBox is copyrighted by many authors between 1998-2015.\n')).toBe(true);
    expect(r.stdout).toContain('Currently defined functions:\n\t');
    expect(r.stdout).toMatch(/, ls, /);
  });

  it('runs the applet named by argv[1] and rejects unknown names', async () => {
    expect((await bb(['busybox', 'echo', 'hi'])).stdout).toBe('hi\n');
    const r = await bb(['busybox', 'nosuch']);
    expect(r.stderr).toBe('nosuch: applet not found\n');
    expect(r.status).toBe(127);
  });

  it('prints the usage on a bad option', async () => {
    const r = await bb(['ls', '-z']);
    expect(r.status).toBe(1);
    expect(r.stderr.startsWith('ls: unrecognized option: z\n' + BANNER + '\nUsage: ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...\n\nList directory contents\n\n\t-1\tOne column output\n')).toBe(true);
  });
});

describe('busybox ls', () => {
  const files = { '/d/b.txt': 'bb\n', '/d/a': 'hello\n', '/d/C': '', '/d/.hidden': '', '/d/sub/': '' };

  it('lists one name per line, sorted in the C locale', async () => {
    const r = await bb(['ls', '/d'], { files });
    expect(r.stdout).toBe('C\na\nb.txt\nsub\n');
    expect((await bb(['ls', '-a', '/d'], { files })).stdout).toBe('.\n..\n.hidden\nC\na\nb.txt\nsub\n');
    expect((await bb(['ls', '-A', '-F', '/d'], { files })).stdout).toBe('.hidden\nC\na\nb.txt\nsub/\n');
  });

  it('shows the long format', async () => {
    const r = await bb(['sh', '-c', 'cd /d && touch -d "2020-01-02 03:04" a && ln -s a l && ls -l a l sub'], { files });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^-rw-r--r-- {4}1 root {5}root {13}6 Jan {2}2 {2}2020 a\nlrwxrwxrwx {4}1 root {5}root {13}1 \w{3} [ \d]\d \d\d:\d\d l -> a\n\nsub:\ntotal 0\n$/,
    );
  });

  it('reports a missing file', async () => {
    const r = await bb(['ls', '/nosuch']);
    expect(r.stderr).toBe('ls: /nosuch: No such file or directory\n');
    expect(r.status).toBe(1);
  });

  it('fills columns across a terminal', async () => {
    const r = await bb(['ls', '--color=never', '/d'], { files, tty: true });
    expect(r.stdout).toBe('C      a      b.txt  sub\r\n');
  });
});

describe('busybox file tools', () => {
  it('cat -n and its errors', async () => {
    expect((await bb(['cat', '-n', '/f'], { files: { '/f': 'a\nb\n' } })).stdout).toBe('     1\ta\n     2\tb\n');
    const r = await bb(['cat', '/nosuch']);
    expect(r.stderr).toBe("cat: can't open '/nosuch': No such file or directory\n");
    expect(r.status).toBe(1);
  });

  it('mkdir, rmdir and rm texts', async () => {
    expect((await bb(['mkdir', '/etc'])).stderr).toBe("mkdir: can't create directory '/etc': File exists\n");
    expect((await bb(['rm', '/x'])).stderr).toBe("rm: can't remove '/x': No such file or directory\n");
    expect((await bb(['rm', '/etc'])).stderr).toBe("rm: '/etc' is a directory\n");
    const r = await bb(['sh', '-c', 'mkdir -p /a/b/c && rm -r /a/b && ls /a && rmdir /a && ls /a']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ls: /a: No such file or directory\n');
  });

  it('cp, mv and ln', async () => {
    const r = await bb(['sh', '-c', 'cp /f /g && mv /g /h && ln -s /h /l && cat /l && cp /nosuch /x'], { files: { '/f': 'data\n' } });
    expect(r.stdout).toBe('data\n');
    expect(r.stderr).toBe("cp: can't stat '/nosuch': No such file or directory\n");
    expect((await bb(['cp', '-r', '/etc', '/e2'])).status).toBe(0);
    expect((await bb(['cp', '/etc', '/e2'])).stderr).toBe("cp: omitting directory '/etc'\n");
  });

  it('head and tail', async () => {
    const files = { '/f': '1\n2\n3\n4\n5\n' };
    expect((await bb(['head', '-n', '2', '/f'], { files })).stdout).toBe('1\n2\n');
    expect((await bb(['head', '-3', '/f'], { files })).stdout).toBe('1\n2\n3\n');
    expect((await bb(['tail', '-n', '2', '/f'], { files })).stdout).toBe('4\n5\n');
    expect((await bb(['tail', '-n', '+4', '/f'], { files })).stdout).toBe('4\n5\n');
    expect((await bb(['head', '-n', '1', '/f', '/f'], { files })).stdout).toBe('==> /f <==\n1\n\n==> /f <==\n1\n');
  });

  it('wc columns', async () => {
    const files = { '/f': 'one two\nthree\n' };
    expect((await bb(['wc', '/f'], { files })).stdout).toBe('        2         3        14 /f\n');
    expect((await bb(['wc', '-l', '/f'], { files })).stdout).toBe('2 /f\n');
    expect((await bb(['wc', '-w'], { stdin: 'a b c\n' })).stdout).toBe('3\n');
  });

  it('md5sum and sha256sum', async () => {
    const files = { '/f': 'hello\n' };
    expect((await bb(['md5sum', '/f'], { files })).stdout).toBe('b1946ac92492d2347c6235b4d2611184  /f\n');
    expect((await bb(['sha256sum', '/f'], { files })).stdout).toBe('5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03  /f\n');
  });
});

describe('busybox text tools', () => {
  const text = 'foo bar\nbaz\nFoo\nqux foo\n';

  it('grep', async () => {
    const files = { '/t': text };
    expect((await bb(['grep', '-n', 'foo', '/t'], { files })).stdout).toBe('1:foo bar\n4:qux foo\n');
    expect((await bb(['grep', '-ic', 'foo', '/t'], { files })).stdout).toBe('3\n');
    expect((await bb(['grep', '-v', 'o', '/t'], { files })).stdout).toBe('baz\n');
    expect((await bb(['grep', '-E', 'ba(r|z)$', '/t'], { files })).stdout).toBe('foo bar\nbaz\n');
    expect((await bb(['grep', '-w', 'fo', '/t'], { files })).status).toBe(1);
    expect((await bb(['grep', '-q', 'baz', '/t'], { files })).status).toBe(0);
    const r = await bb(['grep', 'x', '/nosuch']);
    expect(r.stderr).toBe('grep: /nosuch: No such file or directory\n');
    expect(r.status).toBe(2);
    expect((await bb(['grep', '-r', 'hello', '/d'], { files: { '/d/a/f': 'hello\n' } })).stdout).toBe('/d/a/f:hello\n');
  });

  it('sort', async () => {
    const stdin = 'b 2\na 10\nc 1\na 10\n';
    expect((await bb(['sort'], { stdin })).stdout).toBe('a 10\na 10\nb 2\nc 1\n');
    expect((await bb(['sort', '-u', '-r'], { stdin })).stdout).toBe('c 1\nb 2\na 10\n');
    expect((await bb(['sort', '-n', '-k', '2'], { stdin })).stdout).toBe('c 1\nb 2\na 10\na 10\n');
  });

  it('sed', async () => {
    expect((await bb(['sed', 's/o/0/g'], { stdin: text })).stdout).toBe('f00 bar\nbaz\nF00\nqux f00\n');
    expect((await bb(['sed', '-n', '2,3p'], { stdin: text })).stdout).toBe('baz\nFoo\n');
    expect((await bb(['sed', '-e', '1d', '-e', '$d'], { stdin: text })).stdout).toBe('baz\nFoo\n');
    expect((await bb(['sed', '-E', 's/(\\w+) (\\w+)/\\2 \\1/'], { stdin: 'a b\n' })).stdout).toBe('b a\n');
    const r = await bb(['sh', '-c', 'sed -i s/x/y/ /f && cat /f'], { files: { '/f': 'x\n' } });
    expect(r.stdout).toBe('y\n');
  });

  it('tr, cut, uniq, seq, rev, tac', async () => {
    expect((await bb(['tr', 'a-z', 'A-Z'], { stdin: 'hello\n' })).stdout).toBe('HELLO\n');
    expect((await bb(['tr', '-d', 'l'], { stdin: 'hello\n' })).stdout).toBe('heo\n');
    expect((await bb(['cut', '-d:', '-f1,3'], { stdin: 'a:b:c\n' })).stdout).toBe('a:c\n');
    expect((await bb(['cut', '-c', '2-3'], { stdin: 'abcd\n' })).stdout).toBe('bc\n');
    expect((await bb(['uniq', '-c'], { stdin: 'a\na\nb\n' })).stdout).toBe('      2 a\n      1 b\n');
    expect((await bb(['seq', '3'])).stdout).toBe('1\n2\n3\n');
    expect((await bb(['seq', '-s', ',', '2', '2', '8'])).stdout).toBe('2,4,6,8\n');
    expect((await bb(['rev'], { stdin: 'abc\n' })).stdout).toBe('cba\n');
    expect((await bb(['tac'], { stdin: '1\n2\n' })).stdout).toBe('2\n1\n');
  });

  it('basename, dirname, printenv', async () => {
    expect((await bb(['basename', '/a/b.c', '.c'])).stdout).toBe('b\n');
    expect((await bb(['dirname', '/a/b/'])).stdout).toBe('/a\n');
    expect((await bb(['printenv', 'HOME'])).stdout).toBe('/root\n');
  });

  it('find and xargs', async () => {
    const files = { '/d/a.txt': '', '/d/s/b.txt': '', '/d/c': '' };
    const r = await bb(['find', '/d', '-name', '*.txt'], { files });
    expect(r.stdout.split('\n').sort().join('\n')).toBe('\n/d/a.txt\n/d/s/b.txt');
    expect((await bb(['find', '/d', '-maxdepth', '1', '-type', 'd'], { files })).stdout).toBe('/d\n/d/s\n');
    expect((await bb(['xargs', 'echo', 'got'], { stdin: 'a b\nc\n' })).stdout).toBe('got a b c\n');
    expect((await bb(['xargs', '-n', '1'], { stdin: 'a b\n' })).stdout).toBe('a\nb\n');
  });

  it('od, hexdump, base64', async () => {
    expect((await bb(['od', '-c'], { stdin: 'hi\n' })).stdout).toBe('0000000   h   i  \\n\n0000003\n');
    expect((await bb(['hexdump', '-C'], { stdin: 'hi\n' })).stdout).toBe('00000000  68 69 0a                                          |hi.|\n00000003\n');
    expect((await bb(['base64'], { stdin: 'hello\n' })).stdout).toBe('aGVsbG8K\n');
    expect((await bb(['base64', '-d'], { stdin: 'aGVsbG8K\n' })).stdout).toBe('hello\n');
  });
});

describe('busybox system tools', () => {
  it('id and whoami', async () => {
    expect((await bb(['id'])).stdout).toBe('uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon)\n');
    expect((await bb(['whoami'])).stdout).toBe('root\n');
    expect((await bb(['id', '-un'])).stdout).toBe('root\n');
  });

  it('uname and hostname', async () => {
    expect((await bb(['uname'])).stdout).toBe('Linux\n');
    expect((await bb(['uname', '-n'], { hostname: 'abc' })).stdout).toBe('abc\n');
    expect((await bb(['hostname'], { hostname: 'abc' })).stdout).toBe('abc\n');
    expect((await bb(['uname', '-a'], { hostname: 'abc' })).stdout).toMatch(/^Linux abc \S+ #.* x86_64 Linux\n$/);
  });

  it('date', async () => {
    expect((await bb(['date', '-u', '-d', '@0'])).stdout).toBe('Thu Jan  1 00:00:00 UTC 1970\n');
    expect((await bb(['date', '-d', '2024-02-29 12:34:56', '+%Y/%m/%d %H:%M:%S %s'])).stdout).toBe('2024/02/29 12:34:56 1709210096\n');
    expect((await bb(['date'])).stdout).toMatch(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}\n$/);
  });

  it('ps, kill, free, df, top', async () => {
    expect((await bb(['ps'])).stdout).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n');
    const k = await bb(['kill', '999']);
    expect(k.stderr).toBe("kill: can't kill pid 999: No such process\n");
    expect(k.status).toBe(1);
    expect((await bb(['kill', '-l', '9'])).stdout).toBe('KILL\n');
    expect((await bb(['free'])).stdout).toMatch(/^ {14}total {8}used {8}free {6}shared  buff\/cache {3}available\nMem: +\d+ +\d+ +\d+ +\d+ +\d+ +\d+\nSwap: +0 +0 +0\n$/);
    expect((await bb(['df'])).stdout).toMatch(/^Filesystem {11}1K-blocks {6}Used Available Use% Mounted on\noverlay +\d+ +\d+ +\d+ +\d+% \/\n/);
    const t = await bb(['top', '-b', '-n', '1']);
    expect(t.stdout).toMatch(/^Mem: \d+K used, \d+K free, \d+K shrd, \d+K buff, \d+K cached\nCPU: .*\nLoad average: .*\n {2}PID {2}PPID USER {5}STAT {3}VSZ %VSZ CPU %CPU COMMAND\n/);
  });

  it('true, false, sleep, env, which', async () => {
    expect((await bb(['true'])).status).toBe(0);
    expect((await bb(['false'])).status).toBe(1);
    expect((await bb(['sleep', '0.01'])).status).toBe(0);
    expect((await bb(['env', '-i', 'A=1'])).stdout).toBe('A=1\n');
    expect((await bb(['which', 'ls'])).stdout).toBe('/bin/ls\n');
    expect((await bb(['which', 'nosuch'])).status).toBe(1);
  });
});

describe('busybox extras', () => {
  it('expr, cal, getopt, tree', async () => {
    expect((await bb(['expr', '2', '+', '3', '*', '4'])).stdout).toBe('14\n');
    const e = await bb(['expr', '0']);
    expect(e.stdout).toBe('0\n');
    expect(e.status).toBe(1);
    expect((await bb(['cal', '2', '2024'])).stdout).toBe(
      `   February 2024\nSu Mo Tu We Th Fr Sa\n             1  2  3\n 4  5  6  7  8  9 10\n11 12 13 14 15 16 17\n18 19 20 21 22 23 24\n25 26 27 28 29\n${' '.repeat(21)}\n`,
    );
    expect((await bb(['getopt', '-o', 'ab:', '--', '-a', '-b', 'x', 'y'])).stdout).toBe(" -a -b 'x' -- 'y'\n");
    expect((await bb(['tree', '/t'], { files: { '/t/a': '', '/t/d/b': '' } })).stdout).toBe(
      '/t\n\u251c\u2500\u2500 a\n\u2514\u2500\u2500 d\n    \u2514\u2500\u2500 b\n\n1 directories, 2 files\n',
    );
  });

  it('diff writes unified hunks', async () => {
    const r = await bb(['diff', '/a', '/b'], { files: { '/a': 'a\nb\nc\n', '/b': 'a\nB\nc\nd\n' } });
    expect(r.stdout).toBe('--- /a\n+++ /b\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n');
    expect(r.status).toBe(1);
    expect((await bb(['diff', '/a', '/a'], { files: { '/a': 'x\n' } })).status).toBe(0);
  });

  it('pstree draws the process tree', async () => {
    const r = await bb(['sh', '-c', 'sleep 0.5 & sleep 0.5 & pstree']);
    expect(r.stdout).toBe('sh-+-2*[sleep]\n   `-pstree\n');
  });

  it('applets run under the shell, one after another', async () => {
    const r = await bb(['sh', '-c', 'ls -1 /t; ls -1 /t; sort -r /t/f; sort /t/f'], { files: { '/t/f': 'a\nb\n' } });
    expect(r.stdout).toBe('f\nf\nb\na\na\nb\n');
  });
});
