import type { CommandIO } from '../util/io';
import { cat, cd, cp, mkdir, mv, pwd, rm, rmdir, touch } from './commands/files';
import { ls } from './commands/ls';
import { printf } from './commands/printf';
import { help } from './help';
import type { HostShell } from './shell';

export type Builtin = (args: string[], io: CommandIO, shell: HostShell) => Promise<number> | number;

/** `echo` as bash's builtin: -n, -e and -E, combined as `-ne`. */
const echo: Builtin = (args, io) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]!); i++) {
    for (const flag of args[i]!.slice(1)) {
      if (flag === 'n') newline = false;
      else if (flag === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = args.slice(i).join(' ');
  if (escapes) {
    text = text.replace(/\\([nt\\ae]|0[0-7]{0,3})/g, (_, c: string) =>
      c === 'n' ? '\n' : c === 't' ? '\t' : c === '\\' ? '\\' : c === 'a' ? '\x07' : c === 'e' ? '\x1b' : String.fromCharCode(parseInt(c.slice(1) || '0', 8)),
    );
  }
  io.stdout.write(newline ? `${text}\n` : text);
  return 0;
};

const clear: Builtin = (_args, io) => {
  io.stdout.write('\x1b[H\x1b[2J\x1b[3J');
  return 0;
};

const exportBuiltin: Builtin = (args, io, shell) => {
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq > 0) shell.env[arg.slice(0, eq)] = arg.slice(eq + 1);
    else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(arg)) {
      io.stderr.write(`bash: export: \`${arg}': not a valid identifier\n`);
      return 1;
    }
  }
  return 0;
};

const env: Builtin = (_args, io, shell) => {
  for (const [k, v] of Object.entries(shell.env)) io.stdout.write(`${k}=${v}\n`);
  return 0;
};

export function hostBuiltins(): Map<string, Builtin> {
  return new Map<string, Builtin>([
    ['echo', echo],
    ['clear', clear],
    ['printf', printf],
    ['pwd', pwd],
    ['cd', cd],
    ['ls', ls],
    ['cat', cat],
    ['mkdir', mkdir],
    ['touch', touch],
    ['rm', rm],
    ['rmdir', rmdir],
    ['cp', cp],
    ['mv', mv],
    ['export', exportBuiltin],
    ['env', env],
    ['help', help],
    ['true', () => 0],
    ['false', () => 1],
  ]);
}
