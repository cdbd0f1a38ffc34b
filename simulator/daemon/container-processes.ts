/**
 * The processes of a container, as `docker top` and `docker stats` see them: its kernel's
 * process table, with the pids the host gives them.
 */
import { ConflictError } from '../errors';
import type { Container } from '../runtime/containers/container';
import type { ContainerKernel } from '../runtime/kernel/container-kernel';
import type { Daemon } from './daemon';

export interface ContainerProcessInfo {
  /** host pid */
  pid: number;
  /** host pid of the parent (0 for the container's first process) */
  ppid: number;
  uid: number;
  /** argv */
  args: string[];
  /** ms since the epoch */
  startMs: number;
  /** CPU time used, ms */
  cpuMs: number;
  /** resident memory, KiB */
  rssKiB: number;
  /** ps's one-letter state: R, S, T (stopped), Z */
  state: string;
}

/** Lists the processes of a running container (moby: "container … is not running" otherwise). */
export function containerProcesses(daemon: Daemon, idOrName: string): ContainerProcessInfo[] {
  const container = daemon.containers.get(idOrName);
  if (!container.state.Running) throw new ConflictError(`container ${container.id} is not running`);
  if (container.state.Restarting) throw new ConflictError(`Container ${container.id} is restarting, wait until the container is running`);
  return taskProcesses(daemon, container);
}

/** The kernel of a running container. */
export function kernelOf(daemon: Daemon, container: Container): ContainerKernel | undefined {
  return daemon.taskOf(container.id)?.kernel;
}

function taskProcesses(daemon: Daemon, container: Container): ContainerProcessInfo[] {
  const kernel = kernelOf(daemon, container);
  if (!kernel) return [];
  const hostPids = new Map(kernel.processes().map((p) => [p.pid, p.hostPid]));
  return kernel.processes().map((proc) => {
    const i = kernel.info(proc);
    return { pid: i.hostPid, ppid: hostPids.get(i.ppid) ?? 0, uid: i.uid, args: [...i.argv], startMs: i.startMs, cpuMs: i.cpuMs, rssKiB: i.rssKiB, state: i.state };
  });
}
