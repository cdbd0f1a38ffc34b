import { containerRestart } from '../../../daemon/container-stop';
import { daemonErrorText, type CommandContext } from '../../context';
import { intFlag } from './each-container';

/** docker restart [-s SIGNAL] [-t SECONDS] CONTAINER...: one after the other, as docker/cli does. */
export async function restart(ctx: CommandContext): Promise<number> {
  const signal = ctx.flags.string('signal');
  const timeout = intFlag(ctx, 'timeout');
  const errors: string[] = [];
  for (const name of ctx.args) {
    try {
      await containerRestart(ctx.daemon, name, { ...(signal ? { signal } : {}), ...(timeout !== undefined ? { timeout } : {}) });
      ctx.io.stdout.write(`${name}\n`);
    } catch (err) {
      errors.push(daemonErrorText(err));
    }
  }
  if (errors.length === 0) return 0;
  ctx.io.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}
