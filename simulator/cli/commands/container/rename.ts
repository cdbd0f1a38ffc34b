import { containerRename } from '../../../daemon/container-rename';
import { daemonErrorText, type CommandContext } from '../../context';

/** docker rename CONTAINER NEW_NAME */
export async function rename(ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const oldName = ctx.args[0]!.trim();
  const newName = ctx.args[1]!.trim();
  if (oldName === '' || newName === '') {
    io.stderr.write('Error: Neither old nor new names may be empty\n');
    return 1;
  }
  try {
    containerRename(ctx.daemon, oldName, newName);
    return 0;
  } catch (err) {
    io.stderr.write(`${daemonErrorText(err)}\nError: failed to rename container named ${oldName}\n`);
    return 1;
  }
}
