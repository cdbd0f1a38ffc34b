import { describe, expect, it } from 'vitest';
import { CookedInput } from './cooked-input';
import { VtScreen } from './testing/vt-screen';

function setup() {
  const screen = new VtScreen(40);
  let interrupts = 0;
  const input = new CookedInput({ write: (d) => screen.write(d), onInterrupt: () => interrupts++ });
  return { screen, input, interrupts: () => interrupts };
}

const text = (chunk: Uint8Array | null) => (chunk === null ? null : new TextDecoder().decode(chunk));

describe('CookedInput', () => {
  it('echoes keystrokes and hands completed lines to a reader', async () => {
    const { screen, input } = setup();
    const pending = input.read();
    input.receive('hello 고래\r');
    expect(text(await pending)).toBe('hello 고래\n');
    expect(screen.text()).toBe('hello 고래');
    expect(screen.cursor).toEqual({ row: 1, col: 0 });
  });

  it('edits the current line with Backspace, Ctrl+W and Ctrl+U', async () => {
    const { screen, input } = setup();
    input.receive('abc 래\x7f\x7fd\r');
    input.receive('one two\x17three\rjunk\x15ok\r');
    expect(text(await input.read())).toBe('abcd\n');
    expect(text(await input.read())).toBe('one three\n');
    expect(text(await input.read())).toBe('ok\n');
    expect(screen.text()).toBe('abcd\none three\nok');
  });

  it('echoes control characters as ^X, as arrow keys show while a command runs', () => {
    const { screen, input } = setup();
    input.receive('\x1b[A');
    expect(screen.text()).toBe('^[[A');
  });

  it('ends the input on Ctrl+D at the start of a line', async () => {
    const { input } = setup();
    input.receive('partial\x04\x04');
    expect(text(await input.read())).toBe('partial');
    expect(await input.read()).toBeNull();
  });

  it('discards the input and reports Ctrl+C', () => {
    const { screen, input, interrupts } = setup();
    input.receive('ls\rpw\x03');
    expect(interrupts()).toBe(1);
    expect(screen.text()).toBe('ls\npw^C');
    expect(input.close()).toBe('');
  });

  it('gives back unread input as type-ahead when closed, and ends pending reads', async () => {
    const { input } = setup();
    input.receive('docker ps\rdocker im');
    expect(input.close()).toBe('docker ps\ndocker im');

    const other = setup().input;
    const pending = other.read();
    other.close();
    expect(await pending).toBeNull();
    expect(await other.read()).toBeNull();
  });
});
