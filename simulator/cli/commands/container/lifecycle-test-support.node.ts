/** Test images for the lifecycle commands: programs that run until stopped, or exit. */
import { containerCommit } from '../../../daemon/container-commit';
import type { Engine } from '../../../index';
import { runLine } from '../../../node/transcript';
import { testdataWasm } from '../../../userland/programs.node';

/**
 * Makes the image "progs": hello-world plus /spin (runs until SIGKILL), /sleep (sleeps
 * argv[1] ms, printing "sleeping" and "slept"), /interleave (stdout and stderr lines),
 * /args (prints its arguments) and /trap (aborts: status 134).
 */
export async function withTestPrograms(e: Engine): Promise<void> {
  await runLine(e, 'docker create --name progs-base hello-world');
  const container = e.daemon.containers.get('progs-base');
  const fs = e.daemon.snapshots.get(container.snapshotKey).fs;
  for (const name of ['spin', 'sleep', 'interleave', 'args', 'trap']) fs.writeFile(`/${name}`, testdataWasm(name), { mode: 0o755 });
  containerCommit(e.daemon, 'progs-base', { reference: 'progs' });
  e.daemon.containerRemove('progs-base');
}

/** Records the signals sent to a container's current process, in order. */
export function recordSignals(e: Engine, name: string): number[] {
  const task = e.daemon.taskOf(e.daemon.containers.get(name).id);
  if (!task) throw new Error(`${name} is not running`);
  const sent: number[] = [];
  const kill = task.process.kill.bind(task.process);
  Object.defineProperty(task.process, 'kill', {
    value: (signal: number) => {
      sent.push(signal);
      kill(signal);
    },
  });
  return sent;
}
