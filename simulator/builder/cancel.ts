/** A build stopped at the client (Ctrl+C). */

/** BuildKit's text for it. */
export const CANCELED = 'context canceled';

export class BuildCanceled extends Error {
  constructor() {
    super(`Canceled: ${CANCELED}`);
  }
}

/** `promise`, unless `signal` aborts first (then BuildCanceled). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new BuildCanceled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new BuildCanceled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

