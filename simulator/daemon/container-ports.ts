/**
 * A container's ports as NetworkSettings.Ports holds them while it runs: each port its image
 * exposes ("80/tcp"), with no host binding (publishing comes with -p). A stopped container
 * has none.
 */
import type { Container } from '../runtime/containers/container';
import type { Daemon } from './daemon';

export function exposedPorts(daemon: Daemon, container: Container): string[] {
  const ports = daemon.images.find(container.image)?.config.config.ExposedPorts ?? {};
  return Object.keys(ports);
}

/** NetworkSettings.Ports: port → bindings (null: exposed, not published). */
export function networkPorts(daemon: Daemon, container: Container): Record<string, null> {
  if (!container.state.Running || container.state.Restarting) return {};
  return Object.fromEntries(exposedPorts(daemon, container).map((p) => [p, null]));
}

/** The Ports of a container list entry. */
export function summaryPorts(daemon: Daemon, container: Container): Array<{ PrivatePort: number; Type: string }> {
  return Object.keys(networkPorts(daemon, container)).map((p) => {
    const [port = '0', proto = 'tcp'] = p.split('/');
    return { PrivatePort: Number(port), Type: proto };
  });
}
