import { BuildError, buildLegacy } from '../../../builder/legacy-builder';
import { readBuildContext } from '../../../builder/build-context';
import { imageCreate } from '../../../daemon/image-create';
import { parseNormalizedNamed, tagNameOnly } from '../../../reference';
import { isFsError } from '../../../fs';
import { SimError } from '../../../errors';
import { humanSizeWithPrecision } from '../../format/size';
import { daemonErrorText, type CommandContext } from '../../context';
import { displayPull } from './pull-display';

const LEGACY_NOTICE =
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
  '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n' +
  '            environment-variable.\n\n';

/**
 * docker build PATH: the classic builder's run of the Dockerfile in PATH (from the client's
 * files), its output as Docker prints it, and the result tagged with each -t.
 */
export async function build(ctx: CommandContext): Promise<number> {
  const { io, flags, daemon } = ctx;
  if (io.env.DOCKER_BUILDKIT !== '0') {
    io.stderr.write(`${ctx.commandPath}: BuildKit's output is not available in Gorae yet; run it as DOCKER_BUILDKIT=0 ${ctx.commandPath} …\n`);
    return 1;
  }
  io.stderr.write(LEGACY_NOTICE);
  const pathArg = ctx.args[0]!;
  const root = ctx.host.resolve(pathArg);
  const dockerfileArg = flags.string('file') || 'Dockerfile';
  const dockerfilePath = dockerfileArg.startsWith('/') ? dockerfileArg : ctx.host.resolve(flags.changed('file') ? dockerfileArg : `${pathArg.replace(/\/$/, '')}/${dockerfileArg}`);
  try {
    if (ctx.host.fs.stat(root).type !== 'directory') throw new Error('not a directory');
  } catch {
    io.stderr.write(`unable to prepare context: path "${pathArg}" not found\n`);
    return 1;
  }
  let dockerfile: string;
  try {
    dockerfile = new TextDecoder().decode(ctx.host.fs.readFile(dockerfilePath));
  } catch (err) {
    if (!isFsError(err)) throw err;
    io.stderr.write(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${dockerfilePath}: no such file or directory\n`);
    return 1;
  }
  const tags = flags.stringList('tag');
  let refs;
  try {
    refs = tags.map((t) => tagNameOnly(parseNormalizedNamed(t)));
  } catch (err) {
    io.stderr.write(`invalid argument "${tags.find((t) => !safeParse(t))}" for "-t, --tag" flag: ${err instanceof Error ? err.message : String(err)}\nSee 'docker build --help'.\n`);
    return 125;
  }
  const buildArgs: Record<string, string> = {};
  for (const a of flags.stringList('build-arg')) {
    const eq = a.indexOf('=');
    if (eq < 0) {
      if (a in io.env) buildArgs[a] = io.env[a]!;
    } else buildArgs[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const quiet = flags.bool('quiet');
  const out = (text: string | Uint8Array): void => {
    if (!quiet) io.stdout.write(text);
  };
  const context = readBuildContext(ctx.host.fs, root);
  out(`Sending build context to Docker daemon  ${humanSizeWithPrecision(context.size, 4)}\n`);
  let imageId: string;
  try {
    imageId = await buildLegacy(daemon, {
      dockerfile,
      context,
      buildArgs,
      noCache: flags.bool('no-cache'),
      target: flags.string('target'),
      out,
      baseImage: async (name) => {
        const ref = tagNameOnly(parseNormalizedNamed(name));
        const found = daemon.images.find(ref.familiarString());
        if (found) return found.id;
        const pulled = await imageCreate(daemon, ref, displayPull(quiet ? undefined : io.stdout, ctx), io.signal);
        return pulled.image.id;
      },
    });
  } catch (err) {
    if (err instanceof BuildError) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    if (err instanceof SimError) {
      io.stderr.write(`${daemonErrorText(err)}\n`);
      return 1;
    }
    throw err;
  }
  for (const ref of refs) {
    daemon.images.setReference(ref, imageId);
    daemon.events.emit('/images/tag', { imageId, ref: ref.familiarString() });
  }
  if (quiet) {
    io.stdout.write(`${imageId}\n`);
    return 0;
  }
  out(`Successfully built ${imageId.slice(7, 19)}\n`);
  for (const ref of refs) out(`Successfully tagged ${ref.familiarString()}\n`);
  return 0;
}

function safeParse(text: string): boolean {
  try {
    parseNormalizedNamed(text);
    return true;
  } catch {
    return false;
  }
}
