/**
 * How long transfers from the built-in registry take. The app uses a believable speed so
 * progress bars move; the headless runner and tests use `instantNetwork`.
 */
export interface NetworkModel {
  /** Transfers `size` bytes, reporting progress; resolves when done. */
  transfer(size: number, onProgress: (current: number) => void, signal?: AbortSignal): Promise<void>;
}

export const instantNetwork: NetworkModel = {
  async transfer(size, onProgress) {
    onProgress(size);
  },
};

export interface TimedNetworkOptions {
  /** bytes per second */
  bandwidth: number;
  /** shortest time a transfer takes, ms (so small layers still show a moving bar) */
  minimumMs: number;
  /** time between progress reports, ms */
  tickMs: number;
}

export function timedNetwork(options: TimedNetworkOptions): NetworkModel {
  return {
    async transfer(size, onProgress, signal) {
      const duration = Math.max(options.minimumMs, (size / options.bandwidth) * 1000);
      const ticks = Math.max(1, Math.round(duration / options.tickMs));
      for (let i = 1; i <= ticks; i++) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, duration / ticks);
          signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(signal.reason);
          }, { once: true });
        });
        onProgress(Math.min(size, Math.round((size * i) / ticks)));
      }
    },
  };
}
