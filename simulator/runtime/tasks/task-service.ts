import { SimError } from '../../errors';
import type { EventBus } from '../../events/emitter';
import type { FileSystem } from '../../fs';
import type { Clock } from '../../util/clock';
import type { ProcessHandle, ProcessHost, ProcessStdio } from '../host/types';
import { ContainerKernel } from '../kernel/container-kernel';
import { ProgramLoader } from '../kernel/program-loader';
import { containerStdio } from '../kernel/stdio';
import type { InputStream } from '../kernel/stream';
import type { Terminal } from '../kernel/terminal';
import { resolveExecutable } from './resolve-executable';
import { resolveUser } from './resolve-user';

/** The OCI runtime could not start the container's process. */
export class RuntimeStartError extends SimError {
  constructor(reason: string) {
    super(
      'system',
      `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${reason}: unknown`,
    );
  }
}

/** A running container: its kernel, and its first process (PID 1 inside, `pid` on the host). */
export interface Task {
  containerId: string;
  /** The host's pid of the container's first process (State.Pid). */
  pid: number;
  /** The first process: when it ends, the container has stopped. */
  process: ProcessHandle;
  kernel: ContainerKernel;
  /** Where `docker attach`/`run -i` input goes: the terminal, or a plain stdin stream. */
  stdin: Terminal | InputStream | null;
}

export interface TaskSpec {
  containerId: string;
  /** The container's root filesystem. */
  fs: FileSystem;
  args: string[];
  env: string[];
  workingDir: string;
  /** Config.User: "", "name", "uid", "name:group", "uid:gid". */
  user?: string;
  hostname?: string;
  /** -t: a terminal is stdin, stdout and stderr. */
  tty?: boolean;
  /** -i: stdin stays open for the client. */
  openStdin?: boolean;
  pidsLimit?: number;
  /** HostConfig.Memory: the cap on each process's memory in bytes; 0 for none. */
  memoryLimit?: number;
}

/** Starts tasks: checks the entrypoint as runc does, then runs it as PID 1 of a new container kernel. */
export class TaskService {
  private nextPid = 1000;
  readonly loader: ProgramLoader;

  constructor(
    private readonly host: ProcessHost,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {
    this.loader = new ProgramLoader(host);
  }

  async start(spec: TaskSpec, stdio: ProcessStdio): Promise<Task> {
    const program = spec.args[0] ?? '';
    const found = resolveExecutable(spec.fs, program, spec.env, spec.workingDir);
    if (!found.ok) throw new RuntimeStartError(found.reason);
    const user = resolveUser(spec.fs, spec.user ?? '');
    if (!user.ok) throw new RuntimeStartError(user.reason);
    const kernel = new ContainerKernel({
      fs: spec.fs,
      host: this.host,
      loader: this.loader,
      clock: this.clock,
      hostname: spec.hostname ?? spec.containerId.slice(0, 12),
      pidsLimit: spec.pidsLimit ?? 0,
      memoryLimit: spec.memoryLimit ?? 0,
      hostPid: () => this.nextPid++,
    });
    const { stdio: streams, input: stdin } = containerStdio(kernel, { tty: spec.tty ?? false, openStdin: spec.openStdin ?? false }, stdio);
    let first;
    try {
      // The loader checks the file as execve does (ENOEXEC for what is neither a module nor a #! script).
      first = await kernel.start({ argv: spec.args, path: found.path, env: spec.env, cwd: spec.workingDir, uid: user.uid, gid: user.gid, stdio: streams });
    } catch (e) {
      const errno = typeof e === 'object' && e !== null ? (e as { errno?: unknown }).errno : undefined;
      if (errno === 'ENOEXEC') throw new RuntimeStartError(`exec: "${program}": exec format error`);
      if (errno === 'ENOENT') throw new RuntimeStartError(`exec: "${program}": stat ${program}: no such file or directory`);
      if (errno === 'EACCES') throw new RuntimeStartError(`exec: "${program}": permission denied`);
      throw e;
    }
    const proc = first;
    const pid = proc.hostPid;
    const process: ProcessHandle = {
      exited: proc.ended,
      signals: [],
      kill: (signal) => void kernel.signal(proc.pid, signal),
      end: (status) => proc.kill(status - 128),
      get oomKilled() {
        return proc.oomKilled;
      },
    };
    this.events.emit('/tasks/start', { containerId: spec.containerId, pid, args: spec.args });
    return { containerId: spec.containerId, pid, process, kernel, stdin };
  }
}
