/**
 * `docker build` with BuildKit (the default): the Dockerfile as a graph of steps, solved in
 * order with the build cache, reported as vertices — "[internal] load build definition",
 * "[internal] load metadata for …", "[internal] load .dockerignore", "[internal] load build
 * context", "[1/3] FROM …", "[2/3] RUN …", "exporting to image" — and exported as one image
 * whose history has a "buildkit.dockerfile.v0" entry per instruction. Only the stages the
 * target needs are built.
 */
import type { Daemon } from '../../daemon/daemon';
import { parse, parseInstruction, parseInstructions, ShellLex, type Instruction, type InstructionOf, type Stage } from '../../dockerfile';
import { formatFinding, lintParsed } from '../../dockerfile/lint';
import { ParseError } from '../../errors';
import type { ContainerConfig } from '../../images/oci';
import type { Reference } from '../../reference';
import type { BuildContext } from '../build-context';
import { buildkitCache } from '../build-cache';
import { reportBuild, type BuildReport } from '../build-events';
import { BuildError } from '../build-error';
import { metadataChange, DEFAULT_SHELL } from '../metadata';
import { loadMetadata, pullBase, type ResolvedBase } from './base-image';
import { exportImage } from './export-image';
import { copyStep, instructionText, runStep, workdirStep } from './ops';
import { scratchImage } from './scratch';
import type { SolveState, StepContext } from './steps';
import type { Trace } from './trace';

export interface BuildkitOptions {
  dockerfile: string;
  /** The Dockerfile's name as given ("Dockerfile", "Dockerfile.dev"). */
  dockerfileName: string;
  /** Host paths, for the build events. */
  dockerfilePath: string;
  contextPath: string;
  context: BuildContext;
  /** Bytes of .dockerignore ("transferring context: 2B" when there is none). */
  dockerignoreSize: number;
  buildArgs: Record<string, string>;
  noCache: boolean;
  target: string;
  tags: Reference[];
  trace: Trace;
  signal?: AbortSignal;
}

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const LLB_KINDS = new Set(['run', 'copy', 'add', 'workdir']);

/** The stages the target needs: itself and every stage it builds FROM or COPYs --from. */
function neededStages(stages: Stage[], last: number, stageOf: (name: string) => number): number[] {
  const needed = new Set<number>();
  const visit = (i: number): void => {
    if (needed.has(i)) return;
    needed.add(i);
    const s = stages[i]!;
    const from = stageOf(s.baseName);
    if (from >= 0 && from < i) visit(from);
    for (const c of s.commands) {
      if (c.kind !== 'copy' || !c.from) continue;
      const dep = stageOf(c.from);
      if (dep >= 0 && dep < i) visit(dep);
    }
  };
  visit(last);
  return [...needed].sort((a, b) => a - b);
}

export function buildkitSolve(daemon: Daemon, options: BuildkitOptions): Promise<string> {
  return reportBuild(daemon, options.tags.map((t) => t.toString()), (report) => solve(daemon, options, report));
}

