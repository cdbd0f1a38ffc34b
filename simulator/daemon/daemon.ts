import { ConflictError } from '../errors';
import type { EventBus } from '../events/emitter';
import { ImageStore } from '../images/image-store';
import { LayerStore } from '../images/layer-store';
import type { Registry } from '../registry/registry';
import { initialState, type Container, type HostConfig } from '../runtime/containers/container';
import { ContainerStore } from '../runtime/containers/container-store';
import type { ProcessHost } from '../runtime/host/types';
import { TaskService, type Task } from '../runtime/tasks/task-service';
import { Snapshotter } from '../snapshots/snapshotter';
import type { Clock } from '../util/clock';
import type { Random } from '../util/random';
import { mergeConfig, type CreateRequest } from './container-config';
import { RestartManager } from './container-restart';
import { ContainerStreams } from './container-streams';
import type { NetworkModel } from './network-model';
import { initLayer } from './container-init-layer';
import { generateId, generateContainerName, validateContainerName } from './names';

export interface DaemonDeps {
  registry: Registry;
  processHost: ProcessHost;
  events: EventBus;
  clock: Clock;
  random: Random;
  network: NetworkModel;
}

export type WaitCondition = 'not-running' | 'next-exit' | 'removed';

/**
 * The Docker daemon: owns images, layers, snapshots, containers and tasks, and answers the
 * Engine API calls the CLI makes. Image calls live in image-api.ts.
 */
export class Daemon {
  readonly images = new ImageStore();
  readonly layers = new LayerStore();
  readonly containers = new ContainerStore();
  readonly snapshots: Snapshotter;
  readonly tasks: TaskService;
  readonly streams = new Map<string, ContainerStreams>();
  /** Restart policies: which exited containers start again, and when. */
  readonly restarts = new RestartManager();
  private readonly running = new Map<string, Task>();
  private readonly waiters = new Map<string, Array<{ condition: WaitCondition; resolve: (code: number) => void }>>();

  constructor(readonly deps: DaemonDeps) {
    this.snapshots = new Snapshotter((chainId) => this.layers.chain(chainId), () => deps.clock.now());
    this.tasks = new TaskService(deps.processHost, deps.events, deps.clock);
  }

  get events(): EventBus {
    return this.deps.events;
  }

  /** POST /containers/create */
  containerCreate(request: CreateRequest, hostConfig: HostConfig, name?: string): { Id: string; Warnings: string[] } {
    const image = this.images.find(request.Image);
    this.events.emit('/images/lookup', { ref: request.Image, found: image !== undefined });
    if (!image) this.images.lookup(request.Image);
    if (name !== undefined && name !== '') {
      validateContainerName(name);
      this.containers.reserveName(`/${name.replace(/^\//, '')}`);
    }
    let id = generateId(this.deps.random);
    while (this.containers.find(id)) id = generateId(this.deps.random);
    const finalName = name ? `/${name.replace(/^\//, '')}` : `/${generateContainerName(this.deps.random, (n) => this.containers.isNameTaken(`/${n}`), id)}`;
    const config = mergeConfig(request, image!, id);
    const argv = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
    const ipAddress = this.bridgeAddress();
    this.snapshots.prepare(id, image!.topChainId, initLayer(config.Hostname, ipAddress, this.deps.clock.now()));
    this.layers.retain(image!.topChainId);
    this.events.emit('/snapshot/prepare', { key: id, parent: image!.topChainId });
    const container: Container = {
      id,
      name: finalName,
      created: this.deps.clock.now(),
      path: argv[0]!,
      args: argv.slice(1),
      config,
      hostConfig,
      image: image!.id,
      state: initialState(),
      snapshotKey: id,
      ipAddress,
      logs: [],
      restartCount: 0,
    };
    this.containers.add(container);
    this.streams.set(id, new ContainerStreams(container, this.deps.clock));
    this.events.emit('/containers/create', { id, name: finalName.slice(1), image: request.Image });
    return { Id: id, Warnings: [] };
  }

