import { containerProcesses } from '../../../daemon/container-processes';
import { truncateId } from '../../../digest';
import type { Container } from '../../../runtime/containers/container';
import { hostInfo } from '../../../runtime/kernel/host-info';
import { daemonErrorText, type CommandContext } from '../../context';
import { bytesSize, humanSizeWithPrecision } from '../../format/size';
import { formatRows } from '../image/format-rows';

const DEFAULT_TABLE = '{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
const HEADERS = {
  Container: 'CONTAINER',
  Name: 'NAME',
  ID: 'CONTAINER ID',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

/** How long --no-stream watches the CPU before it prints (Docker takes about as long). */
const SAMPLE_MS = 500;
/** How often the streaming table is redrawn. */
const STREAM_INTERVAL_MS = 500;

/** CPU time used so far by each running container's processes, and when it was read. */
type Samples = Map<string, { cpuMs: number; at: number }>;

function sample(ctx: CommandContext): Samples {
  const out: Samples = new Map();
  for (const c of ctx.daemon.containers.all()) {
    if (!c.state.Running || c.state.Restarting) continue;
    const cpuMs = containerProcesses(ctx.daemon, c.id).reduce((n, p) => n + p.cpuMs, 0);
    out.set(c.id, { cpuMs, at: performance.now() });
  }
  return out;
}

/** One container's figures, as docker/cli's stats context prints them. */
function statsRow(ctx: CommandContext, container: Container, name: string, trunc: boolean, before: Samples): Record<string, string> {
  const running = container.state.Running && !container.state.Restarting;
  const processes = running ? containerProcesses(ctx.daemon, container.id) : [];
  const cpuMs = processes.reduce((n, p) => n + p.cpuMs, 0);
  const previous = before.get(container.id);
  const elapsed = previous ? performance.now() - previous.at : 0;
  // the share of one CPU used since the previous reading, as (cpu delta / system delta) × CPUs
  const cpuPercent = running && previous && elapsed > 0 ? (Math.max(0, cpuMs - previous.cpuMs) / elapsed) * 100 : 0;
  const mem = processes.reduce((n, p) => n + p.rssKiB * 1024, 0);
  const limit = running ? hostInfo.memTotalKiB * 1024 : 0;
  const memPercent = limit > 0 ? (mem / limit) * 100 : 0;
  return {
    BlockIO: `${humanSizeWithPrecision(0, 3)} / ${humanSizeWithPrecision(0, 3)}`,
    CPUPerc: `${cpuPercent.toFixed(2)}%`,
    Container: name,
    ID: trunc ? truncateId(container.id) : container.id,
    MemPerc: `${memPercent.toFixed(2)}%`,
    MemUsage: `${bytesSize(mem)} / ${bytesSize(limit)}`,
    Name: container.name.replace(/^\//, ''),
    NetIO: `${humanSizeWithPrecision(0, 3)} / ${humanSizeWithPrecision(0, 3)}`,
    PIDs: String(processes.length),
  };
}

/**
 * docker stats [--no-stream] [-a] [--format …] [CONTAINER...]: resource use of running
 * containers (or the ones named). Without --no-stream the table is redrawn until
 * interrupted.
 */
export async function stats(ctx: CommandContext): Promise<number> {
  const { daemon, io, flags } = ctx;
  const trunc = !flags.bool('no-trunc');
  const render = (before: Samples): { text: string; errors: string[] } => {
    const errors: string[] = [];
    const rows: Array<Record<string, string>> = [];
    if (ctx.args.length > 0) {
      for (const name of ctx.args) {
        try {
          rows.push(statsRow(ctx, daemon.containers.get(name), name, trunc, before));
        } catch (err) {
          errors.push(daemonErrorText(err));
        }
      }
    } else {
      for (const c of daemon.containers.all()) {
        if (flags.bool('all') || c.state.Running) rows.push(statsRow(ctx, c, truncateId(c.id), trunc, before));
      }
    }
    const result = formatRows(flags.string('format'), DEFAULT_TABLE, rows, HEADERS);
    if (result.stderr) errors.push(result.stderr.trimEnd());
    return { text: result.stdout, errors };
  };
  const pause = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        io.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      io.signal.addEventListener('abort', done, { once: true });
    });
  let before = sample(ctx);
  if (flags.bool('no-stream')) {
    if (before.size > 0) await pause(SAMPLE_MS);
    const { text, errors } = render(before);
    io.stdout.write(text);
    if (errors.length === 0) return 0;
    io.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  }
  // Redrawn in place twice a second: home, each line with "erase line", then "erase below".
  io.stdout.write('\x1b[2J');
  while (!io.signal.aborted) {
    await pause(STREAM_INTERVAL_MS);
    if (io.signal.aborted) break;
    const { text, errors } = render(before);
    before = sample(ctx);
    if (errors.length > 0) {
      io.stderr.write(`${errors.join('\n')}\n`);
      return 1;
    }
    io.stdout.write(`\x1b[H${text.split('\n').map((line) => `${line} \x1b[K\n`).join('')}\x1b[J`);
  }
  return 0;
}
