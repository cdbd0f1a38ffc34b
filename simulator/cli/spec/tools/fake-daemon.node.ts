/**
 * Dev-only: a stand-in daemon that answers only `/_ping`, with the headers the docker client
 * reads to decide which commands and flags to hide (API version, experimental, OS, swarm).
 * It runs in a child process because the probes block this one while docker runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DaemonState {
  experimental: boolean;
  osType: 'linux' | 'windows';
  /** Value of the Swarm header: "inactive", "active/manager", "active/worker". */
  swarm: string;
}

const SERVER = `
const http = require('node:http');
const [sock, exp, os, swarm] = process.argv.slice(1);
http.createServer((req, res) => {
  res.writeHead(200, { 'Api-Version': '1.50', 'Docker-Experimental': exp, 'Ostype': os, 'Swarm': swarm, 'Content-Type': 'text/plain' });
  res.end(req.method === 'HEAD' ? undefined : 'OK');
}).listen(sock);
`;

export interface FakeDaemon {
  host: string;
  stop(): void;
}

let counter = 0;

export async function startFakeDaemon(state: DaemonState): Promise<FakeDaemon> {
  const sock = join(tmpdir(), `gorae-fake-dockerd-${process.pid}-${counter++}.sock`);
  rmSync(sock, { force: true });
  const child: ChildProcess = spawn(
    process.execPath,
    ['-e', SERVER, sock, String(state.experimental), state.osType, state.swarm],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100 && !existsSync(sock); i++) await new Promise((r) => setTimeout(r, 50));
  if (!existsSync(sock)) throw new Error('fake daemon did not start');
  return {
    host: `unix://${sock}`,
    stop() {
      child.kill();
      rmSync(sock, { force: true });
    },
  };
}
