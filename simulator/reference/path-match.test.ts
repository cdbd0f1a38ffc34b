import { describe, expect, it } from 'vitest';
import { BadPatternError, pathMatch } from './path-match';

const matches: Array<[pattern: string, name: string, expected: boolean]> = [
  ['abc', 'abc', true],
  ['*', 'abc', true],
  ['*c', 'abc', true],
  ['a*', 'a', true],
  ['a*', 'abc', true],
  ['a*', 'ab/c', false],
  ['a*/b', 'abc/b', true],
  ['a*/b', 'a/c/b', false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false],
  ['ab[c]', 'abc', true],
  ['ab[b-d]', 'abc', true],
  ['ab[e-g]', 'abc', false],
  ['ab[^c]', 'abc', false],
  ['ab[^b-d]', 'abc', false],
  ['ab[^e-g]', 'abc', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'ab', false],
  ['a?b', 'a☺b', true],
  ['a[^a]b', 'a☺b', true],
  ['a???b', 'a☺b', false],
  ['a[^a][^a][^a]b', 'a☺b', false],
  ['[a-ζ]*', 'α', true],
  ['*[a-ζ]', 'A', false],
  ['a?b', 'a/b', false],
  ['a*b', 'a/b', false],
  ['[\\]a]', ']', true],
  ['[\\-]', '-', true],
  ['[x\\-]', 'x', true],
  ['[x\\-]', '-', true],
  ['[x\\-]', 'z', false],
  ['[\\-x]', 'x', true],
  ['[\\-x]', '-', true],
  ['[\\-x]', 'a', false],
  ['*x', 'xxx', true],
  ['foo/*/baz:tag', 'foo/c/baz:tag', true],
  ['foo/**/ba[rz]', 'foo/any/bat', false],
];

const bad: Array<[pattern: string, name: string]> = [
  ['[]a]', ']'],
  ['[-]', '-'],
  ['[x-]', 'x'],
  ['[x-]', '-'],
  ['[x-]', 'z'],
  ['[-x]', 'x'],
  ['[-x]', 'a'],
  ['\\', 'a'],
  ['[a-b-c]', 'a'],
  ['[', 'a'],
  ['[^', 'a'],
  ['[^bc', 'a'],
  ['a[', 'a'],
  ['a[', 'ab'],
  ['a[', 'x'],
  ['a/b[', 'x'],
];

describe('pathMatch', () => {
  it.each(matches)('%j matches %j: %s', (pattern, name, expected) => {
    expect(pathMatch(pattern, name)).toBe(expected);
  });

  it.each(bad)('%j is a bad pattern (name %j)', (pattern, name) => {
    expect(() => pathMatch(pattern, name)).toThrow(BadPatternError);
    expect(() => pathMatch(pattern, name)).toThrow('syntax error in pattern');
  });
});
