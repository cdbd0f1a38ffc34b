import { parseFilters } from '../../../daemon/container-filters';
import { containersPrune } from '../../../daemon/container-prune';
import { reportDaemonError, type CommandContext } from '../../context';
import { humanSize } from '../../format/size';
import { promptForConfirmation } from '../image/prune';

const WARNING = `WARNING! This will remove all stopped containers.
Are you sure you want to continue?`;

/**
 * docker container prune [-f] [--filter until=…|label=…]: removes every stopped container
 * after asking (a "no" cancels quietly).
 */
export async function containerPrune(ctx: CommandContext): Promise<number> {
  const { io, flags } = ctx;
  if (!flags.bool('force') && !(await promptForConfirmation(ctx, WARNING))) return 0;
  let report;
  try {
    report = containersPrune(ctx.daemon, parseFilters(flags.stringList('filter')));
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  let output = '';
  if (report.ContainersDeleted.length > 0) output = `Deleted Containers:\n${report.ContainersDeleted.map((id) => `${id}\n`).join('')}\n`;
  io.stdout.write(`${output}Total reclaimed space: ${humanSize(report.ContainersDeleted.length > 0 ? report.SpaceReclaimed : 0)}\n`);
  return 0;
}
