/**
 * Typed instructions from the parser's AST: a port of BuildKit's
 * frontend/dockerfile/instructions (parse.go, commands.go). Arguments are kept
 * unexpanded (variable expansion happens at build time with ShellLex).
 */
import { ParseError, type SourceRange } from '../errors/index';
import { BFlags } from './bflags';
import { parseGoDuration } from './go-duration';
import { goTrimSpace } from './go-space';
import { withSuggestion } from './suggest';
import { chompHeredocContent, mustParseHeredoc, type Heredoc, type Node } from './parser';

interface Base {
  /** Keyword, lower-cased (`run`, `copy`, ...). */
  name: string;
  /** The instruction's source text with continuations joined. */
  original: string;
  range: SourceRange;
}

export interface KeyValuePair {
  key: string;
  value: string;
  /** Legacy `ENV key value` form (no `=`). */
  noDelim: boolean;
}

export interface ShellInlineFile {
  name: string;
  data: string;
  chomp: boolean;
}

/** Command line of RUN/CMD/ENTRYPOINT: exec form (`prependShell` false) or shell form. */
export interface CmdLine {
  cmdLine: string[];
  files: ShellInlineFile[];
  prependShell: boolean;
}

export interface SourceContent {
  path: string;
  data: string;
  expand: boolean;
}

export interface SourcesAndDest {
  sourcePaths: string[];
  sourceContents: SourceContent[];
  destPath: string;
}

export interface HealthConfig {
  /** ["NONE"], ["CMD", ...], or ["CMD-SHELL", cmd]. */
  test: string[];
  /** Durations in nanoseconds (0 = inherit the default). */
  interval: number;
  timeout: number;
  startPeriod: number;
  startInterval: number;
  retries: number;
}

export type Instruction =
  | (Base & { kind: 'from'; baseName: string; stageName: string; platform: string })
  /** `mounts` are the raw `--mount` values; parse them with parseMount (run-mount.ts) once variables are known. */
  | (Base & { kind: 'run'; mounts: string[]; network: string; security: string } & CmdLine)
  | (Base & { kind: 'cmd' } & CmdLine)
  | (Base & { kind: 'entrypoint' } & CmdLine)
  | (Base & { kind: 'env'; env: KeyValuePair[] })
  | (Base & { kind: 'label'; labels: KeyValuePair[] })
  | (Base & { kind: 'maintainer'; maintainer: string })
  | (Base & { kind: 'expose'; ports: string[] })
  | (Base & {
      kind: 'add';
      chown: string;
      chmod: string;
      link: boolean;
      checksum: string;
      keepGitDir: boolean;
      excludes: string[];
    } & SourcesAndDest)
  | (Base & {
      kind: 'copy';
      from: string;
      chown: string;
      chmod: string;
      link: boolean;
      parents: boolean;
      excludes: string[];
    } & SourcesAndDest)
  | (Base & { kind: 'volume'; volumes: string[] })
  | (Base & { kind: 'user'; user: string })
  | (Base & { kind: 'workdir'; path: string })
  | (Base & { kind: 'arg'; args: { key: string; value?: string }[] })
  | (Base & { kind: 'shell'; shell: string[] })
  | (Base & { kind: 'healthcheck'; health: HealthConfig })
  | (Base & { kind: 'stopsignal'; signal: string })
  | (Base & { kind: 'onbuild'; expression: string });

export type InstructionKind = Instruction['kind'];
export type InstructionOf<K extends InstructionKind> = Extract<Instruction, { kind: K }>;

export interface Stage {
  baseName: string;
  /** Lower-cased `AS` name, or ''. */
  name: string;
  platform: string;
  from: InstructionOf<'from'>;
  commands: Instruction[];
}

export interface InstructionsResult {
  stages: Stage[];
  /** ARG instructions before the first FROM. */
  metaArgs: InstructionOf<'arg'>[];
}

/** nodeArgs: the node's argument values (an ONBUILD sub-command contributes its keyword). */
function nodeArgs(node: Node): string[] {
  const out: string[] = [];
  for (let n = node.next; n; n = n.next) {
    if (n.children.length === 0) out.push(n.value);
    else if (n.children.length === 1 && n.children[0]) out.push(n.children[0].value, ...nodeArgs(n.children[0]));
  }
  return out;
}

