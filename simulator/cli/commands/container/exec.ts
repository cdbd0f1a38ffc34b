import { containerExec, ExecStartError } from '../../../daemon/container-exec';
import { daemonErrorText, type CommandContext } from '../../context';
import { attachSession } from './attach-input';
import { envFlags } from './create-options';

/** docker exec [OPTIONS] CONTAINER COMMAND [ARG...]: runs a command in a running container. */
export async function exec(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, args } = ctx;
  const [name, ...cmd] = args as [string, ...string[]];
  const detach = flags.bool('detach');
  const tty = flags.bool('tty');
  const interactive = flags.bool('interactive');
  let process;
  try {
    process = await containerExec(
      daemon,
      name,
      {
        cmd,
        env: envFlags(flags.stringList('env'), io.env),
        user: flags.string('user'),
        workingDir: flags.string('workdir'),
        tty,
        openStdin: interactive && !detach,
      },
      detach ? { stdout: () => undefined, stderr: () => undefined } : { stdout: (d) => io.stdout.write(d), stderr: (d) => io.stderr.write(d) },
    );
  } catch (err) {
    if (err instanceof ExecStartError) {
      io.stderr.write(`${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`${daemonErrorText(err)}\n`);
    return 1;
  }
  if (detach) return 0;
  return attachSession(io, process.input, process.exited);
}
