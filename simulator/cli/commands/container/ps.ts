import { containerList } from '../../../daemon/container-list';
import { parseFilters } from '../../../daemon/container-filters';
import { truncateId } from '../../../digest';
import { reportDaemonError, type CommandContext } from '../../context';
import { formatPs, formatUsesSize } from './ps-format';

/**
 * docker ps / docker container ls: running containers, or all with -a; newest first;
 * -n/-l for the last created, -f filters, --format templates, -s sizes, -q IDs only.
 */
export async function ps(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, clock } = ctx;
  const trunc = !flags.bool('no-trunc');
  const quiet = flags.bool('quiet');
  const format = flags.string('format');
  if (format !== '' && quiet) io.stderr.write('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
  let limit = Number(flags.string('last') || '-1');
  if (flags.bool('latest')) limit = 1;
  const size = flags.bool('size') || (!quiet && !flags.changed('size') && formatUsesSize(format));
  let containers;
  try {
    containers = containerList(daemon, {
      all: flags.bool('all'),
      limit,
      size,
      filters: parseFilters(flags.stringList('filter')),
    });
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  if (quiet) {
    io.stdout.write(containers.map((c) => `${trunc ? truncateId(c.Id) : c.Id}\n`).join(''));
    return 0;
  }
  const result = formatPs(format, containers, trunc, clock.now(), size);
  io.stdout.write(result.stdout);
  io.stderr.write(result.stderr);
  return result.exitCode;
}