const errAtLeastOne = (c: string): Error => new Error(`${c} requires at least one argument`);
const errExactlyOne = (c: string): Error => new Error(`${c} requires exactly one argument`);
const errNoDest = (c: string): Error =>
  new Error(`${c} requires at least two arguments, but only one was provided. Destination could not be determined`);
const errBlankNames = (c: string): Error => new Error(`${c} names can not be blank`);

function handleJSONArgs(args: string[], attrs: Record<string, boolean>): string[] {
  if (args.length === 0) return [];
  if (attrs['json']) return args;
  return [args.join(' ')];
}

function parseKvps(args: string[], cmd: string): KeyValuePair[] {
  if (args.length === 0) throw errAtLeastOne(cmd);
  if (args.length % 3 !== 0) throw new Error(`Bad input to ${cmd}, too many arguments`);
  const res: KeyValuePair[] = [];
  for (let j = 0; j < args.length; j += 3) {
    const key = args[j] ?? '';
    if (key === '') throw errBlankNames(cmd);
    res.push({ key, value: args[j + 1] ?? '', noDelim: (args[j + 2] ?? '') === '' });
  }
  return res;
}

function sourcesAndDest(args: string[], heredocs: Heredoc[], cmd: string): SourcesAndDest {
  const dest = args[args.length - 1] ?? '';
  if (mustParseHeredoc(dest)) throw new Error(`${cmd} cannot accept a heredoc as a destination`);
  const byName = new Map(heredocs.map((h) => [h.name, h]));
  const sourcePaths: string[] = [];
  const sourceContents: SourceContent[] = [];
  for (const src of args.slice(0, -1)) {
    const h = mustParseHeredoc(src);
    if (h) {
      let data = byName.get(h.name)?.content ?? '';
      if (h.chomp) data = chompHeredocContent(data);
      sourceContents.push({ path: h.name, data, expand: h.expand });
    } else sourcePaths.push(src);
  }
  return { sourcePaths, sourceContents, destPath: dest };
}

function cmdLine(node: Node, args: string[], emptyAsNil: boolean): CmdLine {
  void emptyAsNil;
  return {
    cmdLine: handleJSONArgs(args, node.attributes),
    files: node.heredocs.map((h) => ({ name: h.name, data: h.content, chomp: h.chomp })),
    prependShell: !node.attributes['json'],
  };
}

/** parseOptInterval: '' -> 0; otherwise a Go duration that is 0 or at least 1ms. */
function interval(name: string, value: string): number {
  if (value === '') return 0;
  const d = parseGoDuration(value);
  if (d === 0) return 0;
  if (d < 1e6) throw new Error(`Interval ${JSON.stringify(name)} cannot be less than 1ms`);
  return d;
}

const instructionNames = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];

const stageNameRe = /^[a-z][a-z0-9-_.]*$/;

