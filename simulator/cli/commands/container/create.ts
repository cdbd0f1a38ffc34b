import type { CommandContext } from '../../context';
import { createContainer } from './create-container';
import { containerOptions } from './create-options';
import { reportRunError } from './run-errors';

/** docker create: makes the container and prints its full ID. */
export async function create(ctx: CommandContext): Promise<number> {
  try {
    const id = await createContainer(ctx, containerOptions(ctx.flags, ctx.args, ctx.io.env, true));
    ctx.io.stdout.write(`${id}\n`);
    return 0;
  } catch (err) {
    return reportRunError(ctx.io.stderr, ctx.commandPath, err);
  }
}
