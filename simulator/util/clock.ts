/**
 * Wall-clock time for the engine, in milliseconds since the Unix epoch (fractions allowed).
 * A seeded engine uses a virtual clock so that timestamps, and digests of content that
 * records them, come out the same on every run.
 */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = {
  now: () => performance.timeOrigin + performance.now(),
};

/** Starts at a fixed instant and moves only when told to. */
export class VirtualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    if (ms < 0) throw new RangeError('time only moves forward');
    this.current += ms;
  }
}

/** The instant a seeded engine's clock starts at: 2026-01-05T09:00:00Z. */
export const SEEDED_EPOCH_MS = Date.UTC(2026, 0, 5, 9, 0, 0);
