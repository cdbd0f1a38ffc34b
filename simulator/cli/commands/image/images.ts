import { imageList, type ImageSummary } from '../../../daemon/image-list';
import { truncateId } from '../../../digest';
import { familiarMatch, parseNormalizedNamed } from '../../../reference';
import type { CommandContext } from '../../context';
import { humanAgo } from '../../format/duration';
import { humanSizeWithPrecision } from '../../format/size';
import { formatRows } from './format-rows';

interface Row {
  repository: string;
  tag: string;
  image: ImageSummary;
}

const HEADERS: Record<string, string> = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

/** `time.Unix(created, 0).String()` in UTC. */
const goTime = (seconds: number): string => {
  const iso = new Date(seconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000 UTC`;
};

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
  const digests = flags.bool('digests');
  const fields = rows.map((r) => {
    const size = humanSizeWithPrecision(r.image.Size, 3);
    const digest = r.image.RepoDigests.find((d) => parseNormalizedNamed(d).familiarName() === r.repository);
    return {
      Containers: 'N/A',
      CreatedAt: goTime(r.image.Created),
      CreatedSince: humanAgo(now, r.image.Created * 1000),
      // (docker/cli fills in digests only for --digests)
      Digest: digests && digest ? digest.slice(digest.indexOf('@') + 1) : '<none>',
      ID: id(r.image.Id),
      Repository: r.repository,
      SharedSize: 'N/A',
      Size: size,
      Tag: r.tag,
      UniqueSize: 'N/A',
      VirtualSize: humanSizeWithPrecision(r.image.Size, 4),
    };
  });
  const table = `{{.Repository}}\t{{.Tag}}${digests ? '\t{{.Digest}}' : ''}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}`;
  const result = formatRows(flags.string('format'), table, fields, HEADERS);
  io.stdout.write(result.stdout);
  io.stderr.write(result.stderr);
  return result.exitCode;
}
