import { containerCommit } from '../../../daemon/container-commit';
import { ClientRefError } from '../../../daemon/client-ref-error';
import { reportDaemonError, type CommandContext } from '../../context';

/** docker commit [-a AUTHOR] [-m MESSAGE] CONTAINER [REPOSITORY[:TAG]]: prints the new image ID. */
export async function commit(ctx: CommandContext): Promise<number> {
  const { flags, io } = ctx;
  try {
    const id = containerCommit(ctx.daemon, ctx.args[0]!, {
      ...(ctx.args[1] !== undefined ? { reference: ctx.args[1] } : {}),
      ...(flags.string('author') ? { author: flags.string('author') } : {}),
      ...(flags.string('message') ? { comment: flags.string('message') } : {}),
      changes: flags.stringList('change'),
    });
    io.stdout.write(`${id}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ClientRefError) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    return reportDaemonError(ctx, err);
  }
}
