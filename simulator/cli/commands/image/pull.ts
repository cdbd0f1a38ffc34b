import { imageCreate } from '../../../daemon/image-create';
import { isNameOnly, parseNormalizedNamed, tagNameOnly, type Reference } from '../../../reference';
import { daemonErrorText, type CommandContext } from '../../context';
import { displayPull } from './pull-display';

/** docker pull [-q] [-a] NAME[:TAG|@DIGEST] */
export async function pull(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags } = ctx;
  const quiet = flags.bool('quiet');
  const all = flags.bool('all-tags');
  let ref: Reference;
  try {
    ref = parseNormalizedNamed(ctx.args[0]!);
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  if (all && !isNameOnly(ref)) {
    io.stderr.write(`tag can't be used with --all-tags/-a\n`);
    return 1;
  }
  if (!all && isNameOnly(ref)) {
    ref = tagNameOnly(ref);
    if (!quiet) io.stdout.write(`Using default tag: ${ref.tag}\n`);
  }
  try {
    const sink = displayPull(quiet ? undefined : io.stdout, ctx);
    if (all) {
      for (const tag of await daemon.deps.registry.tags(ref.path)) {
        await imageCreate(daemon, parseNormalizedNamed(`${ref.name}:${tag}`), sink, io.signal);
      }
    } else {
      await imageCreate(daemon, ref, sink, io.signal);
    }
  } catch (err) {
    io.stderr.write(`${daemonErrorText(err)}\n`);
    return 1;
  }
  io.stdout.write(`${ref.toString()}\n`);
  return 0;
}
