import { NotFoundError } from '../../../errors';
import { daemonErrorText, type CommandContext } from '../../context';

/** docker rm [-f] CONTAINER...: prints each name removed; errors are joined at the end. */
export async function rm(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, args } = ctx;
  const force = flags.bool('force');
  const errors: string[] = [];
  for (const name of args) {
    try {
      daemon.containerRemove(name, { force });
      io.stdout.write(`${name}\n`);
    } catch (err) {
      if (force && err instanceof NotFoundError) continue;
      errors.push(daemonErrorText(err));
    }
  }
  if (errors.length === 0) return 0;
  io.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}
