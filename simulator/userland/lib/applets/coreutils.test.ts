import { describe, expect, it } from 'vitest';
import { runProgram, type RunProgramOptions } from '../../testing/run-program.node';

/** Runs a GNU-style tool: coreutils.wasm dispatches on argv[0] like Debian's hard links. */
const gnu = (argv: string[], options: RunProgramOptions = {}) => runProgram('coreutils', argv, options);

describe('coreutils dispatch', () => {
  it('rejects a name it does not know', async () => {
    const r = await gnu(['nosuch']);
    expect(r.status).toBe(127);
    expect(r.stderr).toBe("coreutils: unknown program 'nosuch'\n");
  });

  it('answers --help and bad options as GNU does', async () => {
    const h = await gnu(['ls', '--help']);
    expect(h.status).toBe(0);
    expect(h.stdout.startsWith('Usage: ls [OPTION]... [FILE]...\nList information about the FILEs (the current directory by default).\n')).toBe(true);
    const r = await gnu(['ls', '-z']);
    expect(r.stderr).toBe("ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n");
    expect(r.status).toBe(2);
    const l = await gnu(['ls', '--bogus']);
    expect(l.stderr).toBe("ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.\n");
  });
});

describe('coreutils ls', () => {
  const files = { '/d/b.txt': 'bb\n', '/d/a': 'hello\n', '/d/C': '', '/d/sub/': '' };

  it('lists names and errors', async () => {
    expect((await gnu(['ls', '/d'], { files })).stdout).toBe('C\na\nb.txt\nsub\n');
    const r = await gnu(['ls', '/d', '/nosuch'], { files });
    expect(r.stderr).toBe("ls: cannot access '/nosuch': No such file or directory\n");
    expect(r.stdout).toBe('/d:\nC\na\nb.txt\nsub\n');
    expect(r.status).toBe(2);
  });

  it('aligns the long format and shows the total', async () => {
    const r = await gnu(['ls', '-l', '/d'], { files });
    expect(r.stdout).toMatch(
      /^total 12\n-rw-r--r-- 1 root root {4}0 (\w{3} [ \d]\d \d\d:\d\d) C\n-rw-r--r-- 1 root root {4}6 \1 a\n-rw-r--r-- 1 root root {4}3 \1 b\.txt\ndrwxr-xr-x 2 root root 4096 \1 sub\n$/,
    );
  });

  it('fills columns across a terminal', async () => {
    expect((await gnu(['ls', '/d'], { files, tty: true })).stdout).toBe('C  a  b.txt  sub\r\n');
  });
});

describe('coreutils file tools', () => {
  it('uses GNU error texts', async () => {
    expect((await gnu(['cat', '/nosuch'])).stderr).toBe('cat: /nosuch: No such file or directory\n');
    expect((await gnu(['rm', '/nosuch'])).stderr).toBe("rm: cannot remove '/nosuch': No such file or directory\n");
    expect((await gnu(['mkdir', '/etc'])).stderr).toBe("mkdir: cannot create directory '/etc': File exists\n");
    expect((await gnu(['rmdir', '/etc'])).stderr).toBe("rmdir: failed to remove '/etc': Directory not empty\n");
    expect((await gnu(['cp', '/etc', '/x'])).stderr).toBe("cp: -r not specified; omitting directory '/etc'\n");
    const m = await gnu(['mkdir']);
    expect(m.stderr).toBe("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
    expect(m.status).toBe(1);
    expect((await gnu(['head', '/nosuch'])).stderr).toBe("head: cannot open '/nosuch' for reading: No such file or directory\n");
  });

  it('wc sizes its columns by the input', async () => {
    const files = { '/f': 'one two\nthree\n', '/g': 'x\n' };
    expect((await gnu(['wc', '/f'], { files })).stdout).toBe(' 2  3 14 /f\n');
    expect((await gnu(['wc', '/f', '/g'], { files })).stdout).toBe(' 2  3 14 /f\n 1  1  2 /g\n 3  4 16 total\n');
    expect((await gnu(['wc'], { stdin: 'a b\n' })).stdout).toBe('      1       2       4\n');
    expect((await gnu(['wc', '-l'], { stdin: 'a b\n' })).stdout).toBe('1\n');
  });

  it('sort, uniq, cut, tr', async () => {
    expect((await gnu(['sort', '-t', ':', '-k', '2n'], { stdin: 'a:10\nb:9\n' })).stdout).toBe('b:9\na:10\n');
    expect((await gnu(['uniq', '-d'], { stdin: 'a\na\nb\n' })).stdout).toBe('a\n');
    expect((await gnu(['cut', '-f', '2'], { stdin: 'a\tb\tc\n' })).stdout).toBe('b\n');
    expect((await gnu(['tr', '-s', ' '], { stdin: 'a   b\n' })).stdout).toBe('a b\n');
  });

  it('stat', async () => {
    const r = await gnu(['stat', '-c', '%n %s %A %U:%G %F', '/f'], { files: { '/f': 'hello\n' } });
    expect(r.stdout).toBe('/f 6 -rw-r--r-- root:root regular file\n');
  });
});

describe('coreutils system tools', () => {
  it('id, whoami, groups', async () => {
    expect((await gnu(['id'])).stdout).toBe('uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon)\n');
    expect((await gnu(['whoami'])).stdout).toBe('root\n');
    expect((await gnu(['groups'])).stdout).toBe('root bin daemon\n');
  });

  it('uname -a ends with GNU/Linux', async () => {
    expect((await gnu(['uname', '-a'], { hostname: 'abc' })).stdout).toMatch(/^Linux abc \S+ #.* x86_64 GNU\/Linux\n$/);
    expect((await gnu(['uname', '-o'])).stdout).toBe('GNU/Linux\n');
  });

  it('date and sleep', async () => {
    expect((await gnu(['date', '-u', '-d', '@86400'])).stdout).toBe('Fri Jan  2 00:00:00 UTC 1970\n');
    expect((await gnu(['date', '-d', '@0', '-I'])).stdout).toBe('1970-01-01\n');
    const s = await gnu(['sleep', 'x']);
    expect(s.stderr).toBe("sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n");
  });

  it('seq, printf through the shell library, test', async () => {
    expect((await gnu(['seq', '-w', '8', '10'])).stdout).toBe('08\n09\n10\n');
    expect((await gnu(['printf', '%s=%d\\n', 'x', '3'])).stdout).toBe('x=3\n');
    expect((await gnu(['test', '2', '-gt', '1'])).status).toBe(0);
    expect((await gnu(['[', 'a', '=', 'b', ']'])).status).toBe(1);
  });
});
