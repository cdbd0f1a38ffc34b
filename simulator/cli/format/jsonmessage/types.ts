/**
 * The daemon's JSON message stream (pull, push, load, build output), shaped as the Engine
 * API sends it. A message with `progressDetail` present, even `{}`, is a progress update
 * for the line of its `id`.
 */
import { SimError } from '../../../errors';

export interface JSONProgressDetail {
  current?: number;
  total?: number;
  /** when the transfer started, seconds since the epoch; enables the time-left estimate */
  start?: number;
  /** "" counts bytes; otherwise the unit printed after the counts (e.g. "s") */
  units?: string;
  /** hide the "x/y" counts */
  hideCounts?: boolean;
  /** the wire spelling of hideCounts */
  hidecounts?: boolean;
}

export interface JSONMessage {
  id?: string;
  status?: string;
  /** raw output (build steps); printed as is */
  stream?: string;
  from?: string;
  /** seconds since the epoch */
  time?: number;
  /** nanoseconds since the epoch */
  timeNano?: number | bigint;
  progressDetail?: JSONProgressDetail | null;
  /** the daemon's own rendering of the progress (legacy); shown when there is no detail */
  progress?: string;
  errorDetail?: { code?: number; message?: string } | null;
  /** the error text; also accepted in the `{ message }` shape */
  error?: string | { message: string } | null;
  /** out-of-band data (image IDs, digests): not displayed */
  aux?: unknown;
}

/** An error the daemon reported inside the stream; its message is what the CLI prints. */
export class JSONMessageError extends SimError {
  constructor(message: string, code?: number) {
    super('system', message, code === undefined ? {} : { code });
  }
}

/** The error a message carries, if any. */
export function messageError(msg: JSONMessage): JSONMessageError | undefined {
  if (msg.errorDetail) return new JSONMessageError(msg.errorDetail.message ?? '', msg.errorDetail.code);
  if (msg.error === undefined || msg.error === null) return undefined;
  return new JSONMessageError(typeof msg.error === 'string' ? msg.error : msg.error.message);
}
