import { containerInput } from '../../../daemon/container-stdin';
import { daemonErrorText, type CommandContext } from '../../context';
import { attachSession } from './attach-input';

/** docker start [-a] [-i] CONTAINER...: starts each; with -a, attaches and exits with its status. */
export async function start(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, args } = ctx;
  const attach = flags.bool('attach') || flags.bool('interactive');
  if (attach) {
    if (args.length > 1) {
      io.stderr.write('you cannot start and attach multiple containers at once\n');
      return 1;
    }
    const name = args[0]!;
    try {
      const container = daemon.containers.get(name);
      const detach = daemon.containerAttach(container.id, {
        stdout: (data) => io.stdout.write(data),
        stderr: (data) => io.stderr.write(data),
      });
      const exited = daemon.containerWait(container.id, container.hostConfig.AutoRemove ? 'removed' : 'next-exit');
      try {
        await daemon.containerStart(container.id);
      } catch (err) {
        detach();
        throw err;
      }
      const input = flags.bool('interactive') ? containerInput(daemon, container.id) : null;
      const status = await attachSession(io, input, exited);
      detach();
      return status;
    } catch (err) {
      io.stderr.write(`${daemonErrorText(err)}\n`);
      return 1;
    }
  }
  const failed: string[] = [];
  for (const name of args) {
    try {
      await daemon.containerStart(name);
      io.stdout.write(`${name}\n`);
    } catch (err) {
      io.stderr.write(`${daemonErrorText(err)}\n`);
      failed.push(name);
    }
  }
  if (failed.length === 0) return 0;
  io.stderr.write(`failed to start containers: ${failed.join(', ')}\n`);
  return 1;
}
