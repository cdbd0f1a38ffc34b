/**
 * `--progress=plain` (and any build whose output is not a terminal): every vertex as
 * "#N name", its statuses, log lines and end ("DONE 0.3s", "CACHED", "ERROR: …"), blocks
 * separated by an empty line, as BuildKit's text printer writes them.
 */
import type { Writer } from '../../util/io';
import { statusBytes, type Trace, type Vertex, type VertexStatus } from './trace';

export const BUILDER_DESCRIPTION = 'building with "default" instance using docker driver';

export function statusLine(s: VertexStatus, now: number): string {
  const counts = statusBytes(s);
  const bytes = counts ? ` ${counts}` : '';
  const end = s.completed ?? now;
  const diff = (end - s.started) / 1000;
  let tm = diff > 0.01 ? ` ${diff.toFixed(1)}s` : '';
  if (s.completed !== undefined) tm += ' done';
  return `${s.id}${bytes}${tm}`;
}

export function attachPlainDisplay(trace: Trace, out: Writer): void {
  let current: Vertex | undefined;
  let first = true;
  const print = (text: string): void => out.write(`${text}\n`);
  print(`#0 ${BUILDER_DESCRIPTION}`);
  first = false;
  const focus = (v: Vertex): void => {
    if (current === v) return;
    if (current && current.completed === undefined) print(`#${current.index} ...`);
    if (!first) print('');
    first = false;
    print(`#${v.index} ${v.name}`);
    current = v;
  };
  trace.subscribe((change) => {
    const v = change.vertex;
    switch (change.kind) {
      case 'start':
        focus(v);
        break;
      case 'status':
        // Transfers are shown when they finish (BuildKit also prints some progress in between).
        if (change.status.completed !== undefined) {
          focus(v);
          print(`#${v.index} ${statusLine(change.status, trace.now())}`);
        }
        break;
      case 'log':
        focus(v);
        print(`#${v.index} ${change.line}`);
        break;
      case 'warn':
        focus(v);
        print(`#${v.index} WARN: ${change.text}`);
        break;
      case 'complete': {
        focus(v);
        if (v.error.endsWith('context canceled')) print(`#${v.index} CANCELED`);
        else if (v.error) print(`#${v.index} ERROR: ${v.error}`);
        else if (v.cached) print(`#${v.index} CACHED`);
        else print(`#${v.index} DONE ${((v.completed! - v.started!) / 1000).toFixed(1)}s`);
        current = undefined;
        break;
      }
    }
  });
}

/** After the build: each failed vertex with its logs, between "------" lines. */
export function errorLogs(trace: Trace): string {
  let out = '';
  for (const v of trace.vertices) {
    if (!v.error || v.error.endsWith('context canceled')) continue;
    out += `------\n > ${v.name}:\n`;
    for (const l of v.logs) out += `${l}\n`;
    out += '------\n';
  }
  return out;
}

/** The summary of build check warnings buildx prints after the build. */
export function warningSummary(trace: Trace): string {
  const warnings = trace.warnings();
  if (warnings.length === 0) return '';
  return `\n ${warnings.length} warning${warnings.length === 1 ? '' : 's'} found (use docker --debug to expand):\n${warnings.map((w) => ` - ${w}\n`).join('')}`;
}
