import { describe, expect, it } from 'vitest';
import { parseDockerArgs, renderHelp, topLevelCommandNames, type ParseResult } from './index';
import { dockerCommand } from '../spec/data/root';

const OPTS = { columns: 80, home: '/home/student' };

function runOf(argv: string[]): Extract<ParseResult, { kind: 'run' }> {
  const r = parseDockerArgs(argv, OPTS);
  if (r.kind !== 'run') throw new Error(`expected run, got ${JSON.stringify(r)}`);
  return r;
}

describe('parsed flags and arguments', () => {
  it('combined short booleans and the interspersed stop for run', () => {
    const r = runOf(['run', '-itd', '--rm', 'alpine', 'ls', '-l', '--help']);
    expect(r.path).toEqual(['container', 'run']);
    expect(r.commandPath).toBe('docker run');
    expect(r.args).toEqual(['alpine', 'ls', '-l', '--help']);
    expect(['interactive', 'tty', 'detach', 'rm'].map((f) => r.flags.bool(f))).toEqual([true, true, true, true]);
    expect(r.flags.bool('privileged')).toBe(false);
    expect(r.flags.changed('privileged')).toBe(false);
  });

  it('attached short values, --flag=value, --flag value and repeated lists', () => {
    const r = runOf(['container', 'run', '-p8080:80', '-eX=1', '--env', 'Y=2', '--name=web', '-p', '443:443', 'nginx']);
    expect(r.path).toEqual(['container', 'run']);
    expect(r.commandPath).toBe('docker container run');
    expect(r.flags.stringList('publish')).toEqual(['8080:80', '443:443']);
    expect(r.flags.stringList('env')).toEqual(['X=1', 'Y=2']);
    expect(r.flags.string('name')).toBe('web');
    expect(r.args).toEqual(['nginx']);
  });

  it('--bool=false, last value wins, defaults from the spec', () => {
    const r = runOf(['run', '--rm', '--rm=false', '--sig-proxy=0', 'alpine']);
    expect(r.flags.bool('rm')).toBe(false);
    expect(r.flags.changed('rm')).toBe(true);
    expect(r.flags.bool('sig-proxy')).toBe(false);
    const s = runOf(['start', 'c1']);
    expect(s.flags.bool('attach')).toBe(false);
    const a = runOf(['attach', 'c1']);
    expect(a.flags.bool('sig-proxy')).toBe(true);
    expect(runOf(['run', 'alpine']).flags.string('pull')).toBe('missing');
  });

  it('-- ends the flags', () => {
    const r = runOf(['ps', '--', ]);
    expect(r.args).toEqual([]);
    expect(runOf(['rm', '-f', '--', '-x']).args).toEqual(['-x']);
    expect(runOf(['rm', '-f', '--', '-x']).flags.bool('force')).toBe(true);
  });

  it('interspersed flags after arguments for ordinary commands', () => {
    const r = runOf(['rm', 'a', '-f', 'b']);
    expect(r.args).toEqual(['a', 'b']);
    expect(r.flags.bool('force')).toBe(true);
  });

  it('global flags before the command', () => {
    const r = runOf(['-D', '--host', 'tcp://h:2375', '-H', 'unix:///x.sock', '-l', 'warn', 'ps', '-a']);
    expect(r.globals.bool('debug')).toBe(true);
    expect(r.globals.stringList('host')).toEqual(['tcp://h:2375', 'unix:///x.sock']);
    expect(r.globals.string('log-level')).toBe('warn');
    expect(r.globals.string('config')).toBe('/home/student/.docker');
    expect(r.flags.bool('all')).toBe(true);
    expect(r.path).toEqual(['container', 'ls']);
  });

  it('aliases resolve to the canonical command, commandPath uses its name', () => {
    const r = runOf(['container', 'list', '-q']);
    expect(r.path).toEqual(['container', 'ls']);
    expect(r.commandPath).toBe('docker container ls');
    expect(runOf(['images']).path).toEqual(['image', 'ls']);
    expect(runOf(['image', 'remove', 'x']).path).toEqual(['image', 'rm']);
  });

  it('strings flags split on commas like pflag StringSlice; filters stay whole', () => {
    const r = runOf(['image', 'rm', '--platform', 'linux/amd64,linux/arm64', '--platform=linux/s390x', 'x']);
    expect(r.flags.stringList('platform')).toEqual(['linux/amd64', 'linux/arm64', 'linux/s390x']);
    const p = runOf(['ps', '-f', 'label=a,b', '--filter', 'status=exited']);
    expect(p.flags.stringList('filter')).toEqual(['label=a,b', 'status=exited']);
  });

  it('int, bytes and duration flags keep their raw text', () => {
    const r = runOf(['run', '-m', '512m', '--cpu-shares', '0x10', '--health-interval', '1m30s', 'alpine']);
    expect(r.flags.string('memory')).toBe('512m');
    expect(r.flags.string('cpu-shares')).toBe('0x10');
    expect(r.flags.string('health-interval')).toBe('1m30s');
    expect(runOf(['logs', 'c']).flags.string('tail')).toBe('all');
  });

  it('hidden flags still work', () => {
    const r = runOf(['run', '--net', 'host', 'alpine']);
    expect(r.flags.string('net')).toBe('host');
  });

  it('deprecated flags warn on stdout and still apply', () => {
    const r = parseDockerArgs(['stack', 'ls', '--orchestrator', 'swarm'], OPTS);
    expect(r.kind).toBe('run');
    expect(r.notices).toEqual([{ stream: 'stdout', text: 'Flag --orchestrator has been deprecated, option will be ignored\n' }]);
  });

  it('plugins get their arguments untouched', () => {
    const r = runOf(['compose', 'up', '-d', '--foo']);
    expect(r.path).toEqual(['compose']);
    expect(r.args).toEqual(['up', '-d', '--foo']);
  });

  it('version, help and errors', () => {
    expect(parseDockerArgs(['--version'], OPTS)).toEqual({ kind: 'version' });
    expect(parseDockerArgs(['-v'], OPTS)).toEqual({ kind: 'version' });
    const h = parseDockerArgs(['help', 'run'], OPTS);
    expect(h).toMatchObject({ kind: 'help', stream: 'stdout', exitCode: 0 });
    expect(parseDockerArgs(['run', '-c', 'x', 'alpine'], OPTS)).toEqual({
      kind: 'error',
      exitCode: 125,
      stderr:
        'invalid argument "x" for "-c, --cpu-shares" flag: strconv.ParseInt: parsing "x": invalid syntax\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun \'docker run --help\' for more information\n',
    });
    expect(parseDockerArgs(['foo'], OPTS)).toEqual({ kind: 'error', exitCode: 1, stderr: "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n" });
  });
});

describe('renderHelp and completion names', () => {
  it('root help lists the CLI plugins with a star', () => {
    const text = renderHelp(dockerCommand, 'docker', OPTS);
    expect(text).toContain('\nManagement Commands:\n  builder     Manage builds\n  buildx*     Docker Buildx\n');
    expect(text).toContain('  compose*    Docker Compose\n');
    expect(text.endsWith('\n\nFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\n')).toBe(true);
  });

  it('top-level names are what help lists, plus help', () => {
    const names = topLevelCommandNames();
    expect(names).toContain('run');
    expect(names).toContain('container');
    expect(names).toContain('buildx');
    expect(names).toContain('help');
    expect(names).toContain('swarm');
    expect(names).not.toContain('checkpoint');
    expect(names).not.toContain('completion');
    expect(names).not.toContain('service');
  });
});
