/**
 * POST /containers/{id}/stop, /kill and /restart: signals to a container's process, and
 * SIGKILL when it does not end in time (moby's daemon/stop.go, kill.go, restart.go).
 */
import { ConflictError, SimError } from '../errors';
import type { Container } from '../runtime/containers/container';
import { resume } from './container-pause';
import { parsePlatformSignal, parseSignal, SIGKILL, SIGTERM } from './container-signals';
import type { Daemon } from './daemon';

/** `docker stop` waits this long for the process to end when nothing else is said. */
export const DEFAULT_STOP_TIMEOUT_S = 10;
/** How long a SIGKILL is given to take effect before the daemon stops waiting. */
const KILL_WAIT_MS = 10_000;

export interface StopOptions {
  /** signal name or number; the container's stop signal when absent */
  signal?: string;
  /** seconds before SIGKILL; negative waits forever */
  timeout?: number;
}

/** The stop signal a container was created with: --stop-signal or its image's STOPSIGNAL. */
export function configuredStopSignal(daemon: Daemon, container: Container): string {
  if (container.config.StopSignal) return container.config.StopSignal;
  return daemon.images.find(container.image)?.config.config.StopSignal ?? '';
}

/** The signal `docker stop` sends first: the configured one, else SIGTERM. */
export function stopSignalOf(daemon: Daemon, container: Container): number {
  const configured = configuredStopSignal(daemon, container);
  if (configured) {
    try {
      return parseSignal(configured);
    } catch {
      return SIGTERM;
    }
  }
  return SIGTERM;
}

/** Resolves true once the container is not running, false when `ms` pass first. */
function waitNotRunning(daemon: Daemon, container: Container, ms: number): Promise<boolean> {
  if (!container.state.Running) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = ms >= 0 ? setTimeout(() => resolve(false), ms) : undefined;
    void daemon.containerWait(container.id, 'not-running').then(
      () => {
        if (timer !== undefined) clearTimeout(timer);
        resolve(true);
      },
      () => resolve(true),
    );
  });
}

/**
 * Sends a signal as killWithSignal does: the run counts as stopped by hand, and, when it is
 * the signal that stops the container, it is not restarted by its policy either.
 */
function signalContainer(daemon: Daemon, container: Container, signal: number): void {
  if (!container.state.Running) throw new ConflictError(`container ${container.id} is not running`);
  const task = daemon.taskOf(container.id);
  const configured = configuredStopSignal(daemon, container);
  let exitOnNext = true;
  if (configured !== '' && signal !== SIGKILL) {
    let stopSignal: number | undefined;
    try {
      stopSignal = parseSignal(configured);
    } catch {
      stopSignal = undefined;
    }
    exitOnNext = stopSignal === signal;
  }
  if (exitOnNext) daemon.restarts.cancel(task);
  daemon.restarts.markStopped(task);
  // a restarting container has no process: dropping the pending restart is enough
  if (daemon.stopRestarting(container)) return;
  task?.process.kill(signal);
  if (exitOnNext && container.state.Paused) {
    container.state.Paused = false;
    container.state.Status = 'running';
    resume(daemon, container);
  }
}

/** SIGKILL, then wait (briefly) for the process to be gone, as daemon.Kill does. */
async function killAndWait(daemon: Daemon, container: Container): Promise<void> {
  signalContainer(daemon, container, SIGKILL);
  await waitNotRunning(daemon, container, KILL_WAIT_MS);
}

/** POST /containers/{id}/stop. A container that is not running is left as it is. */
export async function containerStop(daemon: Daemon, idOrName: string, options: StopOptions = {}): Promise<void> {
  const container = daemon.containers.get(idOrName);
  if (!container.state.Running) return;
  await stopContainer(daemon, container, options);
}

async function stopContainer(daemon: Daemon, container: Container, options: StopOptions): Promise<void> {
  let signal = stopSignalOf(daemon, container);
  if (options.signal) signal = parseSignal(options.signal);
  const timeout = options.timeout ?? container.config.StopTimeout ?? DEFAULT_STOP_TIMEOUT_S;
  let waitMs = timeout >= 0 ? timeout * 1000 : -1;
  try {
    signalContainer(daemon, container, signal);
  } catch {
    waitMs = 2000;
  }
  if (await waitNotRunning(daemon, container, waitMs)) return;
  // the process did not end in time: "using the force"
  await killAndWait(daemon, container);
}

/** The error the API gives for a failed kill: "cannot kill container: <name>: <cause>". */
function killError(name: string, err: unknown): unknown {
  if (err instanceof SimError) return new SimError(err.code, `cannot kill container: ${name}: ${err.message}`, err.data);
  return err;
}

/** POST /containers/{id}/kill: SIGKILL (and wait for the exit) unless another signal is named. */
export async function containerKill(daemon: Daemon, idOrName: string, signalText = ''): Promise<void> {
  try {
    const signal = signalText === '' ? SIGKILL : parsePlatformSignal(signalText);
    const container = daemon.containers.get(idOrName);
    if (signal === SIGKILL) await killAndWait(daemon, container);
    else signalContainer(daemon, container, signal);
  } catch (err) {
    throw killError(idOrName, err);
  }
}

/** POST /containers/{id}/restart: stop when running (or restarting), then start. */
export async function containerRestart(daemon: Daemon, idOrName: string, options: StopOptions = {}): Promise<void> {
  const container = daemon.containers.get(idOrName);
  if (container.state.Running) await stopContainer(daemon, container, options);
  await daemon.containerStart(container.id);
}
