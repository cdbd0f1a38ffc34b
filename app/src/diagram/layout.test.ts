import { describe, expect, it } from 'vitest';
import type { ContainerSnapshot, EngineSnapshot, ImageSnapshot, LayerSnapshot } from '../engine/engine';
import { boxById, instructionLabel, layout, type Box } from './layout';

const layer = (chainId: string, createdBy: string, parent = '', sharedBy = 1): LayerSnapshot => ({
  chainId,
  diffId: chainId,
  size: 1000,
  sizeText: '1kB',
  createdBy,
  parent,
  sharedBy,
});
const image = (id: string, tag: string, layers: LayerSnapshot[], created: number): ImageSnapshot => ({
  id,
  shortId: id.slice(7, 19),
  repoTags: [tag],
  created,
  size: 1000 * layers.length,
  sizeText: `${layers.length}kB`,
  layers: layers.map(({ chainId, diffId, size, sizeText, createdBy }) => ({ chainId, diffId, size, sizeText, createdBy })),
  topChainId: layers[layers.length - 1]?.chainId ?? '',
  parent: '',
  intermediate: false,
});
const container = (id: string, imageId: string, state: ContainerSnapshot['state'], exitCode = 0): ContainerSnapshot => ({
  id,
  shortId: id.slice(0, 12),
  name: `name_${id}`,
  imageId,
  imageRef: 'x',
  state,
  exitCode,
  command: '/hello',
  created: 0,
});

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('instructionLabel', () => {
  it('keeps the instruction and drops shell and buildkit noise', () => {
    expect(instructionLabel('COPY hello / # buildkit')).toBe('COPY hello /');
    expect(instructionLabel('/bin/sh -c #(nop)  CMD ["/hello"]')).toBe('CMD ["/hello"]');
    expect(instructionLabel('/bin/sh -c apk add curl')).toBe('RUN apk add curl');
    expect(instructionLabel('')).toBe('?');
  });
});

