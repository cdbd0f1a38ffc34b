import { describe, expect, it } from 'vitest';
import { describeConformance, readConformanceJson } from '../../testing/conformance.node';
import { displayablePorts, type PortSummary } from './ports';

interface PortsCase {
  ports: PortSummary[];
  expected: string;
}

describeConformance('docker ps PORTS (cli_format_cases.json)', () => {
  const all = readConformanceJson<Record<string, unknown>>('cli_format_cases.json');
  const key = Object.keys(all).find((k) => k.startsWith('DisplayablePorts_tests'))!;
  const cases = all[key] as PortsCase[];

  it.each(cases.map((c) => [c.expected, c.ports] as const))('%s', (expected, ports) => {
    expect(displayablePorts(ports)).toBe(expected);
  });
});

describe('displayablePorts', () => {
  it('is empty for no ports', () => {
    expect(displayablePorts([])).toBe('');
  });

  it('shows a port published on all IPv4 and IPv6 addresses twice', () => {
    const ports: PortSummary[] = [
      { IP: '::', PrivatePort: 80, PublicPort: 32768, Type: 'tcp' },
      { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 32768, Type: 'tcp' },
    ];
    expect(displayablePorts(ports)).toBe('0.0.0.0:32768->80/tcp, [::]:32768->80/tcp');
  });

  it('groups consecutive ports with the same address and protocol into a range', () => {
    const ports: PortSummary[] = [82, 80, 81].map((p) => ({ IP: '0.0.0.0', PrivatePort: p, PublicPort: p, Type: 'tcp' }));
    expect(displayablePorts(ports)).toBe('0.0.0.0:80-82->80-82/tcp');
    const exposed: PortSummary[] = [80, 81, 82, 90].map((p) => ({ PrivatePort: p, Type: 'tcp' }));
    expect(displayablePorts(exposed)).toBe('80-82/tcp, 90/tcp');
  });

  it('does not reorder the caller’s array', () => {
    const ports: PortSummary[] = [
      { PrivatePort: 90, Type: 'tcp' },
      { PrivatePort: 80, Type: 'tcp' },
    ];
    displayablePorts(ports);
    expect(ports[0]!.PrivatePort).toBe(90);
  });
});
