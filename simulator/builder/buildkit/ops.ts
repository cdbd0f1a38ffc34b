/**
 * The vertices of BuildKit's filesystem steps: RUN (through the container kernel, its output
 * as the vertex's log), COPY/ADD (from the build context, another stage or an image) and
 * WORKDIR, with BuildKit's error texts.
 */
import type { InstructionOf } from '../../dockerfile';
import { Overlay, type FileSystem } from '../../fs';
import { recordId } from '../build-cache';
import type { BuildContext, ContextFile } from '../build-context';
import { BuildError } from '../build-error';
import { contentChecksum, copyInto, extractInto, filesFromRoot, inDir, selectSources, tarOf, type CopyOwner } from '../copy-files';
import { expander } from '../metadata';
import { BuildCanceled, CANCELED, fsStep, hashKey, type FsStep, type SolveState, type StepContext, type StepOutcome } from './steps';
import type { Trace } from './trace';

async function vertexStep(ctx: StepContext, state: SolveState, name: string, trace: Trace, step: (log: (d: Uint8Array) => void) => FsStep): Promise<StepOutcome> {
  const vertex = trace.add(name);
  trace.start(vertex);
  try {
    const outcome = await fsStep(ctx, state, step((d) => trace.log(vertex, d)));
    trace.complete(vertex, { cached: outcome.cached });
    return outcome;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    trace.complete(vertex, { error: err instanceof BuildCanceled ? CANCELED : message.replace(/^failed to compute cache key: /, '') });
    throw err instanceof BuildError ? err : new BuildError(message);
  }
}

/** An instruction as written, keyword in capitals ("RUN echo hi"): vertex names and history. */
export function instructionText(original: string): string {
  const text = original.trim();
  const space = text.search(/\s/);
  return space < 0 ? text.toUpperCase() : `${text.slice(0, space).toUpperCase()}${text.slice(space)}`;
}

