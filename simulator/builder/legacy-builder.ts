/**
 * The classic builder (`DOCKER_BUILDKIT=0 docker build`), as moby's daemon/builder/dockerfile
 * runs a Dockerfile: every instruction commits an image on top of the previous one. RUN
 * and the metadata instructions go through an intermediate container (its command the RUN
 * line, or "#(nop) <instruction>"), COPY and ADD write into one; a step is taken from the
 * cache when an image already exists with the same parent and the same container config.
 * Output is the legacy builder's text, line by line.
 */
import { containerCommit } from '../daemon/container-commit';
import type { Daemon } from '../daemon/daemon';
import type { ContainerConfig } from '../images/oci';
import { parse, parseInstructions, ShellLex, type Instruction, type Stage } from '../dockerfile';
import type { BuildMissReason } from '../events/types';
import type { BuildContext } from './build-context';
import { legacyCache } from './build-cache';
import { BuildError } from './build-error';
import { contentChecksum, copyInto, extractInto, inDir, selectSources, tarOf } from './copy-files';
import { DEFAULT_SHELL, expander, metadataChange, type StageState } from './metadata';
import { reportBuild, type BuildReport } from './build-events';
import { untilAborted } from './cancel';

export { BuildError };

export interface LegacyBuildOptions {
  dockerfile: string;
  /** Host paths and tags, for the build events. */
  dockerfilePath: string;
  contextPath: string;
  tags: string[];
  context: BuildContext;
  buildArgs: Record<string, string>;
  noCache: boolean;
  target: string;
  /** Makes sure an image is there (pulling it, with the pull's output), returns its ID. */
  baseImage(ref: string): Promise<string>;
  /** Output lines (with their newlines) and the RUN commands' output. */
  out(text: string | Uint8Array): void;
  /** Ctrl+C at the client. */
  signal?: AbortSignal;
}

const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

interface State extends StageState {
  imageId: string;
  /** A step of this build missed the cache (later ones run because of it). */
  missed: boolean;
}

interface StepResult {
  cached: boolean;
  reason?: BuildMissReason;
}

export function buildLegacy(daemon: Daemon, options: LegacyBuildOptions): Promise<string> {
  return reportBuild(daemon, options.tags, (report) => build(daemon, options, report));
}

async function build(daemon: Daemon, options: LegacyBuildOptions, report: BuildReport): Promise<string> {
  const { ast } = parse(options.dockerfile);
  const { stages, metaArgs } = parseInstructions(ast);
  let last = stages.length - 1;
  if (options.target) {
    last = stages.findIndex((s) => s.name === options.target.toLowerCase());
    if (last < 0) throw new BuildError(`failed to reach build target ${options.target} in Dockerfile`);
  }
  const steps = metaArgs.length + stages.slice(0, last + 1).reduce((n, s) => n + 1 + s.commands.length, 0);
  report.start(options.dockerfilePath, options.contextPath, steps);
  let step = 0;
  const metaValues = new Map<string, string>();
  for (const arg of metaArgs) {
    options.out(`Step ${++step}/${steps} : ${arg.original}\n`);
    for (const a of arg.args) metaValues.set(a.key, options.buildArgs[a.key] ?? a.value ?? '');
    report.step(arg, 'cached', '');
  }
  const built = new Map<string, string>();
  let result = '';
  let missed = false;
  for (let i = 0; i <= last; i++) {
    const stage = stages[i]!;
    options.out(`Step ${++step}/${steps} : ${stage.from.original}\n`);
    const state = await fromStage(daemon, stage, built, metaValues, options);
    state.missed = missed;
    report.step(stage.from, 'cached', state.imageId);
    options.out(` ---> ${short(state.imageId)}\n`);
    for (const ins of stage.commands) {
      options.out(`Step ${++step}/${steps} : ${ins.original}\n`);
      try {
        const outcome = await runStep(daemon, state, ins, options);
        report.step(ins, outcome.cached ? 'cached' : 'built', state.imageId, outcome.reason);
      } catch (err) {
        report.step(ins, 'failed', '', state.missed ? 'after' : undefined);
        throw err;
      }
      options.out(` ---> ${short(state.imageId)}\n`);
    }
    missed = state.missed;
    built.set(String(i), state.imageId);
    if (stage.name) built.set(stage.name, state.imageId);
    result = state.imageId;
  }
  return result;
}

async function fromStage(daemon: Daemon, stage: Stage, built: Map<string, string>, metaValues: Map<string, string>, options: LegacyBuildOptions): Promise<State> {
  const lex = new ShellLex('\\');
  const name = lex.processWord(stage.baseName, Object.fromEntries(metaValues));
  const previous = built.get(name.toLowerCase());
  const imageId = previous ?? (name === 'scratch' ? '' : await options.baseImage(name));
  if (!imageId) throw new BuildError('FROM scratch is not available in the classic builder; build it with BuildKit (without DOCKER_BUILDKIT=0)');
  const image = daemon.images.get(imageId);
  return { imageId: image.id, config: structuredClone(image.config.config), shell: [...DEFAULT_SHELL], args: new Map(), cmdSet: false, missed: false };
}

