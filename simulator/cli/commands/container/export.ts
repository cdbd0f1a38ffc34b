import { containerExport } from '../../../daemon/container-archive';
import { reportDaemonError, type CommandContext } from '../../context';
import { refusesTerminal, writeArchive } from '../archive-output';

/** docker export [-o FILE] CONTAINER: the container's filesystem as a tar. */
export async function exportContainer(ctx: CommandContext): Promise<number> {
  const output = ctx.flags.string('output');
  if (refusesTerminal(ctx, output)) return 1;
  let tar: Uint8Array;
  try {
    tar = containerExport(ctx.daemon, ctx.args[0]!);
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  return writeArchive(ctx, output, tar, 'failed to export container: ');
}
