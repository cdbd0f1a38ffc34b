/** A container record: metadata that outlives its task (the running process). */

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface ContainerState {
  Status: ContainerStatus;
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  /** ms since the epoch; 0 = never */
  StartedAt: number;
  FinishedAt: number;
}

/** Config as the Engine API names it (container create's `Config`). */
export interface ContainerCreateConfig {
  Hostname: string;
  Domainname: string;
  User: string;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  Env: string[];
  Cmd: string[] | null;
  Image: string;
  WorkingDir: string;
  Entrypoint: string[] | null;
  Labels: Record<string, string>;
}

export interface HostConfig {
  AutoRemove: boolean;
}

export interface LogEntry {
  stream: 'stdout' | 'stderr';
  /** ms since the epoch */
  time: number;
  data: Uint8Array;
}

export interface Container {
  id: string;
  /** with the leading slash, as the daemon stores it: "/web" */
  name: string;
  created: number;
  path: string;
  args: string[];
  config: ContainerCreateConfig;
  hostConfig: HostConfig;
  /** image ID (sha256:…) */
  image: string;
  state: ContainerState;
  snapshotKey: string;
  logs: LogEntry[];
  restartCount: number;
}

export function initialState(): ContainerState {
  return {
    Status: 'created',
    Running: false,
    Paused: false,
    Restarting: false,
    OOMKilled: false,
    Dead: false,
    Pid: 0,
    ExitCode: 0,
    Error: '',
    StartedAt: 0,
    FinishedAt: 0,
  };
}
