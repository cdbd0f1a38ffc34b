import type { CommandContext } from '../../context';
import { containerInput } from '../../../daemon/container-stdin';
import { pumpInput, type InputPump } from './attach-input';
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
  let pump: InputPump | null = null;
  const input = flags.bool('interactive') ? containerInput(daemon, id) : null;
  if (input) {
    // With a terminal on both sides the local one goes raw: the container's does the echo.
    pump = pumpInput(io, input, { raw: input.tty && io.terminal.isTTY });
  }
  // --sig-proxy: Ctrl+C at a terminal that is not raw goes to the container's process.
  const proxy = (): void => void daemon.taskOf(id)?.process.kill(SIGINT);
  io.signal.addEventListener('abort', proxy);
  const outcome = await Promise.race([exited.then((status) => ({ status })), pump ? pump.detached.then(() => 'detached' as const) : new Promise<never>(() => undefined)]);
  io.signal.removeEventListener('abort', proxy);
  pump?.stop();
  detachStreams();
  if (outcome === 'detached') {
    io.stderr.write('read escape sequence\n');
    return 0;
  }
  return outcome.status;
}
