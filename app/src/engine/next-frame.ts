/**
 * Coalesces work to once per frame: however often `schedule()` is called, `run` happens once,
 * just before the next paint (or after a short timer where there are no frames: a hidden
 * page, Node). The engine can announce dozens of events per `docker run`; drawing each of
 * them would take the main thread from the engine and make commands slower.
 */
export interface FrameScheduler {
  schedule(): void;
  /** Runs pending work now (if any). */
  flush(): void;
  cancel(): void;
}

const TIMER_MS = 16;

export function frameScheduler(run: () => void): FrameScheduler {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = (): void => {
    frame = undefined;
    timer = undefined;
    run();
  };
  const cancel = (): void => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = undefined;
    timer = undefined;
  };
  return {
    schedule() {
      if (frame !== undefined || timer !== undefined) return;
      const visible = typeof document !== 'undefined' && !document.hidden && typeof requestAnimationFrame === 'function';
      if (visible) frame = requestAnimationFrame(fire);
      else timer = setTimeout(fire, TIMER_MS);
    },
    flush() {
      if (frame === undefined && timer === undefined) return;
      cancel();
      run();
    },
    cancel,
  };
}
