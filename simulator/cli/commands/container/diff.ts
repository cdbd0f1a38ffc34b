import { containerChanges } from '../../../daemon/container-archive';
import { formatChanges } from '../../../fs';
import { reportDaemonError, type CommandContext } from '../../context';

/** docker diff CONTAINER: A (added), C (changed) and D (deleted) paths of its writable layer. */
export async function diff(ctx: CommandContext): Promise<number> {
  try {
    const lines = formatChanges(containerChanges(ctx.daemon, ctx.args[0]!));
    ctx.io.stdout.write(lines.map((l) => `${l}\n`).join(''));
    return 0;
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
}
