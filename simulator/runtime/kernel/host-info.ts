/**
 * The machine Gorae's engine pretends to run on: an Ubuntu 24.04 server with Docker
 * Engine 28. Containers share its kernel, so uname, free and top inside any container
 * report these.
 */
export const hostInfo = {
  sysname: 'Linux',
  release: '6.8.0-48-generic',
  version: '#48-Ubuntu SMP PREEMPT_DYNAMIC Fri Sep 27 14:04:52 UTC 2024',
  machine: 'x86_64',
  /** MemTotal in KiB (8 GB). */
  memTotalKiB: 8_137_556,
  /** What the host itself uses, in KiB, before any container's processes. */
  memUsedKiB: 612_440,
  buffersKiB: 41_228,
  cachedKiB: 1_093_580,
  sharedKiB: 1_204,
  ncpu: 2,
} as const;

/** The machine's memory in KiB while the containers' processes take `containersKiB`. */
export function memoryFigures(containersKiB: number): { used: number; free: number; available: number } {
  const used = hostInfo.memUsedKiB + containersKiB;
  const free = hostInfo.memTotalKiB - used - hostInfo.buffersKiB - hostInfo.cachedKiB;
  return { used, free, available: free + hostInfo.cachedKiB };
}

/** Seconds since the machine booted: an hour before the engine started. */
export function uptimeSeconds(): number {
  return performance.now() / 1000 + 3_600;
}
