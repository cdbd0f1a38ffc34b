/** A message of the daemon's JSON progress stream, as the Engine API sends it. */
export interface JSONProgressDetail {
  current?: number;
  total?: number;
  start?: number;
  units?: string;
  hideCounts?: boolean;
}

export interface DaemonMessage {
  id?: string;
  status?: string;
  /** present (even empty) for per-layer progress updates */
  progressDetail?: JSONProgressDetail;
  error?: { message: string };
}

export type MessageSink = (message: DaemonMessage) => void;