async function runStep(daemon: Daemon, state: State, ins: Instruction, options: LegacyBuildOptions): Promise<StepResult> {
  const next = structuredClone(state.config);
  switch (ins.kind) {
    case 'run': {
      const cmd = ins.prependShell ? [...state.shell, ins.cmdLine.join(' ')] : ins.cmdLine;
      // ARG values reach the command as environment variables, and are part of the cache key.
      const argEnv = [...state.args].map(([k, v]) => `${k}=${v}`);
      const runConfig: ContainerConfig = { ...next, Cmd: cmd, Entrypoint: null, Env: [...argEnv, ...(next.Env ?? [])] };
      return commitStep(daemon, state, next, cmd.join(' '), runConfig, ins.original, false, options, async (id) => {
        options.out(` ---> Running in ${short(id)}\n`);
        const detach = daemon.containerAttach(id, { stdout: (d) => options.out(d), stderr: (d) => options.out(d) });
        const exited = daemon.containerWait(id, 'next-exit');
        await daemon.containerStart(id);
        let status: number;
        try {
          status = await untilAborted(exited, options.signal);
        } catch (err) {
          // Ctrl+C: the client goes away and the daemon drops the step's container.
          daemon.containerRemove(id, { force: true });
          throw err;
        } finally {
          detach();
        }
        if (status !== 0) {
          daemon.containerRemove(id, { force: true });
          throw new BuildError(`The command '${cmd.join(' ')}' returned a non-zero code: ${status}`, ins.range);
        }
      });
    }
    case 'copy':
    case 'add': {
      if (ins.kind === 'copy' && ins.from) throw new BuildError(`COPY --from is available with BuildKit (without DOCKER_BUILDKIT=0) in Gorae`, ins.range);
      const expand = expander(state);
      const dest = expand(ins.destPath);
      const sources = ins.sourcePaths.map(expand);
      const url = sources.find((s) => /^https?:\/\//.test(s));
      if (url) throw new BuildError(`ADD failed: Get "${url}": dial tcp: lookup ${new URL(url).host}: no such host (Gorae's classroom has no internet: put the file in the build context and COPY it)`, ins.range);
      const files = selectSources(options.context.files, sources, (clean) => new BuildError(`COPY failed: file not found in build context or excluded by .dockerignore: stat ${clean}: file does not exist`, ins.range));
      const hash = contentChecksum(files).slice(7);
      const kind = sources.length === 1 && files.length === 1 && files[0]!.type === 'file' ? 'file' : 'dir';
      const nop = `#(nop) ${ins.kind.toUpperCase()} ${kind}:${hash} in ${dest} `;
      const runConfig: ContainerConfig = { ...next, Cmd: [...state.shell, nop], Entrypoint: null };
      return commitStep(daemon, state, next, `${state.shell.join(' ')} ${nop}`, runConfig, ins.original, true, options, async (id) => {
        const fs = daemon.snapshots.get(daemon.containers.get(id).snapshotKey).fs;
        // ADD unpacks a local tar archive (plain or gzip) into the destination; COPY copies it as is.
        const workdir = next.WorkingDir ?? '/';
        const archives = ins.kind === 'add' ? files.flatMap((file) => (file.type === 'file' ? [{ file, entries: tarOf(file.data) }] : [])).filter((a) => a.entries) : [];
        copyInto(fs, files.filter((f) => !archives.some((a) => a.file === f)), sources, dest, workdir);
        for (const archive of archives) extractInto(fs, archive.entries!, inDir(workdir, dest));
      }, true);
    }
    default: {
      const change = metadataChange(state, ins, options.buildArgs);
      if (!change) throw new BuildError(`${ins.name.toUpperCase()} is not supported`, ins.range);
      state.shell = change.shell;
      const nop = [...state.shell, `#(nop) `, change.legacy];
      const runConfig: ContainerConfig = { ...change.config, Cmd: nop, Entrypoint: null };
      return commitStep(daemon, state, change.config, nop.join(' '), runConfig, ins.original, false, options, async (id) => {
        options.out(` ---> Running in ${short(id)}\n`);
        if (change.mkdir) daemon.snapshots.get(daemon.containers.get(id).snapshotKey).fs.mkdirp(change.mkdir, 0o755);
      });
    }
  }
}

/**
 * A step through an intermediate container: from the cache when an image with this parent
 * and run config exists, else create the container, let `work` change it, and commit it.
 */
async function commitStep(
  daemon: Daemon,
  state: State,
  next: ContainerConfig,
  createdBy: string,
  runConfig: ContainerConfig,
  text: string,
  copiesFiles: boolean,
  options: LegacyBuildOptions,
  work: (containerId: string) => Promise<void>,
  quiet = false,
): Promise<StepResult> {
  const cache = legacyCache(daemon);
  const key = JSON.stringify(runConfig);
  const cached = cache.lookup(state.imageId, key);
  if (!options.noCache && cached && daemon.images.has(cached.imageId)) {
    options.out(' ---> Using cache\n');
    cache.use(cached, daemon.deps.clock.now());
    state.imageId = cached.imageId;
    state.config = next;
    return { cached: true };
  }
  const reason: BuildMissReason = options.noCache ? 'no-cache' : state.missed ? 'after' : cache.missReason(state.imageId, text, copiesFiles);
  const { Id: id } = daemon.containerCreate(
    {
      Image: state.imageId,
      Cmd: runConfig.Cmd ?? [],
      Entrypoint: [],
      Env: runConfig.Env ?? [],
      User: runConfig.User ?? '',
      WorkingDir: runConfig.WorkingDir ?? '',
    },
    { AutoRemove: false },
  );
  await work(id);
  const imageId = containerCommit(daemon, id, { config: next, createdBy });
  daemon.containerRemove(id, { force: true });
  if (!quiet) options.out(` ---> Removed intermediate container ${short(id)}\n`);
  const created = daemon.deps.clock.now();
  cache.add({ parent: state.imageId, key, text, imageId, size: 0, created, description: text });
  state.imageId = imageId;
  state.config = next;
  state.missed = true;
  return { cached: false, reason };
}
