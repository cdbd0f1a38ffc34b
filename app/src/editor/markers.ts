/**
 * Problems in a Dockerfile as editor markers: the parser's error (it stops at the first),
 * each instruction that does not parse (with BuildKit's message), and the build checks'
 * warnings (simulator/dockerfile/lint.ts). Pure: ranges are 1-based, end column exclusive,
 * as Monaco's markers take them.
 */
import { ParseError, type SourceRange } from '../../../simulator/errors/index';
import { parseInstruction } from '../../../simulator/dockerfile/instructions';
import { lintParsed } from '../../../simulator/dockerfile/lint';
import { parse, type ParseResult } from '../../../simulator/dockerfile/parser';

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  /** The build check's name (e.g. JSONArgsRecommended), for warnings. */
  code?: string;
  /** Where the check is explained. */
  url?: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

type Span = Pick<Diagnostic, 'startLineNumber' | 'startColumn' | 'endLineNumber' | 'endColumn'>;

/**
 * Clamps a source range to the text; an empty range (the parser often gives only lines)
 * covers its lines from the first non-blank character to the end.
 */
export function spanOf(range: SourceRange | undefined, lines: readonly string[]): Span {
  const last = Math.max(1, lines.length);
  const clampLine = (line: number): number => Math.min(Math.max(1, line || 1), last);
  const startLine = clampLine(range?.start.line ?? 1);
  const endLine = Math.max(startLine, clampLine(range?.end.line ?? startLine));
  const lineText = (n: number): string => lines[n - 1] ?? '';
  let startColumn = range?.start.column ?? 1;
  let endColumn = range?.end.column ?? 1;
  const empty = endLine === startLine && endColumn <= startColumn;
  if (empty || startColumn < 1) startColumn = lineText(startLine).search(/\S/) + 1 || 1;
  if (empty || endColumn < 1) endColumn = lineText(endLine).length + 1;
  startColumn = Math.min(startColumn, lineText(startLine).length + 1);
  endColumn = Math.min(Math.max(endColumn, 1), lineText(endLine).length + 1);
  if (endLine === startLine && endColumn <= startColumn) endColumn = lineText(endLine).length + 1;
  if (endLine === startLine && endColumn <= startColumn) {
    startColumn = 1;
    endColumn = lineText(endLine).length + 1;
  }
  return { startLineNumber: startLine, startColumn, endLineNumber: endLine, endColumn };
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Every problem the parser, the instruction parser and the build checks find in `text`. */
export function dockerfileDiagnostics(text: string): Diagnostic[] {
  const lines = splitLines(text);
  let result: ParseResult;
  try {
    result = parse(text);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return [{ severity: 'error', message: error.message, ...spanOf(error.range, lines) }];
  }
  const out: Diagnostic[] = [];
  let seenFrom = false;
  for (const node of result.ast.children) {
    try {
      const ins = parseInstruction(node);
      if (ins.kind === 'from') seenFrom = true;
      else if (!seenFrom && ins.kind !== 'arg') {
        out.push({ severity: 'error', message: 'no build stage in current context', ...spanOf(node.range, lines) });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      out.push({ severity: 'error', message, ...spanOf(node.range, lines) });
    }
  }
  for (const finding of lintParsed(result)) {
    out.push({
      severity: 'warning',
      message: `${finding.rule.name}: ${finding.message}`,
      code: finding.rule.name,
      url: finding.rule.url,
      ...spanOf(finding.range, lines),
    });
  }
  return out.sort((a, b) => a.startLineNumber - b.startLineNumber || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
