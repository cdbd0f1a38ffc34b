import { describe, expect, it } from 'vitest';
import { History } from './history';
import { LineEditor } from './line-editor';
import { VtScreen } from './testing/vt-screen';

const PROMPT = '\x1b[1;32m$\x1b[0m ';

function setup(columns = 40, words: string[] = []) {
  const screen = new VtScreen(columns);
  const editor = new LineEditor({
    columns,
    write: (data) => screen.write(data),
    complete: (line, cursor) => {
      const word = line.slice(0, cursor).split(' ').pop() ?? '';
      return words.filter((w) => w.startsWith(word));
    },
  });
  editor.begin(PROMPT);
  return { screen, editor };
}

describe('LineEditor: typing and moving', () => {
  it('echoes typed text after the prompt', () => {
    const { screen, editor } = setup();
    editor.feed('docker ps');
    expect(screen.text()).toBe('$ docker ps');
    expect(screen.cursor).toEqual({ row: 0, col: 11 });
    expect(editor.line).toBe('docker ps');
  });

  it('inserts and deletes in the middle of the line', () => {
    const { screen, editor } = setup();
    editor.feed('docker p');
    editor.feed('\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D');
    editor.feed('sudo ');
    expect(screen.text()).toBe('$ sudo docker p');
    editor.feed('\x1b[3~\x1b[F\x7fps');
    expect(screen.text()).toBe('$ sudo ocker ps');
    expect(screen.cursor).toEqual({ row: 0, col: 15 });
  });

  it('moves over Korean characters two columns at a time', () => {
    const { screen, editor } = setup();
    editor.feed('echo 고래');
    expect(screen.cursor).toEqual({ row: 0, col: 11 });
    editor.feed('\x1b[D');
    expect(screen.cursor).toEqual({ row: 0, col: 9 });
    editor.feed('\x7f');
    expect(screen.text()).toBe('$ echo 래');
    expect(screen.cursor).toEqual({ row: 0, col: 7 });
  });

  it('jumps home and end with Ctrl+A/E and the Home/End keys', () => {
    const { screen, editor } = setup();
    editor.feed('hello world\x01');
    expect(screen.cursor).toEqual({ row: 0, col: 2 });
    editor.feed('\x05');
    expect(screen.cursor).toEqual({ row: 0, col: 13 });
    editor.feed('\x1b[H');
    expect(screen.cursor).toEqual({ row: 0, col: 2 });
    editor.feed('\x1bf');
    expect(screen.cursor).toEqual({ row: 0, col: 7 });
  });

  it('kills with Ctrl+K, Ctrl+U and Ctrl+W, and yanks back with Ctrl+Y', () => {
    const { screen, editor } = setup();
    editor.feed('docker run hello-world\x17');
    expect(screen.text()).toBe('$ docker run');
    editor.feed('\x19');
    expect(screen.text()).toBe('$ docker run hello-world');
    editor.feed('\x01\x1bf\x0b');
    expect(screen.text()).toBe('$ docker');
    editor.feed('\x15');
    expect(screen.text()).toBe('$');
    expect(editor.line).toBe('');
  });

  it('holds an escape sequence split across two chunks', () => {
    const { screen, editor } = setup();
    editor.feed('ab\x1b[');
    editor.feed('D!');
    expect(screen.text()).toBe('$ a!b');
  });
});

describe('LineEditor: long lines', () => {
  it('wraps at the terminal width and keeps the cursor on the right row', () => {
    const { screen, editor } = setup(10);
    editor.feed('abcdefgh');
    expect(screen.text()).toBe('$ abcdefgh');
    expect(screen.cursor).toEqual({ row: 1, col: 0 });
    editor.feed('ijk');
    expect(screen.text()).toBe('$ abcdefgh\nijk');
    editor.feed('\x01X');
    expect(screen.text()).toBe('$ Xabcdefg\nhijk');
    expect(screen.cursor).toEqual({ row: 0, col: 3 });
    editor.feed('\x05\x7f\x7f\x7f\x7f');
    expect(screen.text()).toBe('$ Xabcdefg');
    expect(screen.cursor).toEqual({ row: 1, col: 0 });
  });

  it('moves a wide character at the right edge to the next row', () => {
    const { screen, editor } = setup(10);
    editor.feed('abcdefg고래');
    expect(screen.text()).toBe('$ abcdefg\n고래');
    expect(screen.cursor).toEqual({ row: 1, col: 4 });
    editor.feed('\x01\x1b[3~');
    expect(screen.text()).toBe('$ bcdefg고\n래');
  });

  it('redraws on one row when the terminal gets wider', () => {
    const { screen, editor } = setup(10);
    editor.feed('abcdefghijk');
    expect(screen.text()).toBe('$ abcdefgh\nijk');
    screen.resize(20);
    editor.resize(20);
    expect(screen.text()).toBe('$ abcdefghijk');
    expect(screen.cursor).toEqual({ row: 0, col: 13 });
  });

  it('rewraps when the terminal gets narrower', () => {
    const { screen, editor } = setup(20);
    editor.feed('abcdefghijk\x01');
    screen.resize(10);
    editor.resize(10);
    expect(screen.text()).toBe('$ abcdefgh\nijk');
    expect(screen.cursor).toEqual({ row: 0, col: 2 });
    editor.feed('\x05!');
    expect(screen.text()).toBe('$ abcdefgh\nijk!');
  });
});

