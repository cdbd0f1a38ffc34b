import { imageSave } from '../../../daemon/image-save';
import { isFsError } from '../../../fs';
import { reportDaemonError, type CommandContext } from '../../context';

/** docker save [-o FILE] IMAGE...: images as a tar, to a file or to standard output. */
export async function save(ctx: CommandContext): Promise<number> {
  const { io, flags, host } = ctx;
  const output = flags.string('output');
  if (!output && io.terminal.isTTY) {
    io.stderr.write('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
    return 1;
  }
  let archive: Uint8Array;
  try {
    archive = imageSave(ctx.daemon, ctx.args);
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  if (!output) {
    io.stdout.write(archive);
    return 0;
  }
  try {
    host.fs.writeFile(host.resolve(output), archive);
  } catch (err) {
    if (!isFsError(err)) throw err;
    io.stderr.write(`failed to save image: invalid output path: open ${output}: ${err.message.toLowerCase()}\n`);
    return 1;
  }
  return 0;
}
