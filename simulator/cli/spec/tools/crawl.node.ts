/**
 * Dev-only: walks the real docker client's command tree through its help texts and error
 * messages, producing one CommandSpec per command.
 */
import type { CommandSpec, FlagSpec, RootGroup } from '../types';
import { flagAccepted, flagErrorUsage, probeArgsRule, probeInterspersed } from './behaviour-probes.node.js';
import { docker, helpText } from './docker-probe.node.js';
import { toFlagSpec } from './flag-lines.node.js';
import { parseHelp, type HelpListing } from './help-parse.node.js';
import { hiddenCommands, hiddenFlags, hiddenPersistentFlags } from './overlay.node.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type CrawledCommand = Mutable<CommandSpec> & { subcommands?: CrawledCommand[] };

const GROUPS: Record<string, RootGroup> = {
  'Common Commands': 'common',
  'Management Commands': 'management',
  'Swarm Commands': 'swarm',
  Commands: 'commands',
};

interface Listed {
  name: string;
  short: string;
  group?: RootGroup;
  topOrder?: number;
  hidden?: true;
}

function listedChildren(path: string[], listings: HelpListing[]): Listed[] {
  const out: Listed[] = [];
  for (const listing of listings) {
    listing.entries.forEach((e, i) => {
      const item: Listed = { name: e.name, short: e.short };
      if (path.length === 0) {
        item.group = GROUPS[listing.title];
        if (item.group === 'common') item.topOrder = i + 1;
      }
      out.push(item);
    });
  }
  for (const h of hiddenCommands[path.join(' ')] ?? []) out.push({ ...h, hidden: true });
  return out;
}

function sortFlags(flags: FlagSpec[]): FlagSpec[] {
  return flags.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function collectFlags(path: string[], lines: ReturnType<typeof parseHelp>['options'], home: string): FlagSpec[] {
  const flags = lines.map((l) => toFlagSpec(l, home));
  for (const hidden of hiddenFlags[path.join(' ')] ?? []) {
    if (!flagAccepted(path, hidden.name)) throw new Error(`docker ${path.join(' ')} does not accept --${hidden.name}`);
    flags.push(hidden);
  }
  return sortFlags(flags);
}

function aliasesOf(path: string[], aliasesText: string | undefined): { aliases: string[]; canonical?: string[] } {
  if (!aliasesText) return { aliases: [] };
  const entries = aliasesText.split(', ').map((e) => e.split(' ').slice(1));
  const parent = path.slice(0, -1).join(' ');
  const name = path[path.length - 1];
  const aliases = entries
    .filter((e) => e.slice(0, -1).join(' ') === parent && e[e.length - 1] !== name)
    .map((e) => e[e.length - 1] ?? '');
  const first = entries[0] ?? [];
  const canonical = first.join(' ') !== path.join(' ') ? first : undefined;
  return canonical ? { aliases, canonical } : { aliases };
}

/** Builds the spec of the command at `path` (and, recursively, its subcommands). */
export function crawl(path: string[], listed: Listed | undefined, home: string, log: (s: string) => void): CrawledCommand {
  log(`docker ${path.join(' ')}`);
  const help = parseHelp(helpText(path));
  const { useLine } = flagErrorUsage(path);
  const parentPath = path.length === 0 ? '' : `docker ${path.slice(0, -1).join(' ')}`.trimEnd() + ' ';
  if (!useLine.startsWith(parentPath)) throw new Error(`usage line ${useLine} does not start with ${parentPath}`);
  const use = useLine.slice(parentPath.length);
  const name = use.split(' ')[0] ?? '';
  const cmd: CrawledCommand = {
    name,
    use,
    short: listed?.short ?? help.description,
    description: help.description,
    flags: collectFlags(path, path.length === 0 ? help.globalOptions : help.options, home),
  };
  const { aliases, canonical } = aliasesOf(path.length === 0 ? ['docker'] : path, help.aliases);
  for (const alias of aliases) {
    const aliasUse = flagErrorUsage([...path.slice(0, -1), alias]).useLine;
    if (aliasUse !== useLine) throw new Error(`alias ${alias} of ${path.join(' ')} resolves to ${aliasUse}`);
  }
  if (aliases.length > 0) cmd.aliases = aliases;
  if (help.aliases) cmd.aliasesText = help.aliases;
  if (canonical) cmd.canonical = canonical;
  if (listed?.group) cmd.group = listed.group;
  if (listed?.topOrder) cmd.topOrder = listed.topOrder;
  if (listed?.hidden) cmd.hidden = true;
  if (help.experimental) cmd.experimentalCLI = true;
  const persistent = hiddenPersistentFlags[path.join(' ')];
  if (persistent) cmd.persistentFlags = persistent;
  const children = listedChildren(path, help.listings);
  if (children.length > 0) {
    cmd.subcommands = children.map((c) => crawl([...path, c.name], c, home, log));
    // A command that only groups others prints its help to stdout when called bare; docker's
    // management commands print it to stderr (they are runnable and show help themselves).
    if (path.length > 0 && docker(path, { sandbox: true }).stdout !== '') cmd.runnable = false;
  } else if (path.length > 0) {
    cmd.args = probeArgsRule(path);
    if (!probeInterspersed(path)) cmd.interspersed = false;
  }
  return cmd;
}
