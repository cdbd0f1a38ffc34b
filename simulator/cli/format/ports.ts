/**
 * The PORTS column of `docker ps`: exposed ports ("80/tcp"), published ones
 * ("0.0.0.0:8080->80/tcp", "[::]:8080->80/tcp"), and consecutive ports of one protocol and
 * address grouped into ranges ("8000-8002/tcp", "1.2.3.4:81-82->81-82/udp").
 */

/** One entry of a container summary's Ports, as the Engine API lists it. */
export interface PortSummary {
  /** host address the port is published on; absent when only exposed */
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

/** Bytes of an IPv4 or IPv6 address, or undefined when it is neither. */
function addressBytes(ip: string): number[] | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) {
    const bytes = v4.slice(1).map(Number);
    return bytes.every((b) => b <= 255) ? bytes : undefined;
  }
  if (!ip.includes(':')) return undefined;
  const [head = '', tail, extra] = ip.split('::');
  if (extra !== undefined) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      const n = parseInt(g, 16);
      out.push(n >> 8, n & 0xff);
    }
    return out;
  };
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  if (!left || !right) return undefined;
  const fill = 16 - left.length - right.length;
  if (tail === undefined ? fill !== 0 : fill < 2) return undefined;
  return [...left, ...new Array<number>(fill).fill(0), ...right];
}

/** Orders addresses as Go's netip does: none first, then IPv4, then IPv6, by value. */
function compareAddresses(a: string, b: string): number {
  const x = addressBytes(a) ?? [];
  const y = addressBytes(b) ?? [];
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePorts(a: PortSummary, b: PortSummary): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  const ip = compareAddresses(a.IP ?? '', b.IP ?? '');
  if (ip !== 0) return ip;
  const pa = a.PublicPort ?? 0;
  const pb = b.PublicPort ?? 0;
  if (pa !== pb) return pa - pb;
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}

/** host:port, with IPv6 addresses in brackets. */
function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

interface Group {
  ip: string;
  type: string;
  first: number;
  last: number;
}

function formatGroup(g: Group): string {
  const range = g.first === g.last ? `${g.first}` : `${g.first}-${g.last}`;
  const ports = g.ip ? `${joinHostPort(g.ip, range)}->${range}` : range;
  return `${ports}/${g.type}`;
}

/** The PORTS column for a container's ports. */
export function displayablePorts(ports: readonly PortSummary[]): string {
  const sorted = [...ports].sort(comparePorts);
  const groups = new Map<string, Group>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of sorted) {
    const current = port.PrivatePort;
    const ip = port.IP ?? '';
    let key = port.Type;
    if (ip) {
      const published = port.PublicPort ?? 0;
      if (published !== current) {
        hostMappings.push(`${joinHostPort(ip, String(published))}->${current}/${port.Type}`);
        continue;
      }
      key = `${ip}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { ip, type: port.Type, first: current, last: current });
      continue;
    }
    if (current === group.last + 1) {
      group.last = current;
      continue;
    }
    result.push(formatGroup(group));
    group.first = current;
    group.last = current;
  }
  for (const group of groups.values()) result.push(formatGroup(group));
  return [...result, ...hostMappings].join(', ');
}
