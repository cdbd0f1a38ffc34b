import { FsError, isFsError } from '../fs';
import { BufferWriter, toBytes, type CommandIO, type Reader, type Writer } from '../util/io';
import { CommandLineError, parseCommandLine, type Redirect, type SimpleCommand } from './command-line';
import { hostBuiltins, type Builtin } from './builtins';
import { globPaths } from './workspace/glob';
import { createWorkspaceFs, resolvePath, type HostFs } from './workspace/host-fs';
import type { Shell } from './types';

/** Runs `docker …` with the given argv (without the leading "docker"). */
export type DockerEntry = (argv: string[], io: CommandIO) => Promise<number>;

/** See HostShell.intercept. */
export type CommandInterceptor = (line: string, io: CommandIO, run: (io: CommandIO) => Promise<number>) => Promise<number>;

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
  /** the host's files (an in-memory home and /tmp when left out) */
  fs?: HostFs;
  /** the clock `touch` uses (Date.now when left out) */
  now?: () => number;
}

const DEV_NULL = '/dev/null';

/** Commands whose arguments complete to directories only. */
const DIR_COMMANDS = new Set(['cd', 'rmdir']);

/**
 * The student's host shell: a bash-like prompt that runs builtins, the host's file
 * commands and the docker CLI, with redirections. `$?` keeps the status of the last command.
 */
export class HostShell implements Shell {
  readonly env: Record<string, string>;
  private readonly interceptors: CommandInterceptor[] = [];
  readonly fs: HostFs;
  readonly home: string;
  readonly now: () => number;
  status = 0;
  cwd: string;
  private readonly builtins: Map<string, Builtin>;

