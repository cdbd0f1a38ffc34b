import { containerKill } from '../../../daemon/container-stop';
import type { CommandContext } from '../../context';
import { forEachContainer } from './each-container';

/** docker kill [-s SIGNAL] CONTAINER...: SIGKILL unless another signal is named. */
export async function kill(ctx: CommandContext): Promise<number> {
  const signal = ctx.flags.string('signal');
  return forEachContainer(ctx, (name) => containerKill(ctx.daemon, name, signal));
}
