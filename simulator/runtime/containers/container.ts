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
  /** the signal `docker stop` sends first (--stop-signal, or the image's STOPSIGNAL) */
  StopSignal?: string;
  /** seconds `docker stop` waits before SIGKILL (--stop-timeout) */
  StopTimeout?: number;
}

/** --restart: "no", "always", "unless-stopped" or "on-failure" (with an optional retry limit). */
export type RestartPolicyMode = 'no' | 'always' | 'unless-stopped' | 'on-failure';

export interface RestartPolicy {
  /** Docker stores "" when no policy was given, and shows it as "no" in inspect. */
  Name: RestartPolicyMode | '';
  MaximumRetryCount: number;
}

export interface HostConfig {
  AutoRemove: boolean;
  /** Memory limit in bytes (-m); 0 or absent: none. */
  Memory?: number;
  /** --pids-limit; 0, -1 or absent: none. */
  PidsLimit?: number;
  RestartPolicy?: RestartPolicy;
  /** [rows, columns] of the client's terminal when the container was created */
  ConsoleSize?: [number, number];
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
  /** Its address on the default bridge network (172.17.0.x). */
  ipAddress: string;
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
