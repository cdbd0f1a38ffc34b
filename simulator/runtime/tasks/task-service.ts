import { digestOf } from '../../digest';
import { SimError } from '../../errors';
import type { EventBus } from '../../events/emitter';
import type { FileNode } from '../../snapshots/layer-tree';
import type { UnionView } from '../../snapshots/union';
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
  view: UnionView;
  args: string[];
  env: string[];
  workingDir: string;
}

/** Starts tasks: finds the entrypoint in the container's filesystem, compiles it, runs it. */
export class TaskService {
  private nextPid = 1000;
  /** Module keys of files, computed once per (immutable) file node. */
  private readonly keys = new WeakMap<FileNode, string>();

  constructor(
    private readonly host: ProcessHost,
    private readonly events: EventBus,
  ) {}

  async start(spec: TaskSpec, stdio: ProcessStdio): Promise<Task> {
    const program = spec.args[0] ?? '';
    const found = resolveExecutable(spec.view, program, spec.env, spec.workingDir);
    if (!found.ok) throw new RuntimeStartError(found.reason);
    const bytes = found.node.data ?? new Uint8Array();
    if (bytes.length < 4 || WASM_MAGIC.some((b, i) => bytes[i] !== b)) {
      throw new RuntimeStartError(`exec: "${program}": exec format error`);
    }
    let key = this.keys.get(found.node);
    if (!key) {
      key = digestOf(bytes);
      this.keys.set(found.node, key);
    }
    const module = await this.host.compile(key, bytes);
    const process = this.host.spawn({ moduleKey: key, module, args: spec.args, env: spec.env }, stdio);
    const pid = this.nextPid++;
    this.events.emit('/tasks/start', { containerId: spec.containerId, pid, args: spec.args });
    return { containerId: spec.containerId, pid, process };
  }
}
