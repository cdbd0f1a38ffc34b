import { describe, expect, it } from 'vitest';
import { useTestEngines } from '../testing/test-engine.node';
import { runLine } from '../node/transcript';
import { containerChanges, containerLogs, containerProcesses, layerChanges } from './inspect';

const engine = useTestEngines();

describe('layerChanges', () => {
  it("lists hello-world's one layer as the file it adds", async () => {
    const e = engine();
    await runLine(e, 'docker pull hello-world');
    const image = e.snapshot().images[0]!;
    expect(layerChanges(e, image.topChainId)).toEqual([{ kind: 'A', path: '/hello', type: 'file', size: expect.any(Number) }]);
    const [hello] = layerChanges(e, image.topChainId);
    expect(hello!.size).toBeGreaterThan(0);
  });

  it('tells added, changed and deleted files apart in a committed layer (whiteouts are deletions)', async () => {
    const e = engine();
    const script = "mkdir /data && echo hi > /data/x && echo changed > /etc/motd && rm /etc/issue && rm -r /etc/udhcpc";
    expect((await runLine(e, `docker run --name box alpine sh -c "${script}"`)).exitCode).toBe(0);
    expect((await runLine(e, 'docker commit box changed:1')).exitCode).toBe(0);
    const image = e.snapshot().images.find((i) => i.repoTags.includes('changed:1'))!;
    const list = layerChanges(e, image.topChainId);
    expect(list).toContainEqual({ kind: 'A', path: '/data', type: 'directory' });
    expect(list).toContainEqual({ kind: 'A', path: '/data/x', type: 'file', size: 3 });
    expect(list).toContainEqual({ kind: 'C', path: '/etc/motd', type: 'file', size: 8 });
    expect(list).toContainEqual({ kind: 'D', path: '/etc/issue', type: 'file' });
    expect(list).toContainEqual({ kind: 'D', path: '/etc/udhcpc', type: 'directory' });
    // /etc only holds changes: it is not listed itself
    expect(list.some((c) => c.path === '/etc')).toBe(false);

    // The base layer under it adds everything and deletes nothing.
    const base = e.snapshot().images.find((i) => i.repoTags.includes('alpine:latest'))!;
    const baseList = layerChanges(e, base.topChainId);
    expect(baseList.length).toBeGreaterThan(10);
    expect(baseList.every((c) => c.kind === 'A')).toBe(true);
    expect(baseList).toContainEqual(expect.objectContaining({ kind: 'A', path: '/etc/issue' }));
  });

  it('lists what an opaque directory hides as deletions', async () => {
    const e = engine();
    expect((await runLine(e, 'docker run --name box alpine sh -c "rm -r /etc/apk && mkdir /etc/apk && touch /etc/apk/new"')).exitCode).toBe(0);
    expect((await runLine(e, 'docker commit box opaque:1')).exitCode).toBe(0);
    const image = e.snapshot().images.find((i) => i.repoTags.includes('opaque:1'))!;
    const list = layerChanges(e, image.topChainId);
    expect(list).toContainEqual(expect.objectContaining({ kind: 'A', path: '/etc/apk/new' }));
    const below = layerChanges(e, e.snapshot().images.find((i) => i.repoTags.includes('alpine:latest'))!.topChainId)
      .filter((c) => c.path.startsWith('/etc/apk/') && c.path.split('/').length === 4)
      .map((c) => c.path);
    expect(below.length).toBeGreaterThan(0);
    for (const path of below) expect(list).toContainEqual(expect.objectContaining({ kind: 'D', path }));
  });
});

describe('container views', () => {
  it('give docker diff, docker logs and (for a stopped container) no processes', async () => {
    const e = engine();
    await runLine(e, 'docker run --name box alpine sh -c "echo one; echo two >&2; touch /tmp/t"');
    const diff = await runLine(e, 'docker diff box');
    expect(containerChanges(e, 'box').map((c) => `${c.kind} ${c.path}`).join('\n')).toBe(diff.output.trimEnd());
    expect(containerChanges(e, 'box')).toContainEqual({ kind: 'A', path: '/tmp/t' });
    expect(containerLogs(e, 'box').map((l) => [l.stream, l.text])).toEqual([
      ['stdout', 'one'],
      ['stderr', 'two'],
    ]);
    expect(containerLogs(e, 'box', 1).map((l) => l.text)).toEqual(['two']);
    expect(containerProcesses(e, 'box')).toEqual([]);
  });

  it('lists the processes of a running container as docker top does', async () => {
    const e = engine();
    await runLine(e, 'docker run -d --name sleeper alpine sleep 100');
    const processes = containerProcesses(e, 'sleeper');
    expect(processes.map((p) => p.args.join(' '))).toEqual(['sleep 100']);
    expect(processes[0]!.ppid).toBe(0);
    await runLine(e, 'docker rm -f sleeper');
  });

  it('throws for a container that does not exist', () => {
    const e = engine();
    expect(() => containerChanges(e, 'nope')).toThrow(/No such container/);
  });
});
