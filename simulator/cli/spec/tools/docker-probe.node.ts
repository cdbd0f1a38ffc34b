/**
 * Dev-only helpers that run the real `docker` client binary (no daemon needed) so the spec
 * extractor and the golden capture can read its help texts and error messages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProbeOptions {
  /** Terminal width: runs docker with a pseudo-terminal on stdin sized to this many columns. */
  columns?: number;
  /** When columns is set, also make stdout a terminal (otherwise stdout goes to a file). */
  ttyStdout?: boolean;
  /** DOCKER_HOST to use; defaults to a socket path where nothing listens. */
  dockerHost?: string;
  /** Use a throw-away DOCKER_CONFIG/HOME/cwd so probing commands cannot touch real state. */
  sandbox?: boolean;
  timeoutMs?: number;
}

export interface ProbeResult {
  stdout: string;
  stderr: string;
  code: number;
}

export const NO_DAEMON_HOST = 'unix:///tmp/gorae-no-daemon.sock';

const sandboxDir = join(tmpdir(), 'gorae-docker-sandbox');

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function environment(opts: ProbeOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: opts.dockerHost ?? NO_DAEMON_HOST };
  delete env.DOCKER_CONFIG;
  delete env.DOCKER_CONTEXT;
  delete env.COLUMNS;
  if (opts.sandbox) {
    mkdirSync(join(sandboxDir, 'home'), { recursive: true });
    env.DOCKER_CONFIG = join(sandboxDir, 'config');
    env.HOME = join(sandboxDir, 'home');
  }
  return env;
}

/** Runs `docker ...args` and returns its output and exit code. */
export function docker(args: string[], opts: ProbeOptions = {}): ProbeResult {
  const env = environment(opts);
  const cwd = opts.sandbox ? sandboxDir : tmpdir();
  mkdirSync(cwd, { recursive: true });
  const timeout = opts.timeoutMs ?? 20000;
  if (opts.columns === undefined) {
    const r = spawnSync('docker', args, { env, cwd, timeout, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.status ?? -1 };
  }
  const outFile = join(tmpdir(), `gorae-probe-${process.pid}.out`);
  const errFile = join(tmpdir(), `gorae-probe-${process.pid}.err`);
  const cmdline = ['docker', ...args].map(shellQuote).join(' ');
  const redirect = opts.ttyStdout ? `2>${shellQuote(errFile)}` : `>${shellQuote(outFile)} 2>${shellQuote(errFile)}`;
  const inner = `stty cols ${opts.columns} rows 40; : >${shellQuote(outFile)}; ${cmdline} ${redirect}`;
  const r = spawnSync('script', ['-qec', inner, '/dev/null'], { env, cwd, timeout, encoding: 'utf8' });
  const ttyOut = (r.stdout ?? '').replace(/\r\n/g, '\n');
  const stdout = opts.ttyStdout ? ttyOut : readFileSync(outFile, 'utf8');
  const stderr = readFileSync(errFile, 'utf8');
  rmSync(outFile, { force: true });
  rmSync(errFile, { force: true });
  return { stdout, stderr, code: r.status ?? -1 };
}

/** `docker <path> --help` at a very wide terminal, so flag usages are never wrapped. */
export function helpText(path: readonly string[], opts: ProbeOptions = {}): string {
  const r = docker([...path, '--help'], { ...opts, columns: opts.columns ?? 1000 });
  if (r.code !== 0) throw new Error(`docker ${path.join(' ')} --help exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}
