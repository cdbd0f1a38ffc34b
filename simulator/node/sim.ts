/**
 * npm run --silent sim -- [--seed N] [--workspace DIR] [FILE]
 *
 * Starts one fresh engine and runs each line of FILE (or standard input) as if typed at the
 * app's terminal prompt. Prints what the terminal shows once each command has finished:
 * prompts and typed input left out, everything programs print kept, stdout and stderr in
 * order. A command that reads input (`docker run -it alpine sh`) takes the lines that
 * follow as typed input until it ends. Exits with the status of the last command. With --workspace DIR the student's home
 * (/home/student) is the real folder DIR: files made there by the script appear in DIR.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { HOST_HOME } from '../engine';
import { createEngine } from '../index';
import { createNodeProcessHost } from './node-host';
import { readFileBytes } from './read-file-bytes';
import { createRealWorkspace } from './real-workspace';
import { runScript } from './transcript';

interface SimArgs {
  seed?: number;
  workspace?: string;
  file?: string;
}

function usage(message: string): never {
  process.stderr.write(`sim: ${message}\nusage: npm run --silent sim -- [--seed N] [--workspace DIR] [FILE]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): SimArgs {
  const args: SimArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    if (flag === '--seed') {
      const seed = Number(value());
      if (!Number.isInteger(seed)) usage('--seed takes an integer');
      args.seed = seed;
    } else if (flag === '--workspace') {
      const dir = resolve(value());
      if (!existsSync(dir) || !statSync(dir).isDirectory()) usage(`--workspace: ${dir} is not a directory`);
      args.workspace = dir;
    } else if (flag === '-h' || flag === '--help') {
      process.stdout.write('usage: npm run --silent sim -- [--seed N] [--workspace DIR] [FILE]\n');
      process.exit(0);
    } else if (flag.startsWith('-') && flag !== '-') {
      usage(`unknown option ${flag}`);
    } else if (args.file === undefined) {
      args.file = flag;
    } else {
      usage('only one FILE may be given');
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const input = args.file && args.file !== '-' ? readFileSync(args.file, 'utf8') : readFileSync(0, 'utf8');
  const lines = input.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const columns = Number(process.env.COLUMNS) > 0 ? Number(process.env.COLUMNS) : 80;
  const processHost = createNodeProcessHost();
  const engine = createEngine({
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    processHost,
    fetchBytes: readFileBytes,
    ...(args.workspace !== undefined ? { hostFs: createRealWorkspace(args.workspace, { home: HOST_HOME }) } : {}),
  });
  let status = 0;
  try {
    await runScript(engine, lines.map((line) => line.replace(/\r$/, '')), columns, (result) => {
      status = result.exitCode;
      process.stdout.write(result.output);
    });
  } finally {
    await engine.dispose();
  }
  process.exitCode = status;
}

main().catch((err: unknown) => {
  process.stderr.write(`sim: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(70);
});
