/**
 * docker/cli's formatter.Context for list commands: "table" (default columns), "json"
 * (`{{json .}}`), "table TEMPLATE" (a header row, then rows, through the tabwriter) or a bare
 * TEMPLATE (one line per row). `\t` and `\n` in the format are turned into tab and newline.
 */
import { formatTable } from '../../format/tabwriter';
import { executeTemplate, markMap, parseTemplate, TemplateError } from './go-template';

export interface FormatResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Row fields in sorted key order, as Go's JSON of the context's map has them. */
function sortedRow(row: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function formatRows(format: string, defaultTable: string, rows: ReadonlyArray<Record<string, string>>, headers: Readonly<Record<string, string>>): FormatResult {
  let source = format === '' || format === 'table' ? `table ${defaultTable}` : format === 'json' ? '{{json .}}' : format;
  const table = source.startsWith('table');
  if (table) source = source.slice('table'.length);
  source = source.trim().replaceAll('\\t', '\t').replaceAll('\\n', '\n');
  let nodes;
  try {
    nodes = parseTemplate(source);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    return { stdout: '', stderr: `template parsing error: template: :1: ${err.message}\n`, exitCode: 1 };
  }
  let out = '';
  try {
    for (const row of rows) out += `${executeTemplate(nodes, sortedRow(row))}\n`;
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    return { stdout: '', stderr: `template: :1: executing "" ${err.message}\n`, exitCode: 1 };
  }
  if (!table) return { stdout: out, stderr: '', exitCode: 0 };
  let header = '';
  try {
    header = `${executeTemplate(nodes, markMap({ ...headers }))}\n`;
  } catch {
    header = '\n';
  }
  return { stdout: formatTable(header + out), stderr: '', exitCode: 0 };
}
