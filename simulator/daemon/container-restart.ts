/**
 * Restart policies (`--restart`): whether a container that exited starts again, and after
 * how long — moby's restart manager. The delay starts at 100 ms and doubles with each
 * restart up to one minute; a run of 10 seconds or more starts it over.
 *
 * Each run of a container (one task) can be marked as stopped by hand (`docker stop`,
 * `docker kill`), which keeps "unless-stopped" from restarting it, and as cancelled (the
 * daemon's "exit on next"), which keeps every policy from restarting it. A run the user
 * started (not the restart manager) starts the count over.
 */
import { InvalidArgumentError } from '../errors';
import type { Container, RestartPolicy } from '../runtime/containers/container';

const DEFAULT_DELAY_MS = 100;
const MAX_DELAY_MS = 60_000;
const RESET_AFTER_MS = 10_000;

/** The daemon's check of a policy sent by a client (container.ValidateRestartPolicy). */
export function validateRestartPolicy(policy: RestartPolicy): void {
  switch (policy.Name) {
    case 'always':
    case 'unless-stopped':
    case 'no':
      if (policy.MaximumRetryCount !== 0) {
        let message = "invalid restart policy: maximum retry count can only be used with 'on-failure'";
        if (policy.MaximumRetryCount < 0) message += ' and cannot be negative';
        throw new InvalidArgumentError(message);
      }
      return;
    case 'on-failure':
      if (policy.MaximumRetryCount < 0) throw new InvalidArgumentError('invalid restart policy: maximum retry count cannot be negative');
      return;
    case '':
      return;
    default:
      throw new InvalidArgumentError(
        `invalid restart policy: unknown policy '${String(policy.Name)}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
      );
  }
}

interface RestartRecord {
  /** restarts since the user last started the container */
  count: number;
  /** the last delay used; 0 before the first restart */
  delayMs: number;
  timer?: ReturnType<typeof setTimeout>;
}

export class RestartManager {
  private readonly records = new Map<string, RestartRecord>();
  /** Runs started by the restart manager itself (a task object each). */
  private readonly managedRuns = new WeakSet<object>();
  /** Runs a user stopped by hand. */
  private readonly stoppedRuns = new WeakSet<object>();
  /** Runs that must not be restarted whatever the policy. */
  private readonly cancelledRuns = new WeakSet<object>();
  /** Containers whose restart is being started right now. */
  private readonly starting = new Set<string>();

  private record(id: string): RestartRecord {
    let r = this.records.get(id);
    if (!r) {
      r = { count: 0, delayMs: 0 };
      this.records.set(id, r);
    }
    return r;
  }

  /** `docker stop`/`docker kill`: the current run was stopped by hand. */
  markStopped(run: object | undefined): void {
    if (run) this.stoppedRuns.add(run);
  }

  /** The current run ends for good: no policy restarts it. */
  cancel(run: object | undefined): void {
    if (run) this.cancelledRuns.add(run);
  }

  /**
   * Called when a run ends: the delay before the restart, or undefined when the container
   * stays stopped. `ranMs` is how long the run lasted.
   */
  onExit(container: Container, run: object, exitCode: number, ranMs: number): number | undefined {
    const policy = container.hostConfig.RestartPolicy;
    const managed = this.managedRuns.has(run) || this.starting.delete(container.id);
    const r = this.record(container.id);
    if (!managed) {
      // the user started this run: the count starts over (ResetRestartManager)
      r.count = 0;
      r.delayMs = 0;
      container.restartCount = 0;
    }
    if (!policy || policy.Name === '' || policy.Name === 'no') return undefined;
    if (this.cancelledRuns.has(run)) return undefined;
    if (ranMs >= RESET_AFTER_MS) r.delayMs = 0;
    if (r.delayMs === 0) r.delayMs = DEFAULT_DELAY_MS;
    else if (r.delayMs < MAX_DELAY_MS) r.delayMs *= 2;
    if (r.delayMs > MAX_DELAY_MS) r.delayMs = MAX_DELAY_MS;
    let restart = false;
    if (policy.Name === 'always') restart = true;
    else if (policy.Name === 'unless-stopped') restart = !this.stoppedRuns.has(run);
    else if (policy.Name === 'on-failure') {
      const max = policy.MaximumRetryCount;
      if (max === 0 || r.count < max) restart = exitCode !== 0;
    }
    if (!restart) return undefined;
    r.count++;
    return r.delayMs;
  }

  /** Runs `start` after `delayMs`, unless cancelled first. */
  schedule(containerId: string, delayMs: number, start: () => void): void {
    const r = this.record(containerId);
    if (r.timer !== undefined) clearTimeout(r.timer);
    r.timer = setTimeout(() => {
      r.timer = undefined;
      start();
    }, delayMs);
  }

  /** Drops a restart that is waiting for its delay; true when there was one. */
  cancelPending(containerId: string): boolean {
    const r = this.records.get(containerId);
    if (r?.timer === undefined) return false;
    clearTimeout(r.timer);
    r.timer = undefined;
    return true;
  }

  /** The restart manager is about to start the container. */
  beginStart(containerId: string): void {
    this.starting.add(containerId);
  }

  /** The restart manager's start is done; `run` is the run it started, if any. */
  endStart(containerId: string, run: object | undefined): void {
    if (this.starting.delete(containerId) && run) this.managedRuns.add(run);
  }

  forget(containerId: string): void {
    this.cancelPending(containerId);
    this.records.delete(containerId);
    this.starting.delete(containerId);
  }
}
