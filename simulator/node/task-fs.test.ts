/**
 * A container's task sees the container's root file system: TaskService hands the
 * snapshot's fs to the process, which reaches it from its worker over shared memory.
 */
import { afterAll, expect, it } from 'vitest';
import { EventBus } from '../events/emitter';
import { changes, formatChanges } from '../fs/changes';
import { Overlay } from '../fs/overlay';
import { capture } from '../runtime/host/process-host-suite.node';
import { TaskService } from '../runtime/tasks/task-service';
import { FSPROBE_CHANGES, FSPROBE_STDOUT, fsprobeLayer } from '../runtime/wasi/fsprobe-fixture';
import { testdataWasm } from '../userland/programs.node';
import { systemClock } from '../util/clock';
import { createNodeProcessHost } from './node-host';

const host = createNodeProcessHost();
afterAll(() => host.dispose());

it('a task runs in the container file system it was started from', async () => {
  const fs = new Overlay([fsprobeLayer()]);
  fs.mkdir('/bin');
  fs.writeFile('/bin/fsprobe', testdataWasm('fsprobe'), { mode: 0o755 });
  const tasks = new TaskService(host, new EventBus(systemClock), systemClock);
  const out = capture();
  const task = await tasks.start({ containerId: 'c1', fs, args: ['fsprobe'], env: ['PATH=/bin'], workingDir: '/' }, out);
  expect(await task.process.exited).toBe(0);
  expect(out.text(2)).toBe('');
  // The program itself is in /bin, which the root listing shows.
  expect(out.text(1)).toBe(FSPROBE_STDOUT.replace('list-root=.,..,etc,tmp', 'list-root=.,..,bin,etc,tmp'));
  expect(formatChanges(changes(fs))).toEqual(['A /bin', 'A /bin/fsprobe', ...FSPROBE_CHANGES]);
});
