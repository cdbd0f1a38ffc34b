import { describe, expect, it } from 'vitest';
import { startProgram } from '../../testing/run-program.node';

describe('terminal applets', () => {
  it('top redraws on a terminal and quits on q', async () => {
    const top = await startProgram('busybox', ['top'], { tty: true });
    await top.waitFor('Load average:');
    expect(top.stdout()).toContain('\u001b[H\u001b[J');
    top.input('q');
    expect(await top.exited).toBe(0);
  });

  it('less pages a file and quits on q', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const less = await startProgram('busybox', ['less', '/f'], { tty: true, files: { '/f': lines } });
    await less.waitFor('line 5');
    less.input(' ');
    await less.waitFor('line 30');
    less.input('q');
    expect(await less.exited).toBe(0);
  });

  it('more acts like cat when its output is no terminal', async () => {
    const more = await startProgram('busybox', ['more', '/f'], { files: { '/f': 'a\nb\n' } });
    expect(await more.exited).toBe(0);
    expect(more.stdout()).toBe('a\nb\n');
  });
});