  /** POST /containers/{id}/attach: output from now on goes to the given sinks. */
  containerAttach(idOrName: string, sinks: { stdout?: (d: Uint8Array) => void; stderr?: (d: Uint8Array) => void }): () => void {
    const container = this.containers.get(idOrName);
    return this.streams.get(container.id)!.attach(sinks);
  }

  /** POST /containers/{id}/start */
  async containerStart(idOrName: string): Promise<void> {
    const container = this.containers.get(idOrName);
    if (container.state.Paused) throw new ConflictError('cannot start a paused container, try unpause instead');
    if (container.state.Running) return;
    const snapshot = this.snapshots.get(container.snapshotKey);
    const streams = this.streams.get(container.id)!;
    let task: Task;
    try {
      task = await this.tasks.start(
        {
          containerId: container.id,
          fs: snapshot.fs,
          args: [container.path, ...container.args],
          env: container.config.Env,
          workingDir: container.config.WorkingDir || '/',
          user: container.config.User,
          hostname: container.config.Hostname,
          tty: container.config.Tty,
          openStdin: container.config.OpenStdin,
          memoryLimit: container.hostConfig.Memory ?? 0,
          pidsLimit: Math.max(0, container.hostConfig.PidsLimit ?? 0),
        },
        streams.stdio(),
      );
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      container.state.Error = message;
      container.state.ExitCode = /executable file not found|no such file or directory/.test(message) ? 127 : /permission denied|is a directory/.test(message) ? 126 : 128;
      if (container.hostConfig.AutoRemove) this.removeContainer(container);
      throw err;
    }
    Object.assign(container.state, { Status: 'running', Running: true, Pid: task.pid, Error: '', ExitCode: 0, OOMKilled: false, StartedAt: this.deps.clock.now(), FinishedAt: 0 });
    this.running.set(container.id, task);
    void task.process.exited.then((code) => this.onExit(container, task, code));
  }

