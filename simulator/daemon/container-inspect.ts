/**
 * GET /containers/{id}/json: a container as Docker 28's daemon describes it (API 1.50),
 * keys in moby's struct order, a container on the default bridge network.
 */
import { digestOf } from '../digest';
import { formatRFC3339Nano, GO_ZERO_TIME_MS } from '../cli/format/time';
import type { Container } from '../runtime/containers/container';
import type { Daemon } from './daemon';
import { networkPorts } from './container-ports';
import { overlayCacheId } from './image-inspect';

const CONTAINERS_ROOT = '/var/lib/docker/containers';
const OVERLAY2_ROOT = '/var/lib/docker/overlay2';
/** The default bridge network: its ID, and the addresses its containers get. */
export const BRIDGE_NETWORK_ID = digestOf('gorae:network:bridge').slice(7);
const BRIDGE_GATEWAY = '172.17.0.1';
const BRIDGE_PREFIX_LEN = 16;

const MASKED_PATHS = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** A map as Go's encoding/json writes it: keys sorted. */
function sorted<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const time = (ms: number): string => formatRFC3339Nano(ms === 0 ? GO_ZERO_TIME_MS : ms);

/** 64 hex digits derived from the container and a purpose (Docker makes them random). */
const derivedId = (container: Container, what: string): string => digestOf(`gorae:${what}:${container.id}`).slice(7);

/** A running container's address on the default bridge ('' while it does not run). */
export function bridgeAddress(container: Container): string {
  if (!container.state.Running || container.state.Restarting) return '';
  return container.ipAddress;
}

