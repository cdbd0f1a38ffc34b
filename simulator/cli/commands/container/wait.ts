import { daemonErrorText, type CommandContext } from '../../context';

/** docker wait CONTAINER...: waits for each in turn and prints its exit code. */
export async function wait(ctx: CommandContext): Promise<number> {
  const { daemon, io } = ctx;
  const errors: string[] = [];
  for (const name of ctx.args) {
    try {
      const code = await interruptible(daemon.containerWait(name, 'not-running'), io.signal);
      if (code === undefined) return 130;
      io.stdout.write(`${code}\n`);
    } catch (err) {
      errors.push(daemonErrorText(err));
    }
  }
  if (errors.length === 0) return 0;
  io.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}

/** The promise's value, or undefined once `signal` aborts (Ctrl-C). */
export function interruptible<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
