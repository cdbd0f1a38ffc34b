/**
 * POST /containers/{id}/exec and /exec/{id}/start: another process in a running
 * container's namespace (the next pid), with the container's user, environment and
 * working directory unless the request overrides them, and stdio of its own: a new
 * terminal with -t, an open stdin with -i. Its output goes to the client, not the log.
 */
import { ConflictError, SimError } from '../errors';
import { containerStdio } from '../runtime/kernel/stdio';
import { resolveExecutable } from '../runtime/tasks/resolve-executable';
import { resolveUser } from '../runtime/tasks/resolve-user';
import { mergeEnv } from './container-config';
import { inputFor, type ContainerInput } from './container-stdin';
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
  const { stdio, input } = containerStdio(kernel, { tty: request.tty, openStdin: request.openStdin }, sinks);
  const proc = await kernel.start({ argv: request.cmd, path: found.path, env, cwd, uid: user.uid, gid: user.gid, stdio });
  daemon.events.emit('/tasks/exec-started', { containerId: container.id, pid: proc.pid, args: request.cmd });
  return { pid: proc.pid, exited: proc.ended, input: inputFor(input, kernel) };
}