function macAddress(container: Container): string {
  const hex = derivedId(container, 'mac');
  const bytes = [0x02, ...[0, 2, 4, 6, 8].map((i) => parseInt(hex.slice(i, i + 2), 16))];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

function graphDriver(daemon: Daemon, container: Container): Record<string, unknown> {
  const image = daemon.images.find(container.image);
  const own = `${OVERLAY2_ROOT}/${derivedId(container, 'overlay2')}`;
  const lower = [`${own}-init/diff`];
  if (image?.topChainId) {
    for (const layer of daemon.layers.layersOf(image.topChainId).reverse()) lower.push(`${OVERLAY2_ROOT}/${overlayCacheId(layer.chainId)}/diff`);
  }
  return {
    Data: {
      ID: container.id,
      LowerDir: lower.join(':'),
      MergedDir: `${own}/merged`,
      UpperDir: `${own}/diff`,
      WorkDir: `${own}/work`,
    },
    Name: 'overlay2',
  };
}

function hostConfig(container: Container): Record<string, unknown> {
  const hc = container.hostConfig;
  return {
    Binds: null,
    ContainerIDFile: '',
    LogConfig: { Type: 'json-file', Config: {} },
    NetworkMode: 'bridge',
    PortBindings: {},
    RestartPolicy: { Name: hc.RestartPolicy?.Name || 'no', MaximumRetryCount: hc.RestartPolicy?.MaximumRetryCount ?? 0 },
    AutoRemove: hc.AutoRemove,
    VolumeDriver: '',
    VolumesFrom: null,
    ConsoleSize: [...(hc.ConsoleSize ?? [0, 0])],
    CapAdd: null,
    CapDrop: null,
    CgroupnsMode: 'private',
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: null,
    GroupAdd: null,
    IpcMode: 'private',
    Cgroup: '',
    Links: null,
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: false,
    ReadonlyRootfs: false,
    SecurityOpt: null,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: 0,
    Memory: 0,
    NanoCpus: 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: 0,
    MemorySwap: 0,
    MemorySwappiness: null,
    OomKillDisable: false,
    PidsLimit: null,
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    MaskedPaths: [...MASKED_PATHS],
    ReadonlyPaths: [...READONLY_PATHS],
  };
}

function config(daemon: Daemon, container: Container): Record<string, unknown> {
  const c = container.config;
  const image = daemon.images.find(container.image)?.config.config;
  const out: Record<string, unknown> = {
    Hostname: c.Hostname,
    Domainname: c.Domainname,
    User: c.User,
    AttachStdin: c.AttachStdin,
    AttachStdout: c.AttachStdout,
    AttachStderr: c.AttachStderr,
  };
  if (image?.ExposedPorts && Object.keys(image.ExposedPorts).length > 0) out.ExposedPorts = sorted(structuredClone(image.ExposedPorts));
  Object.assign(out, { Tty: c.Tty, OpenStdin: c.OpenStdin, StdinOnce: c.StdinOnce, Env: [...c.Env], Cmd: c.Cmd ? [...c.Cmd] : null });
  out.Image = c.Image;
  out.Volumes = image?.Volumes && Object.keys(image.Volumes).length > 0 ? sorted(structuredClone(image.Volumes)) : null;
  out.WorkingDir = c.WorkingDir;
  out.Entrypoint = c.Entrypoint ? [...c.Entrypoint] : null;
  out.OnBuild = null;
  out.Labels = sorted(c.Labels);
  const stopSignal = c.StopSignal || image?.StopSignal;
  if (stopSignal) out.StopSignal = stopSignal;
  if (c.StopTimeout !== undefined) out.StopTimeout = c.StopTimeout;
  return out;
}

function networkSettings(daemon: Daemon, container: Container): Record<string, unknown> {
  const ip = bridgeAddress(container);
  const up = ip !== '';
  const endpoint = up ? derivedId(container, `endpoint:${container.state.StartedAt}`) : '';
  const mac = up ? macAddress(container) : '';
  const started = container.state.StartedAt !== 0;
  return {
    Bridge: '',
    SandboxID: up ? derivedId(container, 'sandbox') : '',
    SandboxKey: up ? `/var/run/docker/netns/${derivedId(container, 'sandbox').slice(0, 12)}` : '',
    Ports: sorted(networkPorts(daemon, container)),
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    EndpointID: endpoint,
    Gateway: up ? BRIDGE_GATEWAY : '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: ip,
    IPPrefixLen: up ? BRIDGE_PREFIX_LEN : 0,
    IPv6Gateway: '',
    MacAddress: mac,
    Networks: {
      bridge: {
        IPAMConfig: null,
        Links: null,
        Aliases: null,
        MacAddress: mac,
        DriverOpts: null,
        GwPriority: 0,
        NetworkID: started ? BRIDGE_NETWORK_ID : '',
        EndpointID: endpoint,
        Gateway: up ? BRIDGE_GATEWAY : '',
        IPAddress: ip,
        IPPrefixLen: up ? BRIDGE_PREFIX_LEN : 0,
        IPv6Gateway: '',
        GlobalIPv6Address: '',
        GlobalIPv6PrefixLen: 0,
        DNSNames: null,
      },
    },
  };
}

export interface ContainerInspectOptions {
  /** add SizeRw and SizeRootFs (`--size`) */
  size?: boolean;
}

export function containerInspect(daemon: Daemon, idOrName: string, options: ContainerInspectOptions = {}): Record<string, unknown> {
  return inspectContainer(daemon, daemon.containers.get(idOrName), options);
}

export function inspectContainer(daemon: Daemon, container: Container, options: ContainerInspectOptions = {}): Record<string, unknown> {
  const s = container.state;
  const started = s.StartedAt !== 0;
  const dir = `${CONTAINERS_ROOT}/${container.id}`;
  const out: Record<string, unknown> = {
    Id: container.id,
    Created: time(container.created),
    Path: container.path,
    Args: [...container.args],
    State: {
      Status: s.Status,
      Running: s.Running,
      Paused: s.Paused,
      Restarting: s.Restarting,
      OOMKilled: s.OOMKilled,
      Dead: s.Dead,
      Pid: s.Pid,
      ExitCode: s.ExitCode,
      Error: s.Error,
      StartedAt: time(s.StartedAt),
      FinishedAt: time(s.FinishedAt),
    },
    Image: container.image,
    ResolvConfPath: started ? `${dir}/resolv.conf` : '',
    HostnamePath: started ? `${dir}/hostname` : '',
    HostsPath: started ? `${dir}/hosts` : '',
    LogPath: started ? `${dir}/${container.id}-json.log` : '',
    Name: container.name,
    RestartCount: container.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: started ? 'docker-default' : '',
    ExecIDs: null,
    HostConfig: hostConfig(container),
    GraphDriver: graphDriver(daemon, container),
  };
  if (options.size) {
    const rw = daemon.snapshots.usage(container.snapshotKey);
    out.SizeRw = rw;
    out.SizeRootFs = rw + (daemon.images.find(container.image)?.size ?? 0);
  }
  out.Mounts = [];
  out.Config = config(daemon, container);
  out.NetworkSettings = networkSettings(daemon, container);
  return out;
}