async function solve(daemon: Daemon, options: BuildkitOptions, report: BuildReport): Promise<string> {
  const { trace } = options;

  const definition = trace.add(`[internal] load build definition from ${options.dockerfileName}`);
  trace.status(definition, 'transferring dockerfile:', { current: new TextEncoder().encode(options.dockerfile).length, done: true });
  let parsed;
  try {
    const result = parse(options.dockerfile);
    parsed = { ...parseInstructions(result.ast), escapeToken: result.escapeToken };
    // BuildKit's build checks, reported on the definition's step and again after the build.
    for (const finding of lintParsed(result)) trace.warn(definition, formatFinding(finding));
  } catch (err) {
    trace.complete(definition);
    if (err instanceof ParseError) throw new BuildError(err.message.startsWith('dockerfile parse error') ? err.message : `dockerfile parse error on line ${err.range?.start.line ?? 1}: ${err.message}`, err.range);
    throw err;
  }
  trace.complete(definition);
  const { stages, metaArgs, escapeToken } = parsed;
  const stageOf = (name: string): number => {
    const lower = name.toLowerCase();
    const byName = stages.findIndex((s) => s.name !== '' && s.name === lower);
    return byName >= 0 ? byName : /^\d+$/.test(name) && Number(name) < stages.length ? Number(name) : -1;
  };
  let last = stages.length - 1;
  if (options.target) {
    last = stages.findIndex((s) => s.name === options.target.toLowerCase());
    if (last < 0) throw new BuildError(`target stage "${options.target}" could not be found`);
  }
  const needed = neededStages(stages, last, stageOf);
  const steps = metaArgs.length + needed.reduce((n, i) => n + 1 + stages[i]!.commands.length, 0);
  report.start(options.dockerfilePath, options.contextPath, steps);
  const step = report.step;

  // ARGs before the first FROM: only FROM lines see them.
  const metaValues: Record<string, string> = {};
  const lex = new ShellLex(escapeToken);
  for (const arg of metaArgs) {
    for (const a of arg.args) metaValues[a.key] = options.buildArgs[a.key] ?? (a.value !== undefined ? lex.processWord(a.value, metaValues) : '');
    step(arg, 'cached', '');
  }
  const baseNames = needed.map((i) => lex.processWord(stages[i]!.baseName, metaValues));

  // Base images first, as BuildKit resolves them before anything runs.
  const bases = new Map<string, ResolvedBase>();
  for (const [n, i] of needed.entries()) {
    const name = baseNames[n]!;
    if (name === 'scratch' || stageOf(name) >= 0 && stageOf(name) < i || bases.has(name)) continue;
    try {
      bases.set(name, await loadMetadata(daemon, name, trace));
    } catch (err) {
      if (err instanceof BuildError) throw new BuildError(err.message, stages[i]!.from.range);
      throw err;
    }
  }
  const ignore = trace.add('[internal] load .dockerignore');
  trace.status(ignore, 'transferring context:', { current: options.dockerignoreSize, done: true });
  trace.complete(ignore);

  const usesContext = needed.some((i) => stages[i]!.commands.some((c) => (c.kind === 'copy' && !c.from) || c.kind === 'add'));
  if (usesContext) {
    const ctx = trace.add('[internal] load build context');
    const bytes = options.context.files.reduce((n, f) => n + f.data.length, 0);
    trace.status(ctx, 'transferring context:', { current: bytes, done: true });
    trace.complete(ctx);
  }

  const cache = buildkitCache(daemon);
  const stepCtx: StepContext = {
    daemon,
    noCache: options.noCache,
    ...(options.signal ? { signal: options.signal } : {}),
    lookup: (parent, key) => cache.lookup(parent, key),
    missReason: (parent, text, files) => cache.missReason(parent, text, files),
    record: (record) => void cache.add(record),
    use: (record) => cache.use(record, daemon.deps.clock.now()),
  };
  const results = new Map<number, SolveState>();
  let final: SolveState | undefined;
  for (const [n, i] of needed.entries()) {
    const stage = stages[i]!;
    const prefix = stage.name ? `${stage.name} ` : needed.length > 1 ? `stage-${i} ` : '';
    const name = baseNames[n]!;
    const fromStage = stageOf(name);
    const external = !(fromStage >= 0 && fromStage < i) && name !== 'scratch';
    // An image's ONBUILD triggers run right after its FROM, as steps of this stage.
    const triggers = external ? onBuildTriggers(bases.get(name)!.onBuild, stage.from) : [];
    const commands = [...triggers, ...stage.commands];
    const total = 1 + commands.filter((c) => LLB_KINDS.has(c.kind)).length;
    const width = String(total).length;
    let k = 1;
    const label = (ins: Instruction): string => `[${prefix}${String(++k).padStart(width)}/${total}] ${instructionText(ins.original)}`;
    let state: SolveState;
    if (!external && name !== 'scratch') {
      state = cloneState(results.get(fromStage)!);
      step(stage.from, 'cached', state.imageId);
    } else if (name === 'scratch') {
      state = scratchState(daemon);
      step(stage.from, 'cached', state.imageId);
    } else {
      const base = bases.get(name)!;
      const fromLabel = `[${prefix}${String(1).padStart(width)}/${total}] FROM ${base.digest ? `${base.name}@${base.digest}` : base.name}`;
      let imageId: string;
      try {
        imageId = await pullBase(daemon, base, fromLabel, trace, options.signal);
      } catch (err) {
        step(stage.from, 'failed', '', 'new');
        if (err instanceof BuildError) throw new BuildError(err.message, stage.from.range);
        throw err;
      }
      const pulled = !base.localId;
      state = baseState(daemon, imageId);
      step(stage.from, pulled ? 'built' : 'cached', imageId, pulled ? 'new' : undefined);
    }
    for (const trigger of triggers) {
      const outcome = LLB_KINDS.has(trigger.kind) ? await runLlbStep(trigger, state, label(trigger)) : (applyMetadata(trigger, state), undefined);
      if (outcome && !outcome.cached) state.missed = true;
    }
    for (const ins of stage.commands) {
      const before = state.imageId;
      try {
        if (LLB_KINDS.has(ins.kind)) {
          const outcome = await runLlbStep(ins, state, label(ins));
          step(ins, outcome.cached ? 'cached' : 'built', state.imageId, outcome.reason);
        } else {
          applyMetadata(ins, state);
          step(ins, state.missed ? 'built' : 'cached', before, state.missed ? 'after' : undefined);
        }
      } catch (err) {
        step(ins, 'failed', '', state.missed ? 'after' : undefined);
        if (err instanceof BuildError) throw new BuildError(err.message, err.range ?? ins.range);
        throw err;
      }
    }
    results.set(i, state);
    final = state;
  }

  async function runLlbStep(ins: Instruction, state: SolveState, vertexName: string) {
    if (ins.kind === 'workdir') {
      const change = metadataChange(state, ins, options.buildArgs, escapeToken)!;
      state.config = change.config;
      return workdirStep(stepCtx, state, change.mkdir!, vertexName, trace);
    }
    if (ins.kind === 'run') return runStep(stepCtx, state, ins, vertexName, trace);
    const from = ins.kind === 'copy' && ins.from ? fromSource(ins) : undefined;
    return copyStep(stepCtx, state, ins as InstructionOf<'copy'> | InstructionOf<'add'>, vertexName, trace, options.context, escapeToken, from);
  }

  function fromSource(ins: InstructionOf<'copy'>): { imageId: string; name: string } {
    const i = stageOf(ins.from);
    const built = i >= 0 ? results.get(i) : undefined;
    if (built) return { imageId: built.imageId, name: ins.from };
    const image = daemon.images.find(ins.from);
    if (!image) throw new BuildError(`${ins.from}: failed to resolve source metadata for ${ins.from}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`);
    return { imageId: image.id, name: ins.from };
  }

  function applyMetadata(ins: Instruction, state: SolveState): void {
    const change = metadataChange(state, ins, options.buildArgs, escapeToken);
    if (!change) throw new BuildError(`${ins.name.toUpperCase()} is not supported`);
    state.config = change.config;
    state.shell = change.shell;
    state.history.push({ created: state.layerTime, created_by: change.buildkit, comment: 'buildkit.dockerfile.v0', empty_layer: true });
  }

  return exportImage(daemon, final!, options.tags, trace);
}

