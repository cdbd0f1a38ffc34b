/**
 * Dev-only: regenerates the golden files in this folder from the real docker 28.2.2 client.
 * Run: `npx tsx simulator/cli/framework/testdata/capture.node.ts` (needs `docker` and `script`).
 *
 * Docker runs against a stand-in daemon that reports a default Linux engine (not experimental,
 * swarm inactive) — what Gorae's simulated daemon is — so help hides what docker hides there.
 * Every other API call gets a 500 whose message is REACHED_DAEMON: seeing it in stderr means
 * the client accepted the command line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dockerCommand } from '../../spec/data/root';
import type { CommandSpec } from '../../spec/types';
import { CASES, HELP_120 } from './cases';

export const REACHED_DAEMON = 'GORAE-REACHED-DAEMON';
const HOME = '/home/student';
const here = dirname(fileURLToPath(import.meta.url));

const SERVER = `
const http = require('node:http');
http.createServer((req, res) => {
  const h = { 'Api-Version': '1.50', 'Docker-Experimental': 'false', 'Ostype': 'linux', 'Swarm': 'inactive' };
  if (req.url.endsWith('/_ping')) { res.writeHead(200, { ...h, 'Content-Type': 'text/plain' }); res.end(req.method === 'HEAD' ? undefined : 'OK'); return; }
  res.writeHead(500, { ...h, 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ message: '${REACHED_DAEMON}' }));
}).listen(process.argv[1]);
`;

interface Captured {
  argv: string[];
  columns: number;
  stdout: string;
  stderr: string;
  code: number;
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Runs docker with stdin on a pseudo-terminal `columns` wide; stdout and stderr go to files. */
function run(argv: string[], columns: number, host: string): Captured {
  const dir = join(tmpdir(), `gorae-capture-${process.pid}`);
  mkdirSync(join(dir, 'cwd'), { recursive: true });
  const out = join(dir, 'out');
  const err = join(dir, 'err');
  const cmd = ['docker', ...argv].map(quote).join(' ');
  const inner = `stty cols ${columns} rows 40; ${cmd} >${quote(out)} 2>${quote(err)}`;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME, DOCKER_HOST: host, TERM: 'xterm' };
  const r = spawnSync('script', ['-qec', inner, '/dev/null'], { env, cwd: join(dir, 'cwd'), timeout: 20000, encoding: 'utf8' });
  const result = { argv, columns, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8'), code: r.status ?? -1 };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

function commandPaths(cmd: CommandSpec, path: string[], out: string[][]): string[][] {
  if (cmd.plugin) return out;
  out.push(path);
  for (const sub of cmd.subcommands ?? []) commandPaths(sub, [...path, sub.name], out);
  return out;
}

async function main(): Promise<void> {
  const sock = join(tmpdir(), `gorae-capture-dockerd-${process.pid}.sock`);
  rmSync(sock, { force: true });
  const daemon = spawn(process.execPath, ['-e', SERVER, sock], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100 && !existsSync(sock); i++) await new Promise((r) => setTimeout(r, 50));
    const host = `unix://${sock}`;
    const paths = commandPaths(dockerCommand, [], []);
    const help80: Record<string, Captured> = {};
    for (const p of paths) help80[p.join(' ')] = run([...p, '--help'], 80, host);
    const help120: Record<string, Captured> = {};
    for (const p of HELP_120) help120[p.join(' ')] = run([...p, '--help'], 120, host);
    const cases = CASES.map((argv) => run(argv, 80, host));
    const write = (name: string, data: unknown) => writeFileSync(join(here, name), JSON.stringify(data, null, 1) + '\n');
    write('help-80.json', help80);
    write('help-120.json', help120);
    write('cases.json', cases);
    const version = spawnSync('docker', ['version', '--format', '{{json .Client}}'], { env: { PATH: process.env.PATH, HOME, DOCKER_HOST: host }, encoding: 'utf8' });
    write('client-version.json', { json: version.stdout, short: run(['--version'], 80, host).stdout });
    console.log(`captured ${paths.length} help texts, ${cases.length} cases`);
  } finally {
    daemon.kill();
    rmSync(sock, { force: true });
  }
}

await main();
