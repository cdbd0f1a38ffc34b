/**
 * The docker client's command-line handling, from argv to "run this command with these flags"
 * or the exact help/error output: global flags (HandleGlobalFlags), cobra's Traverse through
 * management commands, flag parsing, help, version, support checks and argument rules.
 */
import type { CommandSpec } from '../spec/types';
import { argsErrorText, flagErrorText, unknownHelpTopicText } from './errors';
import { commandSupportError, flagSupportError } from './features';
import { flagValues, type FlagValues } from './flag-values';
import { renderHelpFor, type HelpOptions } from './help';
import { parseFlags } from './pflag';
import { canonicalPath, child, commandPath, findSub, flagSet, isRoot, root, type CommandNode } from './tree';

export type { FlagValues } from './flag-values';

/** Text docker prints before the main outcome (deprecation notices). */
export interface Notice {
  stream: 'stdout' | 'stderr';
  text: string;
}

export type ParseResult = (
  | { kind: 'run'; spec: CommandSpec; path: string[]; commandPath: string; flags: FlagValues; globals: FlagValues; args: string[] }
  | { kind: 'help'; text: string; stream: 'stdout' | 'stderr'; exitCode: number }
  | { kind: 'version' }
  | { kind: 'error'; stderr: string; exitCode: number }
) & { notices?: Notice[] };

/** cobra's help command, as docker sets it up. */
const HELP_COMMAND: CommandSpec = { name: 'help', use: 'help [command]', short: 'Help about the command', description: 'Help about the command', flags: [], args: { kind: 'any' } };

const LOG_LEVELS = new Set(['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']);

type Values = Map<string, string[]>;

function merge(into: Values, from: ReadonlyMap<string, readonly string[]>): void {
  for (const [k, v] of from) into.set(k, [...(into.get(k) ?? []), ...v]);
}

/** docker's help func: the support error (on stdout) or the help text. */
function helpOutput(node: CommandNode, changed: (n: string) => boolean, opts: HelpOptions): string {
  const err = supportError(node, changed);
  return err !== undefined ? `${err}\n` : renderHelpFor(node, opts);
}

function supportError(node: CommandNode, changed: (n: string) => boolean): string | undefined {
  return commandSupportError(node.chain, commandPath(node)) ?? flagSupportError(flagSet(node), changed);
}

/** cobra's Find (used by `docker help …`): deepest command named by the leading words. */
function find(words: readonly string[]): { node: CommandNode; rest: string[] } {
  let node = root;
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i] ?? '';
    if (isRoot(node) && w === 'help') {
      node = child(node, HELP_COMMAND);
      continue;
    }
    const next = findSub(node, w);
    if (!next) break;
    node = next;
  }
  return { node, rest: words.slice(i) };
}

