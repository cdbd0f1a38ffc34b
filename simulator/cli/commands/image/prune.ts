import { imagesPrune } from '../../../daemon/image-prune';
import { reportDaemonError, type CommandContext } from '../../context';
import { humanSize } from '../../format/size';
import type { Reader } from '../../../util/io';

const ALL_IMAGES_WARNING = `WARNING! This will remove all images without at least one container associated to them.
Are you sure you want to continue?`;
const DANGLING_WARNING = `WARNING! This will remove all dangling images.
Are you sure you want to continue?`;

/** Reads up to the end of the first line of input (or of the input). */
async function readLine(stdin: Reader): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const chunk = await stdin.read();
    if (chunk === null) return text;
    text += decoder.decode(chunk, { stream: true });
    const nl = text.indexOf('\n');
    if (nl >= 0) return text.slice(0, nl);
  }
}

/** docker/cli's PromptForConfirmation: "<message> [y/N] ", then y or Y means yes. */
export async function promptForConfirmation(ctx: CommandContext, message: string): Promise<boolean> {
  ctx.io.stdout.write(`${message} [y/N] `);
  const answer = (await readLine(ctx.io.stdin)).trim();
  return answer === 'y' || answer === 'Y';
}

/** docker image prune [-a] [-f] */
export async function prune(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags } = ctx;
  if (flags.stringList('filter').length > 0) {
    io.stderr.write(`${ctx.commandPath}: --filter is not available in Gorae yet\n`);
    return 1;
  }
  const all = flags.bool('all');
  if (!flags.bool('force') && !(await promptForConfirmation(ctx, all ? ALL_IMAGES_WARNING : DANGLING_WARNING))) {
    io.stdout.write('Total reclaimed space: 0B\n');
    return 0;
  }
  let report;
  try {
    report = imagesPrune(daemon, { all });
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  let out = '';
  if (report.ImagesDeleted.length > 0) {
    out += 'Deleted Images:\n';
    for (const d of report.ImagesDeleted) out += d.Untagged !== undefined ? `untagged: ${d.Untagged}\n` : `deleted: ${d.Deleted}\n`;
    out += '\n';
  }
  io.stdout.write(`${out}Total reclaimed space: ${humanSize(report.SpaceReclaimed)}\n`);
  return 0;
}
