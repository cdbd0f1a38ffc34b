/**
 * `DOCKER_BUILDKIT=0 docker build`: the classic builder's run of the Dockerfile, its output
 * as Docker prints it ("Sending build context…", "Step 1/3 : …", "Successfully built …"),
 * and the result tagged with each -t.
 */
import { buildLegacy } from '../../../builder/legacy-builder';
import { BuildError } from '../../../builder/build-error';
import { BuildCanceled } from '../../../builder/cancel';
import { imageCreate } from '../../../daemon/image-create';
import { parseNormalizedNamed, tagNameOnly } from '../../../reference';
import { SimError } from '../../../errors';
import { humanSizeWithPrecision } from '../../format/size';
import { daemonErrorText, type CommandContext } from '../../context';
import { displayPull } from './pull-display';
import type { BuildRequest } from './build-request';

const LEGACY_NOTICE =
  'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n' +
  '            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n' +
  '            environment-variable.\n\n';

export async function legacyBuild(ctx: CommandContext, request: BuildRequest): Promise<number> {
  const { io, flags, daemon } = ctx;
  if (request.dockerfile === undefined) {
    io.stderr.write(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${request.dockerfilePath}: no such file or directory\n`);
    return 1;
  }
  const refs = request.tags.map((t) => tagNameOnly(t));
  const quiet = flags.bool('quiet');
  const out = (text: string | Uint8Array): void => {
    if (!quiet) io.stdout.write(text);
  };
  const context = request.context();
  out(`Sending build context to Docker daemon  ${humanSizeWithPrecision(context.size, 4)}\n`);
  let imageId: string;
  try {
    imageId = await buildLegacy(daemon, {
      dockerfile: request.dockerfile,
      dockerfilePath: request.dockerfilePath,
      contextPath: request.root,
      tags: refs.map((r) => r.familiarString()),
      context,
      buildArgs: request.buildArgs,
      noCache: flags.bool('no-cache'),
      target: flags.string('target'),
      out,
      signal: io.signal,
      baseImage: async (name) => {
        const ref = tagNameOnly(parseNormalizedNamed(name));
        const found = daemon.images.find(ref.familiarString());
        if (found) return found.id;
        const pulled = await imageCreate(daemon, ref, displayPull(quiet ? undefined : io.stdout, ctx), io.signal);
        return pulled.image.id;
      },
    });
  } catch (err) {
    // Ctrl+C ends the client at once, as a SIGINT does.
    if (err instanceof BuildCanceled) return 130;
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

export { LEGACY_NOTICE };