export function parseDockerArgs(argv: readonly string[], options: HelpOptions): ParseResult {
  const notices: Notice[] = [];
  const withNotices = (r: ParseResult): ParseResult => (notices.length > 0 ? { ...r, notices } : r);
  const globalFlags = flagSet(root);
  const global = parseFlags(argv, globalFlags, false, '');
  notices.push(...global.notices.map((text) => ({ stream: 'stderr' as const, text })));
  if (global.error !== undefined) return withNotices({ kind: 'error', stderr: flagErrorText(root, global.error), exitCode: 125 });
  const globalValues: Values = new Map(global.values);
  const globals = flagValues(globalFlags, globalValues, options.home);
  const level = globals.string('log-level');
  if (level !== '' && !LOG_LEVELS.has(level.toLowerCase())) {
    return withNotices({ kind: 'error', stderr: `Unable to parse logging level: ${level}\n`, exitCode: 1 });
  }

  // Values of flags shared down the tree (root's --help, persistent flags), as parsed so far.
  const shared: Values = new Map();
  if (global.values.has('help')) shared.set('help', global.values.get('help') ?? []);

  // cobra Traverse: flags before a subcommand name are parsed by the command owning them.
  let node = root;
  let args = global.args;
  for (;;) {
    const pending: string[] = [];
    let inFlag = false;
    let next: CommandNode | undefined;
    let at = -1;
    const known = flagSet(node);
    const noOpt = (name: string, short: boolean) => {
      const f = known.find((k) => (short ? k.shorthand === name : k.name === name));
      return f !== undefined && (f.type === 'bool' || (f.noOptDefVal ?? '') !== '');
    };
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (a.startsWith('--') && !a.includes('=')) inFlag = !noOpt(a.slice(2), false);
      else if (a.startsWith('-') && !a.includes('=') && a.length === 2 && !noOpt(a.slice(1), true)) inFlag = true;
      else if (inFlag) inFlag = false;
      else if (a.length > 1 && a[0] === '-') {
        /* a flag with its value attached */
      } else {
        next = isRoot(node) && a === 'help' ? child(node, HELP_COMMAND) : findSub(node, a);
        at = i;
        break;
      }
      pending.push(a);
    }
    if (!next) break;
    if (next.spec.plugin) {
      return withNotices(run(next, args.slice(at + 1), new Map(), globals, options));
    }
    const parsed = parseFlags(pending, known, true, canonicalPath(node).join(' '));
    notices.push(...parsed.notices.map((text) => ({ stream: 'stdout' as const, text })));
    if (parsed.error !== undefined) return withNotices(flagFailure(node, parsed.error, parsed.values));
    if (isRoot(node)) merge(globalValues, parsed.values);
    merge(shared, isRoot(node) ? new Map([...parsed.values].filter(([k]) => k === 'help')) : parsed.values);
    node = next;
    args = args.slice(at + 1);
  }

  if (node.spec === HELP_COMMAND) return withNotices(helpCommand(node, args, shared, options, notices));

  const known = flagSet(node);
  const parsed = parseFlags(args, known, node.spec.interspersed !== false, canonicalPath(node).join(' '));
  notices.push(...parsed.notices.map((text) => ({ stream: 'stdout' as const, text })));
  const values: Values = new Map();
  for (const [k, v] of shared) if (known.some((f) => f.name === k)) values.set(k, [...v]);
  merge(values, parsed.values);
  if (parsed.error !== undefined) return withNotices(flagFailure(node, parsed.error, values));
  if (isRoot(node)) merge(globalValues, parsed.values);
  const flags = flagValues(known, values, options.home);
  const changed = (n: string) => flags.changed(n);
  if (flags.bool('help')) return withNotices({ kind: 'help', text: helpOutput(node, changed, options), stream: 'stdout', exitCode: 0 });
  if (isRoot(node) && globals.bool('version')) return withNotices({ kind: 'version' });
  if (node.spec.runnable === false) return withNotices({ kind: 'help', text: helpOutput(node, changed, options), stream: 'stdout', exitCode: 0 });
  // docker wraps every argument rule to check daemon support first (the root carries annotations).
  const unsupported = supportError(node, changed);
  if (unsupported !== undefined) return withNotices({ kind: 'error', stderr: `${unsupported}\n`, exitCode: 1 });
  const argsError = argsErrorText(node, node.spec.args, parsed.args);
  if (argsError !== undefined) return withNotices({ kind: 'error', stderr: argsError, exitCode: 1 });
  if (isRoot(node) || (node.spec.subcommands ?? []).length > 0) {
    // `docker manifest` prints its usage after an empty line.
    const lead = node.spec.name === 'manifest' && node.chain.length === 2 ? '\n' : '';
    return withNotices({ kind: 'help', text: lead + helpOutput(node, changed, options), stream: 'stderr', exitCode: 0 });
  }
  return withNotices(run(node, parsed.args, values, globals, options));
}

function run(node: CommandNode, args: string[], values: Values, globals: FlagValues, options: HelpOptions): ParseResult {
  return {
    kind: 'run',
    spec: node.spec,
    path: canonicalPath(node),
    commandPath: commandPath(node),
    flags: flagValues(flagSet(node), values, options.home),
    globals,
    args,
  };
}

/** docker's FlagErrorFunc: an unsupported command or flag wins over the parse error. */
function flagFailure(node: CommandNode, error: string, values: ReadonlyMap<string, readonly string[]>): ParseResult {
  const unsupported = supportError(node, (n) => (values.get(n)?.length ?? 0) > 0);
  if (unsupported !== undefined) return { kind: 'error', stderr: `${unsupported}\n`, exitCode: 1 };
  return { kind: 'error', stderr: flagErrorText(node, error), exitCode: 125 };
}

/** `docker help [command]`. */
function helpCommand(node: CommandNode, args: readonly string[], shared: Values, options: HelpOptions, notices: Notice[]): ParseResult {
  const parsed = parseFlags(args, flagSet(node), true, 'help');
  notices.push(...parsed.notices.map((text) => ({ stream: 'stdout' as const, text })));
  if (parsed.error !== undefined) return { kind: 'error', stderr: flagErrorText(node, parsed.error), exitCode: 125 };
  const helpFlag = [...(shared.get('help') ?? []), ...(parsed.values.get('help') ?? [])];
  if (helpFlag.length > 0 && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(helpFlag[helpFlag.length - 1] ?? '')) {
    return { kind: 'help', text: renderHelpFor(node, options), stream: 'stdout', exitCode: 0 };
  }
  const { node: target, rest } = find(parsed.args);
  if (rest.length > 0) return { kind: 'error', stderr: unknownHelpTopicText(rest), exitCode: 1 };
  return { kind: 'help', text: helpOutput(target, () => false, options), stream: 'stdout', exitCode: 0 };
}
