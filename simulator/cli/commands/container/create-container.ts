import { imageCreate } from '../../../daemon/image-create';
import { NotFoundError } from '../../../errors';
import { parseAnyReference, Reference, tagNameOnly } from '../../../reference';
import { ClientError, type CommandContext } from '../../context';
import { displayPull } from '../image/pull-display';
import type { ContainerOptions } from './create-options';

/**
 * What `docker create` and `docker run` share: create the container and, when the daemon
 * does not have the image, say so, pull it (progress to stderr) and try again.
 */
export async function createContainer(ctx: CommandContext, options: ContainerOptions): Promise<string> {
  let parsed;
  try {
    parsed = parseAnyReference(options.request.Image);
  } catch (err) {
    throw new ClientError(err instanceof Error ? err.message : String(err));
  }
  const named = parsed instanceof Reference ? tagNameOnly(parsed) : undefined;
  const create = () => ctx.daemon.containerCreate(options.request, options.hostConfig, options.name || undefined).Id;
  const pull = async () => {
    const display = displayPull(options.quiet ? undefined : ctx.io.stderr, ctx);
    await imageCreate(ctx.daemon, named!, display, ctx.io.signal);
  };
  if (options.pull === 'always' && named) await pull();
  try {
    return create();
  } catch (err) {
    if (!(err instanceof NotFoundError) || !named || options.pull !== 'missing' || !err.message.startsWith('No such image')) throw err;
    if (!options.quiet) ctx.io.stderr.write(`Unable to find image '${named.familiarString()}' locally\n`);
    await pull();
    return create();
  }
}
