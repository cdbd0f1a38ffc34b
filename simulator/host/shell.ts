import type { CommandIO } from '../util/io';
import { CommandLineError, parseCommandLine } from './command-line';
import { hostBuiltins, type Builtin } from './builtins';
import type { Shell } from './types';

/** Runs `docker …` with the given argv (without the leading "docker"). */
export type DockerEntry = (argv: string[], io: CommandIO) => Promise<number>;

export interface HostShellOptions {
  user: string;
  hostname: string;
  home: string;
  /** the working directory to start in (home when left out) */
  cwd?: string;
  env: Record<string, string>;
  docker: DockerEntry;
  /** extra completions after "docker " */
  dockerWords: () => string[];
}

/**
 * The student's host shell: a bash-like prompt that runs builtins and the docker CLI.
 * `$?` keeps the status of the last command.
 */
export class HostShell implements Shell {
  readonly env: Record<string, string>;
  status = 0;
  cwd: string;
  private readonly builtins: Map<string, Builtin>;

  constructor(private readonly options: HostShellOptions) {
    this.env = { ...options.env };
    this.cwd = options.cwd ?? options.home;
    this.env.PWD = this.cwd;
    this.builtins = hostBuiltins();
  }

  prompt(): string {
    const dir = this.cwd === this.options.home ? '~' : this.cwd.startsWith(`${this.options.home}/`) ? `~${this.cwd.slice(this.options.home.length)}` : this.cwd;
    return `\x1b[1;32m${this.options.user}@${this.options.hostname}\x1b[0m:\x1b[1;34m${dir}\x1b[0m$ `;
  }

  commandNames(): string[] {
    return ['docker', ...this.builtins.keys()].sort();
  }

  async execute(line: string, io: CommandIO): Promise<number> {
    let commands;
    try {
      commands = parseCommandLine(line, (name) => (name === '?' ? String(this.status) : this.env[name]));
    } catch (err) {
      if (!(err instanceof CommandLineError)) throw err;
      io.stderr.write(`bash: ${err.message}\n`);
      this.status = 2;
      return this.status;
    }
    for (const command of commands) {
      if (command.connector === '&&' && this.status !== 0) continue;
      if (command.connector === '||' && this.status === 0) continue;
      if (io.signal.aborted) break;
      this.status = await this.run(command.words, io);
    }
    return this.status;
  }

  private async run(words: string[], io: CommandIO): Promise<number> {
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
    while (words.length > 0 && assignment.test(words[0]!)) {
      const [, name, value] = assignment.exec(words.shift()!)!;
      if (words.length === 0) this.env[name!] = value!;
    }
    const [name, ...args] = words;
    if (name === undefined) return 0;
    if (name === 'docker') return this.options.docker(args, { ...io, env: this.env });
    const builtin = this.builtins.get(name);
    if (builtin) return builtin(args, io, this);
    io.stderr.write(`bash: ${name}: command not found\n`);
    return 127;
  }

  complete(line: string, cursor: number): string[] {
    const before = line.slice(0, cursor);
    const words = before.split(/\s+/);
    const current = words[words.length - 1] ?? '';
    const pool = words.length <= 1 ? this.commandNames() : words[0] === 'docker' ? this.options.dockerWords() : [];
    return [...new Set(pool)].filter((w) => w.startsWith(current)).sort();
  }
}
