/**
 * Reading the command lines a student typed, forgivingly: `docker container run` is
 * `docker run`, `docker image ls` is `docker images`, flags may be combined (`-it`,
 * `-ti`, `-i -t`, `--interactive --tty`) and environment assignments may come first.
 */
import type { CommandRecord } from './types';

export interface DockerCommand {
  /** The classic verb: run, ps, images, rmi, rm, pull, create, start, build… */
  verb: string;
  /** Everything after the verb. */
  args: string[];
}

/** Management commands and their classic names. */
const ALIASES: Record<string, Record<string, string>> = {
  container: {
    run: 'run', create: 'create', start: 'start', stop: 'stop', rm: 'rm', remove: 'rm', ls: 'ps', list: 'ps', ps: 'ps',
    exec: 'exec', attach: 'attach', diff: 'diff', commit: 'commit', logs: 'logs', inspect: 'inspect', kill: 'kill',
    restart: 'restart', top: 'top', cp: 'cp', wait: 'wait', rename: 'rename', prune: 'container-prune',
  },
  image: {
    ls: 'images', list: 'images', pull: 'pull', rm: 'rmi', remove: 'rmi', history: 'history', build: 'build',
    inspect: 'inspect', tag: 'tag', prune: 'image-prune', push: 'push',
  },
  builder: { build: 'build' },
  buildx: { build: 'build' },
};

/** Splits a line into words, honouring simple quotes (enough to read docker's own arguments). */
export function words(line: string): string[] {
  const out: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(pattern)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** The docker command of a line, or undefined when the line runs something else. */
export function parseDocker(line: string): DockerCommand | undefined {
  const w = words(line.split(/&&|\|\||;|\|/)[0] ?? '');
  while (w.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[0]!)) w.shift();
  if (w.shift() !== 'docker') return undefined;
  // global options before the command (docker --debug run…) are rare in class; skip flags only
  while (w.length > 0 && w[0]!.startsWith('-') && w[0] !== '--version' && w[0] !== '-v') w.shift();
  const first = w.shift();
  if (first === undefined) return undefined;
  if (first === '--version' || first === '-v') return { verb: 'version', args: ['--version'] };
  const table = ALIASES[first];
  if (table) {
    const sub = w.shift();
    if (sub === undefined) return undefined;
    return { verb: table[sub] ?? `${first}-${sub}`, args: w };
  }
  if (first === 'images') return { verb: 'images', args: w };
  return { verb: first, args: w };
}

/** True when a one-letter flag (`i`) or its long form (`interactive`) is among the arguments. */
export function hasFlag(args: readonly string[], short: string, long: string): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === `--${long}` || arg.startsWith(`--${long}=`)) return true;
    if (/^-[A-Za-z]+$/.test(arg) && arg.slice(1).includes(short)) return true;
  }
  return false;
}

/** The recorded docker commands with a given verb, oldest first. */
export function dockerCommands(records: readonly CommandRecord[], verb: string): Array<{ record: CommandRecord; command: DockerCommand }> {
  const out: Array<{ record: CommandRecord; command: DockerCommand }> = [];
  for (const record of records) {
    const command = parseDocker(record.line);
    if (command?.verb === verb) out.push({ record, command });
  }
  return out;
}