  /**
   * Resolves once no container process is running, or after `timeoutMs`, whichever comes
   * first: lets a scripted session see a short-lived container as exited, the way a person
   * typing the next command would.
   */
  async settle(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, left);
      });
      const exits = [...this.running.values()].map((task) => task.process.exited.then(() => undefined, () => undefined));
      await Promise.race([Promise.race(exits), timeout]);
      clearTimeout(timer);
      // let the exit handlers that were waiting on the same promise run first
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
  }

  private onExit(container: Container, task: Task, code: number): void {
    if (this.running.get(container.id) === task) this.running.delete(container.id);
    const now = this.deps.clock.now();
    container.state.OOMKilled = task.process.oomKilled === true;
    this.events.emit('/tasks/exit', { containerId: container.id, pid: task.pid, exitCode: code });
    const delay = this.containers.find(container.id) ? this.restarts.onExit(container, task, code, now - container.state.StartedAt) : undefined;
    if (delay !== undefined) {
      // Restarting counts as running (moby's SetRestarting); waiters for the exit hear of it.
      container.restartCount++;
      Object.assign(container.state, { Status: 'restarting', Running: true, Restarting: true, Paused: false, Pid: 0, ExitCode: code, FinishedAt: now });
      this.notify(container.id, code, ['not-running', 'next-exit']);
      this.events.emit('/containers/restarting', { id: container.id, delayMs: delay });
      this.restarts.schedule(container.id, delay, () => this.restartNow(container));
      return;
    }
    Object.assign(container.state, { Status: 'exited', Running: false, Paused: false, Restarting: false, Pid: 0, ExitCode: code, FinishedAt: now });
    this.notify(container.id, code, ['not-running', 'next-exit']);
    if (container.hostConfig.AutoRemove) this.removeContainer(container);
  }

  /** The restart manager's start of a container whose delay has passed. */
  private restartNow(container: Container): void {
    if (!this.containers.find(container.id) || !container.state.Restarting) return;
    Object.assign(container.state, { Running: false, Restarting: false });
    this.restarts.beginStart(container.id);
    this.containerStart(container.id).then(
      () => this.restarts.endStart(container.id, this.running.get(container.id)),
      () => {
        this.restarts.endStart(container.id, undefined);
        this.markStopped(container);
      },
    );
  }

  /**
   * A restarting container stays stopped: its pending restart is dropped and it becomes
   * exited with the code of its last run. Returns false when no restart was pending.
   */
  stopRestarting(container: Container): boolean {
    if (!container.state.Restarting) return false;
    this.restarts.cancelPending(container.id);
    this.markStopped(container);
    return true;
  }

  private markStopped(container: Container): void {
    Object.assign(container.state, { Status: 'exited', Running: false, Restarting: false, Paused: false, Pid: 0, FinishedAt: this.deps.clock.now() });
    this.notify(container.id, container.state.ExitCode, ['not-running', 'next-exit']);
  }

  private notify(id: string, code: number, conditions: WaitCondition[]): void {
    const list = this.waiters.get(id) ?? [];
    const keep = list.filter((w) => !conditions.includes(w.condition));
    for (const w of list) if (conditions.includes(w.condition)) w.resolve(code);
    this.waiters.set(id, keep);
  }

  /** POST /containers/{id}/wait */
  containerWait(idOrName: string, condition: WaitCondition = 'not-running'): Promise<number> {
    const container = this.containers.get(idOrName);
    if (condition === 'not-running' && !container.state.Running) return Promise.resolve(container.state.ExitCode);
    return new Promise((resolve) => {
      const list = this.waiters.get(container.id) ?? [];
      list.push({ condition, resolve });
      this.waiters.set(container.id, list);
    });
  }

  /** DELETE /containers/{id} */
  containerRemove(idOrName: string, options: { force?: boolean } = {}): void {
    const container = this.containers.get(idOrName);
    if (container.state.Running) {
      if (!options.force) {
        const how = container.state.Paused
          ? 'container is paused and must be unpaused first'
          : `container is ${container.state.Restarting ? 'restarting' : 'running'}: stop the container before removing or force remove`;
        throw new ConflictError(`cannot remove container "${idOrName}": ${how}`);
      }
      const task = this.running.get(container.id);
      this.restarts.cancel(task);
      task?.process.kill(9);
    }
    this.restarts.forget(container.id);
    this.removeContainer(container);
  }

  private removeContainer(container: Container): void {
    if (!this.containers.find(container.id)) return;
    this.containers.remove(container.id);
    this.streams.delete(container.id);
    const parent = this.snapshots.get(container.snapshotKey).parent;
    this.snapshots.remove(container.snapshotKey);
    this.layers.release(parent);
    this.events.emit('/snapshot/remove', { key: container.snapshotKey });
    this.events.emit('/containers/delete', { id: container.id, name: container.name.slice(1) });
    this.notify(container.id, container.state.ExitCode, ['removed', 'not-running', 'next-exit']);
    this.waiters.delete(container.id);
  }

  /**
   * The default bridge address a new container gets: 172.17.0.2 and up, the lowest one no
   * other container holds (networking proper comes with user-defined networks).
   */
  private bridgeAddress(): string {
    const taken = new Set(this.containers.all().map((c) => c.ipAddress));
    let host = 2;
    while (taken.has(`172.17.0.${host}`)) host++;
    return `172.17.0.${host}`;
  }

  /** Running task of a container, if any. */
  taskOf(containerId: string): Task | undefined {
    return this.running.get(containerId);
  }

  requireRunning(idOrName: string): Container {
    const container = this.containers.get(idOrName);
    if (!container.state.Running) throw new ConflictError(`container ${container.id} is not running`);
    return container;
  }
}
