/** Test images for the lifecycle commands: programs that run until stopped, or exit. */
import { containerCommit } from '../../../daemon/container-commit';
import type { Engine } from '../../../index';
import { runLine } from '../../../node/transcript';
import { useTestEngines } from '../../../testing/test-engine.node';
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

/**
 * Call at the top of a test file: makes an engine with the "progs" image and runs `lines`
 * in it, one after the other (engines are disposed after each test).
 */
export function useProgramSessions(): (lines: string[]) => Promise<Engine> {
  const engine = useTestEngines();
  return async (lines) => {
    const e = engine();
    await withTestPrograms(e);
    for (const line of lines) await runLine(e, line);
    return e;
  };
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