/** ParseInstruction: one AST node to a typed instruction. Throws Error with BuildKit's text. */
function parseNode(node: Node): Instruction {
  const name = node.value.toLowerCase();
  const args = nodeArgs(node);
  const flags = new BFlags(node.flags);
  const base: Base = { name, original: node.original, range: node.range };
  switch (name) {
    case 'env':
      flags.parse();
      return { ...base, kind: 'env', env: parseKvps(args, 'ENV') };
    case 'label':
      flags.parse();
      return { ...base, kind: 'label', labels: parseKvps(args, 'LABEL') };
    case 'maintainer':
      if (args.length !== 1) throw errExactlyOne('MAINTAINER');
      flags.parse();
      return { ...base, kind: 'maintainer', maintainer: args[0] ?? '' };
    case 'add': {
      if (args.length < 2) throw errNoDest('ADD');
      const chown = flags.addString('chown');
      const chmod = flags.addString('chmod');
      const link = flags.addBool('link');
      const keepGitDir = flags.addBool('keep-git-dir');
      const checksum = flags.addString('checksum');
      const exclude = flags.addStrings('exclude');
      flags.parse();
      return {
        ...base,
        kind: 'add',
        ...sourcesAndDest(args, node.heredocs, 'ADD'),
        chown: chown.value,
        chmod: chmod.value,
        link: link.value === 'true',
        checksum: checksum.value,
        keepGitDir: keepGitDir.value === 'true',
        excludes: exclude.values,
      };
    }
    case 'copy': {
      if (args.length < 2) throw errNoDest('COPY');
      const chown = flags.addString('chown');
      const from = flags.addString('from');
      const chmod = flags.addString('chmod');
      const link = flags.addBool('link');
      const parents = flags.addBool('parents');
      const exclude = flags.addStrings('exclude');
      flags.parse();
      return {
        ...base,
        kind: 'copy',
        ...sourcesAndDest(args, node.heredocs, 'COPY'),
        from: from.value,
        chown: chown.value,
        chmod: chmod.value,
        link: link.value === 'true',
        parents: parents.value === 'true',
        excludes: exclude.values,
      };
    }
    case 'from': {
      let stageName = '';
      if (args.length === 3 && (args[1] ?? '').toLowerCase() === 'as') {
        stageName = (args[2] ?? '').toLowerCase();
        if (!stageNameRe.test(stageName)) {
          throw new Error(
            `invalid name for build stage: ${JSON.stringify(args[2])}, name can't start with a number or contain symbols`,
          );
        }
      } else if (args.length !== 1) {
        throw new Error('FROM requires either one or three arguments');
      }
      const platform = flags.addString('platform');
      flags.parse();
      return { ...base, kind: 'from', baseName: args[0] ?? '', stageName, platform: platform.value };
    }
    case 'onbuild': {
      if (args.length === 0) throw errAtLeastOne('ONBUILD');
      flags.parse();
      const trigger = goTrimSpace(args[0] ?? '').toUpperCase();
      if (trigger === 'ONBUILD') throw new Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      if (trigger === 'MAINTAINER' || trigger === 'FROM') throw new Error(`${trigger} isn't allowed as an ONBUILD trigger`);
      let expression = node.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
      for (const h of node.heredocs) expression += '\n' + h.content + h.name;
      return { ...base, kind: 'onbuild', expression };
    }
    case 'workdir':
      if (args.length !== 1) throw errExactlyOne('WORKDIR');
      flags.parse();
      return { ...base, kind: 'workdir', path: args[0] ?? '' };
    case 'run': {
      const mount = flags.addStrings('mount');
      const network = flags.addString('network');
      const security = flags.addString('security');
      flags.parse();
      return {
        ...base,
        kind: 'run',
        ...cmdLine(node, args, false),
        mounts: mount.values,
        network: network.value,
        security: security.value,
      };
    }
    case 'cmd':
      flags.parse();
      return { ...base, kind: 'cmd', ...cmdLine(node, args, false) };
    case 'entrypoint':
      flags.parse();
      return { ...base, kind: 'entrypoint', ...cmdLine(node, args, true) };
    case 'healthcheck':
      return { ...base, kind: 'healthcheck', health: parseHealth(args, node, flags) };
    case 'expose':
      if (args.length === 0) throw errAtLeastOne('EXPOSE');
      flags.parse();
      return { ...base, kind: 'expose', ports: [...args].sort() };
    case 'user':
      if (args.length !== 1) throw errExactlyOne('USER');
      flags.parse();
      return { ...base, kind: 'user', user: args[0] ?? '' };
    case 'volume': {
      if (args.length === 0) throw errAtLeastOne('VOLUME');
      flags.parse();
      const volumes = args.map((v) => goTrimSpace(v));
      if (volumes.some((v) => v === '')) throw new Error('VOLUME specified can not be an empty string');
      return { ...base, kind: 'volume', volumes };
    }
    case 'stopsignal':
      if (args.length !== 1) throw errExactlyOne('STOPSIGNAL');
      return { ...base, kind: 'stopsignal', signal: args[0] ?? '' };
    case 'arg': {
      if (args.length < 1) throw errAtLeastOne('ARG');
      const pairs = args.map((a) => {
        const i = a.indexOf('=');
        if (i < 0) return { key: a };
        if (i === 0) throw errBlankNames('ARG');
        return { key: a.slice(0, i), value: a.slice(i + 1) };
      });
      return { ...base, kind: 'arg', args: pairs };
    }
    case 'shell': {
      flags.parse();
      const shell = handleJSONArgs(args, node.attributes);
      if (shell.length === 0) throw errAtLeastOne('SHELL');
      if (!node.attributes['json']) throw new Error(`SHELL requires the arguments to be in JSON form`);
      return { ...base, kind: 'shell', shell };
    }
  }
  throw new Error(withSuggestion(`unknown instruction: ${node.value}`, node.value, instructionNames, false));
}

