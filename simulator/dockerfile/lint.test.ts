import { describe, expect, it } from 'vitest';
import { formatFinding, lintDockerfile } from './lint';

const rules = (text: string): string[] => lintDockerfile(text).map((f) => `${f.rule.name}@${f.line}`);

describe('build checks', () => {
  it('passes the starter Dockerfile with exec-form CMD', () => {
    expect(lintDockerfile('FROM alpine\nRUN echo hi > /hello.txt\nCMD ["cat", "/hello.txt"]\n')).toEqual([]);
  });

  it('recommends JSON arguments for shell-form CMD and ENTRYPOINT, in BuildKit words', () => {
    const findings = lintDockerfile('FROM alpine\nCMD echo "Hello, world!"\nENTRYPOINT sh\n');
    expect(findings.map(formatFinding)).toEqual([
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)',
      'JSONArgsRecommended: JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals (line 3)',
    ]);
    expect(findings[0]!.rule.url).toBe('https://docs.docker.com/go/dockerfile/rule/json-args-recommended/');
  });

  it('does not recommend JSON arguments once the stage chose its own SHELL', () => {
    expect(rules('FROM alpine\nSHELL ["/bin/sh", "-c"]\nCMD echo hi\n')).toEqual([]);
  });

  it('checks stage names: casing, the AS keyword, duplicates and reserved words', () => {
    const findings = lintDockerfile('FROM alpine as Build\nFROM alpine AS build\nFROM alpine AS scratch\n');
    expect(findings.map((f) => f.message)).toEqual([
      "'as' and 'FROM' keywords' casing do not match",
      "Stage name 'Build' should be lowercase",
      'Duplicate stage name "build", stage names should be unique',
      'Stage name should not use the same name as reserved stage "scratch"',
    ]);
  });

  it('flags MAINTAINER as deprecated', () => {
    expect(lintDockerfile('FROM alpine\nMAINTAINER Gorae <gorae@example.com>\n').map(formatFinding)).toEqual([
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)',
    ]);
  });

  it('asks for one casing of keywords, following the majority', () => {
    expect(lintDockerfile('FROM alpine\nrun echo hi\nCMD ["sh"]\n').map((f) => f.message)).toEqual([
      "Command 'run' should match the case of the command majority (uppercase)",
    ]);
    expect(rules('from alpine\nrun echo hi\nCMD ["sh"]\n')).toEqual(['ConsistentInstructionCasing@3']);
  });

  it('points at the earlier of two CMDs in a stage, and forgets them at the next FROM', () => {
    expect(rules('FROM alpine\nCMD ["a"]\nCMD ["b"]\nFROM alpine\nCMD ["c"]\n')).toEqual(['MultipleInstructionsDisallowed@2']);
  });

  it('warns about legacy ENV/LABEL key value pairs and relative WORKDIRs', () => {
    expect(lintDockerfile('FROM alpine\nENV NAME gorae\nWORKDIR app\nWORKDIR /srv\nWORKDIR www\n').map((f) => f.message)).toEqual([
      '"ENV key=value" should be used instead of legacy "ENV key value" format',
      'Relative workdir "app" can have unexpected results if the base image changes',
    ]);
  });

  it('reports empty continuation lines from the parser', () => {
    expect(rules('FROM alpine\nRUN echo a \\\n\n  b\n')).toEqual(['NoEmptyContinuation@4']);
  });

  it('leaves a Dockerfile that does not parse to the parser', () => {
    expect(lintDockerfile('')).toEqual([]);
    expect(rules('FROM alpine\nCMD echo a\nFROM\n')).toEqual(['JSONArgsRecommended@2']);
  });
});
