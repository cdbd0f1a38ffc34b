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
import { digestOf } from '../digest';
import { SimError } from '../errors';
import type { ContainerConfig } from '../images/oci';
import { parse, parseInstructions, ShellLex, type Instruction, type Stage } from '../dockerfile';
import { gunzip, isGzip, readTar, type TarEntry } from '../archive';
import type { BuildContext, ContextFile } from './build-context';

export interface LegacyBuildOptions {
  dockerfile: string;
  context: BuildContext;
  buildArgs: Record<string, string>;
  noCache: boolean;
  target: string;
  /** Makes sure an image is there (pulling it, with the pull's output), returns its ID. */
  baseImage(ref: string): Promise<string>;
  /** Output lines (with their newlines) and the RUN commands' output. */
  out(text: string | Uint8Array): void;
}

/** A build step failed; the message is what the client prints. */
export class BuildError extends SimError {
  constructor(message: string) {
    super('system', message);
  }
}

const DEFAULT_SHELL = ['/bin/sh', '-c'];
const cache = new WeakMap<Daemon, Map<string, string>>();

function cacheOf(daemon: Daemon): Map<string, string> {
  let map = cache.get(daemon);
  if (!map) cache.set(daemon, (map = new Map()));
  return map;
}

const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

/** Go's %q of a string list, as `CMD ["a" "b"]` history lines print it. */
const goQuoted = (list: string[]): string => `[${list.map((s) => JSON.stringify(s)).join(' ')}]`;

interface State {
  imageId: string;
  config: ContainerConfig;
  shell: string[];
  args: Map<string, string>;
}

export async function buildLegacy(daemon: Daemon, options: LegacyBuildOptions): Promise<string> {
  const { ast } = parse(options.dockerfile);
  const { stages, metaArgs } = parseInstructions(ast);
  let last = stages.length - 1;
  if (options.target) {
    last = stages.findIndex((s) => s.name === options.target.toLowerCase());
    if (last < 0) throw new BuildError(`failed to reach build target ${options.target} in Dockerfile`);
  }
  const steps = metaArgs.length + stages.slice(0, last + 1).reduce((n, s) => n + 1 + s.commands.length, 0);
  let step = 0;
  const metaValues = new Map<string, string>();
  for (const arg of metaArgs) {
    options.out(`Step ${++step}/${steps} : ${arg.original}\n`);
    for (const a of arg.args) metaValues.set(a.key, options.buildArgs[a.key] ?? a.value ?? '');
  }
  const built = new Map<string, string>();
  let result = '';
  for (let i = 0; i <= last; i++) {
    const stage = stages[i]!;
    options.out(`Step ${++step}/${steps} : ${stage.from.original}\n`);
    const state = await fromStage(daemon, stage, built, metaValues, options);
    options.out(` ---> ${short(state.imageId)}\n`);
    for (const ins of stage.commands) {
      options.out(`Step ${++step}/${steps} : ${ins.original}\n`);
      await runStep(daemon, state, ins, options);
      options.out(` ---> ${short(state.imageId)}\n`);
    }
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
  if (!imageId) throw new BuildError('FROM scratch is not available in Gorae yet');
  const image = daemon.images.get(imageId);
  return { imageId: image.id, config: structuredClone(image.config.config), shell: [...DEFAULT_SHELL], args: new Map() };
}

function envOf(state: State): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of state.args) env[k] = v;
  for (const e of state.config.Env ?? []) {
    const eq = e.indexOf('=');
    env[e.slice(0, eq)] = e.slice(eq + 1);
  }
  return env;
}

function setEnv(config: ContainerConfig, key: string, value: string): void {
  const env = (config.Env ?? []).filter((e) => e.split('=', 1)[0] !== key);
  env.push(`${key}=${value}`);
  config.Env = env;
}