/** ONBUILD triggers as instructions, placed at the FROM line (for errors and marks). */
function onBuildTriggers(triggers: readonly string[], from: Instruction): Instruction[] {
  return triggers.map((trigger) => {
    const node = parse(`${trigger}\n`).ast.children[0]!;
    return { ...parseInstruction(node), original: trigger, range: from.range };
  });
}

function baseState(daemon: Daemon, imageId: string): SolveState {
  const image = daemon.images.get(imageId);
  const config: ContainerConfig = structuredClone(image.config.config ?? {});
  delete config.OnBuild;
  if (!(config.Env ?? []).some((e) => e.startsWith('PATH='))) config.Env = [DEFAULT_PATH, ...(config.Env ?? [])];
  const history = [...(image.config.history ?? [])];
  return {
    imageId,
    key: `image:${imageId}`,
    config,
    shell: [...(image.config.config?.Shell ?? DEFAULT_SHELL)],
    args: new Map(),
    cmdSet: false,
    history,
    layerTime: image.config.created ?? new Date(image.created).toISOString(),
    missed: false,
  };
}

function scratchState(daemon: Daemon): SolveState {
  const imageId = scratchImage(daemon);
  return { ...baseState(daemon, imageId), history: [], key: 'scratch' };
}

function cloneState(s: SolveState): SolveState {
  return { ...s, config: structuredClone(s.config), shell: [...s.shell], args: new Map(), cmdSet: false, history: [...s.history], missed: s.missed };
}