function parseHealth(args: string[], node: Node, flags: BFlags): HealthConfig {
  if (args.length === 0) throw errAtLeastOne('HEALTHCHECK');
  let typ = (args[0] ?? '').toUpperCase();
  const rest = args.slice(1);
  const health: HealthConfig = { test: [], interval: 0, timeout: 0, startPeriod: 0, startInterval: 0, retries: 0 };
  if (typ === 'NONE') {
    if (rest.length !== 0) throw new Error('HEALTHCHECK NONE takes no arguments');
    health.test = [typ];
    return health;
  }
  const fInterval = flags.addString('interval');
  const fTimeout = flags.addString('timeout');
  const fStartPeriod = flags.addString('start-period');
  const fStartInterval = flags.addString('start-interval');
  const fRetries = flags.addString('retries');
  flags.parse();
  if (typ !== 'CMD') throw new Error(`Unknown type ${JSON.stringify(typ)} in HEALTHCHECK (try CMD)`);
  const cmd = handleJSONArgs(rest, node.attributes);
  if (cmd.length === 0) throw new Error('Missing command after HEALTHCHECK CMD');
  if (!node.attributes['json']) typ = 'CMD-SHELL';
  health.test = [typ, ...cmd];
  health.interval = interval('interval', fInterval.value);
  health.timeout = interval('timeout', fTimeout.value);
  health.startPeriod = interval('start-period', fStartPeriod.value);
  health.startInterval = interval('start-interval', fStartInterval.value);
  if (fRetries.value !== '') {
    if (!/^[+-]?\d+$/.test(fRetries.value)) {
      throw new Error(`strconv.ParseInt: parsing ${JSON.stringify(fRetries.value)}: invalid syntax`);
    }
    const r = Number(fRetries.value);
    if (r < 0) throw new Error(`--retries cannot be negative (${r})`);
    health.retries = r;
  }
  return health;
}

/** Parses one instruction node; errors become ParseError with the node's range. */
export function parseInstruction(node: Node): Instruction {
  try {
    return parseNode(node);
  } catch (e) {
    if (e instanceof ParseError) throw e;
    throw new ParseError((e as Error).message, node.range, { line: node.startLine });
  }
}

/**
 * instructions.Parse: splits the AST into build stages. Errors read
 * `dockerfile parse error on line N: <reason>` as BuildKit reports them.
 */
export function parseInstructions(root: Node): InstructionsResult {
  const result: InstructionsResult = { stages: [], metaArgs: [] };
  for (const n of root.children) {
    let ins: Instruction;
    try {
      ins = parseNode(n);
    } catch (e) {
      const reason = (e as Error).message;
      throw new ParseError(`dockerfile parse error on line ${n.startLine}: ${reason}`, n.range, {
        line: n.startLine,
        reason,
      });
    }
    if (ins.kind === 'from') {
      result.stages.push({ baseName: ins.baseName, name: ins.stageName, platform: ins.platform, from: ins, commands: [] });
      continue;
    }
    const stage = result.stages[result.stages.length - 1];
    if (!stage) {
      if (ins.kind === 'arg') {
        result.metaArgs.push(ins);
        continue;
      }
      throw new ParseError('no build stage in current context', n.range, { line: n.startLine });
    }
    stage.commands.push(ins);
  }
  return result;
}
