import { containerList } from '../../../daemon/container-list';
import { truncateId } from '../../../digest';
import type { CommandContext } from '../../context';
import { humanAgo } from '../../format/duration';
import { ellipsis } from '../../format/ellipsis';
import { goQuote } from '../../format/go-quote';
import { displayablePorts } from '../../format/ports';
import { formatTable } from '../../format/tabwriter';

/** docker ps / docker container ls: running containers, or all with -a; newest first. */
export async function ps(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, clock } = ctx;
  const trunc = !flags.bool('no-trunc');
  let containers = containerList(daemon, { all: flags.bool('all') || flags.bool('latest') || flags.changed('last') });
  if (flags.bool('latest')) containers = containers.slice(0, 1);
  const id = (full: string): string => (trunc ? truncateId(full) : full);
  if (flags.bool('quiet')) {
    io.stdout.write(containers.map((c) => `${id(c.Id)}\n`).join(''));
    return 0;
  }
  const now = clock.now();
  const rows = ['CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES'];
  for (const c of containers) {
    const image = c.Image.startsWith('sha256:') && trunc ? truncateId(c.Image) : c.Image;
    const command = goQuote(trunc ? ellipsis(c.Command, 20) : c.Command);
    const name = c.Names[0]!.slice(1);
    rows.push([id(c.Id), image, command, humanAgo(now, c.Created * 1000), c.Status, displayablePorts(c.Ports), name].join('\t'));
  }
  io.stdout.write(formatTable(`${rows.join('\n')}\n`));
  return 0;
}
