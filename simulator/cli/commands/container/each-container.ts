import { daemonErrorText, type CommandContext } from '../../context';

/**
 * How docker/cli runs one operation on several containers (stop, kill, pause, …): all at
 * once, then, in the order given, each name that succeeded on stdout; the errors are joined
 * into the command's error (stderr, exit status 1).
 */
export async function forEachContainer(ctx: CommandContext, operation: (name: string) => Promise<void> | void): Promise<number> {
  const results = ctx.args.map((name) => Promise.resolve().then(() => operation(name)).then(() => undefined, (err: unknown) => err));
  const errors: string[] = [];
  for (const [i, result] of results.entries()) {
    const err = await result;
    if (err === undefined) ctx.io.stdout.write(`${ctx.args[i]}\n`);
    else errors.push(daemonErrorText(err));
  }
  if (errors.length === 0) return 0;
  ctx.io.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}

/** An int flag's value, when it was given. */
export function intFlag(ctx: CommandContext, name: string): number | undefined {
  return ctx.flags.changed(name) ? Number(ctx.flags.string(name)) : undefined;
}
