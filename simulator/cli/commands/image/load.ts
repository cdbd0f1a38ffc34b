import { imageLoad } from '../../../daemon/image-load';
import { isFsError } from '../../../fs';
import { reportDaemonError, type CommandContext } from '../../context';
import { displayPull } from './pull-display';

/** docker load [-i FILE] [-q]: images from a tar made by docker save. */
export async function load(ctx: CommandContext): Promise<number> {
  const { io, flags, host } = ctx;
  const input = flags.string('input');
  if (!input) {
    io.stderr.write('requested load from stdin, but stdin is empty\n');
    return 1;
  }
  let archive: Uint8Array;
  try {
    archive = host.fs.readFile(host.resolve(input));
  } catch (err) {
    if (!isFsError(err)) throw err;
    io.stderr.write(`open ${input}: ${err.message.toLowerCase()}\n`);
    return 1;
  }
  const quiet = flags.bool('quiet') || !io.terminal.isTTY;
  try {
    const lines = imageLoad(ctx.daemon, archive, quiet ? undefined : displayPull(io.stdout, ctx));
    io.stdout.write(lines.map((l) => `${l}\n`).join(''));
    return 0;
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
}
