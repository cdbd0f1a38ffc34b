import { describe, expect, it } from 'vitest';
import { runProgram } from '../../testing/run-program.node';

describe('modes and owners through the kernel', () => {
  it('chmod sets the bits ls -l shows and the kernel checks before running a file', async () => {
    const files = { '/s.sh': 'echo ran\n' };
    const denied = await runProgram('busybox', ['sh', '-c', '/s.sh; echo $?; chmod +x /s.sh; ls -l /s.sh; /s.sh; chmod 640 /s.sh; ls -l /s.sh; chmod u=rwx,go= /s.sh; ls -l /s.sh'], { files });
    expect(denied.stdout.replace(/ [A-Z][a-z]{2} [ \d]\d [ \d:]{5} /g, ' DATE ')).toBe(
      [
        '126',
        '-rwxr-xr-x    1 root     root             9 DATE /s.sh',
        'ran',
        '-rw-r-----    1 root     root             9 DATE /s.sh',
        '-rwx------    1 root     root             9 DATE /s.sh',
        '',
      ].join('\n'),
    );
    expect(denied.stderr).toBe('sh: /s.sh: Permission denied\n');
  });

  it('chown needs root, and names come from /etc/passwd and /etc/group', async () => {
    const r = await runProgram('busybox', ['sh', '-c', 'touch /f; chown nobody:nobody /f; ls -ln /f; ls -l /f'], {});
    expect(r.stdout.split('\n').map((l) => l.split(/\s+/).slice(2, 4).join(' '))).toEqual(['65534 65534', 'nobody nobody', '']);
    const user = await runProgram('busybox', ['sh', '-c', 'chown nobody /etc/passwd; chmod 600 /etc/passwd; echo $?'], { uid: 65534, gid: 65534 });
    expect(user.stderr).toBe('chown: /etc/passwd: Operation not permitted\nchmod: /etc/passwd: Operation not permitted\n');
    expect(user.stdout).toBe('1\n');
  });
});
