import { isFsError } from '../../fs';
import type { CommandContext } from '../context';

/**
 * Where `docker save` and `docker export` put their tar: the file of `-o`, or standard
 * output — never a terminal, which Docker refuses before doing any work.
 */
export function refusesTerminal(ctx: CommandContext, output: string): boolean {
  if (output || !ctx.io.terminal.isTTY) return false;
  ctx.io.stderr.write('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
  return true;
}

/** Writes the archive; `failure` starts the message when the file cannot be written. */
export function writeArchive(ctx: CommandContext, output: string, archive: Uint8Array, failure: string): number {
  if (!output) {
    ctx.io.stdout.write(archive);
    return 0;
  }
  try {
    ctx.host.fs.writeFile(ctx.host.resolve(output), archive);
  } catch (err) {
    if (!isFsError(err)) throw err;
    ctx.io.stderr.write(`${failure}open ${output}: ${err.message.toLowerCase()}\n`);
    return 1;
  }
  return 0;
}
