import type { Engine } from '../engine';
import { Screen } from '../host/screen';
import { emptyReader, type Chunk, type CommandIO, type Reader } from '../util/io';
import { inputWanted, ScriptInput } from './script-input';

/** How long to wait after a command for its background containers to finish. */
const SETTLE_MS = 250;

export interface TranscriptLine {
  line: string;
  /** What the terminal shows once the command has finished (prompt and input left out). */
  output: string;
  exitCode: number;
}

interface Running {
  done: Promise<TranscriptLine>;
  /** Bytes written so far (to tell a quiet command from a busy one). */
  written(): number;
}

function start(engine: Engine, line: string, columns: number, stdin: Reader, onRaw?: (raw: boolean) => void): Running {
  const screen = new Screen(columns, { afterPrompt: true });
  const decoder = new TextDecoder();
  let written = 0;
  const write = (chunk: Chunk): void => {
    written += chunk.length;
    screen.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  };
  const io: CommandIO = {
    stdin,
    stdout: { write },
    stderr: { write },
    terminal: { isTTY: true, columns, rows: 24 },
    env: engine.env,
    signal: new AbortController().signal,
    ...(onRaw ? { setRawMode: onRaw } : {}),
  };
  const done = (async () => {
    const exitCode = await engine.shell.execute(line, io);
    // A person types the next command some time later: containers that end at once have ended.
    await engine.daemon.settle(SETTLE_MS);
    return { line, output: screen.text(), exitCode };
  })();
  return { done, written: () => written };
}

/**
 * Runs one line as if typed at the terminal prompt and returns the screen it leaves:
 * stdout and stderr in the order written, control sequences applied.
 */
export async function runLine(engine: Engine, line: string, columns = 80): Promise<TranscriptLine> {
  return start(engine, line, columns, emptyReader).done;
}

/**
 * Runs a script's lines as typed at the terminal: each line is a command, except that
 * while a command waits for input (`docker run -it alpine sh`) the following lines are
 * its input, typed when it is ready for them. When the script ends, a command still
 * reading gets Ctrl+D (a terminal) or the end of its input, and is detached from if it
 * still waits after that. Calls `onLine` with each command's result.
 */
export async function runScript(engine: Engine, lines: readonly string[], columns: number, onLine: (result: TranscriptLine) => void): Promise<void> {
  let next = 0;
  while (next < lines.length) {
    const line = lines[next++]!;
    const input = new ScriptInput();
    const running = start(engine, line, columns, input, (raw) => {
      input.raw = raw;
    });
    let finished = false;
    const done = running.done.then((result) => {
      finished = true;
      return result;
    });
    let ended = 0;
    while (!finished) {
      await Promise.race([done, inputWanted(engine, input, running.written, () => finished)]);
      if (finished) break;
      if (next < lines.length) input.line(lines[next++]!);
      else if (ended++ === 0) input.end();
      else input.detach();
    }
    onLine(await done);
  }
}
