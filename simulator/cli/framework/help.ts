/**
 * docker's usage template (cli/cobra.go) rendered for a command: usage line, description,
 * EXPERIMENTAL notice, aliases, options, command listings, footers.
 */
import type { CommandSpec } from '../spec/types';
import { commandListed, flagListed } from './features';
import { commandPath, flagSet, isRoot, type CommandNode } from './tree';
import { flagUsagesWrapped } from './wrap';

export interface HelpOptions {
  columns: number;
  home: string;
}

const EXPERIMENTAL = (path: string) => `

EXPERIMENTAL:
  ${path} is an experimental feature.
  Experimental features provide early access to product functionality. These
  features may change between releases without warning, or can be removed from a
  future release. Learn more about experimental features in our documentation:
  https://docs.docker.com/go/experimental/`;

const GUIDES = 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/';

/** cobra NamePadding: the longest sibling name (hidden ones too), at least 11. */
function namePadding(parent: CommandSpec): number {
  let n = 11;
  for (const s of parent.subcommands ?? []) n = Math.max(n, s.name.length);
  return n;
}

function listing(title: string, cmds: readonly CommandSpec[], pad: number): string {
  if (cmds.length === 0) return '';
  const rows = cmds.map((c) => `  ${(c.name + (c.plugin ? '*' : ' ')).padEnd(pad + 1)}${c.short}`);
  return `\n\n${title}\n${rows.join('\n')}`;
}

export function renderHelpFor(node: CommandNode, opts: HelpOptions): string {
  const spec = node.spec;
  const path = commandPath(node);
  const root = isRoot(node);
  const subs = (spec.subcommands ?? []).filter(commandListed);
  const hasSubs = (spec.subcommands ?? []).length > 0;
  const flags = flagSet(node).filter(flagListed);
  let out = 'Usage:';
  if (!hasSubs) out += `  ${root ? spec.use : `${node.chain.slice(0, -1).map((c) => c.name).join(' ')} ${spec.use}`}`;
  else out += `  ${path}${flags.length > 0 ? ' [OPTIONS]' : ''} COMMAND`;
  out += `\n\n${spec.description.trim()}`;
  if (node.chain.some((c) => c.experimentalCLI)) out += EXPERIMENTAL(path);
  if (spec.aliasesText) out += `\n\nAliases:\n  ${spec.aliasesText}`;
  const cols = opts.columns - 1;
  if (!root && flags.length > 0) out += `\n\nOptions:\n${flagUsagesWrapped(flags, cols, opts.home).trimEnd()}`;
  const pad = namePadding(spec);
  if (root) {
    const top = subs.filter((c) => c.group === 'common').sort((a, b) => (a.topOrder ?? 0) - (b.topOrder ?? 0));
    out += listing('Common Commands:', top, pad);
    out += listing('Management Commands:', subs.filter((c) => c.group === 'management'), pad);
    out += listing('Swarm Commands:', subs.filter((c) => c.group === 'swarm'), pad);
    out += listing('Commands:', subs.filter((c) => c.group === 'commands'), pad);
  } else {
    const withSubs = (c: CommandSpec) => c.plugin === true || (c.subcommands ?? []).length > 0;
    out += listing('Management Commands:', subs.filter(withSubs), pad);
    out += listing('Commands:', subs.filter((c) => !withSubs(c)), pad);
  }
  if (root && flags.length > 0) out += `\n\nGlobal Options:\n${flagUsagesWrapped(flags, cols, opts.home).trimEnd()}`;
  if (hasSubs) out += `\n\nRun '${path} COMMAND --help' for more information on a command.`;
  if (root) out += `\n\n${GUIDES}`;
  return out + '\n';
}
