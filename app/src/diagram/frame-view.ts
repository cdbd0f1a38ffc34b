/**
 * What each frame of the replay shows: its caption, its number, the boxes it lights up and
 * the boxes it has not reached yet. Pure functions of the flow and the snapshot.
 */
import { t, tf, type MessageKey } from '../i18n';
import type { EngineSnapshot, ImageSnapshot } from '../engine/engine';
import type { Frame, FlowState, FlowStep } from './flow';

const STEP_NUMBER: Record<FlowStep, string> = { request: '1', lookup: '2', notFound: '3', pull: '4', create: '5', run: '6', done: '✓', build: '', built: '✓' };

function imageLabel(image: ImageSnapshot | undefined, fallback: string): string {
  return image?.repoTags[0] ?? (image ? `<none> ${image.shortId}` : fallback);
}

/** The caption of one frame of the replay. */
export function frameText(frame: Frame, flow: FlowState, snapshot: EngineSnapshot): string {
  const build = flow.build;
  if (frame.step === 'build') {
    const s = frame.buildStep === undefined ? undefined : build?.steps[frame.buildStep];
    if (!s) return t('diagram.step.build');
    const key: MessageKey = s.status === 'cached' ? 'diagram.step.buildCached' : s.status === 'built' ? 'diagram.step.buildRan' : 'diagram.step.buildFailed';
    return tf(key, { index: s.index, total: build!.total, instruction: s.instruction });
  }
  if (frame.step === 'built') {
    if (!build?.ok) return t('diagram.step.builtFailed');
    const image = snapshot.images.find((i) => i.id === build.imageId);
    return tf('diagram.step.built', { name: build.tags[0] ?? imageLabel(image, build.imageId.slice(7, 19)) });
  }
  if (frame.step === 'request' && build) return t('diagram.step.buildRequest');
  const key: MessageKey = `diagram.step.${frame.step}`;
  return tf(key, { code: flow.exitCode ?? 0 });
}

export function frameNumber(frame: Frame, flow: FlowState): string {
  if (frame.step === 'build') return String(flow.build?.steps[frame.buildStep ?? -1]?.index ?? '…');
  if (frame.step === 'built' && flow.build && !flow.build.ok) return '✗';
  if (flow.build && frame.step === 'request') return '→';
  if (flow.build && frame.step === 'pull') return '⇣';
  return STEP_NUMBER[frame.step];
}

function imageForRef(snapshot: EngineSnapshot, ref: string): ImageSnapshot | undefined {
  const name = ref.replace(/^docker\.io\/(library\/)?/, '');
  return snapshot.images.find((image) => image.repoTags.some((tag) => tag === name || tag === `${name}:latest`));
}

/** Which boxes and arrows the current frame lights up ("cached" marks a build step taken from the cache). */
export function highlights(frame: Frame | undefined, flow: FlowState, snapshot: EngineSnapshot): Set<string> {
  const lit = new Set<string>();
  if (!frame) return lit;
  const image = flow.build ? undefined : imageForRef(snapshot, flow.ref);
  const imageById = (id: string) => snapshot.images.find((i) => i.id === id);
  switch (frame.step) {
    case 'request':
      lit.add('client').add('arrow:request');
      break;
    case 'lookup':
    case 'notFound':
      lit.add('daemon').add('storage');
      break;
    case 'pull':
      lit.add('registry').add('arrow:pull').add('daemon');
      if (image) for (const layer of image.layers) lit.add(`layer:${layer.chainId}`);
      break;
    case 'create':
      lit.add('daemon').add(`container:${flow.containerId}`).add(`writable:${flow.containerId}`);
      if (image) lit.add(`image:${image.id}`);
      break;
    case 'run':
      lit.add(`container:${flow.containerId}`).add('arrow:output').add('client');
      break;
    case 'done':
      lit.add(`container:${flow.containerId}`);
      break;
    case 'build': {
      lit.add('daemon');
      const step = frame.buildStep === undefined ? undefined : flow.build?.steps[frame.buildStep];
      const made = step ? imageById(step.imageId) : undefined;
      if (made?.topChainId) lit.add(`layer:${made.topChainId}`);
      if (step?.status === 'cached') lit.add('cached');
      break;
    }
    case 'built': {
      const made = flow.build?.ok ? imageById(flow.build.imageId) : undefined;
      if (made) {
        lit.add(`image:${made.id}`).add('storage');
        if (made.topChainId) lit.add(`layer:${made.topChainId}`);
      } else lit.add('daemon');
      break;
    }
  }
  return lit;
}

/** What the replay has not reached yet: drawn faintly until its step comes. */
export function pending(visible: readonly Frame[], flow: FlowState, snapshot: EngineSnapshot): Set<string> {
  const out = new Set<string>();
  const reached = (step: FlowStep) => visible.some((f) => f.step === step);
  if (!flow.build && flow.steps.includes('pull') && !reached('pull')) {
    const image = imageForRef(snapshot, flow.ref);
    if (image) {
      out.add(`image:${image.id}`);
      for (const layer of image.layers) if ((snapshot.layers[layer.chainId]?.sharedBy ?? 1) === 1) out.add(`layer:${layer.chainId}`);
    }
  }
  if (flow.containerId && !reached('create')) out.add(`container:${flow.containerId}`).add(`writable:${flow.containerId}`);
  if (flow.build?.ok && !reached('built')) out.add(`image:${flow.build.imageId}`);
  return out;
}
