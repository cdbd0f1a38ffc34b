/**
 * docker builder prune: BuildKit's cache emptied after a confirmation (-f skips it), each
 * removed record listed, then the total.
 */
import { pruneBuildCache } from '../../../builder/build-cache-prune';
import type { CommandContext } from '../../context';
import { humanAgo } from '../../format/duration';
import { humanSize } from '../../format/size';
import { formatTable } from '../../format/tabwriter';
import { promptForConfirmation } from '../image/prune';

const DANGLING_WARNING = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all build cache. Are you sure you want to continue?';
const BUILDX_TABLE = { minWidth: 1, tabWidth: 8, padding: 1, padChar: '\t' };

export async function builderPrune(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags } = ctx;
  if (!flags.bool('force') && !(await promptForConfirmation(ctx, flags.bool('all') ? ALL_WARNING : DANGLING_WARNING))) return 0;
  const removed = pruneBuildCache(daemon);
  const now = daemon.deps.clock.now();
  let table = '';
  if (removed.length > 0) {
    table += 'ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n';
    for (const r of removed) table += `${r.id.padEnd(40)}\t${'true'.padEnd(5)}\t${humanSize(r.size).padEnd(10)}\t${humanAgo(now, r.lastUsed)}\n`;
  }
  const total = removed.reduce((n, r) => n + r.size, 0);
  io.stdout.write(formatTable(table, BUILDX_TABLE) + formatTable(`Total:\t${humanSize(total)}\n`, BUILDX_TABLE));
  return 0;
}
