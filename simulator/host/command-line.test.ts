import { describe, expect, it } from 'vitest';
import { CommandLineError, parseCommandLine } from './command-line';

const env: Record<string, string> = { HOME: '/home/student', X: 'a b' };
const parse = (line: string) => parseCommandLine(line, (n) => env[n]).map(({ words, redirects, connector }) => ({ words, redirects, connector }));

describe('parseCommandLine redirections', () => {
  it('parses >, >>, <, fd numbers and duplication', () => {
    expect(parse('echo hi > a.txt')).toEqual([{ words: ['echo', 'hi'], redirects: [{ fd: 1, op: '>', target: 'a.txt' }], connector: '' }]);
    expect(parse('cmd 2>>log <in >&2')[0]!.redirects).toEqual([
      { fd: 2, op: '>>', target: 'log' },
      { fd: 0, op: '<', target: 'in' },
      { fd: 1, op: '>&', target: '2' },
    ]);
    expect(parse('cmd >out 2>&1')[0]!.redirects).toEqual([
      { fd: 1, op: '>', target: 'out' },
      { fd: 2, op: '>&', target: '1' },
    ]);
    expect(parse('cmd &>all')[0]!.redirects).toEqual([{ fd: 1, op: '&>', target: 'all' }]);
  });

  it('keeps digits that are not alone or are quoted as words', () => {
    expect(parse('echo a2>f')[0]).toMatchObject({ words: ['echo', 'a2'], redirects: [{ fd: 1, op: '>', target: 'f' }] });
    expect(parse("echo '2'>f")[0]).toMatchObject({ words: ['echo', '2'], redirects: [{ fd: 1, target: 'f' }] });
    expect(parse('echo "a>b" a\\>b')[0]!.words).toEqual(['echo', 'a>b', 'a>b']);
  });

  it('expands the target and ~', () => {
    expect(parse('echo ~ ~/x a~ "~" > "$HOME/f"')[0]).toMatchObject({
      words: ['echo', '/home/student', '/home/student/x', 'a~', '~'],
      redirects: [{ target: '/home/student/f' }],
    });
  });

  it('rejects a missing target and background jobs', () => {
    expect(() => parse('echo >')).toThrow(new CommandLineError("syntax error near unexpected token `newline'"));
    expect(() => parse('echo > ; ls')).toThrow(new CommandLineError("syntax error near unexpected token `;'"));
    expect(() => parse('ls &')).toThrow(CommandLineError);
  });

  it('joins pipelines with |', () => {
    expect(parse('a | b || c').map((c) => [c.words[0], c.connector])).toEqual([['a', ''], ['b', '|'], ['c', '||']]);
    expect(() => parse('| b')).toThrow(new CommandLineError("syntax error near unexpected token `|'"));
  });

  it('records where each command is in the line', () => {
    const line = 'a 1; b && c';
    expect(parseCommandLine(line, () => '').map((c) => line.slice(c.start, c.end).trim())).toEqual(['a 1', 'b', 'c']);
  });
});
