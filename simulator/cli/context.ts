import type { Daemon } from '../daemon/daemon';
import { SimError } from '../errors';
import type { Clock } from '../util/clock';
import type { HostFs } from '../host/workspace/host-fs';
import type { CommandIO } from '../util/io';

/** Typed access to a command's parsed flags. */
export interface FlagValues {
  bool(name: string): boolean;
  string(name: string): string;
  stringList(name: string): string[];
  changed(name: string): boolean;
}

/** The machine the docker client runs on: its files and working directory. */
export interface ClientHost {
  fs: HostFs;
  /** An absolute path for a path the user typed (relative to the working directory). */
  resolve(path: string): string;
}

/** What every docker command handler gets. */
export interface CommandContext {
  daemon: Daemon;
  io: CommandIO;
  clock: Clock;
  host: ClientHost;
  flags: FlagValues;
  args: string[];
  /** How the command was invoked, e.g. "docker run" or "docker container run". */
  commandPath: string;
}

export type CommandHandler = (ctx: CommandContext) => Promise<number>;

/** The engine API's answer to an error, as the docker client prints it. */
export function daemonErrorText(err: unknown): string {
  if (err instanceof SimError) return `Error response from daemon: ${err.message.trim()}`;
  throw err;
}

/** Prints a daemon error to stderr and returns the CLI's generic failure status. */
export function reportDaemonError(ctx: CommandContext, err: unknown): number {
  ctx.io.stderr.write(`${daemonErrorText(err)}\n`);
  return 1;
}

/** An error the docker client finds itself (bad flag values, bad references); printed as is. */
export class ClientError extends Error {
  override name = 'ClientError';
}

/** Text of any error as the docker client prints it. */
export function errorText(err: unknown): string {
  if (err instanceof ClientError) return err.message;
  return daemonErrorText(err);
}