export function runStep(ctx: StepContext, state: SolveState, ins: InstructionOf<'run'>, name: string, trace: Trace): Promise<StepOutcome> {
  let cmd: string[];
  const script = ins.files.length === 1 && /^<<-?(["']?)(\w+)\1$/.test(ins.cmdLine.join(' ').trim());
  if (script) cmd = [...state.shell, ins.files[0]!.data];
  else if (ins.files.length > 0) cmd = [...state.shell, `${ins.cmdLine.join(' ')}\n${ins.files.map((f) => `${f.data}${f.data.endsWith('\n') ? '' : '\n'}${f.name}\n`).join('')}`];
  else cmd = ins.prependShell ? [...state.shell, ins.cmdLine.join(' ')] : ins.cmdLine;
  const args = [...state.args].map(([k, v]) => `${k}=${v}`);
  const env = [...args, ...(state.config.Env ?? [])];
  const user = state.config.User ?? '';
  const workdir = state.config.WorkingDir ?? '';
  const argsText = args.length > 0 ? `|${args.length} ${args.join(' ')} ` : '';
  return vertexStep(ctx, state, name, trace, (output) => ({
    key: hashKey('run', cmd, env, user, workdir),
    text: ins.original,
    copiesFiles: false,
    createdBy: `RUN ${argsText}${cmd.join(' ')} # buildkit`,
    description: name,
    run: { cmd, env, user, workdir, output },
    failed: (status) => new BuildError(`process "${cmd.join(' ')}" did not complete successfully: exit code: ${status}`),
  }));
}

export function workdirStep(ctx: StepContext, state: SolveState, dir: string, name: string, trace: Trace): Promise<StepOutcome> {
  return vertexStep(ctx, state, name, trace, () => ({
    key: hashKey('mkdir', dir),
    text: `WORKDIR ${dir}`,
    copiesFiles: false,
    createdBy: `WORKDIR ${dir}`,
    description: name,
    change: (fs) => fs.mkdirp(dir, 0o755),
  }));
}

/** --chown=user[:group] as numbers: names are looked up in the root's /etc/passwd and /etc/group. */
function owner(fs: FileSystem, spec: string): CopyOwner {
  const [user = '', group] = spec.split(':');
  const lookup = (file: string, name: string, field: number): number => {
    if (/^\d+$/.test(name)) return Number(name);
    try {
      const line = new TextDecoder().decode(fs.readFile(file)).split('\n').find((l) => l.split(':')[0] === name);
      if (line) return Number(line.split(':')[field]);
    } catch {
      // no such file: only numeric IDs work
    }
    throw new BuildError(`unable to convert uid/gid chown string to host mapping: can't find uid for user ${name}: no such user: ${name}`);
  };
  const uid = lookup('/etc/passwd', user, 2);
  const gid = group !== undefined ? lookup('/etc/group', group, 2) : /^\d+$/.test(user) ? uid : lookup('/etc/passwd', user, 3);
  return { uid, gid };
}

export function copyStep(
  ctx: StepContext,
  state: SolveState,
  ins: InstructionOf<'copy'> | InstructionOf<'add'>,
  name: string,
  trace: Trace,
  context: BuildContext,
  escape: string,
  from?: { imageId: string; name: string },
): Promise<StepOutcome> {
  const expand = expander(state, escape);
  const sources = ins.sourcePaths.map(expand);
  const dest = expand(ins.destPath);
  const url = sources.find((s) => /^https?:\/\//.test(s));
  if (ins.kind === 'add' && url) {
    const host = new URL(url).host;
    return vertexStep(ctx, state, name, trace, () => {
      throw new BuildError(`failed to load cache key: Get "${url}": dial tcp: lookup ${host}: no such host (Gorae's classroom has no internet: put the file in the build context and COPY it)`);
    });
  }
  let files: ContextFile[];
  if (from) files = rootFiles(ctx, from.imageId, sources);
  else files = [...context.files];
  const refId = recordId(`${from?.imageId ?? 'context'}`);
  const selected = (): ContextFile[] =>
    selectSources(files, sources, (clean) => new BuildError(`failed to compute cache key: failed to calculate checksum of ref ${refId}::${recordId(`${refId}${clean}`)}: "/${clean}": not found`));
  const workdir = state.config.WorkingDir ?? '/';
  return vertexStep(ctx, state, name, trace, () => {
    const chosen = selected();
    return {
      key: hashKey(ins.kind, sources, dest, workdir, ins.chown, ins.chmod, from?.imageId ?? '', contentChecksum(chosen)),
      text: ins.original,
      copiesFiles: true,
      createdBy: `${instructionText(ins.original)} # buildkit`,
      description: name,
      change: (fs) => {
        const own = ins.chown ? owner(fs, expand(ins.chown)) : undefined;
        // ADD unpacks local tar archives (plain or gzip) into the destination.
        const archives = ins.kind === 'add' ? chosen.flatMap((f) => (f.type === 'file' ? [{ f, entries: tarOf(f.data) }] : [])).filter((a) => a.entries) : [];
        copyInto(fs, chosen.filter((f) => !archives.some((a) => a.f === f)), sources, dest, workdir, own);
        for (const a of archives) extractInto(fs, a.entries!, inDir(workdir, dest));
        if (ins.chmod) for (const f of chosen) chmodCopied(fs, f, sources, dest, workdir, Number.parseInt(ins.chmod, 8));
      },
    };
  });
}

function chmodCopied(fs: FileSystem, f: ContextFile, sources: readonly string[], dest: string, workdir: string, mode: number): void {
  const target = inDir(workdir, dest);
  const path = sources.length === 1 && !dest.endsWith('/') && f.type === 'file' && fs.exists(target) && fs.stat(target).type === 'file' ? target : `${target.replace(/\/$/, '')}/${f.path.split('/').pop()}`;
  if (fs.exists(path) && f.type !== 'symlink') fs.chmod(path, mode);
}

/** The files of an image's root under `sources` (COPY --from), read from its layers. */
function rootFiles(ctx: StepContext, imageId: string, sources: readonly string[]): ContextFile[] {
  const { layers, images } = ctx.daemon;
  const top = images.get(imageId).topChainId;
  return filesFromRoot(new Overlay(top ? layers.chain(top) : []), sources);
}
