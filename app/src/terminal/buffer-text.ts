/** The parts of xterm's IBuffer read here (kept structural so tests can pass a fake). */
export interface BufferLike {
  readonly length: number;
  getLine(y: number): { readonly isWrapped: boolean; translateToString(trimRight?: boolean): string } | undefined;
}

/**
 * The whole buffer (scrollback and screen) as text: rows that xterm wrapped
 * are joined back into one line, lines are right-trimmed, and trailing empty
 * lines are dropped.
 */
export function bufferText(buffer: BufferLike): string {
  const lines: string[] = [];
  for (let y = 0; y < buffer.length; y++) {
    const line = buffer.getLine(y);
    if (!line) continue;
    const continues = buffer.getLine(y + 1)?.isWrapped ?? false;
    // A row that continues on the next one keeps its trailing spaces: they are part of the line.
    const text = line.translateToString(!continues);
    if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
    else lines.push(text);
  }
  const trimmed = lines.map((line) => line.trimEnd());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed.join('\n');
}
