/**
 * The `docker` client: parses the command line as Docker 28's CLI does and runs the
 * command against the daemon.
 */
import type { Daemon } from '../daemon/daemon';
import type { Clock } from '../util/clock';
import type { CommandIO } from '../util/io';
import type { ClientHost } from './context';
import { commandHandlers } from './commands';
import { parseDockerArgs, topLevelCommandNames } from './framework';
import { clientVersion } from './spec/version';

export interface DockerClientDeps {
  daemon: Daemon;
  io: CommandIO;
  clock: Clock;
  host: ClientHost;
  /** The user's home directory (help shows it in flag defaults). */
  home: string;
}

/** Runs `docker <argv…>` and resolves with its exit status. */
export async function runDocker(argv: readonly string[], deps: DockerClientDeps): Promise<number> {
  const { io } = deps;
  const parsed = parseDockerArgs([...argv], { columns: io.terminal.isTTY ? io.terminal.columns : 80, home: deps.home });
  for (const notice of parsed.notices ?? []) (notice.stream === 'stdout' ? io.stdout : io.stderr).write(notice.text);
  switch (parsed.kind) {
    case 'error':
      io.stderr.write(parsed.stderr);
      return parsed.exitCode;
    case 'help':
      (parsed.stream === 'stdout' ? io.stdout : io.stderr).write(parsed.text);
      return parsed.exitCode;
    case 'version':
      io.stdout.write(`Docker version ${clientVersion.version}, build ${clientVersion.gitCommit}\n`);
      return 0;
    case 'run': {
      const handler = commandHandlers.get(parsed.path.join(' '));
      if (!handler) {
        io.stderr.write(`${parsed.commandPath}: this command is not available in Gorae yet\n`);
        return 1;
      }
      return handler({ daemon: deps.daemon, io, clock: deps.clock, host: deps.host, flags: parsed.flags, args: parsed.args, commandPath: parsed.commandPath });
    }
  }
}

/** Words Tab completes after `docker `: its commands (container names and the like come later). */
export function dockerCompletionWords(_daemon: Daemon): string[] {
  return topLevelCommandNames();
}