describe('layout', () => {
  it('draws client, daemon and registry even with nothing stored', () => {
    const out = layout({ version: 0, images: [], layers: {}, containers: [] });
    expect(out.boxes.map((b) => b.kind).sort()).toEqual(['client', 'daemon', 'registry', 'storage']);
    const [client, daemon, registry] = ['client', 'daemon', 'registry'].map((id) => boxById(out, id)!);
    expect(client!.x + client!.w).toBeLessThan(daemon!.x);
    expect(daemon!.x + daemon!.w).toBeLessThan(registry!.x);
  });

  it('stands an exited container on hello-world with its own writable layer', () => {
    const l = layer('sha256:l1', 'COPY hello / # buildkit');
    const hello = image('sha256:aaaaaaaaaaaaaaaaaaaa', 'hello-world:latest', [l], 1);
    const out = layout({ version: 5, images: [hello], layers: { [l.chainId]: l }, containers: [container('c1', hello.id, 'exited', 0)] });
    const layerBox = boxById(out, 'layer:sha256:l1')!;
    const imageBox = boxById(out, `image:${hello.id}`)!;
    const writable = boxById(out, 'writable:c1')!;
    const c = boxById(out, 'container:c1')!;
    expect(layerBox.label).toBe('COPY hello /');
    expect(layerBox.detail).toBe('1kB');
    expect(imageBox.label).toBe('hello-world:latest');
    // bottom to top: layer, image name, writable layer, container
    expect(imageBox.y + imageBox.h).toBeLessThanOrEqual(layerBox.y);
    expect(writable.y + writable.h).toBeLessThanOrEqual(imageBox.y);
    expect(c.y + c.h).toBeLessThanOrEqual(writable.y);
    expect(writable.h).toBeLessThan(layerBox.h);
    expect(c).toMatchObject({ state: 'exited', exitCode: 0, detail: 'exited (0)' });
    const storage = boxById(out, 'storage')!;
    for (const box of [layerBox, imageBox, writable, c]) expect(inside(box, storage)).toBe(true);
    expect(storage.y + storage.h).toBeLessThanOrEqual(out.height);
  });

  it('draws a layer shared by two images once, under both', () => {
    const base = layer('sha256:base', 'ADD rootfs.tar /', '', 2);
    const a = layer('sha256:a', 'RUN make a', base.chainId);
    const b = layer('sha256:b', 'RUN make b', base.chainId);
    const imgA = image('sha256:1111111111111111', 'app-a:latest', [base, a], 1);
    const imgB = image('sha256:2222222222222222', 'app-b:latest', [base, b], 2);
    const out = layout({
      version: 9,
      images: [imgB, imgA],
      layers: { [base.chainId]: base, [a.chainId]: a, [b.chainId]: b },
      containers: [container('c1', imgA.id, 'running'), container('c2', imgB.id, 'created'), container('c3', imgB.id, 'exited', 1)],
    });
    const baseBoxes = out.boxes.filter((box) => box.id === 'layer:sha256:base');
    expect(baseBoxes).toHaveLength(1);
    const baseBox = baseBoxes[0]!;
    expect(baseBox.sharedBy).toBe(2);
    expect([...baseBox.imageIds!].sort()).toEqual([imgA.id, imgB.id]);
    const boxA = boxById(out, 'layer:sha256:a')!;
    const boxB = boxById(out, 'layer:sha256:b')!;
    // both image layers sit on the shared base, side by side, within its width
    for (const top of [boxA, boxB]) {
      expect(top.y + top.h).toBeLessThanOrEqual(baseBox.y);
      expect(top.x).toBeGreaterThanOrEqual(baseBox.x);
      expect(top.x + top.w).toBeLessThanOrEqual(baseBox.x + baseBox.w);
    }
    expect(overlap(boxA, boxB)).toBe(false);
    // no two drawn things overlap, apart from the storage frame that holds them
    const drawn = out.boxes.filter((box) => box.kind !== 'storage');
    for (let i = 0; i < drawn.length; i++) for (let j = i + 1; j < drawn.length; j++) expect(overlap(drawn[i]!, drawn[j]!), `${drawn[i]!.id} × ${drawn[j]!.id}`).toBe(false);
    expect(boxById(out, 'container:c3')).toMatchObject({ state: 'exited', exitCode: 1, detail: 'exited (1)' });
    expect(boxById(out, 'container:c2')).toMatchObject({ state: 'created' });
    const ids = out.boxes.map((box) => box.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is pure: the same snapshot gives the same layout', () => {
    const l = layer('sha256:l1', 'COPY hello /');
    const snap: EngineSnapshot = { version: 1, images: [image('sha256:abcabcabcabcabc', 'x:1', [l], 1)], layers: { [l.chainId]: l }, containers: [] };
    expect(layout(snap)).toEqual(layout(snap));
  });

  it('leaves out intermediate images and counts only the images it shows as sharing a layer', () => {
    const base = layer('sha256:base', 'ADD rootfs.tar /', '', 3);
    const run = layer('sha256:run', 'RUN echo hi > /x', base.chainId, 2);
    const alpine = image('sha256:aaaaaaaaaaaaaaaa', 'alpine:latest', [base], 1);
    const step = { ...image('sha256:bbbbbbbbbbbbbbbb', 'x', [base, run], 2), repoTags: [], parent: alpine.id, intermediate: true };
    const mine = { ...image('sha256:cccccccccccccccc', 'mine:latest', [base, run], 3), parent: step.id };
    const out = layout({ version: 3, images: [mine, step, alpine], layers: { [base.chainId]: base, [run.chainId]: run }, containers: [] });
    expect(out.boxes.filter((b) => b.kind === 'image').map((b) => b.label).sort()).toEqual(['alpine:latest', 'mine:latest']);
    expect(boxById(out, 'layer:sha256:run')).toMatchObject({ sharedBy: 1, imageIds: [mine.id] });
    expect(boxById(out, 'layer:sha256:base')).toMatchObject({ sharedBy: 2 });
  });

  it('lays out 50 images and 200 containers without overlaps', () => {
    const base = layer('sha256:base', 'ADD rootfs.tar /', '', 50);
    const layers: Record<string, LayerSnapshot> = { [base.chainId]: base };
    const images: ImageSnapshot[] = [];
    for (let i = 0; i < 50; i++) {
      const own = layer(`sha256:own${i}`, `RUN make ${i}`, base.chainId);
      layers[own.chainId] = own;
      images.push(image(`sha256:${String(i).padStart(16, '0')}`, `app${i}:latest`, [base, own], i));
    }
    const containers = Array.from({ length: 200 }, (_, k) => container(`c${k}`, images[k % 50]!.id, k % 3 === 0 ? 'running' : 'exited', k % 2));
    const out = layout({ version: 1, images: images.reverse(), layers, containers });
    expect(out.boxes.filter((b) => b.kind === 'container')).toHaveLength(200);
    expect(out.boxes.filter((b) => b.kind === 'layer')).toHaveLength(51);
    const drawn = out.boxes.filter((box) => box.kind === 'container' || box.kind === 'image');
    for (let i = 0; i < drawn.length; i++) for (let j = i + 1; j < drawn.length; j++) expect(overlap(drawn[i]!, drawn[j]!)).toBe(false);
    for (const box of out.boxes) expect(box.x + box.w).toBeLessThanOrEqual(out.width);
  });
});
