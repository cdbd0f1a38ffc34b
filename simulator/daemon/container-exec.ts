/**
 * POST /containers/{id}/exec and /exec/{id}/start: another process in a running
 * container's namespace (the next pid), with the container's user, environment and
 * working directory unless the request overrides them, and stdio of its own: a new
 * terminal with -t, an open stdin with -i. Its output goes to the client, not the log.
 */
import { ConflictError, SimError } from '../errors';
import { closedInput, InputStream, outputStream } from '../runtime/kernel/stream';
import { Terminal } from '../runtime/kernel/terminal';
import { resolveExecutable } from '../runtime/tasks/resolve-executable';
import { resolveUser } from '../runtime/tasks/resolve-user';
import { mergeEnv } from './container-config';
import type { ContainerInput } from './container-stdin';
import type { Daemon } from './daemon';

/** runc could not start the exec'd process; the CLI prints this text as it is. */
export class ExecStartError extends SimError {
  constructor(
    reason: string,
    readonly exitCode: number,
  ) {
    super('system', `OCI runtime exec failed: exec failed: unable to start container process: ${reason}: unknown`);
  }
}

export interface ExecRequest {
  cmd: string[];
  env: string[];
  user: string;
  workingDir: string;
  tty: boolean;
  openStdin: boolean;
}

export interface ExecSinks {
  stdout(data: Uint8Array): void;
  stderr(data: Uint8Array): void;
}

export interface ExecProcess {
  /** The pid inside the container. */
  pid: number;
  exited: Promise<number>;
  input: ContainerInput | null;
  resize(rows: number, columns: number): void;
}

export async function containerExec(daemon: Daemon, idOrName: string, request: ExecRequest, sinks: ExecSinks): Promise<ExecProcess> {
  const container = daemon.containers.get(idOrName);
  if (container.state.Paused) throw new ConflictError(`Container ${container.id} is paused, unpause the container before exec`);
  if (container.state.Restarting) throw new ConflictError(`Container ${container.id} is restarting, wait until the container is running`);
  const task = daemon.taskOf(container.id);
  if (!task || !container.state.Running) throw new ConflictError(`container ${container.id} is not running`);
  const kernel = task.kernel;
  const env = mergeEnv(container.config.Env, request.env);
  const cwd = request.workingDir || container.config.WorkingDir || '/';
  const program = request.cmd[0] ?? '';
  const found = resolveExecutable(kernel.fs, program, env, cwd);
  if (!found.ok) throw new ExecStartError(found.reason, /permission denied|is a directory/.test(found.reason) ? 126 : 127);
  const user = resolveUser(kernel.fs, request.user || container.config.User);
  if (!user.ok) throw new ExecStartError(user.reason, 126);
  let terminal: Terminal | null = null;
  let input: InputStream | null = null;
  let stdio;
  if (request.tty) {
    terminal = new Terminal((data) => sinks.stdout(data), (signal) => kernel.signalTerminal(signal));
    stdio = { stdin: terminal, stdout: terminal, stderr: terminal };
  } else {
    input = request.openStdin ? new InputStream() : null;
    stdio = { stdin: input ?? closedInput(), stdout: outputStream((d) => sinks.stdout(d)), stderr: outputStream((d) => sinks.stderr(d)) };
  }
  const loaded = await kernel.loader.load(kernel.fs, found.path, request.cmd, env, cwd);
  const proc = await kernel.start({ argv: request.cmd, env, cwd, uid: user.uid, gid: user.gid, stdio, program: loaded });
  daemon.events.emit('/tasks/exec-started', { containerId: container.id, pid: proc.pid, args: request.cmd });
  const tty = terminal;
  const stdin = input;
  return {
    pid: proc.pid,
    exited: proc.ended,
    input: tty
      ? { tty: true, write: (data) => tty.input(data), close: () => undefined, resize: (rows, columns) => tty.resize(rows, columns) }
      : stdin
        ? { tty: false, write: (data) => stdin.feed(data), close: () => stdin.end() }
        : null,
    resize: (rows, columns) => tty?.resize(rows, columns),
  };
}