  constructor(private readonly options: HostShellOptions) {
    this.env = { ...options.env };
    this.home = options.home;
    this.now = options.now ?? (() => Date.now());
    this.fs = options.fs ?? createWorkspaceFs({ home: options.home, now: this.now });
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

  /** The absolute, normalized path of `path` from the working directory. */
  resolve(path: string): string {
    return resolvePath(this.cwd, path);
  }

  /** Changes the working directory (no checks: `cd` does them), keeping PWD and OLDPWD. */
  chdir(path: string): void {
    this.env.OLDPWD = this.cwd;
    this.cwd = path;
    this.env.PWD = path;
  }

  /**
   * Wraps every line the shell runs from now on: `interceptor` gets the line and its IO and
   * calls `run` (with that IO or a wrapped one) to run it. The lessons' recorder watches
   * commands this way. Returns a function that removes it.
   */
  intercept(interceptor: CommandInterceptor): () => void {
    this.interceptors.push(interceptor);
    return () => {
      const i = this.interceptors.indexOf(interceptor);
      if (i >= 0) this.interceptors.splice(i, 1);
    };
  }

  execute(line: string, io: CommandIO): Promise<number> {
    const run = (index: number, current: CommandIO): Promise<number> => {
      const interceptor = this.interceptors[index];
      return interceptor ? interceptor(line, current, (next) => run(index + 1, next)) : this.executeLine(line, current);
    };
    return run(0, io);
  }

  private async executeLine(line: string, io: CommandIO): Promise<number> {
    const lookup = (name: string): string | undefined => (name === '?' ? String(this.status) : this.env[name]);
    let commands;
    try {
      // the whole line is checked first; each command is expanded just before it runs ($? of the one before)
      commands = parseCommandLine(line, () => '');
    } catch (err) {
      if (!(err instanceof CommandLineError)) throw err;
      io.stderr.write(`bash: ${err.message}\n`);
      this.status = 2;
      return this.status;
    }
    // pipelines: a command joined by `|` belongs with the one before it
    const pipelines: SimpleCommand[][] = [];
    for (const command of commands) {
      if (command.connector === '|') pipelines[pipelines.length - 1]!.push(command);
      else pipelines.push([command]);
    }
    for (const pipeline of pipelines) {
      const connector = pipeline[0]!.connector;
      if (connector === '&&' && this.status !== 0) continue;
      if (connector === '||' && this.status === 0) continue;
      if (io.signal.aborted) break;
      this.status = await this.runPipeline(line, pipeline, io, lookup);
    }
    return this.status;
  }

  /**
   * Runs `a | b | c`. Each command runs to its end before the next starts, its output
   * kept and given to the next as standard input (no streaming between them yet).
   */
  private async runPipeline(line: string, pipeline: SimpleCommand[], io: CommandIO, lookup: (name: string) => string | undefined): Promise<number> {
    let stdin = io.stdin;
    let status = 0;
    for (const [n, command] of pipeline.entries()) {
      const last = n === pipeline.length - 1;
      const buffer = last ? undefined : new BufferWriter();
      const stageIo: CommandIO = buffer ? { ...io, stdin, stdout: buffer, terminal: { ...io.terminal, isTTY: false } } : { ...io, stdin };
      let expanded: SimpleCommand;
      try {
        expanded = parseCommandLine(line.slice(command.start, command.end), lookup, (pattern) => globPaths(this.fs, this.cwd, pattern))[0] ?? {
          ...command,
          words: [],
          redirects: [],
        };
        status = await this.runCommand(expanded, stageIo);
      } catch (err) {
        if (!(err instanceof CommandLineError)) throw err;
        io.stderr.write(`bash: ${err.message}\n`);
        status = 1;
      }
      if (buffer) stdin = onceReader(buffer.bytes());
      if (io.signal.aborted) break;
    }
    return status;
  }

  private async runCommand(command: SimpleCommand, io: CommandIO): Promise<number> {
    const redirected = this.redirect(command.redirects, io);
    if (typeof redirected === 'number') return redirected;
    return this.run([...command.words], redirected);
  }

  /** The command's io after its redirections, or the status when one fails (bash's message printed). */
  private redirect(redirects: Redirect[], io: CommandIO): CommandIO | number {
    if (redirects.length === 0) return io;
    const out = new Map<number, { writer: Writer; tty: boolean }>([
      [1, { writer: io.stdout, tty: io.terminal.isTTY }],
      [2, { writer: io.stderr, tty: io.terminal.isTTY }],
    ]);
    let stdin = io.stdin;
    for (const r of redirects) {
      try {
        if (r.op === '<') {
          const path = this.resolve(r.target);
          const bytes = path === DEV_NULL ? new Uint8Array(0) : this.fs.readFile(path);
          if (r.fd === 0) stdin = onceReader(bytes);
        } else if (r.op === '>&') {
          if (r.target === '-') {
            out.set(r.fd, { writer: { write: () => undefined }, tty: false });
            continue;
          }
          const from = /^[0-9]+$/.test(r.target) ? out.get(Number(r.target)) : undefined;
          if (!from) {
            io.stderr.write(`bash: ${r.target}: ${/^[0-9]+$/.test(r.target) ? 'Bad file descriptor' : 'ambiguous redirect'}\n`);
            return 1;
          }
          out.set(r.fd, from);
        } else {
          const writer = this.fileWriter(r.target, r.op === '>>' || r.op === '&>>');
          const target = { writer, tty: false };
          if (r.op === '&>' || r.op === '&>>') {
            out.set(1, target);
            out.set(2, target);
          } else {
            out.set(r.fd, target);
          }
        }
      } catch (e) {
        if (!isFsError(e)) throw e;
        io.stderr.write(`bash: ${r.target}: ${e.message}\n`);
        return 1;
      }
    }
    const stdout = out.get(1)!;
    return {
      ...io,
      stdin,
      stdout: stdout.writer,
      stderr: out.get(2)!.writer,
      terminal: { ...io.terminal, isTTY: stdout.tty },
    };
  }

  /** Opens `target` for writing now (truncating unless appending); each write appends. */
  private fileWriter(target: string, append: boolean): Writer {
    if (target === '') throw new FsError('ENOENT', target, 'open');
    const path = this.resolve(target);
    if (path === DEV_NULL) return { write: () => undefined };
    this.fs.writeFile(path, new Uint8Array(0), { append });
    return { write: (chunk) => this.fs.writeFile(path, toBytes(chunk).slice(), { append: true }) };
  }

  private async run(words: string[], io: CommandIO): Promise<number> {
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
    // `NAME=value command` sets NAME for that command only (DOCKER_BUILDKIT=0 docker build .);
    // assignments alone set shell variables.
    const scoped: Record<string, string> = {};
    while (words.length > 0 && assignment.test(words[0]!)) {
      const [, name, value] = assignment.exec(words.shift()!)!;
      scoped[name!] = value!;
    }
    const [name, ...args] = words;
    if (name === undefined) {
      Object.assign(this.env, scoped);
      return 0;
    }
    const env = Object.keys(scoped).length > 0 ? { ...this.env, ...scoped } : this.env;
    if (name === 'docker') return this.options.docker(args, { ...io, env });
    const builtin = this.builtins.get(name);
    if (builtin) {
      try {
        return await builtin(args, { ...io, env }, this);
      } catch (e) {
        if (!isFsError(e)) throw e;
        io.stderr.write(`${name}: ${e.message}\n`);
        return 1;
      }
    }
    io.stderr.write(`bash: ${name}: command not found\n`);
    return 127;
  }

  complete(line: string, cursor: number): string[] {
    const before = line.slice(0, cursor);
    const words = before.split(/\s+/);
    const current = words[words.length - 1] ?? '';
    if (words.length <= 1) return this.commandNames().filter((w) => w.startsWith(current));
    const previous = words[words.length - 2] ?? '';
    const afterRedirect = /[<>]$/.test(previous);
    if (words[0] === 'docker' && !afterRedirect) {
      const docker = [...new Set(this.options.dockerWords())].filter((w) => w.startsWith(current)).sort();
      if (docker.length > 0 && !/^[./~]/.test(current) && !current.includes('/')) return docker;
    }
    return this.completeFiles(current, !afterRedirect && DIR_COMMANDS.has(words[0]!));
  }

  /** File names completing `word` (directories with a trailing "/"), like bash's default completion. */
  private completeFiles(word: string, dirsOnly: boolean): string[] {
    const slash = word.lastIndexOf('/');
    const dirPart = word.slice(0, slash + 1);
    const prefix = word.slice(slash + 1);
    const expanded = dirPart === '~/' || dirPart.startsWith('~/') ? this.home + dirPart.slice(1) : dirPart;
    const dir = this.resolve(expanded === '' ? '.' : expanded);
    let names: string[];
    try {
      names = this.fs.readdir(dir);
    } catch (e) {
      if (isFsError(e)) return [];
      throw e;
    }
    const found: string[] = [];
    for (const name of names) {
      if (!name.startsWith(prefix) || (name.startsWith('.') && !prefix.startsWith('.'))) continue;
      let isDir = false;
      try {
        isDir = this.fs.stat(`${dir === '/' ? '' : dir}/${name}`).type === 'directory';
      } catch (e) {
        if (!isFsError(e)) throw e;
      }
      if (dirsOnly && !isDir) continue;
      // characters the shell would split or expand are escaped, as bash does
      found.push(dirPart + name.replace(/[\s'"\\$`&|;<>()*?[\]!#]/g, '\\$&') + (isDir ? '/' : ''));
    }
    return found.sort();
  }
}

function onceReader(bytes: Uint8Array): Reader {
  let done = false;
  return {
    read: async () => {
      if (done || bytes.length === 0) return null;
      done = true;
      return bytes.slice();
    },
  };
}
