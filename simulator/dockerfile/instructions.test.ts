import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors';
import { parseInstructions, type Instruction, type InstructionOf } from './instructions';
import { parse } from './parser';

const build = (src: string) => parseInstructions(parse(src).ast);
const only = <K extends Instruction['kind']>(src: string, kind: K): InstructionOf<K> => {
  const r = build('FROM scratch\n' + src + '\n');
  const c = r.stages[0]?.commands[0];
  expect(c?.kind).toBe(kind);
  return c as InstructionOf<K>;
};
const errorOf = (src: string): string => {
  try {
    build(src);
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('instructions', () => {
  it('splits stages and meta args', () => {
    const r = build('ARG V=1\nARG X\nFROM --platform=linux/arm64 alpine:$V AS Build\nRUN true\nFROM build\n');
    expect(r.metaArgs.map((a) => a.args)).toEqual([[{ key: 'V', value: '1' }], [{ key: 'X' }]]);
    expect(r.stages.map((s) => [s.baseName, s.name, s.platform, s.commands.length])).toEqual([
      ['alpine:$V', 'build', 'linux/arm64', 1],
      ['build', '', '', 0],
    ]);
    expect(r.stages[0]?.from.range.start.line).toBe(3);
  });
  it('FROM errors', () => {
    expect(errorOf('FROM a b\n')).toBe('dockerfile parse error on line 1: FROM requires either one or three arguments');
    expect(errorOf('FROM a AS 1x\n')).toBe(
      'dockerfile parse error on line 1: invalid name for build stage: "1x", name can\'t start with a number or contain symbols',
    );
    expect(errorOf('RUN x\n')).toBe('no build stage in current context');
    expect(errorOf('FROM a\nBOGUS bar\n')).toBe('dockerfile parse error on line 2: unknown instruction: BOGUS');
    expect(errorOf('FROM a\nCOYP a b\n')).toBe('dockerfile parse error on line 2: unknown instruction: COYP (did you mean COPY?)');
    expect(errorOf('FROM a\nrunn x\n')).toBe('dockerfile parse error on line 2: unknown instruction: runn (did you mean run?)');
    expect(errorOf('FROM a\nCOPY --form=x a b\n')).toBe('dockerfile parse error on line 2: unknown flag: --form (did you mean from?)');
  });
  it('RUN/CMD/ENTRYPOINT forms', () => {
    expect(only('RUN --mount=type=cache,target=/c --mount=type=tmpfs,target=/t --network=none echo hi', 'run')).toMatchObject({
      cmdLine: ['echo hi'],
      prependShell: true,
      mounts: ['type=cache,target=/c', 'type=tmpfs,target=/t'],
      network: 'none',
    });
    expect(only('CMD ["a", "b"]', 'cmd')).toMatchObject({ cmdLine: ['a', 'b'], prependShell: false });
    expect(only('entrypoint top -b', 'entrypoint')).toMatchObject({ cmdLine: ['top -b'], prependShell: true });
    expect(only('RUN <<EOF\necho hi\nEOF', 'run')).toMatchObject({
      cmdLine: ['<<EOF'],
      files: [{ name: 'EOF', data: 'echo hi\n', chomp: false }],
    });
  });
  it('ENV and LABEL', () => {
    expect(only('ENV A=1 B="2 3"', 'env').env).toEqual([
      { key: 'A', value: '1', noDelim: false },
      { key: 'B', value: '"2 3"', noDelim: false },
    ]);
    expect(only('ENV A 1 2', 'env').env).toEqual([{ key: 'A', value: '1 2', noDelim: true }]);
    expect(only('LABEL a=b', 'label').labels).toEqual([{ key: 'a', value: 'b', noDelim: false }]);
    expect(errorOf('FROM a\nENV A\n')).toBe('ENV must have two arguments');
    expect(errorOf('FROM a\nENV A=1 B\n')).toBe('Syntax error - can\'t find = in "B". Must be of the form: name=value');
    expect(errorOf('FROM a\nENV =1\n')).toBe('dockerfile parse error on line 2: ENV names can not be blank');
  });
  it('COPY and ADD', () => {
    expect(only('COPY --from=build --chown=1:1 --chmod=755 --link a b /dst/', 'copy')).toMatchObject({
      sourcePaths: ['a', 'b'],
      destPath: '/dst/',
      from: 'build',
      chown: '1:1',
      chmod: '755',
      link: true,
    });
    expect(only('COPY <<-EOF /f\n\thello\n\tEOF', 'copy')).toMatchObject({
      sourcePaths: [],
      sourceContents: [{ path: 'EOF', data: 'hello\n', expand: true }],
    });
    expect(only('ADD --checksum=sha256:abc https://x/y /y', 'add')).toMatchObject({ checksum: 'sha256:abc' });
    expect(errorOf('FROM a\nCOPY a\n')).toBe(
      'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined',
    );
    expect(errorOf('FROM a\nCOPY --nope a b\n')).toBe('dockerfile parse error on line 2: unknown flag: --nope');
    expect(errorOf('FROM a\nCOPY --from a b\n')).toBe('dockerfile parse error on line 2: missing a value on flag: --from');
    expect(errorOf('FROM a\nCOPY --link=maybe a b\n')).toBe(
      'dockerfile parse error on line 2: expecting boolean value for flag --link, not: maybe',
    );
    expect(errorOf('FROM a\nCOPY --from=a --from=b a b\n')).toBe('dockerfile parse error on line 2: duplicate flag specified: --from');
  });
  it('HEALTHCHECK', () => {
    expect(only('HEALTHCHECK NONE', 'healthcheck').health.test).toEqual(['NONE']);
    expect(only('HEALTHCHECK --interval=5s --retries=3 CMD curl -f http://x', 'healthcheck').health).toMatchObject({
      test: ['CMD-SHELL', 'curl -f http://x'],
      interval: 5e9,
      retries: 3,
    });
    expect(only('HEALTHCHECK CMD ["a"]', 'healthcheck').health.test).toEqual(['CMD', 'a']);
    expect(errorOf('FROM a\nHEALTHCHECK NONE x\n')).toBe('dockerfile parse error on line 2: HEALTHCHECK NONE takes no arguments');
    expect(errorOf('FROM a\nHEALTHCHECK CONNECT x\n')).toBe(
      'dockerfile parse error on line 2: Unknown type "CONNECT" in HEALTHCHECK (try CMD)',
    );
    expect(errorOf('FROM a\nHEALTHCHECK CMD\n')).toBe('dockerfile parse error on line 2: Missing command after HEALTHCHECK CMD');
    expect(errorOf('FROM a\nHEALTHCHECK --interval=1us CMD x\n')).toBe(
      'dockerfile parse error on line 2: Interval "interval" cannot be less than 1ms',
    );
  });
  it('the rest', () => {
    expect(only('EXPOSE 8080/tcp 80', 'expose').ports).toEqual(['80', '8080/tcp']);
    expect(only('VOLUME ["/a", "/b"]', 'volume').volumes).toEqual(['/a', '/b']);
    expect(only('VOLUME /a /b', 'volume').volumes).toEqual(['/a', '/b']);
    expect(only('USER app:app', 'user').user).toBe('app:app');
    expect(only('WORKDIR /app', 'workdir').path).toBe('/app');
    expect(only('SHELL ["/bin/bash", "-c"]', 'shell').shell).toEqual(['/bin/bash', '-c']);
    expect(only('STOPSIGNAL SIGKILL', 'stopsignal').signal).toBe('SIGKILL');
    expect(only('MAINTAINER me', 'maintainer').maintainer).toBe('me');
    expect(only('ARG A=1 B', 'arg').args).toEqual([{ key: 'A', value: '1' }, { key: 'B' }]);
    expect(only('ONBUILD RUN echo hi', 'onbuild').expression).toBe('RUN echo hi');
    expect(errorOf('FROM a\nSHELL /bin/sh\n')).toBe('dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form');
    expect(errorOf('FROM a\nWORKDIR\n')).toBe('dockerfile parse error on line 2: WORKDIR requires exactly one argument');
    expect(errorOf('FROM a\nEXPOSE\n')).toBe('dockerfile parse error on line 2: EXPOSE requires at least one argument');
    expect(errorOf('FROM a\nONBUILD FROM x\n')).toBe("dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger");
    expect(errorOf('FROM a\nONBUILD ONBUILD RUN x\n')).toBe(
      "dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
    );
  });
});
