/**
 * Runs Gorae's userland programs for tests: a container-like root in memory (an alpine
 * style layout with every built program installed, BusyBox's applet links included), a
 * container kernel over the Node process host, and the program's output collected.
 * Children a program spawns (a shell running `ls`) are found in that root and run too.
 */
import { readdirSync } from 'node:fs';
import { afterAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { FileSystem } from '../../fs';
import { InodeFs } from '../../fs/inode-fs';
import { createNodeProcessHost } from '../../node/node-host';
import { alpineApplets } from '../../registry/catalog/userland';
import { ContainerKernel } from '../../runtime/kernel/container-kernel';
import type { KernelProcess } from '../../runtime/kernel/process';
import { ProgramLoader } from '../../runtime/kernel/program-loader';
import { containerStdio } from '../../runtime/kernel/stdio';
import { Terminal } from '../../runtime/kernel/terminal';
import type { ProcessHost } from '../../runtime/host/types';
import { systemClock } from '../../util/clock';
import { userlandWasm } from '../programs.node';

export interface RunProgramOptions {
  /** Files of the root: path → content; a path ending in "/" is a directory. Replaces what the default root has there. */
  files?: Record<string, string>;
  cwd?: string;
  /** The environment; default PATH, HOME=/root, HOSTNAME. */
  env?: string[];
  /** Standard input (then closed); with `tty`, typed at the terminal instead. */
  stdin?: string;
  /** Keep stdin open after `stdin` (feed more with input(), end with closeInput()). */
  openStdin?: boolean;
  /** A terminal as stdin, stdout and stderr (`docker run -it`): output is all in `stdout`, with "\r\n". */
  tty?: boolean;
  hostname?: string;
  uid?: number;
  gid?: number;
  /** The cap on each process's memory in bytes (docker run -m). */
  memoryLimit?: number;
  /** Binary files to add (path → bytes, mode 755), such as test programs. */
  install?: Record<string, Uint8Array>;
}

export interface ProgramRun {
  stdout: string;
  stderr: string;
  status: number;
  fs: FileSystem;
}

export interface RunningProgram {
  readonly kernel: ContainerKernel;
  readonly process: KernelProcess;
  readonly fs: FileSystem;
  /** Output so far. */
  stdout(): string;
  stderr(): string;
  /** Bytes typed or piped to stdin. */
  input(text: string): void;
  /** Closes stdin (not for a terminal: type "\x04" there). */
  closeInput(): void;
  signal(signal: number): void;
  /** Resolves with the status once the program has ended. */
  readonly exited: Promise<number>;
  /** Resolves once the output contains `text` (rejects after `timeoutMs`). */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
let sharedHost: ProcessHost | null = null;
let sharedLoader: ProgramLoader | null = null;
const kernels = new Set<ContainerKernel>();

/** One process host per test file, ended (with whatever still runs) when the file's tests are done. */
function host(): { host: ProcessHost; loader: ProgramLoader } {
  if (!sharedHost) {
    const created = createNodeProcessHost({ idleWorkers: 2 });
    sharedHost = created;
    sharedLoader = new ProgramLoader(created);
    afterAll(async () => {
      for (const kernel of kernels) kernel.killAll();
      kernels.clear();
      sharedHost = null;
      sharedLoader = null;
      await created.dispose();
    });
  }
  return { host: sharedHost, loader: sharedLoader! };
}

/** The names of the built programs (bin/*.wasm). */
function builtPrograms(): string[] {
  return readdirSync(`${here}../bin`)
    .filter((f) => f.endsWith('.wasm'))
    .map((f) => f.slice(0, -5));
}

const PASSWD = 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n';
const GROUP = 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nnobody:x:65534:\n';

/** An alpine-like root with every built program: /bin/<name>, BusyBox links, /usr/bin/bash and dash. */
export function testRoot(files: Record<string, string> = {}, hostname = 'f00dfeedc0de'): FileSystem {
  const fs = new InodeFs();
  for (const dir of ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/etc', '/root', '/home', '/var', '/proc', '/dev']) fs.mkdirp(dir, 0o755);
  fs.mkdirp('/tmp', 0o1777);
  fs.chmod('/tmp', 0o1777);
  fs.writeFile('/etc/passwd', PASSWD);
  fs.writeFile('/etc/group', GROUP);
  fs.writeFile('/etc/hostname', `${hostname}\n`);
  fs.writeFile('/etc/hosts', `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n172.17.0.2\t${hostname}\n`);
  const programs = builtPrograms();
  for (const name of programs) {
    const path = name === 'bash' || name === 'dash' ? `/usr/bin/${name}` : `/bin/${name}`;
    fs.writeFile(path, userlandWasm(name), { mode: 0o755 });
  }
  if (programs.includes('busybox')) {
    for (const [dir, names] of Object.entries(alpineApplets)) {
      for (const name of names) if (!fs.exists(`${dir}/${name}`)) fs.symlink('/bin/busybox', `${dir}/${name}`);
    }
  }
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) fs.mkdirp(path.slice(0, -1) || '/', 0o755);
    else {
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      fs.mkdirp(parent, 0o755);
      if (fs.exists(path) || isLink(fs, path)) fs.unlink(path);
      fs.writeFile(path, content, { mode: path.includes('/bin/') ? 0o755 : 0o644 });
    }
  }
  return fs;
}

function isLink(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}

/** Starts bin/<program>.wasm (or the root's file `program`, a path) with `argv` (argv[0] as given) and leaves it running. */
export async function startProgram(program: string, argv: string[], options: RunProgramOptions = {}): Promise<RunningProgram> {
  const hostname = options.hostname ?? 'f00dfeedc0de';
  const fs = testRoot(options.files, hostname);
  for (const [file, bytes] of Object.entries(options.install ?? {})) fs.writeFile(file, bytes, { mode: 0o755 });
  const { host: processHost, loader } = host();
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const kernel = new ContainerKernel({ fs, host: processHost, loader, clock: systemClock, hostname, memoryLimit: options.memoryLimit ?? 0 });
  kernels.add(kernel);
  const { stdio, input: target } = containerStdio(kernel, { tty: options.tty ?? false, openStdin: options.stdin !== undefined }, {
    stdout: (d) => out.push(d.slice()),
    stderr: (d) => err.push(d.slice()),
  });
  const enc = new TextEncoder();
  const input = (text: string): void => {
    if (target instanceof Terminal) target.input(enc.encode(text));
    else target?.feed(enc.encode(text));
  };
  const close = (): void => {
    if (target instanceof Terminal) target.input(Uint8Array.of(4));
    else target?.end();
  };
  // A path runs that file of the root; a name runs bin/<name>.wasm.
  const path = program.startsWith('/') ? program : program === 'bash' || program === 'dash' ? `/usr/bin/${program}` : `/bin/${program}`;
  if (!fs.exists(path)) fs.writeFile(path, userlandWasm(program), { mode: 0o755 });
  const env = options.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `HOSTNAME=${hostname}`, 'HOME=/root'];
  const proc = await kernel.start({ argv, path, env, cwd: options.cwd ?? '/', uid: options.uid ?? 0, gid: options.gid ?? 0, stdio });
  if (options.stdin !== undefined) {
    input(options.stdin);
    if (!options.tty && !options.openStdin) close();
  }
  const dec = (chunks: Uint8Array[]): string => new TextDecoder().decode(Buffer.concat(chunks));
  return {
    kernel,
    process: proc,
    fs,
    stdout: () => dec(out),
    stderr: () => dec(err),
    input,
    closeInput: close,
    signal: (sig) => kernel.signal(proc.pid, sig),
    exited: proc.ended,
    async waitFor(text, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!(dec(out) + dec(err)).includes(text)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(text)}; output so far:\n${dec(out)}${dec(err)}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
  };
}

/** Runs bin/<program>.wasm to its end (killing it after `timeoutMs`, default 10 s). */
export async function runProgram(program: string, argv: string[], options: RunProgramOptions & { timeoutMs?: number } = {}): Promise<ProgramRun> {
  const running = await startProgram(program, argv, options);
  const timer = setTimeout(() => running.kernel.killAll(), options.timeoutMs ?? 10_000);
  const status = await running.exited;
  clearTimeout(timer);
  // Let the last output frames of children land.
  await new Promise((r) => setTimeout(r, 0));
  return { stdout: running.stdout(), stderr: running.stderr(), status, fs: running.fs };
}
