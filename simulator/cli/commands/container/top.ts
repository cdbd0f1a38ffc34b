import { containerProcesses, type ContainerProcessInfo } from '../../../daemon/container-processes';
import { daemonErrorText, type CommandContext } from '../../context';
import { hostInfo } from '../../../runtime/kernel/host-info';
import { formatTable } from '../../format/tabwriter';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** ps's STIME: the hour and minute for a process started in the last day, else the date. */
function startTime(startMs: number, nowMs: number): string {
  const d = new Date(startMs);
  if (nowMs - startMs < 24 * 3600 * 1000) return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  return `${MONTHS[d.getUTCMonth()]}${pad2(d.getUTCDate())}`;
}

/** ps's TIME: CPU time as [DD-]HH:MM:SS. */
function cpuTime(ms: number): string {
  const total = Math.floor(ms / 1000);
  const days = Math.floor(total / 86400);
  const hms = `${pad2(Math.floor((total % 86400) / 3600))}:${pad2(Math.floor((total % 3600) / 60))}:${pad2(total % 60)}`;
  return days > 0 ? `${days}-${hms}` : hms;
}

/** A row of `ps -ef` on the host for one of the container's processes. */
export function psEfRow(p: ContainerProcessInfo, tty: boolean, nowMs: number): string[] {
  // CPU time over the time since the process started (no more than all of it)
  const uptimeMs = Math.max(1, nowMs - p.startMs, p.cpuMs);
  const cpu = Math.floor((p.cpuMs * 100) / uptimeMs);
  return [p.uid === 0 ? 'root' : String(p.uid), String(p.pid), String(p.ppid), String(cpu), startTime(p.startMs, nowMs), tty ? 'pts/0' : '?', cpuTime(p.cpuMs), p.args.join(' ')];
}

/** ps's TIME in BSD form (`ps aux`): minutes and seconds. */
function bsdTime(ms: number): string {
  const total = Math.floor(ms / 1000);
  return `${Math.floor(total / 60)}:${pad2(total % 60)}`;
}

/** A row of `ps aux` on the host. */
export function psAuxRow(p: ContainerProcessInfo, tty: boolean, nowMs: number, memTotalKiB: number): string[] {
  const uptimeMs = Math.max(1, nowMs - p.startMs, p.cpuMs);
  const percent = (n: number): string => (Math.floor(n * 10) / 10).toFixed(1);
  const stat = `${p.state}${p.ppid === 0 ? 's' : ''}${tty ? '+' : ''}`;
  return [
    p.uid === 0 ? 'root' : String(p.uid),
    String(p.pid),
    percent((p.cpuMs * 100) / uptimeMs),
    percent((p.rssKiB * 100) / memTotalKiB),
    String(p.rssKiB),
    String(p.rssKiB),
    tty ? 'pts/0' : '?',
    stat,
    startTime(p.startMs, nowMs),
    bsdTime(p.cpuMs),
    p.args.join(' '),
  ];
}

/**
 * docker top CONTAINER [ps OPTIONS]: the container's processes as the host's `ps -ef` (the
 * default) or `ps aux` shows them.
 */
export async function top(ctx: CommandContext): Promise<number> {
  const { daemon, io } = ctx;
  const name = ctx.args[0]!;
  const psArgs = ctx.args.slice(1).join(' ') || '-ef';
  const bsd = /^-?aux$/.test(psArgs);
  if (!bsd && psArgs !== '-ef') {
    io.stderr.write(`${ctx.commandPath}: ps options other than -ef and aux are not available in Gorae yet\n`);
    return 1;
  }
  let processes: ContainerProcessInfo[];
  let tty = false;
  try {
    processes = containerProcesses(daemon, name);
    tty = daemon.containers.get(name).config.Tty;
  } catch (err) {
    io.stderr.write(`${daemonErrorText(err)}\n`);
    return 1;
  }
  const now = ctx.clock.now();
  const rows = bsd
    ? [['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'], ...processes.map((p) => psAuxRow(p, tty, now, hostInfo.memTotalKiB))]
    : [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'], ...processes.map((p) => psEfRow(p, tty, now))];
  io.stdout.write(formatTable(`${rows.map((r) => r.join('\t')).join('\n')}\n`, { minWidth: 20, tabWidth: 1, padding: 3, padChar: ' ' }));
  return 0;
}
