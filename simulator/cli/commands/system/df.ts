import { systemDf, type DiskUsage } from '../../../daemon/system-df';
import { truncateId } from '../../../digest';
import { parseNormalizedNamed } from '../../../reference';
import type { CommandContext } from '../../context';
import { humanAgo } from '../../format/duration';
import { ellipsis } from '../../format/ellipsis';
import { goQuote } from '../../format/go-quote';
import { humanSize, humanSizeWithPrecision } from '../../format/size';
import { formatTable } from '../../format/tabwriter';
import { formatRows } from '../image/format-rows';

const isActive = (state: string): boolean => /running|paused|restarting/.test(state);

/** "<size> (<percent>%)" when there is anything at all, as docker/cli's Reclaimable columns show. */
function reclaimable(reclaim: number, total: number): string {
  return total > 0 ? `${humanSize(reclaim)} (${Math.trunc((reclaim * 100) / total)}%)` : humanSize(reclaim);
}

/** The four summary rows of `docker system df`. */
function summaryRows(du: DiskUsage): string[][] {
  const usedByImages = du.Images.filter((i) => i.Containers > 0).reduce((n, i) => n + i.Size - i.SharedSize, 0);
  const ctrTotal = du.Containers.reduce((n, c) => n + c.SizeRw, 0);
  const ctrReclaim = du.Containers.filter((c) => !isActive(c.State)).reduce((n, c) => n + c.SizeRw, 0);
  const volTotal = du.Volumes.reduce((n, v) => n + (v.Size === -1 ? 0 : v.Size), 0);
  const volReclaim = du.Volumes.filter((v) => v.RefCount === 0 && v.Size !== -1).reduce((n, v) => n + v.Size, 0);
  const cacheTotal = du.BuildCache.filter((b) => !b.Shared).reduce((n, b) => n + b.Size, 0);
  const cacheReclaim = du.BuildCache.filter((b) => !b.Shared && !b.InUse).reduce((n, b) => n + b.Size, 0);
  return [
    ['Images', String(du.Images.length), String(du.Images.filter((i) => i.Containers > 0).length), humanSize(du.LayersSize), reclaimable(du.LayersSize - usedByImages, du.LayersSize)],
    ['Containers', String(du.Containers.length), String(du.Containers.filter((c) => isActive(c.State)).length), humanSize(ctrTotal), reclaimable(ctrReclaim, ctrTotal)],
    ['Local Volumes', String(du.Volumes.length), String(du.Volumes.filter((v) => v.RefCount > 0).length), humanSize(volTotal), reclaimable(volReclaim, volTotal)],
    ['Build Cache', String(du.BuildCache.length), String(du.BuildCache.filter((b) => b.InUse).length), humanSize(cacheTotal), reclaimable(cacheReclaim, cacheTotal)],
  ];
}

const table = (rows: string[][]): string => formatTable(`${rows.map((r) => r.join('\t')).join('\n')}\n`);

/** `docker system df -v`: one table per kind, each laid out on its own. */
function verbose(du: DiskUsage, now: number): string {
  let out = 'Images space usage:\n\n';
  const images = [['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'SHARED SIZE', 'UNIQUE SIZE', 'CONTAINERS']];
  for (const i of du.Images) {
    let repo = '<none>';
    let tag = '<none>';
    const first = i.RepoTags[0];
    if (first !== undefined) {
      const ref = parseNormalizedNamed(first);
      if (ref.tag !== undefined) {
        repo = ref.familiarName();
        tag = ref.tag;
      }
    }
    images.push([repo, tag, truncateId(i.Id), humanAgo(now, i.Created * 1000), humanSizeWithPrecision(i.Size, 3), humanSize(i.SharedSize), humanSize(i.Size - i.SharedSize), String(i.Containers)]);
  }
  out += table(images);
  out += '\nContainers space usage:\n\n';
  const containers = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES']];
  for (const c of du.Containers) {
    const image = c.Image.startsWith('sha256:') ? truncateId(c.Image) : c.Image;
    containers.push([truncateId(c.Id), image, goQuote(ellipsis(c.Command, 20)), String(c.LocalVolumes), humanSizeWithPrecision(c.SizeRw, 3), humanAgo(now, c.Created * 1000), c.Status, c.Names[0]!.slice(1)]);
  }
  out += table(containers);
  out += '\nLocal Volumes space usage:\n\n';
  out += table([['VOLUME NAME', 'LINKS', 'SIZE']]);
  out += `\nBuild cache usage: ${humanSize(du.BuildCache.reduce((n, b) => n + b.Size, 0))}\n\n`;
  out += table([['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED']]);
  return out;
}

/** docker system df [-v] [--format table|json|TEMPLATE] */
export async function df(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, clock } = ctx;
  const format = flags.string('format');
  const du = systemDf(daemon);
  if (flags.bool('verbose')) {
    if (format !== '' && format !== 'table') {
      io.stderr.write(`${ctx.commandPath}: --verbose with --format is not available in Gorae yet\n`);
      return 1;
    }
    io.stdout.write(verbose(du, clock.now()));
    return 0;
  }
  const rows = summaryRows(du).map(([Type, TotalCount, Active, Size, Reclaimable]) => ({ Type: Type!, TotalCount: TotalCount!, Active: Active!, Size: Size!, Reclaimable: Reclaimable! }));
  const result = formatRows(format, '{{.Type}}\\t{{.TotalCount}}\\t{{.Active}}\\t{{.Size}}\\t{{.Reclaimable}}', rows, {
    Type: 'TYPE',
    TotalCount: 'TOTAL',
    Active: 'ACTIVE',
    Size: 'SIZE',
    Reclaimable: 'RECLAIMABLE',
  });
  io.stdout.write(result.stdout);
  io.stderr.write(result.stderr);
  return result.exitCode;
}
