/**
 * The command lines captured from the real client into cases.json (see capture.node.ts),
 * and the commands whose help is also captured at 120 columns.
 */
import { dockerCommand } from '../../spec/data/root';
import type { CommandSpec } from '../../spec/types';

export const HELP_120: string[][] = [[], ['run'], ['container'], ['image', 'ls'], ['build'], ['service', 'create'], ['network', 'create'], ['ps']];

const HAND: string[][] = [
  [], ['--help'], ['-h'], ['help'], ['help', 'run'], ['help', 'container', 'ls'], ['help', 'foo'], ['help', 'container', 'foo'],
  ['help', 'container'], ['help', 'images'], ['help', 'help'], ['help', 'run', 'x'], ['--version'], ['-v'], ['-D'], ['-D', '--help'],
  ['foo'], ['foo', 'bar'], ['container'], ['image'], ['container', 'foo'], ['container', 'foo', 'bar'], ['container', '--help'],
  ['container', '-h'], ['container', '--foo'], ['container', 'list', '--help'], ['image', 'list', 'a', 'b'], ['images', '--help'],
  ['run'], ['run', '--foo'], ['run', '--foo=1'], ['run', '-z'], ['run', '-itz', 'alpine'], ['run', '-c', 'x', 'alpine'],
  ['run', '--cpu-shares=x', 'alpine'], ['run', '-cx', 'alpine'], ['run', '-h'], ['run', '--rm=maybe', 'alpine'],
  ['run', '-m', 'abc', 'alpine'], ['run', '--memory', '1q', 'alpine'], ['run', '-m', '', 'alpine'], ['run', '--help'], ['run', '--help=false'],
  ['run', '--help', '--foo'], ['run', '--foo', '--help'], ['run', 'alpine', '--help'], ['run', '--', '--help'],
  ['run', '-e'], ['run', '--env'], ['run', '-p'], ['run', '-it'], ['run', '-d', '-d', '--rm'], ['run', '---x'], ['run', '-', 'x'],
  ['run', '--=x'], ['run', '-=', 'x'], ['run', '--cpu-count', '2', 'alpine'], ['run', '--cpu-count', '2', '--io-maxiops', '3', 'alpine'],
  ['container', 'run'], ['container', 'run', '--foo'], ['ps', 'a'], ['ps', 'a', 'b'], ['ps', '-n'], ['ps', '--last'], ['ps', '--last', 'x'],
  ['ps', '-n', '0x10'], ['ps', '-n', '1_0'], ['ps', '-n', '99999999999999999999'], ['ps', '-n', '-5'], ['ps', '-aqn', '3'], ['ps', '-aqnx'],
  ['ps', '-qa', '--no-trunc=0'], ['ps', '-q=1'], ['ps', '-f', 'x'], ['ps', '--filter='], ['ps', '-f', 'a=b', '-f', 'c'],
  ['container', 'ls', 'x'], ['container', 'list', 'x'], ['container', 'ps', 'x'], ['rename', 'a'], ['rename', 'a', 'b', 'c'],
  ['port'], ['port', 'a', 'b', 'c'], ['logs'], ['images', 'a', 'b'], ['exec', 'a'], ['exec'], ['exec', '-it'], ['exec', '-z', 'a', 'b'],
  ['exec', 'a', 'b', '-z'], ['commit'], ['commit', 'a', 'b', 'c'], ['top'], ['tag', 'a'], ['create'], ['inspect'], ['start'],
  ['--foo'], ['--foo', 'ps'], ['-Z'], ['-D', 'foo'], ['-D', 'run'], ['--debug=x', 'ps'], ['--host'], ['-H'], ['-H', 'tcp://1.2.3.4:5', 'ps', 'a'],
  ['-l', 'bogus', 'ps', 'a'], ['--log-level=debug', 'ps', 'a'], ['-c', 'x', 'ps', 'a'], ['--tls', 'ps', 'a'], ['-Dv'], ['-vD'], ['--version', 'ps'],
  ['-v', 'foo'], ['ps', '--version'], ['ps', '-v'], ['ps', '-D'], ['ps', '--debug'], ['--', 'ps', 'a'], ['--', 'foo'],
  ['checkpoint'], ['checkpoint', 'ls'], ['checkpoint', '--help'], ['help', 'checkpoint'], ['checkpoint', 'foo'], ['checkpoint', 'ls', '--foo'],
  ['stack', 'ls', '--orchestrator', 'x', 'extra'], ['stack', '--orchestrator=x', 'ls', 'extra'], ['stack'], ['swarm'], ['node'], ['node', 'ls', 'x'],
  ['service', 'ls', 'x'], ['secret', 'ls', 'x'], ['swarm', 'init', 'x'], ['swarm', 'leave', 'x'], ['swarm', 'join-token'],
  ['completion'], ['completion', 'bash', 'x'], ['completion', 'foo'], ['system', 'dial-stdio', 'x'], ['system'], ['system', 'df', 'x'],
  ['manifest'], ['manifest', 'inspect'], ['trust'], ['trust', 'signer'], ['trust', 'signer', 'foo'], ['builder'], ['context'], ['plugin'],
  ['volume'], ['network'], ['image', 'foo'], ['volume', 'create', '--name', 'x', 'y', 'z'], ['run', '--net', 'host'],
  ['run', '--dns-opt'], ['build'], ['events', 'x'], ['version', 'x'], ['info', 'x'], ['login', 'a', 'b'], ['logout', 'a', 'b'],
  ['search'], ['stats', '--foo'], ['container', 'prune', 'x'], ['image', 'prune', 'x'], ['volume', 'prune', 'x'], ['network', 'prune', 'x'],
  ['system', 'prune', 'x'], ['builder', 'prune', 'x'], ['wait'], ['pause'], ['unpause'], ['kill'], ['stop'], ['restart'], ['rm'], ['rmi'],
  ['diff'], ['export'], ['history'], ['import'], ['load', 'x'], ['save'], ['pull'], ['push'], ['cp', 'a'], ['attach'], ['update'],
  ['run', '--ulimit', 'x', 'alpine'], ['run', '--mount', 'x', 'alpine'], ['run', '--cpus', 'x', 'alpine'], ['run', '--cpus', '0.0000000001', 'alpine'],
  ['run', '--blkio-weight', '70000', 'alpine'], ['run', '--stop-timeout', 'x', 'alpine'], ['run', '--health-interval', '5', 'alpine'],
  ['run', '--health-interval', '5q', 'alpine'], ['run', '--health-interval', 'x', 'alpine'], ['run', '-e', 'A=\u00e9"x', '-m', '\u00e9"\\', 'alpine'],
  ['run', '--env=', '--memory=', 'alpine'],
  ['--help', 'ps'], ['-v', '--help'], ['--help', 'foo'], ['container', '--help', 'ls'], ['stack', '--orchestrator=x', '--help'],
  ['run', '--cpu-count', '2'], ['container', 'run', '--cpu-count', '2'], ['run', '--cpu-count', '2', '--help'], ['exec', '-h'],
  ['run', '-p8080:80'], ['run', '-eX=1', '-itd', '--rm=false'], ['run', '-it', '--rm', 'alpine', 'ls', '-l'], ['run', '-itd', 'alpine'],
  ['ps', '-fa=b', '-q'], ['ps', '-qf', 'a=b'], ['image', '--foo', 'ls'], ['container', 'ls', '--help', 'x'], ['help', '--foo'],
  ['help', '-h'], ['help', '--help'], ['run', '-h', 'x'], ['ps', '-h'], ['container', 'help'], ['-D', '-l', 'debug', 'ps', '-a'],
  ['--log-level', 'WARN', 'ps', 'x'], ['-H', 'x', '--tls', 'run'], ['--config', '/tmp/x', 'run'], ['stack', 'ls', '-h'],
  ['run', '--rm', '--rm=false', '--help=0', 'alpine', '--help'], ['ps', '--last=-1', '--last', '3', 'x'], ['ps', '--filter', 'a=b', '--filter=c=d', 'x'],
  ['create', '-it', 'alpine', 'sh', '-c', 'echo hi'], ['exec', '-it', 'c1', 'sh', '-lc', 'ls -l'], ['container', 'exec', '-u', 'root', 'c1', 'id'],
  ['image', 'ls', '-a', '--filter', 'dangling=true', 'x', 'y'], ['images', '-q', '--digests=true', '--no-trunc', 'a', 'b'],
  ['container', 'rm', '-fv'], ['rm', '-f'], ['volume', 'ls', '-q', 'x'], ['network', 'ls', '--no-trunc', 'x'], ['system', 'df', '-v', 'x'],
  ['pull', '-a', '-q'], ['tag', '-x'], ['inspect', '--type', 'container'], ['logs', '-f', '--tail', '10'], ['logs', '-n', 'x'],
  ['stop', '-t', 'x', 'c'], ['stop', '--time=5', '-s', 'KILL'], ['kill', '-s'], ['top', 'c', '-ef'], ['run', '--name', 'web', '-p', '80:80', '-v', '/a:/b'],
  ['run', '--memory=512m', '--cpus=1.5', '--stop-timeout=3', '--restart=always'], ['run', '-m', '1.5g', '--shm-size', '64M'],
  ['run', '--health-interval', '1h2m3.5s', '--health-retries', '0x10'], ['run', '--pids-limit', '-1', '--blkio-weight', '0o17'],
  ['version', '--format', '{{.Client.Version}}', 'x'], ['info', '-f', 'x', 'y'], ['events', '--since', '1h', 'x'],
  ['container', 'ls', '-s', '--format', 'table {{.ID}}', 'x'], ['buildx'], ['compose', 'up'],
  ['--', '-D', 'ps', 'x'], ['--', '--foo', 'ps'], ['--', '-v'], ['--', '-v', 'foo'], ['container', '--', 'ls'], ['container', '-x', 'ls'],
  ['stack', '--orchestrator', 'x', 'ls', 'y'], ['stack', 'ls', '--orchestrator', 'x', '-h'], ['restart', '--time', 'x', 'c'],
  ['run', '-é'], ['run', '--foo=é'], ['ps', '--format', '\t{{.ID}}\n', 'x'], ['exec', '-e', '', 'c', 'sh'], ['exec', '--privileged', '-it', 'c'],
  ['system', 'dial-stdio', '--help'], ['completion', 'bash', '--help'], ['completion', 'zsh', '--no-descriptions', 'x'],
  ['trust', 'signer', 'add', '--key'], ['manifest', 'inspect', '--verbose', 'x', 'y', 'z'], ['swarm', 'unlock-key', '-q', 'x'],
];

function flagSweep(cmd: CommandSpec, path: string[], out: string[][]): void {
  if (cmd.plugin) return;
  if (!cmd.canonical) {
    for (const f of cmd.flags) {
      if (f.type === 'bool') out.push([...path, `--${f.name}=x`]);
      else out.push([...path, `--${f.name}=x`], [...path, `--${f.name}=`]);
    }
  }
  for (const sub of cmd.subcommands ?? []) flagSweep(sub, [...path, sub.name], out);
}

function sweep(): string[][] {
  const out: string[][] = [];
  flagSweep(dockerCommand, [], out);
  return out;
}

export const CASES: string[][] = [...HAND, ...sweep()];
