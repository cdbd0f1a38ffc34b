import { describe, expect, it } from 'vitest';
import { useTestEngines } from '../testing/test-engine.node';
import { runLine } from '../node/transcript';

const engine = useTestEngines();

describe('engine.snapshot()', () => {
  it('starts empty at version 0 and is cached per version', () => {
    const e = engine();
    const first = e.snapshot();
    expect(first).toEqual({ version: 0, images: [], layers: {}, containers: [] });
    expect(e.snapshot()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('shows hello-world with one layer and an exited(0) container after docker run', async () => {
    const e = engine();
    const before = e.snapshot();
    await runLine(e, 'docker run hello-world');
    const snap = e.snapshot();
    expect(snap.version).toBeGreaterThan(before.version);
    expect(snap.version).toBe(e.version);
    expect(e.snapshot()).toBe(snap);

    expect(snap.images).toHaveLength(1);
    const image = snap.images[0]!;
    expect(image.repoTags).toEqual(['hello-world:latest']);
    expect(image.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(image.shortId).toBe(image.id.slice(7, 19));
    expect(image.layers).toHaveLength(1);
    const layer = image.layers[0]!;
    expect(layer.createdBy).toMatch(/hello/);
    expect(layer.size).toBeGreaterThan(0);
    expect(layer.sizeText).toMatch(/B$/);
    expect(image.topChainId).toBe(layer.chainId);
    expect(snap.layers[layer.chainId]).toMatchObject({ chainId: layer.chainId, parent: '', sharedBy: 1 });

    expect(snap.containers).toHaveLength(1);
    const container = snap.containers[0]!;
    expect(container).toMatchObject({ imageId: image.id, imageRef: 'hello-world', state: 'exited', exitCode: 0, command: '/hello' });
    expect(container.name).toMatch(/^[a-z]+_[a-z]+$/);

    // frozen all the way down, and detached from the daemon's records
    expect(Object.isFrozen(container)).toBe(true);
    expect(Object.isFrozen(image.layers[0])).toBe(true);
    expect(() => {
      (snap.containers as unknown as unknown[]).push({});
    }).toThrow();
  });

  it('keeps old snapshots unchanged and drops removed containers', async () => {
    const e = engine();
    await runLine(e, 'docker run hello-world');
    const withContainer = e.snapshot();
    await runLine(e, `docker rm ${withContainer.containers[0]!.name}`);
    const after = e.snapshot();
    expect(after).not.toBe(withContainer);
    expect(after.containers).toEqual([]);
    expect(withContainer.containers).toHaveLength(1);
    expect(after.images).toHaveLength(1);
  });

  it('lists every tag of an image and keeps its layer once', async () => {
    const e = engine();
    await runLine(e, 'docker pull hello-world');
    await runLine(e, 'docker tag hello-world my-hello');
    const snap = e.snapshot();
    // one image, two tags: still one layer used by one image
    expect(snap.images).toHaveLength(1);
    expect([...snap.images[0]!.repoTags].sort()).toEqual(['hello-world:latest', 'my-hello:latest']);
    expect(Object.values(snap.layers)).toHaveLength(1);
    expect(Object.values(snap.layers)[0]!.sharedBy).toBe(1);
  });

  it("marks a classic build's untagged step images as intermediate, with their parents", async () => {
    const e = engine();
    await runLine(e, 'mkdir app');
    await runLine(e, `printf 'FROM alpine\\nRUN echo hi > /x\\nCMD ["cat", "/x"]\\n' > app/Dockerfile`);
    e.env.DOCKER_BUILDKIT = '0';
    const build = await runLine(e, 'docker build -t mine app');
    expect(build.exitCode, build.output).toBe(0);
    const snap = e.snapshot();
    const byTag = (tag: string) => snap.images.find((i) => i.repoTags.includes(tag))!;
    const mine = byTag('mine:latest');
    const alpine = byTag('alpine:latest');
    expect(alpine).toMatchObject({ parent: '', intermediate: false });
    expect(mine.intermediate).toBe(false);
    const step = snap.images.find((i) => i.id === mine.parent)!;
    expect(step).toMatchObject({ repoTags: [], intermediate: true, parent: alpine.id });
    expect(mine.topChainId).toBe(step.topChainId);
  });
});
