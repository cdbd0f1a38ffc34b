import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTar } from '../../../archive';
import { digestOf } from '../../../digest';
import { HOST_HOME } from '../../../engine';
import { createRealWorkspace } from '../../../node/real-workspace';
import { runLine } from '../../../node/transcript';
import { useTestEngines } from '../../../testing/test-engine.node';

const engine = useTestEngines();

const decoder = new TextDecoder();

describe('docker save and docker load', () => {
  it('writes an archive whose blobs match their digests and manifests, and loads it back', async () => {
    const e = engine();
    await runLine(e, 'docker pull hello-world');
    expect(await runLine(e, 'docker save hello-world')).toMatchObject({ exitCode: 1, output: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n' });
    expect((await runLine(e, 'docker save -o hw.tar hello-world')).exitCode).toBe(0);
    const entries = readTar(e.shell.fs.readFile(`${HOST_HOME}/hw.tar`));
    const files = new Map(entries.filter((t) => t.type === 'file').map((t) => [t.name, t.data!]));
    for (const [name, data] of files) if (name.startsWith('blobs/sha256/')) expect(digestOf(data)).toBe(`sha256:${name.slice(13)}`);
    const manifest = JSON.parse(decoder.decode(files.get('manifest.json'))) as Array<{ Config: string; RepoTags: string[]; Layers: string[] }>;
    expect(manifest).toHaveLength(1);
    expect(manifest[0]!.RepoTags).toEqual(['hello-world:latest']);
    for (const path of [manifest[0]!.Config, ...manifest[0]!.Layers]) expect(files.has(path)).toBe(true);
    const index = JSON.parse(decoder.decode(files.get('index.json'))) as { manifests: Array<{ digest: string; size: number }> };
    const oci = files.get(`blobs/sha256/${index.manifests[0]!.digest.slice(7)}`)!;
    expect(oci.length).toBe(index.manifests[0]!.size);
    expect(JSON.parse(decoder.decode(files.get('oci-layout')))).toEqual({ imageLayoutVersion: '1.0.0' });

    await runLine(e, 'docker rmi hello-world');
    const loaded = await runLine(e, 'docker load -i hw.tar');
    expect(loaded.exitCode).toBe(0);
    expect(loaded.output).toMatch(/^[0-9a-f]{12}: Loading layer +3\.072kB\/3\.072kB\nLoaded image: hello-world:latest\n$/);
    expect((await runLine(e, 'docker run --rm hello-world')).output).toContain('Hello from Docker!');
    expect(await runLine(e, 'docker load -i nope.tar')).toMatchObject({ exitCode: 1, output: 'open nope.tar: no such file or directory\n' });
  });

  it('with a real workspace, the archive lands in the folder and tar can read it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gorae-save-'));
    const e = engine(1, { hostFs: createRealWorkspace(dir, { home: HOST_HOME }) });
    await runLine(e, 'docker pull hello-world');
    expect((await runLine(e, 'docker save -o hw.tar hello-world')).exitCode).toBe(0);
    const listed = spawnSync('tar', ['tf', join(dir, 'hw.tar')], { encoding: 'utf8' });
    expect(listed.status).toBe(0);
    expect(listed.stdout.split('\n')).toEqual(expect.arrayContaining(['manifest.json', 'index.json', 'oci-layout', 'repositories', 'blobs/sha256/']));
    expect(readFileSync(join(dir, 'hw.tar')).length % 512).toBe(0);
  });
});
