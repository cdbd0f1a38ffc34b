import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import type { EngineSnapshot, ImageSnapshot } from '../engine/engine';
import { emptyFlow, frames, type FlowState } from './flow';
import { frameNumber, frameText, highlights, pending } from './frame-view';

const hello: ImageSnapshot = {
  id: 'sha256:hello',
  shortId: 'hello',
  repoTags: ['hello-world:latest'],
  created: 1,
  size: 10,
  sizeText: '10B',
  layers: [{ chainId: 'sha256:l1', diffId: 'sha256:l1', size: 10, sizeText: '10B', createdBy: 'COPY hello /' }],
  topChainId: 'sha256:l1',
  parent: '',
  intermediate: false,
};
const snapshot: EngineSnapshot = {
  version: 3,
  images: [hello],
  layers: { 'sha256:l1': { ...hello.layers[0]!, parent: '', sharedBy: 1 } },
  containers: [{ id: 'c1', shortId: 'c1', name: 'x_y', imageId: hello.id, imageRef: 'hello-world', state: 'exited', exitCode: 0, command: '/hello', created: 2 }],
};
const run: FlowState = { ...emptyFlow, serial: 1, steps: ['request', 'lookup', 'notFound', 'pull', 'create', 'run', 'done'], ref: 'hello-world', containerId: 'c1', exitCode: 0 };

describe('the frames of docker run hello-world', () => {
  it('light up, in turn, the client, the store, the registry with the layers, the new container and the way back', () => {
    setLanguage('ko');
    const all = frames(run);
    const lit = all.map((frame) => [...highlights(frame, run, snapshot)].sort());
    expect(lit[0]).toEqual(['arrow:request', 'client']);
    expect(lit[2]).toEqual(['daemon', 'storage']);
    expect(lit[3]).toEqual(['arrow:pull', 'daemon', 'layer:sha256:l1', 'registry']);
    expect(lit[4]).toEqual(['container:c1', 'daemon', 'image:sha256:hello', 'writable:c1']);
    expect(lit[5]).toEqual(['arrow:output', 'client', 'container:c1']);
    expect(all.map((f) => frameNumber(f, run))).toEqual(['1', '2', '3', '4', '5', '6', '✓']);
    expect(frameText(all[2]!, run, snapshot)).toContain('Unable to find image');
    expect(frameText(all[6]!, run, snapshot)).toContain('종료 코드 0');
  });

  it('draws what the replay has not reached yet faintly: the pulled image before the pull, the container before it is made', () => {
    const all = frames(run);
    expect([...pending(all.slice(0, 2), run, snapshot)].sort()).toEqual(['container:c1', 'image:sha256:hello', 'layer:sha256:l1', 'writable:c1']);
    expect([...pending(all.slice(0, 4), run, snapshot)].sort()).toEqual(['container:c1', 'writable:c1']);
    expect(pending(all, run, snapshot).size).toBe(0);
  });
});

describe('the frames of docker build', () => {
  const build: FlowState = {
    ...emptyFlow,
    serial: 2,
    steps: ['request', 'build', 'built'],
    ref: 'Dockerfile',
    build: {
      total: 2,
      steps: [
        { index: 1, instruction: 'FROM hello-world', status: 'cached', imageId: hello.id },
        { index: 2, instruction: 'CMD ["/hello"]', status: 'built', reason: 'new', imageId: hello.id },
      ],
      done: true,
      ok: true,
      imageId: hello.id,
      tags: ['mine:latest'],
    },
  };

  it('caption each Dockerfile step as cached or run, and the image made', () => {
    setLanguage('en');
    const all = frames(build);
    expect(all.map((f) => frameNumber(f, build))).toEqual(['→', '1', '2', '✓']);
    expect(frameText(all[0]!, build, snapshot)).toContain('build context');
    expect(frameText(all[1]!, build, snapshot)).toBe('Step 1/2 FROM hello-world: the same layer was built before and is in the cache, so it is reused.');
    expect(frameText(all[2]!, build, snapshot)).toContain('not in the cache');
    expect(frameText(all[3]!, build, snapshot)).toContain('mine:latest');
    expect(highlights(all[1]!, build, snapshot).has('cached')).toBe(true);
    expect(highlights(all[2]!, build, snapshot).has('cached')).toBe(false);
    expect([...highlights(all[3]!, build, snapshot)].sort()).toEqual(['image:sha256:hello', 'layer:sha256:l1', 'storage']);
    setLanguage('ko');
    const failed: FlowState = { ...build, build: { ...build.build!, ok: false, imageId: '' } };
    expect(frameNumber(all[3]!, failed)).toBe('✗');
    expect(frameText(all[3]!, failed, snapshot)).toContain('만들어지지 않았어요');
  });
});
