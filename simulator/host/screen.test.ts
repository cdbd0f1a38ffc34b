import { describe, expect, it } from 'vitest';
import { Screen } from './screen';

describe('Screen', () => {
  it('redraws progress lines in place, as docker pull does on a terminal', () => {
    const s = new Screen(80);
    s.write('latest: Pulling from library/hello-world\n');
    s.write('\n\x1b[1A\x1b[2K\rabc: Pulling fs layer \r\x1b[1B');
    s.write('\x1b[1A\x1b[2K\rabc: Pull complete \r\x1b[1B');
    s.write('Digest: x\n');
    expect(s.text()).toBe('latest: Pulling from library/hello-world\nabc: Pull complete \nDigest: x\n');
  });

  it('gives back a wrapped long line whole, and keeps an exact-width line apart from the next', () => {
    const s = new Screen(10);
    s.write('0123456789abcdef\n');
    s.write('0123456789\nnext\n');
    expect(s.text()).toBe('0123456789abcdef\n0123456789\nnext\n');
  });

  it('erases from the cursor to the end with ESC[J, as a display that shrinks does', () => {
    const s = new Screen(80);
    s.write('one\ntwo\nthree\nfour\n');
    s.write('\x1b[3A\x1b[0GTWO\n\x1b[J');
    expect(s.text()).toBe('one\nTWO\n');
    s.write('xyz\x1b[2G\x1b[0J');
    expect(s.text()).toBe('one\nTWO\nx\n');
  });

  it('counts wide characters as two cells', () => {
    const s = new Screen(6);
    s.write('고래고래\n');
    expect(s.text()).toBe('고래고래\n');
  });

  it('clears the screen', () => {
    const s = new Screen(80);
    s.write('old\n\x1b[H\x1b[2J\x1b[3Jnew\n');
    expect(s.text()).toBe('new\n');
  });
});
