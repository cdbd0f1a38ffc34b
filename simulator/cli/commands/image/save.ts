import { imageSave } from '../../../daemon/image-save';
import { reportDaemonError, type CommandContext } from '../../context';
import { refusesTerminal, writeArchive } from '../archive-output';

/** docker save [-o FILE] IMAGE...: images as a tar, to a file or to standard output. */
export async function save(ctx: CommandContext): Promise<number> {
  const output = ctx.flags.string('output');
  if (refusesTerminal(ctx, output)) return 1;
  let archive: Uint8Array;
  try {
    archive = imageSave(ctx.daemon, ctx.args);
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  return writeArchive(ctx, output, archive, 'failed to save image: invalid output path: ');
}
