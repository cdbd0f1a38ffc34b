import { describe, expect, it } from 'vitest';
import { runProgram } from '../../testing/run-program.node';

describe('tar and gzip', () => {
  it('round-trips a tree through tar -z', async () => {
    const files = { '/src/a': 'one\n', '/src/sub/b': 'two\n' };
    const r = await runProgram('busybox', ['sh', '-c', 'cd / && tar czf /t.tgz src && mkdir /out && tar xzf /t.tgz -C /out && cat /out/src/a /out/src/sub/b && tar tzf /t.tgz'], { files });
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['one', 'two']);
    // tar lists in directory order
    expect(lines.slice(2, 6).sort()).toEqual(['src/', 'src/a', 'src/sub/', 'src/sub/b']);
  });

  it('gzip and gunzip restore the bytes', async () => {
    const r = await runProgram('busybox', ['sh', '-c', 'gzip /f && ls /f.gz && gunzip /f.gz && cat /f && echo hi | gzip | zcat'], { files: { '/f': 'hello hello hello\n' } });
    expect(r.stdout).toBe('/f.gz\nhello hello hello\nhi\n');
  });
});
