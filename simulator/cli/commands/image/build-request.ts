/**
 * What `docker build PATH` reads on the client before either builder runs: the context
 * folder, the Dockerfile (`-f`, relative to the current folder when given, else PATH's
 * "Dockerfile"), the tags and the build arguments.
 */
import { readBuildContext, type BuildContext } from '../../../builder/build-context';
import { isFsError } from '../../../fs';
import { parseNormalizedNamed, type Reference } from '../../../reference';
import type { CommandContext } from '../../context';

export interface BuildRequest {
  pathArg: string;
  /** The context folder (host path). */
  root: string;
  dockerfilePath: string;
  /** As given to -f, or "Dockerfile". */
  dockerfileName: string;
  /** undefined when the file cannot be read. */
  dockerfile: string | undefined;
  /** The -t values as named ("hello", "docker.io/me/app:1"), tag not yet defaulted. */
  tags: Reference[];
  buildArgs: Record<string, string>;
  context: () => BuildContext;
  /** Bytes of the context's .dockerignore (0 when there is none). */
  dockerignoreSize: number;
}

export type RequestProblem = { kind: 'no-context' } | { kind: 'bad-tag'; tag: string; message: string };

export function readBuildRequest(ctx: CommandContext): BuildRequest | RequestProblem {
  const { flags, io } = ctx;
  const pathArg = ctx.args[0]!;
  const root = ctx.host.resolve(pathArg);
  try {
    if (ctx.host.fs.stat(root).type !== 'directory') return { kind: 'no-context' };
  } catch {
    return { kind: 'no-context' };
  }
  const dockerfileName = flags.string('file') || 'Dockerfile';
  const dockerfilePath = dockerfileName.startsWith('/') ? dockerfileName : ctx.host.resolve(flags.changed('file') ? dockerfileName : `${pathArg.replace(/\/$/, '')}/${dockerfileName}`);
  let dockerfile: string | undefined;
  try {
    dockerfile = new TextDecoder().decode(ctx.host.fs.readFile(dockerfilePath));
  } catch (err) {
    if (!isFsError(err)) throw err;
  }
  const tags: Reference[] = [];
  for (const t of flags.stringList('tag')) {
    try {
      tags.push(parseNormalizedNamed(t));
    } catch (err) {
      return { kind: 'bad-tag', tag: t, message: err instanceof Error ? err.message : String(err) };
    }
  }
  const buildArgs: Record<string, string> = {};
  for (const a of flags.stringList('build-arg')) {
    const eq = a.indexOf('=');
    if (eq < 0) {
      if (a in io.env) buildArgs[a] = io.env[a]!;
    } else buildArgs[a.slice(0, eq)] = a.slice(eq + 1);
  }
  // BuildKit reads `<Dockerfile>.dockerignore` beside the Dockerfile when there is one; the
  // classic builder only the context's .dockerignore.
  const own = `${dockerfilePath}.dockerignore`;
  const ignoreFile = io.env.DOCKER_BUILDKIT !== '0' && exists(ctx, own) ? own : `${root}/.dockerignore`;
  let dockerignoreSize = 0;
  try {
    dockerignoreSize = ctx.host.fs.readFile(ignoreFile).length;
  } catch {
    dockerignoreSize = 0;
  }
  const context = (): BuildContext => readBuildContext(ctx.host.fs, root, { dockerfile: dockerfilePath, ignoreFile });
  return { pathArg, root, dockerfilePath, dockerfileName, dockerfile, tags, buildArgs, context, dockerignoreSize };
}

function exists(ctx: CommandContext, path: string): boolean {
  try {
    ctx.host.fs.stat(path);
    return true;
  } catch {
    return false;
  }
}