describe('LineEditor: ending a line', () => {
  it('returns the line on Enter, with the input that followed', () => {
    const { screen, editor } = setup();
    const ended = editor.feed('ls\rpwd\r');
    expect(ended).toEqual({ result: { kind: 'line', line: 'ls' }, rest: 'pwd\r' });
    expect(editor.editing).toBe(false);
    screen.write('out\r\n');
    expect(screen.text()).toBe('$ ls\nout');
  });

  it('shows ^C at the end of the line on Ctrl+C', () => {
    const { screen, editor } = setup();
    const ended = editor.feed('docker ps\x01\x03');
    expect(ended?.result).toEqual({ kind: 'interrupt' });
    expect(screen.text()).toBe('$ docker ps^C');
    expect(screen.cursor).toEqual({ row: 1, col: 0 });
    expect(editor.history.list()).toEqual([]);
  });

  it('ignores Ctrl+D on an empty line', () => {
    const { screen, editor } = setup();
    expect(editor.feed('\x04')).toBeUndefined();
    expect(editor.editing).toBe(true);
    expect(screen.text()).toBe('$');
  });
});

describe('LineEditor: history', () => {
  it('recalls earlier lines with ↑ and returns to the draft with ↓', () => {
    const history = new History();
    history.add('docker images');
    history.add('docker ps');
    const screen = new VtScreen(40);
    const editor = new LineEditor({ columns: 40, write: (d) => screen.write(d), history });
    editor.begin('$ ');
    editor.feed('draft\x1b[A');
    expect(screen.text()).toBe('$ docker ps');
    editor.feed('\x1b[A');
    expect(screen.text()).toBe('$ docker images');
    editor.feed('\x1b[B\x1b[B');
    expect(screen.text()).toBe('$ draft');
  });

  it('adds entered lines, without repeating the previous one', () => {
    const { editor } = setup();
    for (const line of ['ls', 'ls', 'pwd']) {
      editor.feed(`${line}\r`);
      editor.begin(PROMPT);
    }
    expect(editor.history.list()).toEqual(['ls', 'pwd']);
  });
});

describe('LineEditor: Tab completion', () => {
  const words = ['image', 'images', 'info', 'inspect', 'run'];

  it('completes a single match with a space', () => {
    const { screen, editor } = setup(40, words);
    editor.feed('docker ru\t');
    expect(screen.text()).toBe('$ docker run');
    expect(editor.line).toBe('docker run ');
  });

  it('lists the matches on a second Tab and redraws the line below', () => {
    const { screen, editor } = setup(40, words);
    editor.feed('docker i\t');
    expect(screen.text()).toBe('$ docker i');
    editor.feed('\t');
    expect(screen.text()).toBe('$ docker i\nimage    images   info     inspect\n$ docker i');
    expect(screen.cursor).toEqual({ row: 2, col: 10 });
  });
});

describe('LineEditor: screen', () => {
  it('clears the screen on Ctrl+L and redraws the line at the top', () => {
    const screen = new VtScreen(40);
    screen.write('earlier output\r\n');
    const editor = new LineEditor({ columns: 40, write: (d) => screen.write(d) });
    editor.begin('$ ');
    editor.feed('docker ps\x1b[D\x0c');
    expect(screen.text()).toBe('$ docker ps');
    expect(screen.cursor).toEqual({ row: 0, col: 10 });
  });

  it('hides the line for output and shows it again after', () => {
    const { screen, editor } = setup();
    editor.feed('docker');
    const column = editor.hide();
    expect(column).toBe(0);
    screen.write('notice\r\n');
    editor.show(0);
    expect(screen.text()).toBe('notice\n$ docker');
  });

  it('starts the prompt after output that did not end with a newline', () => {
    const screen = new VtScreen(10);
    screen.write('abcdefg');
    const editor = new LineEditor({ columns: 10, write: (d) => screen.write(d) });
    editor.begin('$ ', 7);
    editor.feed('xyz\x01');
    expect(screen.text()).toBe('abcdefg$ x\nyz');
    expect(screen.cursor).toEqual({ row: 0, col: 9 });
  });
});
