/**
 * GET /containers/{id}/logs: what the json-file log driver recorded, one message per line
 * (a line split over several writes is one message; an unfinished last line is one too),
 * with --tail, --since and --until applied as the driver's reader does.
 */
import type { LogEntry } from '../runtime/containers/container';
import type { Daemon } from './daemon';

export interface LogMessage {
  stream: 'stdout' | 'stderr';
  /** ms since the epoch */
  time: number;
  /** the line, its "\n" included when it has one */
  data: Uint8Array;
}

export interface LogsOptions {
  /** last N messages; negative for all */
  tail?: number;
  /** ms since the epoch: messages before it are left out */
  since?: number;
  /** ms since the epoch: messages after it are left out */
  until?: number;
}

const NEWLINE = 0x0a;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Cuts a container's output into log messages, stream by stream. */
export class LineSplitter {
  private readonly pending: Record<'stdout' | 'stderr', Uint8Array> = { stdout: new Uint8Array(), stderr: new Uint8Array() };

  /** The complete lines `data` finishes; the rest waits for more. */
  push(stream: 'stdout' | 'stderr', time: number, data: Uint8Array): LogMessage[] {
    const out: LogMessage[] = [];
    let buffer = concat(this.pending[stream], data);
    for (let nl = buffer.indexOf(NEWLINE); nl >= 0; nl = buffer.indexOf(NEWLINE)) {
      out.push({ stream, time, data: buffer.slice(0, nl + 1) });
      buffer = buffer.slice(nl + 1);
    }
    this.pending[stream] = buffer;
    return out;
  }

  /** Unfinished lines, as messages of their own. */
  flush(time: number): LogMessage[] {
    const out: LogMessage[] = [];
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.pending[stream].length > 0) out.push({ stream, time, data: this.pending[stream] });
      this.pending[stream] = new Uint8Array();
    }
    return out;
  }
}

/** A log's chunks as messages, in the order written. */
export function logMessages(entries: readonly LogEntry[]): LogMessage[] {
  const splitter = new LineSplitter();
  const out: LogMessage[] = [];
  for (const entry of entries) out.push(...splitter.push(entry.stream, entry.time, entry.data));
  const last = entries[entries.length - 1];
  if (last) out.push(...splitter.flush(last.time));
  return out;
}

/** The messages `docker logs` shows, after --tail, --since and --until. */
export function selectMessages(messages: readonly LogMessage[], options: LogsOptions): LogMessage[] {
  let out = [...messages];
  const tail = options.tail ?? -1;
  if (tail >= 0) out = tail === 0 ? [] : out.slice(-tail);
  if (options.since !== undefined && options.since > 0) out = out.filter((m) => m.time >= options.since!);
  if (options.until !== undefined && options.until > 0) out = out.filter((m) => m.time <= options.until!);
  return out;
}

export function containerLogs(daemon: Daemon, idOrName: string, options: LogsOptions = {}): LogMessage[] {
  const container = daemon.containers.get(idOrName);
  return selectMessages(logMessages(container.logs), options);
}
