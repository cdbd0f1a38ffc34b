import { describe, expect, it } from 'vitest';
import { readKey, type Key } from './keys';

function readAll(input: string): Key[] {
  const keys: Key[] = [];
  let offset = 0;
  for (let read = readKey(input, offset); read !== undefined; read = readKey(input, offset)) {
    keys.push(read.key);
    offset = read.end;
  }
  return keys;
}

const key = (name: string): Key => ({ kind: 'key', name } as Key);

describe('readKey', () => {
  it('reads printable runs, Korean included, as one text key', () => {
    expect(readAll('docker 이미지')).toEqual([{ kind: 'text', text: 'docker 이미지' }]);
  });

  it('reads Enter, Backspace, Tab and control keys', () => {
    expect(readAll('ls\r\x7f\t\x03\x0c')).toEqual([
      { kind: 'text', text: 'ls' }, key('enter'), key('backspace'), key('tab'), key('ctrl-c'), key('ctrl-l'),
    ]);
  });

  it('treats CR LF as a single Enter', () => {
    expect(readAll('a\r\nb\n')).toEqual([{ kind: 'text', text: 'a' }, key('enter'), { kind: 'text', text: 'b' }, key('enter')]);
  });

  it('reads arrow, Home, End and Delete sequences in both cursor modes', () => {
    expect(readAll('\x1b[A\x1b[B\x1b[C\x1b[D\x1bOA\x1b[H\x1b[F\x1bOH\x1b[1~\x1b[4~\x1b[3~')).toEqual([
      key('up'), key('down'), key('right'), key('left'), key('up'),
      key('home'), key('end'), key('home'), key('home'), key('end'), key('delete'),
    ]);
  });

  it('reads Ctrl+arrows and Alt+letters as word motions', () => {
    expect(readAll('\x1b[1;5D\x1b[1;5C\x1bb\x1bf\x1b\x7f')).toEqual([
      key('word-left'), key('word-right'), key('word-left'), key('word-right'), key('kill-word-left'),
    ]);
  });

  it('waits for the rest of an escape sequence split across chunks', () => {
    expect(readKey('\x1b', 0)).toBeUndefined();
    expect(readKey('\x1b[', 0)).toBeUndefined();
    expect(readKey('\x1b[1;5', 0)).toBeUndefined();
    expect(readKey('x\x1b[1;5', 1)).toBeUndefined();
    expect(readKey('\x1b[1;5D', 0)).toEqual({ key: key('word-left'), end: 6 });
  });

  it('skips sequences it does not know', () => {
    expect(readAll('\x1b[15~a')).toEqual([key('unknown'), { kind: 'text', text: 'a' }]);
  });
});
