/** POST /containers/prune: removes every container that is not running (moby's ContainersPrune). */
import { InvalidArgumentError } from '../errors';
import type { Daemon } from './daemon';
import { matchLabels, matchNotLabels, validateFilters, type FilterArgs } from './container-filters';
import { parseTimestamp, TimestampError } from './container-timestamps';

export interface ContainersPruneReport {
  ContainersDeleted: string[];
  SpaceReclaimed: number;
}

export function containersPrune(daemon: Daemon, filters: FilterArgs = new Map()): ContainersPruneReport {
  validateFilters(filters, ['label', 'label!', 'until']);
  const now = daemon.deps.clock.now();
  let until: number | undefined;
  for (const value of filters.get('until') ?? []) {
    try {
      until = parseTimestamp(value, now);
    } catch (err) {
      if (err instanceof TimestampError) throw new InvalidArgumentError(err.message);
      throw err;
    }
  }
  const report: ContainersPruneReport = { ContainersDeleted: [], SpaceReclaimed: 0 };
  // oldest first (the store lists newest first, ties in the order created)
  const list = daemon.containers.all();
  const ordered = list.map((c, i) => ({ c, i })).sort((a, b) => a.c.created - b.c.created || a.i - b.i).map(({ c }) => c);
  for (const container of ordered) {
    if (container.state.Running) continue;
    if (until !== undefined && container.created >= until) continue;
    if (!matchLabels(filters.get('label'), container.config.Labels)) continue;
    if (!matchNotLabels(filters.get('label!'), container.config.Labels)) continue;
    const size = daemon.snapshots.usage(container.snapshotKey);
    daemon.containerRemove(container.id);
    report.ContainersDeleted.push(container.id);
    report.SpaceReclaimed += size;
  }
  return report;
}
