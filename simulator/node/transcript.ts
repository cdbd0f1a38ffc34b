import type { Engine } from '../engine';
import { Screen } from '../host/screen';
import { emptyReader, type Chunk, type CommandIO } from '../util/io';

/** How long to wait after a command for its background containers to finish. */
const SETTLE_MS = 250;

export interface TranscriptLine {
  line: string;
  /** What the terminal shows once the command has finished (prompt and input left out). */
  output: string;
  exitCode: number;
}

/**
 * Runs one line as if typed at the terminal prompt and returns the screen it leaves:
 * stdout and stderr in the order written, control sequences applied.
 */
export async function runLine(engine: Engine, line: string, columns = 80): Promise<TranscriptLine> {
  const screen = new Screen(columns);
  const decoder = new TextDecoder();
  const write = (chunk: Chunk): void => screen.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  const io: CommandIO = {
    stdin: emptyReader,
    stdout: { write },
    stderr: { write },
    terminal: { isTTY: true, columns, rows: 24 },
    env: engine.env,
    signal: new AbortController().signal,
  };
  const exitCode = await engine.shell.execute(line, io);
  // A person types the next command some time later: containers that end at once have ended.
  await engine.daemon.settle(SETTLE_MS);
  return { line, output: screen.text(), exitCode };
}
