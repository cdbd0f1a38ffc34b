import { describe, expect, it } from 'vitest';
import { describeConformance, readConformanceJson } from '../../testing/conformance.node';
import { containerStateName, containerStatus, stateFlags, stateString, type ContainerStateFlags, type StateFlags } from './state';
import { GO_ZERO_TIME_MS } from './time';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const HOUR = 3_600_000;

interface StateCase {
  state: Partial<Record<'Running' | 'Paused' | 'Restarting' | 'RemovalInProgress' | 'Dead', boolean>> & {
    ExitCode?: number;
    StartedAt?: string;
    FinishedAt?: string;
  };
  State: string;
  Status: string;
}

/** "now-72h" → a time 72 hours before NOW. */
function relative(text: string | undefined): number | null {
  if (text === undefined) return null;
  const m = /^now-(\d+)h$/.exec(text);
  if (!m) throw new Error(`unexpected time ${text}`);
  return NOW - Number(m[1]) * HOUR;
}

function flags(s: StateCase['state']): ContainerStateFlags {
  return {
    running: s.Running ?? false,
    paused: s.Paused ?? false,
    restarting: s.Restarting ?? false,
    removalInProgress: s.RemovalInProgress ?? false,
    dead: s.Dead ?? false,
    exitCode: s.ExitCode ?? 0,
    startedAt: relative(s.StartedAt),
    finishedAt: relative(s.FinishedAt),
  };
}

describeConformance('container state strings (cli_format_cases.json)', () => {
  const all = readConformanceJson<Record<string, unknown>>('cli_format_cases.json');
  const key = Object.keys(all).find((k) => k.startsWith('container_state_string_tests'))!;
  const cases = all[key] as StateCase[];

  it.each(cases.map((c) => [JSON.stringify(c.state), c] as const))('%s', (_name, c) => {
    expect(containerStateName(flags(c.state))).toBe(c.State);
    expect(containerStatus(flags(c.state), NOW)).toBe(c.Status);
  });
});

describe('containerStatus', () => {
  it('takes lower-case flags, null meaning never', () => {
    const exited: ContainerStateFlags = {
      running: false,
      paused: false,
      restarting: false,
      dead: false,
      exitCode: 2,
      startedAt: NOW - 60_000,
      finishedAt: NOW - 2 * HOUR,
    };
    expect(containerStatus(exited, NOW)).toBe('Exited (2) 2 hours ago');
    expect(containerStatus({ ...exited, finishedAt: null }, NOW)).toBe('');
    expect(containerStatus({ ...exited, removalInProgress: true }, NOW)).toBe('Removal In Progress');
    expect(containerStateName({ ...exited, removalInProgress: true })).toBe('removing');
    expect(containerStatus({ ...exited, running: true, restarting: true }, NOW)).toBe('Restarting (2) 2 hours ago');
    expect(containerStatus({ ...exited, running: true, health: { status: 'healthy' } }, NOW)).toBe('Up About a minute (healthy)');
  });
});

describe('stateString (inspect field names)', () => {
  const running: StateFlags = {
    Running: true,
    Paused: false,
    Restarting: false,
    Dead: false,
    ExitCode: 0,
    StartedAt: NOW - 5_000,
    FinishedAt: 0,
  };

  it('reports uptime of a running container', () => {
    expect(stateString(running, NOW)).toBe('Up 5 seconds');
    expect(stateString({ ...running, StartedAt: NOW - 300 }, NOW)).toBe('Up Less than a second');
    expect(containerStateName(stateFlags(running))).toBe('running');
  });

  it('adds the health status', () => {
    expect(stateString({ ...running, Health: { Status: 'healthy' } }, NOW)).toBe('Up 5 seconds (healthy)');
    expect(stateString({ ...running, Health: { Status: 'unhealthy' } }, NOW)).toBe('Up 5 seconds (unhealthy)');
    expect(stateString({ ...running, Health: { Status: 'starting' } }, NOW)).toBe('Up 5 seconds (health: starting)');
    expect(stateString({ ...running, Health: { Status: '' } }, NOW)).toBe('Up 5 seconds (unhealthy)');
  });

  it('puts Paused before health', () => {
    const paused = { ...running, Paused: true, Health: { Status: 'healthy' as const } };
    expect(stateString(paused, NOW)).toBe('Up 5 seconds (Paused)');
    expect(containerStateName(stateFlags(paused))).toBe('paused');
  });

  it('accepts 0, null and Go zero time as "never"', () => {
    const created = { ...running, Running: false, StartedAt: 0 };
    expect(stateString(created, NOW)).toBe('Created');
    expect(stateString({ ...created, StartedAt: null }, NOW)).toBe('Created');
    expect(stateString({ ...created, StartedAt: GO_ZERO_TIME_MS }, NOW)).toBe('Created');
    expect(stateString({ ...created, StartedAt: NOW - 10_000, FinishedAt: NOW - 3_000, ExitCode: 0 }, NOW)).toBe(
      'Exited (0) 3 seconds ago',
    );
  });
});
