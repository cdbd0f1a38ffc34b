/**
 * Test support for commands not yet in the handler table: runs `docker …` lines with extra
 * handlers, capturing stdout and stderr apart. Other lines go through the engine's shell.
 */
import type { Engine } from '../../../engine';
import { emptyReader, type CommandIO } from '../../../util/io';
import type { CommandHandler } from '../../context';
import { parseDockerArgs } from '../../framework';
import { commandHandlers } from '../index';

export interface Result {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Splits a command line on spaces, honouring single and double quotes (no escapes). */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  let current: string | undefined;
  let lastEnd = -1;
  while ((m = re.exec(line))) {
    const piece = m[1] ?? m[2] ?? m[3] ?? '';
    if (m.index === lastEnd && current !== undefined) {
      current += piece;
      out[out.length - 1] = current;
    } else {
      current = piece;
      out.push(piece);
    }
    lastEnd = m.index + m[0].length;
  }
  return out;
}

export async function docker(engine: Engine, line: string, extra: ReadonlyMap<string, CommandHandler> = new Map(), stdinText?: string): Promise<Result> {
  const argv = words(line);
  if (argv[0] !== 'docker') throw new Error(`not a docker line: ${line}`);
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const text = (chunk: string | Uint8Array): string => (typeof chunk === 'string' ? chunk : decoder.decode(chunk));
  const encoded = stdinText === undefined ? undefined : new TextEncoder().encode(stdinText);
  let given = false;
  const io: CommandIO = {
    stdin:
      encoded === undefined
        ? emptyReader
        : {
            read: async () => {
              if (given) return null;
              given = true;
              return encoded;
            },
          },
    stdout: { write: (c) => void (stdout += text(c)) },
    stderr: { write: (c) => void (stderr += text(c)) },
    terminal: { isTTY: true, columns: 80, rows: 24 },
    env: engine.env,
    signal: new AbortController().signal,
  };
  const parsed = parseDockerArgs(argv.slice(1), { columns: 80, home: '/home/student' });
  if (parsed.kind !== 'run') {
    if (parsed.kind === 'error') return { stdout, stderr: parsed.stderr, exitCode: parsed.exitCode };
    throw new Error(`unexpected parse result ${parsed.kind}`);
  }
  const handler = extra.get(parsed.path.join(' ')) ?? commandHandlers.get(parsed.path.join(' '));
  if (!handler) throw new Error(`no handler for ${parsed.path.join(' ')}`);
  const exitCode = await handler({ daemon: engine.daemon, io, clock: engine.clock, host: engine.shell, flags: parsed.flags, args: parsed.args, commandPath: parsed.commandPath });
  return { stdout, stderr, exitCode };
}
