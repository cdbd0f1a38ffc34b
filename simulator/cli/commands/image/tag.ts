import { imageTag } from '../../../daemon/image-tag';
import { parseAnyReference, parseNormalizedNamed, type Reference } from '../../../reference';
import { reportDaemonError, type CommandContext } from '../../context';

/** docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]: the client checks both names first. */
export async function tag(ctx: CommandContext): Promise<number> {
  const { io, args } = ctx;
  const [source, target] = args as [string, string];
  const invalid = (name: string, err: unknown): number => {
    io.stderr.write(`Error parsing reference: "${name}" is not a valid repository/tag: ${(err as Error).message}\n`);
    return 1;
  };
  try {
    parseAnyReference(source);
  } catch (err) {
    return invalid(source, err);
  }
  let ref: Reference;
  try {
    ref = parseNormalizedNamed(target);
  } catch (err) {
    return invalid(target, err);
  }
  if (ref.digest !== undefined) {
    io.stderr.write('refusing to create a tag with a digest reference\n');
    return 1;
  }
  try {
    imageTag(ctx.daemon, source, ref);
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  return 0;
}
