/**
 * A container's inspect JSON as docker/cli's typed container.InspectResponse, which
 * --format templates run on first: maps marked as Go maps, and the fields the JSON leaves
 * out (omitempty) present as Go zero values.
 */
import { markMap } from '../image/go-template';

/** Adds Go zero values the JSON left out, invisible to JSON.stringify. */
function withZeros<T extends object>(obj: T, zeros: Record<string, unknown>): T {
  for (const [key, value] of Object.entries(zeros)) {
    if (!(key in obj)) Object.defineProperty(obj, key, { value, enumerable: false });
  }
  return obj;
}

function markMaps(obj: Record<string, unknown> | undefined, keys: readonly string[]): void {
  if (!obj) return;
  for (const key of keys) {
    const value = obj[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) markMap(value);
  }
}

export function typedContainer(raw: Record<string, unknown>): Record<string, unknown> {
  const c = structuredClone(raw);
  const config = c.Config as Record<string, unknown> | undefined;
  markMaps(config, ['ExposedPorts', 'Volumes', 'Labels']);
  if (config) {
    withZeros(config, {
      ExposedPorts: markMap({}),
      Healthcheck: null,
      ArgsEscaped: false,
      NetworkDisabled: false,
      MacAddress: '',
      StopSignal: '',
      StopTimeout: null,
      Shell: [],
    });
  }
  const hostConfig = c.HostConfig as Record<string, unknown> | undefined;
  markMaps(hostConfig, ['PortBindings', 'StorageOpt', 'Tmpfs', 'Sysctls', 'Annotations']);
  markMaps(hostConfig?.LogConfig as Record<string, unknown> | undefined, ['Config']);
  markMaps(c.GraphDriver as Record<string, unknown> | undefined, ['Data']);
  const network = c.NetworkSettings as Record<string, unknown> | undefined;
  markMaps(network, ['Ports', 'Networks']);
  withZeros(c.State as object, { Health: null });
  return withZeros(c, { SizeRw: null, SizeRootFs: null, Node: null, ImageManifestDescriptor: null });
}
