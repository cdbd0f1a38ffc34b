import { describe, expect, it } from 'vitest';
import { runLine } from '../../../node/transcript';
import { useTestEngines } from '../../../testing/test-engine.node';

const engine = useTestEngines();

describe('docker images --format and --digests', () => {
  it('renders templates, JSON lines, custom tables and the DIGEST column', async () => {
    const e = engine();
    await runLine(e, 'docker pull -q hello-world');
    await runLine(e, 'docker tag hello-world my-hello:1.0');
    expect((await runLine(e, 'docker images --format "{{.Repository}}:{{.Tag}}"')).output).toBe('hello-world:latest\nmy-hello:1.0\n');
    const json = (await runLine(e, 'docker images --format json')).output.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(Object.keys(json[0]!)).toEqual(['Containers', 'CreatedAt', 'CreatedSince', 'Digest', 'ID', 'Repository', 'SharedSize', 'Size', 'Tag', 'UniqueSize', 'VirtualSize']);
    expect(json[0]).toMatchObject({ Repository: 'hello-world', Tag: 'latest', Digest: '<none>', Containers: 'N/A', Size: '1.25kB', VirtualSize: '1.247kB' });
    expect(json[0]!.CreatedAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000 UTC$/);
    expect((await runLine(e, 'docker images --format "table {{.ID}}\\t{{.Repository}}" hello-world')).output).toMatch(/^IMAGE ID       REPOSITORY\n[0-9a-f]{12}   hello-world\n$/);
    const digests = (await runLine(e, 'docker images --digests hello-world')).output.split('\n');
    expect(digests[0]).toMatch(/^REPOSITORY +TAG +DIGEST +IMAGE ID +CREATED +SIZE$/);
    expect(digests[1]).toMatch(/^hello-world +latest +sha256:[0-9a-f]{64} +[0-9a-f]{12} /);
    expect((await runLine(e, 'docker images --format "{{.Nope}}"')).output).toMatch(/^template: :1: executing "" /);
  });
});
