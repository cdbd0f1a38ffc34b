import { readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors/index';
import { conformancePath, describeConformance, hasConformance, readConformanceText } from '../testing/conformance.node';
import { dump, parse } from './parser';

const dirs = hasConformance
  ? readdirSync(conformancePath('dockerfile_parser')).filter((d) => existsSync(conformancePath('dockerfile_parser', d, 'result')))
  : [];

describeConformance('BuildKit parser testfiles', () => {
  it.each(dirs)('%s', (dir) => {
    const src = readConformanceText('dockerfile_parser', dir, 'Dockerfile');
    const want = readConformanceText('dockerfile_parser', dir, 'result');
    expect(dump(parse(src))).toBe(want);
  });

  const negatives: [string, string, number][] = [
    ['empty_dockerfile', 'file with no instructions', 0],
    ['only_comments', 'file with no instructions', 3],
    ['env_no_value', 'ENV must have two arguments', 3],
    ['shykes-nested-json', 'when using JSON array syntax, arrays must be comprised of strings only', 1],
  ];
  it.each(negatives)('negative %s', (dir, msg, line) => {
    const src = readConformanceText('dockerfile_parser', 'negative', dir, 'Dockerfile');
    let err: unknown;
    try {
      parse(src);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ParseError);
    expect((err as ParseError).message).toBe(msg);
    expect((err as ParseError).range?.start.line).toBe(line);
  });
});

describe('parser', () => {
  it('parses heredocs', () => {
    const r = parse('FROM alpine\nRUN <<EOF cat <<-"END"\necho $x\nEOF\n\thi\n\tEND\nRUN echo done\n');
    const run = r.ast.children[1]!;
    expect(run.heredocs).toEqual([
      { name: 'EOF', fileDescriptor: 0, expand: true, chomp: false, content: 'echo $x\n' },
      { name: 'END', fileDescriptor: 0, expand: false, chomp: true, content: '\thi\n' },
    ]);
    expect(run.startLine).toBe(2);
    expect(run.endLine).toBe(6);
    expect(r.ast.children[2]!.startLine).toBe(7);
  });
  it('rejects an unterminated heredoc', () => {
    expect(() => parse('FROM a\nRUN <<EOF\nx\n')).toThrow('unterminated heredoc');
  });
  it('reads directives and the backtick escape', () => {
    const r = parse('# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM a\nRUN echo a `\n  b\n');
    expect(r.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '`', check: 'skip=all' });
    expect(dump(r)).toBe('(from "a")\n(run "echo a   b")\n');
  });
  it('rejects a repeated directive and a bad escape', () => {
    expect(() => parse('# escape=\\\n# escape=`\nFROM a\n')).toThrow('only one escape parser directive can be used');
    expect(() => parse('# escape=x\nFROM a\n')).toThrow("invalid escape token 'x' does not match ` or \\");
  });
  it('warns on empty continuation lines', () => {
    const r = parse('FROM a\nRUN a \\\n\n b\n');
    expect(r.warnings[0]?.short).toBe('Empty continuation line found in: RUN a  b');
  });
  it('keeps ranges and flags', () => {
    const r = parse('FROM a\n  copy --from=x --chmod=755 --link a b\n');
    const c = r.ast.children[1]!;
    expect(c.flags).toEqual(['--from=x', '--chmod=755', '--link']);
    expect(c.range).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 39 } });
  });
  it('ONBUILD nests', () => {
    expect(dump(parse('FROM a\nONBUILD RUN ["a"]\n'))).toBe('(from "a")\n(onbuild (run "a"))\n');
  });
});

describe('heredoc details', () => {
  it('fd, partial quoting and several docs per line', () => {
    const r = parse('FROM a\nRUN 3<<A cat <<"B"x <<C\na\nA\nb\nBx\nc\nC\n');
    expect(r.ast.children[1]!.heredocs.map((h) => [h.name, h.fileDescriptor, h.expand, h.content])).toEqual([
      ['A', 3, true, 'a\n'],
      ['Bx', 0, false, 'b\n'],
      ['C', 0, true, 'c\n'],
    ]);
  });
  it('ignores heredocs in exec form and other instructions', () => {
    const r = parse('FROM a\nRUN ["cat", "<<EOF"]\nCMD <<EOF\n');
    expect(r.ast.children.map((c) => c.heredocs.length)).toEqual([0, 0, 0]);
  });
  it('ONBUILD RUN heredoc', () => {
    const r = parse('FROM a\nONBUILD RUN <<EOF\nhi\nEOF\n');
    expect(r.ast.children[1]!.heredocs[0]?.content).toBe('hi\n');
  });
});

describe('limits', () => {
  it('rejects a line over 65535 bytes after instructions, like bufio.Scanner', () => {
    expect(() => parse('FROM a\nRUN ' + 'x'.repeat(70000) + '\n')).toThrow('dockerfile line greater than max allowed size of 65535');
    expect(() => parse('RUN ' + 'x'.repeat(70000) + '\n')).toThrow('file with no instructions');
  });
});
