/**
 * Gorae's docker command-line framework: parses argv exactly as the Docker 28.2.2 client does
 * and renders its help texts, as the client behaves against a default Linux engine (not
 * experimental, swarm inactive): experimental, Windows-only and swarm-manager commands and
 * flags are left out of help; using an experimental or Windows-only one is an error.
 *
 * - Every result may carry `notices`: text docker prints before the outcome (pflag deprecation
 *   warnings, e.g. "Flag --time has been deprecated, …" on stdout, or "Flag shorthand -h has
 *   been deprecated, use --help" on stderr for `docker -h`). Print them first.
 * - `columns` is the width of the terminal on docker's stdin; docker uses 80 when stdin is not
 *   a terminal (whatever stdout is). Flag usages wrap at columns - 1.
 * - Verified against the real client by the goldens in testdata/ (capture.node.ts).
 */
import { dockerCommand } from '../spec/data/root';
import type { CommandSpec } from '../spec/types';
import { commandListed } from './features';
import { renderHelpFor, type HelpOptions } from './help';
import { root, type CommandNode } from './tree';

export { parseDockerArgs, type Notice, type ParseResult } from './parse';
export type { FlagValues } from './flag-values';
export type { HelpOptions } from './help';

/**
 * Help for `spec` as `commandPath` (e.g. "docker container ls") shows it. The parents are
 * looked up in the tree by the words of commandPath; a spec not in the tree renders standalone.
 */
export function renderHelp(spec: CommandSpec, commandPath: string, options: HelpOptions): string {
  const words = commandPath.split(' ').slice(1, -1);
  let node: CommandNode = root;
  for (const w of words) {
    const sub = node.spec.subcommands?.find((s) => s.name === w || (s.aliases ?? []).includes(w));
    if (!sub) break;
    node = { chain: [...node.chain, sub], spec: sub };
  }
  const chain = spec === dockerCommand || spec.name === 'docker' ? [spec] : [...node.chain, spec];
  return renderHelpFor({ chain, spec }, options);
}

/** What a user can type after `docker`: listed commands and their aliases, plus `help`. */
export function topLevelCommandNames(): string[] {
  const names = new Set<string>();
  for (const c of dockerCommand.subcommands ?? []) {
    if (!commandListed(c)) continue;
    names.add(c.name);
    for (const a of c.aliases ?? []) names.add(a);
  }
  names.add('help');
  return [...names].sort();
}
