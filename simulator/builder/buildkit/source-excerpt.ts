/**
 * The Dockerfile lines around a failed instruction, as BuildKit prints them before the error:
 *
 *     Dockerfile:2
 *     --------------------
 *        1 |     FROM alpine
 *        2 | >>> RUN exit 13
 *        3 |
 *     --------------------
 */
import type { SourceRange } from '../../errors';

export function sourceExcerpt(filename: string, text: string, range: SourceRange): string {
  const lines = text.split('\n');
  let start = range.start.line;
  let end = Math.max(range.end.line, start);
  if (start > lines.length || start < 1) return '';
  if (end > lines.length) end = lines.length;
  const first = start;
  const pad = end === start ? 4 : 2;
  for (let p = 0; p < pad; ) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
    p++;
  }
  let out = `${filename}:${first}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    const marked = i >= range.start.line && i <= Math.max(range.end.line, range.start.line);
    out += ` ${String(i).padStart(3)} | ${marked ? '>>>' : '   '} ${lines[i - 1]}\n`;
  }
  return `${out}--------------------\n`;
}
