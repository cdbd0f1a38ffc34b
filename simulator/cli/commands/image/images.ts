import { imageList, type ImageSummary } from '../../../daemon/image-list';
import { truncateId } from '../../../digest';
import { familiarMatch, parseNormalizedNamed } from '../../../reference';
import type { CommandContext } from '../../context';
import { humanAgo } from '../../format/duration';
import { humanSizeWithPrecision } from '../../format/size';
import { formatTable } from '../../format/tabwriter';

interface Row {
  repository: string;
  tag: string;
  image: ImageSummary;
}

/** One row per repository:tag; digest-only repositories as <none> tags; dangling as <none> <none>. */
function rowsOf(image: ImageSummary): Row[] {
  const rows: Row[] = [];
  const tagged = new Set<string>();
  for (const repoTag of image.RepoTags) {
    const ref = parseNormalizedNamed(repoTag);
    const repository = ref.familiarName();
    tagged.add(repository);
    rows.push({ repository, tag: ref.tag ?? '<none>', image });
  }
  for (const repoDigest of image.RepoDigests) {
    const repository = parseNormalizedNamed(repoDigest).familiarName();
    if (tagged.has(repository)) continue;
    tagged.add(repository);
    rows.push({ repository, tag: '<none>', image });
  }
  if (rows.length === 0) rows.push({ repository: '<none>', tag: '<none>', image });
  return rows;
}

/** docker images / docker image ls. */
export async function images(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags, clock, args } = ctx;
  const trunc = !flags.bool('no-trunc');
  let rows = imageList(daemon, flags.bool('all')).flatMap(rowsOf);
  const pattern = args[0];
  if (pattern !== undefined) {
    const hasTag = /:[^/]*$/.test(pattern);
    rows = rows.filter((r) => r.repository !== '<none>' && familiarMatch(hasTag ? pattern : `${pattern}`, parseNormalizedNamed(hasTag ? `${r.repository}:${r.tag}` : r.repository)));
  }
  const id = (full: string): string => (trunc ? truncateId(full) : full);
  if (flags.bool('quiet')) {
    io.stdout.write(rows.map((r) => `${id(r.image.Id)}\n`).join(''));
    return 0;
  }
  const now = clock.now();
  const lines = ['REPOSITORY\tTAG\tIMAGE ID\tCREATED\tSIZE'];
  for (const r of rows) {
    lines.push([r.repository, r.tag, id(r.image.Id), humanAgo(now, r.image.Created * 1000), humanSizeWithPrecision(r.image.Size, 3)].join('\t'));
  }
  io.stdout.write(formatTable(`${lines.join('\n')}\n`));
  return 0;
}
