/**
 * BuildKit's solve status as the client sees it: vertices (the steps of the build graph,
 * numbered as they start), their statuses (transfers, layer downloads), their log lines
 * and how they ended (done, cached, error). The plain and TTY displays draw from it.
 */

export interface VertexStatus {
  id: string;
  current: number;
  total: number;
  started: number;
  completed?: number;
}

export interface Vertex {
  /** 0 until the vertex starts; then its #N. */
  index: number;
  name: string;
  started?: number;
  completed?: number;
  cached: boolean;
  error: string;
  statuses: VertexStatus[];
  /** Complete log lines, each "<seconds since start> <text>". */
  logs: string[];
  /** An unfinished last line. */
  partial: string;
  /** Build check warnings ("JSONArgsRecommended: … (line 3)"). */
  warnings: string[];
}

export type TraceChange =
  | { kind: 'start'; vertex: Vertex }
  | { kind: 'status'; vertex: Vertex; status: VertexStatus }
  | { kind: 'log'; vertex: Vertex; line: string }
  | { kind: 'warn'; vertex: Vertex; text: string }
  | { kind: 'complete'; vertex: Vertex };

export type TraceListener = (change: TraceChange) => void;

/** BuildKit's log timestamp: seconds since the vertex started, 3/2/1 decimals below 10/100/above. */
export function logTime(ms: number): string {
  const sec = ms / 1000;
  return sec.toFixed(sec < 10 ? 3 : sec < 100 ? 2 : 1);
}

export class Trace {
  readonly vertices: Vertex[] = [];
  private started = 0;
  private readonly listeners: TraceListener[] = [];
  private readonly decoder = new TextDecoder();
  /** When the first vertex started. */
  startTime: number | undefined;

  constructor(readonly now: () => number) {}

  subscribe(listener: TraceListener): void {
    this.listeners.push(listener);
  }

  private emit(change: TraceChange): void {
    for (const l of this.listeners) l(change);
  }

  /** A vertex the build will run (counted in "(done/total)" from now on). */
  add(name: string): Vertex {
    const v: Vertex = { index: 0, name, cached: false, error: '', statuses: [], logs: [], partial: '', warnings: [] };
    this.vertices.push(v);
    return v;
  }

  start(v: Vertex): void {
    if (v.started !== undefined) return;
    v.started = this.now();
    v.index = ++this.started;
    this.startTime ??= v.started;
    this.emit({ kind: 'start', vertex: v });
  }

  /** A status line of a vertex (a transfer, a layer); `done` completes it. */
  status(v: Vertex, id: string, options: { current?: number; total?: number; done?: boolean; startedAt?: number } = {}): void {
    this.start(v);
    let s = v.statuses.find((x) => x.id === id);
    if (!s) {
      s = { id, current: 0, total: 0, started: options.startedAt ?? this.now() };
      v.statuses.push(s);
    }
    if (options.current !== undefined) s.current = options.current;
    if (options.total !== undefined) s.total = options.total;
    if (options.done) s.completed = this.now();
    this.emit({ kind: 'status', vertex: v, status: s });
  }

  warn(v: Vertex, text: string): void {
    this.start(v);
    v.warnings.push(text);
    this.emit({ kind: 'warn', vertex: v, text });
  }

  /** Every warning of the build, in order. */
  warnings(): string[] {
    return this.vertices.flatMap((v) => v.warnings);
  }

  log(v: Vertex, data: string | Uint8Array): void {
    this.start(v);
    const text = v.partial + (typeof data === 'string' ? data : this.decoder.decode(data, { stream: true }));
    const parts = text.split('\n');
    v.partial = parts.pop()!;
    for (const part of parts) this.pushLine(v, part);
  }

  private pushLine(v: Vertex, text: string): void {
    const line = `${logTime(this.now() - v.started!)} ${text.replace(/\r$/, '')}`;
    v.logs.push(line);
    this.emit({ kind: 'log', vertex: v, line });
  }

  complete(v: Vertex, result: { cached?: boolean; error?: string } = {}): void {
    this.start(v);
    if (v.partial) {
      this.pushLine(v, v.partial);
      v.partial = '';
    }
    v.cached = result.cached ?? false;
    v.error = result.error ?? '';
    v.completed = this.now();
    for (const s of v.statuses) s.completed ??= v.completed;
    this.emit({ kind: 'complete', vertex: v });
  }
}

/** Sizes as BuildKit prints them (decimal units, two decimals above bytes): 95B, 3.44kB, 3.62MB. */
export function bytesText(n: number): string {
  if (n < 1000) return `${n}B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = n / 1000;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return `${value.toFixed(2)}${units[i]}`;
}

/** A status's byte counts as BuildKit shows them: "3.60MB / 3.60MB", "2B", or nothing. */
export function statusBytes(s: VertexStatus): string {
  if (s.total !== 0) return `${bytesText(s.current)} / ${bytesText(s.total)}`;
  return s.current !== 0 ? bytesText(s.current) : '';
}
