import { registrySearch, type SearchResult } from '../../../daemon/registry-search';
import { reportDaemonError, type CommandContext } from '../../context';
import { ellipsis } from '../../format/ellipsis';
import { formatRows } from './format-rows';

const HEADERS = { Name: 'NAME', Description: 'DESCRIPTION', StarCount: 'STARS', IsOfficial: 'OFFICIAL', IsAutomated: 'AUTOMATED' };

/** docker search [--filter k=v] [--limit N] [--no-trunc] [--format table|json|TEMPLATE] TERM */
export async function search(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags } = ctx;
  const format = flags.string('format');
  const filters = new Map<string, string[]>();
  for (const f of flags.stringList('filter')) {
    const eq = f.indexOf('=');
    const key = f.slice(0, eq).trim().toLowerCase();
    filters.set(key, [...(filters.get(key) ?? []), f.slice(eq + 1).trim()]);
  }
  const limitText = flags.string('limit');
  const limit = limitText === '' ? 0 : Number(limitText);
  let results: SearchResult[];
  try {
    results = registrySearch(daemon, ctx.args[0]!, { filters, limit });
  } catch (err) {
    return reportDaemonError(ctx, err);
  }
  const trunc = !flags.bool('no-trunc');
  const rows = results.map((r) => {
    const desc = r.description.replaceAll('\n', ' ').replaceAll('\r', ' ');
    // docker/cli's searchContext still has the deprecated IsAutomated field.
    return { Name: r.name, Description: trunc ? ellipsis(desc, 45) : desc, StarCount: String(r.star_count), IsOfficial: r.is_official ? '[OK]' : '', IsAutomated: '' };
  });
  const result = formatRows(format, '{{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}', rows, HEADERS);
  io.stdout.write(result.stdout);
  io.stderr.write(result.stderr);
  return result.exitCode;
}