async function runStep(daemon: Daemon, state: State, ins: Instruction, options: LegacyBuildOptions): Promise<void> {
  const lex = new ShellLex('\\');
  const expand = (word: string): string => lex.processWord(word, envOf(state));
  const next = structuredClone(state.config);
  switch (ins.kind) {
    case 'run': {
      const cmd = ins.prependShell ? [...state.shell, ins.cmdLine.join(' ')] : ins.cmdLine;
      // ARG values reach the command as environment variables, and are part of the cache key.
      const argEnv = [...state.args].map(([k, v]) => `${k}=${v}`);
      const runConfig: ContainerConfig = { ...next, Cmd: cmd, Entrypoint: null, Env: [...argEnv, ...(next.Env ?? [])] };
      await commitStep(daemon, state, next, cmd.join(' '), runConfig, options, async (id) => {
        options.out(` ---> Running in ${short(id)}\n`);
        const detach = daemon.containerAttach(id, { stdout: (d) => options.out(d), stderr: (d) => options.out(d) });
        const exited = daemon.containerWait(id, 'next-exit');
        await daemon.containerStart(id);
        const status = await exited;
        detach();
        if (status !== 0) {
          daemon.containerRemove(id, { force: true });
          throw new BuildError(`The command '${cmd.join(' ')}' returned a non-zero code: ${status}`);
        }
      });
      return;
    }
    case 'copy':
    case 'add': {
      const dest = expand(ins.destPath);
      const sources = ins.sourcePaths.map(expand);
      const files = selectSources(options.context.files, sources);
      const hash = digestOf(new TextEncoder().encode(files.map((f) => `${f.path}\0${f.mode}\0${f.type}\0${digestOf(f.data)}`).join('\n'))).slice(7);
      const kind = sources.length === 1 && files.length === 1 && files[0]!.type === 'file' ? 'file' : 'dir';
      const nop = `#(nop) ${ins.kind.toUpperCase()} ${kind}:${hash} in ${dest} `;
      const runConfig: ContainerConfig = { ...next, Cmd: [...state.shell, nop], Entrypoint: null };
      await commitStep(daemon, state, next, `${state.shell.join(' ')} ${nop}`, runConfig, options, async (id) => {
        const fs = daemon.snapshots.get(daemon.containers.get(id).snapshotKey).fs;
        // ADD unpacks a local tar archive (plain or gzip) into the destination; COPY copies it as is.
        const workdir = next.WorkingDir ?? '/';
        const archives = ins.kind === 'add' ? files.flatMap((file) => (file.type === 'file' ? [{ file, entries: tarOf(file.data) }] : [])).filter((a) => a.entries) : [];
        copyInto(fs, files.filter((f) => !archives.some((a) => a.file === f)), sources, dest, workdir);
        for (const archive of archives) extractInto(fs, archive.entries!, inDir(workdir, dest));
      }, true);
      return;
    }
    case 'cmd':
    case 'entrypoint': {
      const line = ins.prependShell ? [...state.shell, ins.cmdLine.join(' ')] : ins.cmdLine;
      if (ins.kind === 'cmd') next.Cmd = line;
      else {
        next.Entrypoint = line;
        // An ENTRYPOINT resets a CMD that came from the base image.
        if (!state.config.Cmd || state.config.Cmd === undefined) next.Cmd = null;
      }
      return metadataStep(daemon, state, next, `${ins.kind.toUpperCase()} ${goQuoted(line)}`, options);
    }
    case 'env': {
      const values = ins.env.map((kv) => [kv.key, expand(kv.value)] as const);
      for (const [k, v] of values) setEnv(next, k, v);
      return metadataStep(daemon, state, next, `ENV ${values.map(([k, v]) => `${k}=${v}`).join(' ')}`, options);
    }
    case 'label': {
      next.Labels = { ...(next.Labels ?? {}) };
      for (const kv of ins.labels) next.Labels[expand(kv.key)] = expand(kv.value);
      return metadataStep(daemon, state, next, `LABEL ${ins.labels.map((kv) => `${expand(kv.key)}=${expand(kv.value)}`).join(' ')}`, options);
    }
    case 'expose': {
      const ports = ins.ports.map(expand).map((p) => (p.includes('/') ? p : `${p}/tcp`));
      next.ExposedPorts = { ...(next.ExposedPorts ?? {}) };
      for (const p of ports) next.ExposedPorts[p] = {};
      return metadataStep(daemon, state, next, `EXPOSE ${ports.join(' ')}`, options);
    }
    case 'user':
      next.User = expand(ins.user);
      return metadataStep(daemon, state, next, `USER ${next.User}`, options);
    case 'workdir': {
      const path = expand(ins.path);
      const dir = inDir(next.WorkingDir ?? '/', path);
      next.WorkingDir = dir;
      return metadataStep(daemon, state, next, `WORKDIR ${dir}`, options, (fs) => fs.mkdirp(dir, 0o755));
    }
    case 'volume':
      next.Volumes = { ...(next.Volumes ?? {}) };
      for (const v of ins.volumes.map(expand)) next.Volumes[v] = {};
      return metadataStep(daemon, state, next, `VOLUME ${goQuoted(ins.volumes.map(expand))}`, options);
    case 'stopsignal':
      next.StopSignal = expand(ins.signal);
      return metadataStep(daemon, state, next, `STOPSIGNAL ${next.StopSignal}`, options);
    case 'shell':
      state.shell = ins.shell;
      next.Shell = ins.shell;
      return metadataStep(daemon, state, next, `SHELL ${goQuoted(ins.shell)}`, options);
    case 'arg': {
      for (const a of ins.args) state.args.set(a.key, options.buildArgs[a.key] ?? a.value ?? '');
      return metadataStep(daemon, state, next, `ARG ${ins.args.map((a) => (a.value !== undefined ? `${a.key}=${a.value}` : a.key)).join(' ')}`, options);
    }
    case 'maintainer':
      return metadataStep(daemon, state, next, `MAINTAINER ${ins.maintainer}`, options);
    default:
      throw new BuildError(`${ins.name.toUpperCase()} is not available in Gorae's builder yet`);
  }
}

