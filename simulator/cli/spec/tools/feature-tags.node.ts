/**
 * Dev-only: finds which commands and flags docker hides depending on what the daemon reports
 * (experimental, OS type, swarm role), by reading help texts against stand-in daemons.
 */
import type { FeatureTags } from '../types';
import type { CrawledCommand } from './crawl.node.js';
import { helpText } from './docker-probe.node.js';
import { startFakeDaemon, type DaemonState } from './fake-daemon.node.js';
import { parseHelp } from './help-parse.node.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type StateName = 'linux' | 'windows' | 'noExperimental' | 'worker' | 'inactive';

const STATES: Record<StateName, DaemonState> = {
  linux: { experimental: true, osType: 'linux', swarm: 'active/manager' },
  windows: { experimental: true, osType: 'windows', swarm: 'active/manager' },
  noExperimental: { experimental: false, osType: 'linux', swarm: 'active/manager' },
  worker: { experimental: true, osType: 'linux', swarm: 'active/worker' },
  inactive: { experimental: true, osType: 'linux', swarm: 'inactive' },
};

type Seen = { flags: Set<string>; commands: Set<string> } | undefined;

/** The tags that explain in which states an item is shown (undefined when it always is). */
function tagFor(shown: (s: StateName) => boolean): ((t: Mutable<FeatureTags>) => void) | undefined {
  const tags: Mutable<FeatureTags> = {};
  if (!shown('linux') && shown('windows')) tags.ostype = 'windows';
  if (shown('linux') && !shown('windows')) tags.ostype = 'linux';
  if (shown('linux')) {
    if (!shown('noExperimental')) tags.experimental = true;
    if (!shown('worker')) tags.swarm = 'manager';
    else if (!shown('inactive')) tags.swarm = 'active';
  }
  if (Object.keys(tags).length === 0) return undefined;
  return (t) => Object.assign(t, tags);
}

function visible(path: string[], host: string): { flags: Set<string>; commands: Set<string> } | undefined {
  const text = helpText(path, { dockerHost: host });
  if (!text.startsWith('Usage:')) return undefined;
  const help = parseHelp(text);
  const flags = new Set([...help.options, ...help.globalOptions].map((f) => f.name));
  const commands = new Set(help.listings.flatMap((l) => l.entries.map((e) => e.name)));
  return { flags, commands };
}

function walk(cmd: CrawledCommand, path: string[], fn: (cmd: CrawledCommand, path: string[]) => void): void {
  fn(cmd, path);
  for (const sub of cmd.subcommands ?? []) walk(sub, [...path, sub.name], fn);
}

function addTag(target: { tags?: FeatureTags }, tag: (t: Mutable<FeatureTags>) => void): void {
  const tags: Mutable<FeatureTags> = { ...(target.tags ?? {}) };
  tag(tags);
  target.tags = tags;
}

export async function tagFeatures(root: CrawledCommand, log: (s: string) => void): Promise<void> {
  const seen = new Map<StateName, Map<string, Seen>>();
  for (const [name, state] of Object.entries(STATES) as [StateName, DaemonState][]) {
    const daemon = await startFakeDaemon(state);
    log(`daemon state ${name}`);
    const byPath = new Map<string, Seen>();
    try {
      walk(root, [], (cmd, path) => {
        if (!cmd.plugin && !cmd.hidden) byPath.set(path.join(' '), visible(path, daemon.host));
      });
    } finally {
      daemon.stop();
    }
    seen.set(name, byPath);
  }
  walk(root, [], (cmd, path) => {
    const key = path.join(' ');
    const at = (s: StateName): Seen => seen.get(s)?.get(key);
    // When help itself is refused in a state, what it lists is unknown there: count it as shown.
    const flagShown = (flag: string) => (s: StateName) => at(s)?.flags.has(flag) ?? true;
    const cmdShown = (sub: string) => (s: StateName) => at(s)?.commands.has(sub) ?? true;
    for (const flag of cmd.flags) {
      const tag = flag.hidden ? undefined : tagFor(flagShown(flag.name));
      if (tag) addTag(flag as { tags?: FeatureTags }, tag);
    }
    for (const sub of cmd.subcommands ?? []) {
      const tag = sub.hidden || sub.plugin ? undefined : tagFor(cmdShown(sub.name));
      if (tag) addTag(sub, tag);
    }
  });
}
