import { containerStatus } from '../cli/format/state';
import type { Container } from '../runtime/containers/container';
import type { Daemon } from './daemon';

/** GET /containers/json item, with the Engine API's field names. */
export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  /** seconds since the epoch */
  Created: number;
  Ports: Array<{ IP?: string; PrivatePort: number; PublicPort?: number; Type: string }>;
  State: string;
  Status: string;
}

/** The image a container shows: the name it was made from while that still names its image. */
function imageColumn(daemon: Daemon, container: Container): string {
  const current = daemon.images.find(container.config.Image);
  return current?.id === container.image ? container.config.Image : container.image;
}

export function containerList(daemon: Daemon, options: { all?: boolean } = {}): ContainerSummary[] {
  const now = daemon.deps.clock.now();
  return daemon.containers
    .all()
    .filter((c) => options.all || c.state.Running)
    .map((c) => ({
      Id: c.id,
      Names: [c.name],
      Image: imageColumn(daemon, c),
      ImageID: c.image,
      Command: [c.path, ...c.args].join(' '),
      Created: Math.floor(c.created / 1000),
      Ports: [],
      State: c.state.Status,
      Status: containerStatus(
        {
          running: c.state.Running,
          paused: c.state.Paused,
          restarting: c.state.Restarting,
          dead: c.state.Dead,
          exitCode: c.state.ExitCode,
          startedAt: c.state.StartedAt || null,
          finishedAt: c.state.FinishedAt || null,
        },
        now,
      ),
    }));
}
