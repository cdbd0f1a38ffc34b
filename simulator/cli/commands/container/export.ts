import { containerExport } from '../../../daemon/container-archive';
import { reportDaemonError, type CommandContext } from '../../context';

/** docker export [-o FILE] CONTAINER: the container's filesystem as a tar. */
export async function exportContainer(ctx: CommandContext): Promise<number> {
  const { io, flags, host } = ctx;
  const output = flags.string('output');
  if (!output && io.terminal.isTTY) {
    io.stderr.write('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
    return 1;
  }
  let tar: Uint8Array;
  try {
    tar = containerExport(ctx.daemon, ctx.args[0]!);
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  if (!output) {
    io.stdout.write(tar);
    return 0;
  }
  try {
    host.fs.writeFile(host.resolve(output), tar);
  } catch (err) {
    io.stderr.write(`failed to export container: open ${output}: ${err instanceof Error ? err.message.toLowerCase() : String(err)}\n`);
    return 1;
  }
  return 0;
}
