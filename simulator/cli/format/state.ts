/**
 * A container's state name ("running", "exited", …) and its human-readable status
 * ("Up 2 hours (healthy)", "Exited (0) 3 seconds ago"), as the daemon reports them in
 * container lists. Running, Paused and Restarting are not exclusive: a paused container is
 * still running, and a restarting one counts as running too.
 */
import { goSub, humanDuration } from './duration';
import { GO_ZERO_TIME_MS } from './time';

export type ContainerStateName = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

/** The health-check status; an empty status counts as unhealthy (no probe has run yet). */
export type HealthStatus = 'starting' | 'healthy' | 'unhealthy' | 'none' | '';

export interface ContainerStateFlags {
  running: boolean;
  paused: boolean;
  restarting: boolean;
  /** set while `docker rm` is removing the container */
  removalInProgress?: boolean;
  dead: boolean;
  exitCode: number;
  /** ms since the epoch; null, 0 or Go's zero time when the container never started */
  startedAt: number | null;
  /** ms since the epoch; null, 0 or Go's zero time when it never finished */
  finishedAt: number | null;
  /** present only for containers with a health check */
  health?: { status: HealthStatus } | null;
}

/** The same facts under inspect's field names (State.Running, State.StartedAt, …). */
export interface StateFlags {
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  Dead: boolean;
  RemovalInProgress?: boolean;
  ExitCode: number;
  StartedAt: number | null;
  FinishedAt: number | null;
  Health?: { Status: HealthStatus } | null;
}

const isZero = (t: number | null | undefined): boolean =>
  t === null || t === undefined || t === 0 || t <= GO_ZERO_TIME_MS;

/** The state name, in the daemon's order of precedence. */
export function containerStateName(s: ContainerStateFlags): ContainerStateName {
  if (s.running) {
    if (s.paused) return 'paused';
    if (s.restarting) return 'restarting';
    return 'running';
  }
  if (s.removalInProgress) return 'removing';
  if (s.dead) return 'dead';
  if (isZero(s.startedAt)) return 'created';
  return 'exited';
}

function healthText(status: HealthStatus): string {
  const effective = status === '' ? 'unhealthy' : status;
  return effective === 'starting' ? 'health: starting' : effective;
}

/** The STATUS text at `nowMs` ("Up 3 days (Paused)", "Exited (137) 2 hours ago", …). */
export function containerStatus(s: ContainerStateFlags, nowMs: number): string {
  const since = (t: number | null): string => humanDuration(goSub(nowMs, isZero(t) ? GO_ZERO_TIME_MS : t!));
  if (s.running) {
    if (s.paused) return `Up ${since(s.startedAt)} (Paused)`;
    if (s.restarting) return `Restarting (${s.exitCode}) ${since(s.finishedAt)} ago`;
    if (s.health) return `Up ${since(s.startedAt)} (${healthText(s.health.status)})`;
    return `Up ${since(s.startedAt)}`;
  }
  if (s.removalInProgress) return 'Removal In Progress';
  if (s.dead) return 'Dead';
  if (isZero(s.startedAt)) return 'Created';
  if (isZero(s.finishedAt)) return '';
  return `Exited (${s.exitCode}) ${since(s.finishedAt)} ago`;
}

/** Flags from a State object with inspect's field names. */
export function stateFlags(s: StateFlags): ContainerStateFlags {
  return {
    running: s.Running,
    paused: s.Paused,
    restarting: s.Restarting,
    removalInProgress: s.RemovalInProgress,
    dead: s.Dead,
    exitCode: s.ExitCode,
    startedAt: s.StartedAt,
    finishedAt: s.FinishedAt,
    health: s.Health ? { status: s.Health.Status } : null,
  };
}

/** containerStatus for a State object with inspect's field names. */
export function stateString(s: StateFlags, nowMs: number): string {
  return containerStatus(stateFlags(s), nowMs);
}
