import { containerPause, containerUnpause } from '../../../daemon/container-pause';
import type { CommandContext } from '../../context';
import { forEachContainer } from './each-container';

/** docker pause CONTAINER... */
export async function pause(ctx: CommandContext): Promise<number> {
  return forEachContainer(ctx, (name) => containerPause(ctx.daemon, name));
}

/** docker unpause CONTAINER... */
export async function unpause(ctx: CommandContext): Promise<number> {
  return forEachContainer(ctx, (name) => containerUnpause(ctx.daemon, name));
}
