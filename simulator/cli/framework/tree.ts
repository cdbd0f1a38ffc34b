/**
 * The command tree as cobra sees it: a command's parent chain, its full flag set (local flags
 * plus what ancestors pass down, plus cobra's help flag), its path and usage line.
 */
import { dockerCommand } from '../spec/data/root';
import type { CommandSpec, FlagSpec } from '../spec/types';
import { extraFlags } from './spec-overlay';

/** A command reached from the root: the chain of specs from `docker` down to it. */
export interface CommandNode {
  readonly chain: readonly CommandSpec[];
  readonly spec: CommandSpec;
}

export const root: CommandNode = { chain: [dockerCommand], spec: dockerCommand };

/** Root's persistent --help (its -h shorthand deprecated, "use --help"). */
const HELP_FLAG: FlagSpec = { name: 'help', shorthand: 'h', type: 'bool', usage: 'Print usage', hidden: true, shorthandDeprecated: 'use --help' };
/** Commands whose own -h means something else define a plain --help (run, create). */
const LOCAL_HELP_FLAG: FlagSpec = { name: 'help', type: 'bool', usage: 'Print usage', hidden: true };

export function child(node: CommandNode, spec: CommandSpec): CommandNode {
  return { chain: [...node.chain, spec], spec };
}

/** cobra's findNext: a subcommand by name or alias. */
export function findSub(node: CommandNode, name: string): CommandNode | undefined {
  const sub = node.spec.subcommands?.find((s) => s.name === name || (s.aliases ?? []).includes(name));
  return sub ? child(node, sub) : undefined;
}

export function isRoot(node: CommandNode): boolean {
  return node.chain.length === 1;
}

export function commandPath(node: CommandNode): string {
  return node.chain.map((c) => c.name).join(' ');
}

/** cobra UseLine (flags never appended: docker disables that). */
export function useLine(node: CommandNode): string {
  if (isRoot(node)) return node.spec.use;
  const parent = node.chain.slice(0, -1).map((c) => c.name).join(' ');
  return `${parent} ${node.spec.use}`;
}

/** Flags inherited from ancestors (their persistent flags, nearest first), root's --help last. */
function inherited(node: CommandNode): FlagSpec[] {
  const out: FlagSpec[] = [];
  for (let i = node.chain.length - 2; i >= 0; i--) out.push(...(node.chain[i]?.persistentFlags ?? []));
  return out;
}

/** Every flag `node` accepts (cobra's c.Flags() after merging persistent flags), sorted by name. */
export function flagSet(node: CommandNode): FlagSpec[] {
  const byName = new Map<string, FlagSpec>();
  const shorts = new Set<string>();
  const add = (f: FlagSpec) => {
    if (byName.has(f.name)) return;
    byName.set(f.name, f);
    if (f.shorthand) shorts.add(f.shorthand);
  };
  node.spec.flags.forEach(add);
  (extraFlags[canonicalPath(node).join(' ')] ?? []).forEach(add);
  (node.spec.persistentFlags ?? []).forEach(add);
  inherited(node).forEach(add);
  add(shorts.has('h') ? LOCAL_HELP_FLAG : HELP_FLAG);
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The canonical path under root: ['container','run'] for both `run` and `container run`. */
export function canonicalPath(node: CommandNode): string[] {
  const top = node.chain[1];
  if (top?.canonical) return [...top.canonical, ...node.chain.slice(2).map((c) => c.name)];
  return node.chain.slice(1).map((c) => c.name);
}
