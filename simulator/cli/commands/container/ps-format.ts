/**
 * `docker ps --format`: docker/cli's ContainerContext fields as strings, rendered through
 * the Go template code as a table, JSON lines or a bare template. `{{.Label "key"}}` (a
 * method call in Go) becomes a lookup of a hidden field per key.
 */
import type { ContainerSummary } from '../../../daemon/container-list';
import { truncateId } from '../../../digest';
import { humanAgo } from '../../format/duration';
import { ellipsis } from '../../format/ellipsis';
import { goQuote } from '../../format/go-quote';
import { displayablePorts } from '../../format/ports';
import { humanSizeWithPrecision } from '../../format/size';
import { formatTable } from '../../format/tabwriter';
import { parseNormalizedNamed, Reference } from '../../../reference';
import { executeTemplate, markMap, parseTemplate, TemplateError } from '../image/go-template';

export const DEFAULT_PS_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
};

const LABEL_CALL = /\.Label\s+("(?:[^"\\]|\\.)*"|`[^`]*`)/g;

/** Whether the template needs sizes (it uses .Size, or prints the whole row as JSON). */
export function formatUsesSize(format: string): boolean {
  return /\.Size\b/.test(format) || /\{\{-?\s*json\s+\.\s*-?\}\}/.test(format);
}

/** The Image column: familiar name, digest dropped (tag kept), or the short image ID. */
function imageText(c: ContainerSummary, trunc: boolean): string {
  if (c.Image === '') return '<no image>';
  if (!trunc) return c.Image;
  if (truncateId(c.ImageID) === truncateId(c.Image)) return truncateId(c.Image);
  try {
    const ref = parseNormalizedNamed(c.Image);
    if (ref.digest !== undefined) {
      const name = ref.familiarName();
      return ref.tag !== undefined ? `${name}:${ref.tag}` : name;
    }
    return ref instanceof Reference ? ref.familiarString() : c.Image;
  } catch {
    return c.Image;
  }
}

/** `time.Unix(created, 0).String()` in UTC. */
function goTimeString(seconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000 UTC`;
}

/** One container's fields, as the template sees them. */
export function psRow(c: ContainerSummary, trunc: boolean, nowMs: number): Record<string, string> {
  const labels = Object.entries(c.Labels)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',');
  const sizeRw = humanSizeWithPrecision(c.SizeRw ?? 0, 3);
  const size = (c.SizeRootFs ?? 0) > 0 ? `${sizeRw} (virtual ${humanSizeWithPrecision(c.SizeRootFs ?? 0, 3)})` : sizeRw;
  const names = c.Names.map((n) => n.replace(/^\//, ''));
  return {
    Command: goQuote(trunc ? ellipsis(c.Command, 20) : c.Command),
    CreatedAt: goTimeString(c.Created),
    ID: trunc ? truncateId(c.Id) : c.Id,
    Image: imageText(c, trunc),
    Labels: labels,
    LocalVolumes: String(c.Mounts.filter((m) => m.Driver === 'local').length),
    Mounts: c.Mounts.map((m) => (trunc ? ellipsis(m.Name || m.Source, 15) : m.Name || m.Source)).join(','),
    Names: trunc ? (names.find((n) => !n.includes('/')) ?? '') : names.join(','),
    Networks: Object.keys(c.NetworkSettings.Networks).join(','),
    Ports: displayablePorts(c.Ports),
    RunningFor: humanAgo(nowMs, c.Created * 1000),
    Size: size,
    State: c.State,
    Status: c.Status,
  };
}

export interface PsFormatResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Renders rows with a format: '' / "table" (default columns), "json", "table …" or a template. */
export function formatPs(format: string, containers: readonly ContainerSummary[], trunc: boolean, nowMs: number, withSize: boolean): PsFormatResult {
  let source = format === '' || format === 'table' ? DEFAULT_PS_TABLE + (withSize ? '\t{{.Size}}' : '') : format === 'json' ? '{{json .}}' : format;
  const table = source.startsWith('table');
  if (table) source = source.slice('table'.length);
  source = source.trim().replaceAll('\\t', '\t').replaceAll('\\n', '\n');
  // {{.Label "k"}} → a hidden field per key
  const labelKeys: string[] = [];
  const firstLabel = source.search(/\{\{[^}]*\.Label\s/);
  const rewritten = source.replace(LABEL_CALL, (_, quoted: string) => {
    const key = quoted.startsWith('`') ? quoted.slice(1, -1) : (JSON.parse(quoted) as string);
    labelKeys.push(key);
    return `.${hiddenLabelField(labelKeys.length - 1)}`;
  });
  let nodes;
  let headerNodes;
  try {
    nodes = parseTemplate(rewritten);
    // The header stops where Go's would fail: at the first .Label call.
    headerNodes = parseTemplate(firstLabel >= 0 ? source.slice(0, firstLabel) : source);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    return { stdout: '', stderr: `failed to parse template: template: :1: ${err.message}\n`, exitCode: 1 };
  }
  let out = '';
  try {
    for (const c of containers) {
      const row = psRow(c, trunc, nowMs);
      labelKeys.forEach((key, i) => Object.defineProperty(row, hiddenLabelField(i), { value: c.Labels[key] ?? '', enumerable: false }));
      out += `${executeTemplate(nodes, row)}\n`;
    }
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    return { stdout: out, stderr: `template: :1: executing "" ${err.message}\n`, exitCode: 1 };
  }
  if (!table) return { stdout: out, stderr: '', exitCode: 0 };
  let header = '';
  try {
    header = executeTemplate(headerNodes, markMap({ ...HEADERS }));
  } catch {
    header = '';
  }
  return { stdout: formatTable(`${header}\n${out}`), stderr: '', exitCode: 0 };
}

const hiddenLabelField = (i: number): string => `GoraeLabel${i}`;
