import { digestOf } from '../../digest';
import { SimError } from '../../errors';
import type { EventBus } from '../../events/emitter';
import type { FileSystem } from '../../fs';
import type { ProcessHandle, ProcessHost, ProcessStdio } from '../host/types';
import { resolveExecutable } from './resolve-executable';

/** The OCI runtime could not start the container's process. */
export class RuntimeStartError extends SimError {
  constructor(reason: string) {
    super(
      'system',
      `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${reason}: unknown`,
    );
  }
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

/** A running process of a container. */
export interface Task {
  containerId: string;
  pid: number;
  process: ProcessHandle;
}

export interface TaskSpec {
  containerId: string;
  /** The container's root filesystem. */
  fs: FileSystem;
  args: string[];
  env: string[];
  workingDir: string;
}

/** Starts tasks: finds the entrypoint in the container's filesystem, compiles it, runs it. */
export class TaskService {
  private nextPid = 1000;
  /**
   * Module keys by file content: a file's bytes are shared, never copied, until written,
   * so the digest is computed once per content however many containers run it.
   */
  private readonly keys = new WeakMap<Uint8Array, string>();

  constructor(
    private readonly host: ProcessHost,
    private readonly events: EventBus,
  ) {}

  async start(spec: TaskSpec, stdio: ProcessStdio): Promise<Task> {
    const program = spec.args[0] ?? '';
    const found = resolveExecutable(spec.fs, program, spec.env, spec.workingDir);
    if (!found.ok) throw new RuntimeStartError(found.reason);
    const bytes = spec.fs.readFile(found.path);
    if (bytes.length < 4 || WASM_MAGIC.some((b, i) => bytes[i] !== b)) {
      throw new RuntimeStartError(`exec: "${program}": exec format error`);
    }
    let key = this.keys.get(bytes);
    if (!key) {
      key = digestOf(bytes);
      this.keys.set(bytes, key);
    }
    const module = await this.host.compile(key, bytes);
    // The container's root is the process's "/" (reached from its worker over shared memory).
    const process = this.host.spawn({ moduleKey: key, module, args: spec.args, env: spec.env, fs: spec.fs }, stdio);
    const pid = this.nextPid++;
    this.events.emit('/tasks/start', { containerId: spec.containerId, pid, args: spec.args });
    return { containerId: spec.containerId, pid, process };
  }
}
