/** Helpers shared by the host's coreutils: GNU option parsing, quoting and error texts. */
import { isFsError, type Stats } from '../../fs';
import type { CommandIO } from '../../util/io';

export interface ParsedOptions {
  flags: Set<string>;
  operands: string[];
}

/**
 * GNU getopt_long with permutation: `short` lists the option letters, `long` maps long
 * names to their letter. Returns the exit status after printing the error for a bad option.
 */
export function parseOptions(
  cmd: string,
  args: string[],
  short: string,
  long: Record<string, string>,
  io: CommandIO,
  badStatus = 1,
): ParsedOptions | number {
  const flags = new Set<string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      const matches = Object.keys(long).filter((l) => l.startsWith(name));
      const exact = long[name];
      const letter = exact ?? (matches.length === 1 ? long[matches[0]!] : undefined);
      if (letter === undefined) {
        io.stderr.write(
          matches.length > 1
            ? `${cmd}: option '${arg}' is ambiguous\nTry '${cmd} --help' for more information.\n`
            : `${cmd}: unrecognized option '${arg}'\nTry '${cmd} --help' for more information.\n`,
        );
        return badStatus;
      }
      flags.add(letter);
    } else if (arg.startsWith('-') && arg !== '-') {
      for (const c of arg.slice(1)) {
        if (!short.includes(c)) {
          io.stderr.write(`${cmd}: invalid option -- '${c}'\nTry '${cmd} --help' for more information.\n`);
          return badStatus;
        }
        flags.add(c);
      }
    } else {
      operands.push(arg);
    }
  }
  return { flags, operands };
}

/** GNU's shell-escape-always quoting of a file name in messages: 'name'. */
export function quoteaf(name: string): string {
  if (!name.includes("'")) return `'${name}'`;
  if (!/[$`"\\!]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** GNU's locale quoting in a UTF-8 locale (mkdir's messages): ‘name’. */
export function quoteLocale(name: string): string {
  return `‘${name}’`;
}

/** The strerror text of a file system error; anything else is rethrown. */
export function errText(e: unknown): string {
  if (isFsError(e)) return e.message;
  throw e;
}

export function missingOperand(cmd: string, io: CommandIO, what = 'operand'): number {
  io.stderr.write(`${cmd}: missing ${what}\nTry '${cmd} --help' for more information.\n`);
  return 1;
}

export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export const isDirStats = (s: Stats | undefined): boolean => s?.type === 'directory';
