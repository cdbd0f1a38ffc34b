/**
 * POST /containers/{id}/pause and /unpause. Docker freezes the container's cgroup; Gorae
 * freezes its kernel (its processes stop at their next system call or loop iteration).
 */
import { ConflictError, SystemError } from '../errors';
import type { Container } from '../runtime/containers/container';
import { kernelOf } from './container-processes';
import type { Daemon } from './daemon';

/** Lets a paused container's processes run again. */
export function resume(daemon: Daemon, container: Container): void {
  const kernel = kernelOf(daemon, container);
  kernel?.thaw();
}

export function containerPause(daemon: Daemon, idOrName: string): void {
  const container = daemon.containers.get(idOrName);
  const { state } = container;
  if (!state.Running) throw new ConflictError(`container ${container.id} is not running`);
  if (state.Paused) throw new ConflictError(`container ${container.id} is already paused`);
  if (state.Restarting) throw new ConflictError(`Container ${container.id} is restarting, wait until the container is running`);
  const kernel = kernelOf(daemon, container);
  kernel?.freeze();
  state.Paused = true;
  state.Status = 'paused';
  daemon.events.emit('/containers/pause', { id: container.id, paused: true });
}

export function containerUnpause(daemon: Daemon, idOrName: string): void {
  const container = daemon.containers.get(idOrName);
  const { state } = container;
  if (!state.Paused) throw new SystemError(`Container ${container.id} is not paused`);
  resume(daemon, container);
  state.Paused = false;
  state.Status = 'running';
  daemon.events.emit('/containers/pause', { id: container.id, paused: false });
}
