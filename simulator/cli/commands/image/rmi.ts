import { imageRemove } from '../../../daemon/image-remove';
import { daemonErrorText, type CommandContext } from '../../context';

/** docker rmi [-f] IMAGE...: one Untagged:/Deleted: line per record; errors joined at the end. */
export async function rmi(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, args } = ctx;
  const errors: string[] = [];
  for (const name of args) {
    try {
      for (const record of imageRemove(daemon, name, { force: flags.bool('force') })) {
        io.stdout.write(record.Untagged !== undefined ? `Untagged: ${record.Untagged}\n` : `Deleted: ${record.Deleted}\n`);
      }
    } catch (err) {
      errors.push(daemonErrorText(err));
    }
  }
  if (errors.length === 0) return 0;
  io.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}
