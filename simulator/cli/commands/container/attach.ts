import { containerInput } from '../../../daemon/container-stdin';
import { daemonErrorText, type CommandContext } from '../../context';
import { attachSession } from './attach-input';

const SIGINT = 2;

/** docker attach CONTAINER: the running container's output, and its stdin when it keeps one open. */
export async function attach(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, args } = ctx;
  const name = args[0]!;
  let container;
  try {
    container = daemon.containers.get(name);
  } catch (err) {
    io.stderr.write(`${daemonErrorText(err)}\n`);
    return 1;
  }
  if (!container.state.Running) {
    io.stderr.write('You cannot attach to a stopped container, start it first\n');
    return 1;
  }
  if (container.state.Paused) {
    io.stderr.write('You cannot attach to a paused container, unpause it first\n');
    return 1;
  }
  const id = container.id;
  const detachStreams = daemon.containerAttach(id, {
    stdout: (data) => io.stdout.write(data),
    stderr: (data) => io.stderr.write(data),
  });
  const exited = daemon.containerWait(id, 'next-exit');
  const input = flags.bool('no-stdin') ? null : containerInput(daemon, id);
  const proxy = flags.bool('sig-proxy') ? () => void daemon.taskOf(id)?.process.kill(SIGINT) : undefined;
  const status = await attachSession(io, input, exited, proxy);
  detachStreams();
  return status;
}
