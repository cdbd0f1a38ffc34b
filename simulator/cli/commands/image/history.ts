import { imageHistory, type HistoryResponseItem } from '../../../daemon/image-history';
import { truncateId } from '../../../digest';
import { reportDaemonError, type CommandContext } from '../../context';
import { humanAgo } from '../../format/duration';
import { ellipsis } from '../../format/ellipsis';
import { humanSizeWithPrecision } from '../../format/size';
import { formatRFC3339Nano } from '../../format/time';
import { formatRows } from './format-rows';

/** The fields of docker/cli's historyContext, as its table columns and `json` show them. */
function fields(h: HistoryResponseItem, now: number, human: boolean, trunc: boolean) {
  const createdAt = formatRFC3339Nano(h.Created * 1000);
  const createdBy = h.CreatedBy.replaceAll('\t', ' ');
  return {
    ID: trunc ? truncateId(h.Id) : h.Id,
    CreatedSince: human ? humanAgo(now, h.Created * 1000) : createdAt,
    CreatedAt: createdAt,
    CreatedBy: trunc ? ellipsis(createdBy, 45) : createdBy,
    Size: human ? humanSizeWithPrecision(h.Size, 3) : String(h.Size),
    Comment: h.Comment,
  };
}

const HEADERS = { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' };

/** docker history [-H] [--no-trunc] [-q] [--format table|json|TEMPLATE] IMAGE */
export async function history(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, clock } = ctx;
  const human = flags.bool('human');
  const trunc = !flags.bool('no-trunc');
  const format = flags.string('format') || 'table';
  let items: HistoryResponseItem[];
  try {
    items = imageHistory(daemon, ctx.args[0]!);
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  const now = clock.now();
  const rows = items.map((h) => fields(h, now, human, trunc));
  let source = format;
  if (format === 'table') {
    if (flags.bool('quiet')) source = '{{.ID}}';
    else if (!human) source = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
  }
  const result = formatRows(source, '{{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}', rows, HEADERS);
  io.stdout.write(result.stdout);
  io.stderr.write(result.stderr);
  return result.exitCode;
}