/** Metadata instructions: an intermediate container whose command is "#(nop) <instruction>", committed as is. */
function metadataStep(daemon: Daemon, state: State, next: ContainerConfig, text: string, options: LegacyBuildOptions, change?: (fs: import('../fs').FileSystem) => void): Promise<void> {
  const nop = [...state.shell, `#(nop) `, text];
  const runConfig: ContainerConfig = { ...next, Cmd: nop, Entrypoint: null };
  return commitStep(daemon, state, next, nop.join(' '), runConfig, options, async (id) => {
    options.out(` ---> Running in ${short(id)}\n`);
    if (change) change(daemon.snapshots.get(daemon.containers.get(id).snapshotKey).fs);
  });
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
  options: LegacyBuildOptions,
  work: (containerId: string) => Promise<void>,
  quiet = false,
): Promise<void> {
  const key = `${state.imageId}\n${JSON.stringify(runConfig)}`;
  const cached = cacheOf(daemon).get(key);
  if (!options.noCache && cached && daemon.images.has(cached)) {
    options.out(' ---> Using cache\n');
    state.imageId = cached;
    state.config = next;
    return;
  }
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
  cacheOf(daemon).set(key, imageId);
  state.imageId = imageId;
  state.config = next;
}

/** `path` as an absolute path, relative ones taken from the working directory. */
const inDir = (workdir: string, path: string): string => (path.startsWith('/') ? path : `${workdir.replace(/\/$/, '')}/${path}`);

/** A COPY source as a context path: no leading "./" or "/", no trailing "/" ('' or "." for everything). */
const contextPath = (source: string): string => source.replace(/^\.?\/+/, '').replace(/\/+$/, '');

/** Whether the context path `clean` names file `f` (itself, or something under it). */
const names = (clean: string, f: ContextFile): boolean => clean === '' || clean === '.' || f.path === clean || f.path.startsWith(`${clean}/`);

/** The context files a COPY's sources name: a file, a folder's contents, or "." for everything. */
function selectSources(files: ContextFile[], sources: string[]): ContextFile[] {
  const out: ContextFile[] = [];
  for (const source of sources) {
    const clean = contextPath(source);
    const matched = files.filter((f) => names(clean, f));
    if (matched.length === 0) throw new BuildError(`COPY failed: file not found in build context or excluded by .dockerignore: stat ${clean}: file does not exist`);
    out.push(...matched);
  }
  return out;
}

function copyInto(fs: import('../fs').FileSystem, files: ContextFile[], sources: string[], dest: string, workdir: string): void {
  const target = inDir(workdir, dest);
  const isDir = (p: string): boolean => {
    try {
      return fs.stat(p).type === 'directory';
    } catch {
      return false;
    }
  };
  // A single file is copied to the destination path, unless that names a directory.
  const single = sources.length === 1 && files.length === 1 && files[0]!.type === 'file' && !dest.endsWith('/') && dest !== '.' && !isDir(target);
  for (const source of sources) {
    const clean = contextPath(source);
    for (const f of files) {
      if (!names(clean, f)) continue;
      const rel = clean === '' || clean === '.' ? f.path : f.path === clean ? f.path.split('/').pop()! : f.path.slice(clean.length + 1);
      const path = single ? target : `${target.replace(/\/$/, '')}/${rel}`;
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      fs.mkdirp(parent, 0o755);
      if (f.type === 'directory') fs.mkdirp(path, f.mode || 0o755);
      else if (f.type === 'symlink') fs.symlink(f.linkname ?? '', path);
      else {
        if (fs.exists(path)) fs.unlink(path);
        fs.writeFile(path, f.data, { mode: f.mode });
        fs.chmod(path, f.mode);
      }
    }
  }
}

/** The entries of a tar archive (gzip-compressed or not), or null when the bytes are no tar. */
function tarOf(data: Uint8Array): TarEntry[] | null {
  try {
    const raw = isGzip(data) ? gunzip(data) : data;
    // A tar header has "ustar" at offset 257.
    if (raw.length < 512 || String.fromCharCode(...raw.subarray(257, 262)) !== 'ustar') return null;
    return readTar(raw);
  } catch {
    return null;
  }
}

function extractInto(fs: import('../fs').FileSystem, entries: TarEntry[], dest: string): void {
  const root = dest.replace(/\/$/, '') || '';
  fs.mkdirp(root || '/', 0o755);
  for (const e of entries) {
    const path = `${root}/${e.name.replace(/^\.?\/+/, '').replace(/\/$/, '')}`;
    if (path === `${root}/`) continue;
    fs.mkdirp(path.slice(0, path.lastIndexOf('/')) || '/', 0o755);
    if (e.type === 'directory') fs.mkdirp(path, e.mode);
    else if (e.type === 'symlink') fs.symlink(e.linkname ?? '', path);
    else if (e.type === 'file') {
      if (fs.exists(path)) fs.unlink(path);
      fs.writeFile(path, e.data ?? new Uint8Array(0), { mode: e.mode });
      fs.chmod(path, e.mode);
    }
  }
}
