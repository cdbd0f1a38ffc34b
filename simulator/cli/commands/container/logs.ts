import { containerLogs, LineSplitter, type LogMessage, type LogsOptions } from '../../../daemon/container-logs';
import { parseTimestamp, TimestampError } from '../../../daemon/container-timestamps';
import { daemonErrorText, type CommandContext } from '../../context';
import { formatRFC3339NanoFixed } from '../../format/time';
import { interruptible } from './wait';

/** --tail as the daemon reads it: "all", or a count (anything else, or negative, is all). */
function tailOf(text: string): number {
  if (!/^[+-]?\d+$/.test(text)) return -1;
  const n = Number(text);
  return n < 0 ? -1 : n;
}

/**
 * docker logs [-f] [-t] [--details] [--tail N] [--since T] [--until T] CONTAINER: what the container
 * wrote, stdout to stdout and stderr to stderr; with -f, what it writes next too, until it
 * stops.
 */
export async function logs(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags } = ctx;
  const name = ctx.args[0]!;
  try {
    daemon.containers.get(name);
  } catch (err) {
    io.stderr.write(`${daemonErrorText(err)}\n`);
    return 1;
  }
  const now = ctx.clock.now();
  const options: LogsOptions = { tail: flags.changed('tail') ? tailOf(flags.string('tail')) : -1 };
  for (const key of ['since', 'until'] as const) {
    const value = flags.string(key);
    if (value === '') continue;
    try {
      options[key] = parseTimestamp(value, now);
    } catch (err) {
      if (!(err instanceof TimestampError)) throw err;
      io.stderr.write(`invalid value for "${key}": ${err.message}\n`);
      return 1;
    }
  }
  const timestamps = flags.bool('timestamps');
  // --details: the log's attributes (none without --log-opt labels/env) and a space
  const details = flags.bool('details') ? ' ' : '';
  const write = (m: LogMessage): void => {
    const out = m.stream === 'stdout' ? io.stdout : io.stderr;
    if (timestamps || details) out.write(`${timestamps ? `${formatRFC3339NanoFixed(m.time)} ` : ''}${details}`);
    out.write(m.data);
  };
  let messages: LogMessage[];
  try {
    messages = containerLogs(daemon, name, options);
  } catch (err) {
    io.stderr.write(`${daemonErrorText(err)}\n`);
    return 1;
  }
  for (const m of messages) write(m);
  const container = daemon.containers.find(name);
  if (!flags.bool('follow') || !container || !container.state.Running) return 0;
  // Follow: what the container writes from now on, line by line, until it stops.
  const splitter = new LineSplitter();
  const shown = (m: LogMessage): boolean => options.until === undefined || options.until <= 0 || m.time <= options.until;
  const forward = (stream: 'stdout' | 'stderr') => (data: Uint8Array) => {
    for (const m of splitter.push(stream, ctx.clock.now(), data)) if (shown(m)) write(m);
  };
  const detach = daemon.containerAttach(container.id, { stdout: forward('stdout'), stderr: forward('stderr') });
  try {
    await interruptible(daemon.containerWait(container.id, 'next-exit'), io.signal);
  } finally {
    detach();
    for (const m of splitter.flush(ctx.clock.now())) if (shown(m)) write(m);
  }
  return 0;
}
