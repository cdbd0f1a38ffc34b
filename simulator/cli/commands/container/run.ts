import type { CommandContext } from '../../context';
import { containerInput } from '../../../daemon/container-stdin';
import { attachSession } from './attach-input';
import { createContainer } from './create-container';
import { containerOptions } from './create-options';
import { reportRunError } from './run-errors';

const SIGINT = 2;

/** docker run: create, attach, start, and wait; exits with the container's status. */
export async function run(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags } = ctx;
  const detach = flags.bool('detach');
  let id: string;
  let options;
  try {
    options = containerOptions(flags, ctx.args, io.env, !detach);
    id = await createContainer(ctx, options);
  } catch (err) {
    return reportRunError(io.stderr, ctx.commandPath, err);
  }
  if (detach) {
    try {
      await daemon.containerStart(id);
    } catch (err) {
      io.stdout.write(`${id}\n`);
      return reportRunError(io.stderr, ctx.commandPath, err);
    }
    io.stdout.write(`${id}\n`);
    return 0;
  }
  const detachStreams = daemon.containerAttach(id, {
    stdout: (data) => io.stdout.write(data),
    stderr: (data) => io.stderr.write(data),
  });
  const exited = daemon.containerWait(id, options.hostConfig.AutoRemove ? 'removed' : 'next-exit');
  try {
    await daemon.containerStart(id);
  } catch (err) {
    detachStreams();
    return reportRunError(io.stderr, ctx.commandPath, err);
  }
  const input = flags.bool('interactive') ? containerInput(daemon, id) : null;
  // --sig-proxy: Ctrl+C at a terminal that is not raw goes to the container's process.
  const status = await attachSession(io, input, exited, () => void daemon.taskOf(id)?.process.kill(SIGINT));
  detachStreams();
  return status;
}
