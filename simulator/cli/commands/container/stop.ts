import { containerStop } from '../../../daemon/container-stop';
import type { CommandContext } from '../../context';
import { forEachContainer, intFlag } from './each-container';

/** docker stop [-s SIGNAL] [-t SECONDS] CONTAINER...: the stop signal, then SIGKILL after the timeout. */
export async function stop(ctx: CommandContext): Promise<number> {
  const signal = ctx.flags.string('signal');
  const timeout = intFlag(ctx, 'timeout');
  return forEachContainer(ctx, (name) => containerStop(ctx.daemon, name, { ...(signal ? { signal } : {}), ...(timeout !== undefined ? { timeout } : {}) }));
}
