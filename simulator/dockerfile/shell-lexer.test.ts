import { describe, expect, it } from 'vitest';
import { describeConformance, readConformanceText } from '../testing/conformance.node';
import { ShellLex, ShellLexError } from './shell-lexer';

describeConformance('BuildKit shell lexer envVarTest', () => {
  const lex = new ShellLex('\\');
  const env = ['PWD=/home', 'SHELL=bash', 'KOREAN=한국어', 'NULL='];
  const cases = readConformanceText('dockerfile_shell', 'envVarTest')
    .split('\n')
    .map((l, i) => [i + 1, l] as const)
    .filter(([, l]) => l.trim() !== '' && !l.trim().startsWith('#'))
    .map(([n, l]) => {
      const parts = l.split('|').map((p) => p.trim());
      return { n, platform: parts[0] ?? '', input: parts[1] ?? '', expected: parts[2] ?? '' };
    })
    .filter((c) => c.platform === 'A' || c.platform === 'U');
  it.each(cases)('line $n: $input', ({ input, expected }) => {
    if (expected === 'error') expect(() => lex.processWord(input, env)).toThrow(ShellLexError);
    else expect(lex.processWord(input, env)).toBe(expected);
  });
});

describeConformance('BuildKit shell lexer wordsTest', () => {
  const lex = new ShellLex('\\');
  const env: string[] = [];
  const cases: { n: number; input: string; expected: string; env: string[] }[] = [];
  readConformanceText('dockerfile_shell', 'wordsTest')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      if (line.startsWith('ENV ')) {
        env.push(line.slice(4).replace(/^ +/, ''));
        return;
      }
      const [input = '', expected = ''] = line.split('|');
      cases.push({ n: i + 1, input: input.trim(), expected: expected.replace(/^ +/, ''), env: [...env] });
    });
  it.each(cases)('line $n: $input', ({ input, expected, env: e }) => {
    if (expected === 'error') expect(() => lex.processWords(input, e)).toThrow(ShellLexError);
    else expect(lex.processWords(input, e)).toEqual(expected.split(','));
  });
});

describe('ShellLex', () => {
  const lex = new ShellLex();
  it('reports matches', () => {
    const r = lex.processWordWithMatches('$A ${B:-x} $C', { A: '1', C: '' });
    expect(r.result).toBe('1 x ');
    expect([...r.matched].sort()).toEqual(['A', 'C']);
    expect([...r.unmatched]).toEqual(['B']);
  });
  it('gives BuildKit messages', () => {
    expect(() => lex.processWord('${X:?must be set}', [])).toThrow('failed to process "${X:?must be set}": X: must be set');
    expect(() => lex.processWord('${X:=1}', [])).toThrow('unsupported modifier (:=) in substitution');
  });
  it('trims and replaces', () => {
    const env = { F: 'a/b/c.tar.gz' };
    expect(lex.processWord('${F#*/}', env)).toBe('b/c.tar.gz');
    expect(lex.processWord('${F##*/}', env)).toBe('c.tar.gz');
    expect(lex.processWord('${F%.*}', env)).toBe('a/b/c.tar');
    expect(lex.processWord('${F%%.*}', env)).toBe('a/b/c');
    expect(lex.processWord('${F/\\//-}', env)).toBe('a-b/c.tar.gz');
    expect(lex.processWord('${F//\\//-}', env)).toBe('a-b-c.tar.gz');
  });
  it('backtick escape', () => {
    expect(new ShellLex('`').processWord('a`$b', [])).toBe('a$b');
  });
});
