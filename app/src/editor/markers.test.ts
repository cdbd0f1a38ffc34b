import { describe, expect, it } from 'vitest';
import { dockerfileDiagnostics, spanOf } from './markers';

describe('Dockerfile markers', () => {
  it('finds nothing wrong with the starter Dockerfile', () => {
    expect(dockerfileDiagnostics('# hello\nFROM alpine\nRUN echo hi > /hello.txt\nCMD ["cat", "/hello.txt"]\n')).toEqual([]);
  });

  it('marks every instruction that does not parse, with BuildKit’s message, on its own lines', () => {
    const text = 'FROM alpine\nFORM alpine\nRUN echo ok\nCOPY onlyone\n';
    expect(dockerfileDiagnostics(text)).toEqual([
      { severity: 'error', message: 'unknown instruction: FORM (did you mean FROM?)', startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 12 },
      {
        severity: 'error',
        message: 'COPY requires at least two arguments, but only one was provided. Destination could not be determined',
        startLineNumber: 4,
        startColumn: 1,
        endLineNumber: 4,
        endColumn: 13,
      },
    ]);
  });

  it('says when an instruction comes before any FROM', () => {
    const [first] = dockerfileDiagnostics('RUN echo hi\nFROM alpine\n');
    expect(first).toMatchObject({ severity: 'error', message: 'no build stage in current context', startLineNumber: 1 });
  });

  it('covers a multi-line instruction', () => {
    const [d] = dockerfileDiagnostics('FROM alpine\nEXPOSE \\\n  \n');
    expect(d).toMatchObject({ severity: 'error', message: 'EXPOSE requires at least one argument', startLineNumber: 2 });
  });

  it('shows the parser’s own failure where it stopped', () => {
    const [d, ...rest] = dockerfileDiagnostics('FROM alpine\nRUN <<EOF\necho hi\n');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: 'error', message: 'unterminated heredoc', startLineNumber: 2 });
    expect(dockerfileDiagnostics('')[0]).toMatchObject({ severity: 'error', message: 'file with no instructions', startLineNumber: 1 });
  });

  it('turns build checks into warnings with the rule as code', () => {
    expect(dockerfileDiagnostics('FROM alpine\nCMD echo hi\n')).toEqual([
      {
        severity: 'warning',
        message: 'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
        code: 'JSONArgsRecommended',
        url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
        startLineNumber: 2,
        startColumn: 1,
        endLineNumber: 2,
        endColumn: 12,
      },
    ]);
  });

  it('keeps ranges inside the text', () => {
    expect(spanOf({ start: { line: 0, column: 0 }, end: { line: 9, column: 0 } }, ['  RUN x', ''])).toEqual({
      startLineNumber: 1,
      startColumn: 3,
      endLineNumber: 2,
      endColumn: 1,
    });
    expect(spanOf({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, [''])).toEqual({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 1,
      endColumn: 1,
    });
  });
});
