import { useEffect, useMemo, useState } from 'react';
import { t, tf, type MessageKey } from '../i18n';
import type { ContainerSnapshot, EngineSnapshot, ImageSnapshot } from '../engine/engine';
import { useAppStore } from '../store/store';
import type { FlowState, FlowStep } from './flow';
import { boxById, instructionLabel, layout, type Box, type Layout } from './layout';

/** How long each step of the last command stays highlighted while it is replayed. */
const STEP_MS = 650;

const STEP_NUMBER: Record<FlowStep, string> = { request: '1', lookup: '2', notFound: '3', pull: '4', create: '5', run: '6', done: '✓' };

function stateText(state: ContainerSnapshot['state'], exitCode: number): string {
  if (state === 'created' || state === 'running' || state === 'paused') return t(`diagram.state.${state}`);
  if (state === 'exited') return tf('diagram.state.exited', { code: exitCode });
  return tf('diagram.state.other', { state });
}

function stepText(step: FlowStep, flow: FlowState): string {
  const key: MessageKey = `diagram.step.${step}`;
  return tf(key, { code: flow.exitCode ?? 0 });
}

/** Replays the flow's steps one at a time; returns how many are shown. */
function useReplay(flow: FlowState): number {
  const [replay, setReplay] = useState({ serial: -1, shown: 0 });
  const shown = replay.serial === flow.serial ? Math.min(replay.shown, flow.steps.length) : 0;
  useEffect(() => {
    if (shown >= flow.steps.length) return;
    const timer = setTimeout(() => setReplay({ serial: flow.serial, shown: shown + 1 }), shown === 0 ? 0 : STEP_MS);
    return () => clearTimeout(timer);
  }, [flow.serial, flow.steps.length, shown]);
  return shown;
}

function imageForRef(snapshot: EngineSnapshot, ref: string): ImageSnapshot | undefined {
  const name = ref.replace(/^docker\.io\/(library\/)?/, '');
  return snapshot.images.find((image) => image.repoTags.some((tag) => tag === name || tag === `${name}:latest`));
}

/** Which boxes and arrows the current step lights up. */
function highlights(step: FlowStep | undefined, flow: FlowState, snapshot: EngineSnapshot): Set<string> {
  const lit = new Set<string>();
  if (!step) return lit;
  const image = imageForRef(snapshot, flow.ref);
  switch (step) {
    case 'request':
      lit.add('client').add('arrow:request');
      break;
    case 'lookup':
      lit.add('daemon').add('storage');
      break;
    case 'notFound':
      lit.add('daemon').add('storage');
      break;
    case 'pull':
      lit.add('registry').add('arrow:pull').add('daemon');
      if (image) for (const layer of image.layers) lit.add(`layer:${layer.chainId}`);
      break;
    case 'create':
      lit.add('daemon').add(`container:${flow.containerId}`).add(`writable:${flow.containerId}`);
      break;
    case 'run':
      lit.add(`container:${flow.containerId}`).add('arrow:output').add('client');
      break;
    case 'done':
      lit.add(`container:${flow.containerId}`);
      break;
  }
  return lit;
}

/** What the replay has not reached yet: drawn faintly until its step comes. */
function pending(visible: FlowStep[], flow: FlowState, snapshot: EngineSnapshot): Set<string> {
  const out = new Set<string>();
  if (flow.steps.includes('pull') && !visible.includes('pull')) {
    const image = imageForRef(snapshot, flow.ref);
    if (image) {
      out.add(`image:${image.id}`);
      for (const layer of image.layers) if ((snapshot.layers[layer.chainId]?.sharedBy ?? 1) === 1) out.add(`layer:${layer.chainId}`);
    }
  }
  if (flow.containerId && !visible.includes('create')) out.add(`container:${flow.containerId}`).add(`writable:${flow.containerId}`);
  return out;
}

function Arrow({ id, from, to, lit, label }: { id: string; from: [number, number]; to: [number, number]; lit: boolean; label: string }) {
  return (
    <g className={`diagram-arrow${lit ? ' lit' : ''}`} data-testid={id} data-lit={lit}>
      <title>{label}</title>
      <line x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} markerEnd="url(#diagram-arrowhead)" />
    </g>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function TopBox({ box, title, detail, lit, extra }: { box: Box; title: string; detail: string; lit: boolean; extra?: string }) {
  return (
    <g className={`diagram-box diagram-${box.kind}${lit ? ' lit' : ''}${extra ? ` ${extra}` : ''}`} data-testid={`diagram-${box.kind}`} data-lit={lit}>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={8} />
      <text x={box.x + box.w / 2} y={box.y + 19} textAnchor="middle" className="diagram-title">{title}</text>
      <text x={box.x + box.w / 2} y={box.y + 35} textAnchor="middle" className="diagram-detail">{detail}</text>
    </g>
  );
}

function Picture({ view, lit, faint, step }: { view: Layout; lit: Set<string>; faint: Set<string>; step: FlowStep | undefined }) {
  const client = boxById(view, 'client')!;
  const daemon = boxById(view, 'daemon')!;
  const registry = boxById(view, 'registry')!;
  const storage = boxById(view, 'storage')!;
  const chars = (w: number) => Math.floor((w - 12) / 6.6);
  return (
    <svg
      className="diagram-svg"
      viewBox={`0 0 ${view.width} ${view.height}`}
      width={view.width}
      height={view.height}
      role="img"
      aria-label={t('diagram.label')}
      data-testid="diagram-svg"
    >
      <defs>
        <marker id="diagram-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" />
        </marker>
      </defs>
      <g className={`diagram-storage${lit.has('storage') ? ' lit' : ''}${step === 'notFound' ? ' missing' : ''}`} data-testid="diagram-storage">
        <rect x={storage.x} y={storage.y} width={storage.w} height={storage.h} rx={10} />
        <text x={storage.x + 10} y={storage.y + 18} className="diagram-caption-text">{t('diagram.storage')}</text>
      </g>
      <TopBox box={client} title={t('diagram.client')} detail={t('diagram.clientDetail')} lit={lit.has('client')} />
      <TopBox box={daemon} title={t('diagram.daemon')} detail={t('diagram.daemonDetail')} lit={lit.has('daemon')} extra={step === 'notFound' ? 'missing' : ''} />
      <TopBox box={registry} title={t('diagram.registry')} detail={t('diagram.registryDetail')} lit={lit.has('registry')} />
      <Arrow id="arrow-request" from={[client.x + client.w, client.y + 14]} to={[daemon.x, daemon.y + 14]} lit={lit.has('arrow:request')} label={t('diagram.step.request')} />
      <Arrow id="arrow-output" from={[daemon.x, daemon.y + 30]} to={[client.x + client.w, client.y + 30]} lit={lit.has('arrow:output')} label={t('diagram.step.run')} />
      <Arrow id="arrow-pull" from={[registry.x, registry.y + 22]} to={[daemon.x + daemon.w, daemon.y + 22]} lit={lit.has('arrow:pull')} label={t('diagram.step.pull')} />
      {view.boxes.map((box) => {
        const on = lit.has(box.id);
        const later = faint.has(box.id) ? ' pending' : '';
        switch (box.kind) {
          case 'layer': {
            const shared = (box.sharedBy ?? 1) > 1;
            const size = box.detail ?? '';
            return (
              <g
                key={box.id}
                className={`diagram-layer${shared ? ' shared' : ''}${on ? ' lit' : ''}${later}`}
                data-testid="diagram-layer"
                data-chain-id={box.id.slice('layer:'.length)}
                data-shared-by={box.sharedBy}
              >
                <title>{`${box.label} (${size})${shared ? ` · ${tf('diagram.shared', { n: box.sharedBy ?? 1 })}` : ''}`}</title>
                <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={4} />
                <text x={box.x + 8} y={box.y + box.h / 2 + 4} className="diagram-layer-text">{clip(box.label, chars(box.w) - size.length - 2)}</text>
                <text x={box.x + box.w - 8} y={box.y + box.h / 2 + 4} textAnchor="end" className="diagram-detail">{size}</text>
              </g>
            );
          }
          case 'image':
            return (
              <g key={box.id} className={`diagram-image${later}`} data-testid="diagram-image" data-image-id={box.id.slice('image:'.length)} data-tag={box.label}>
                <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={4} />
                <text x={box.x + 8} y={box.y + 17} className="diagram-image-text">{clip(box.label, chars(box.w))}</text>
              </g>
            );
          case 'writable':
            return (
              <g key={box.id} className={`diagram-writable state-${box.state ?? ''}${on ? ' lit' : ''}${later}`}>
                <title>{t('diagram.writable')}</title>
                <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={2} />
              </g>
            );
          case 'container':
            return (
              <g
                key={box.id}
                className={`diagram-container state-${box.state ?? ''}${on ? ' lit' : ''}${later}`}
                data-testid="diagram-container"
                data-name={box.label}
                data-state={box.state}
                data-exit-code={box.exitCode}
                data-lit={on}
              >
                <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
                <text x={box.x + 8} y={box.y + 14} className="diagram-container-text">{clip(box.label, chars(box.w))}</text>
                <text x={box.x + 8} y={box.y + 27} className="diagram-detail">{stateText(box.state ?? 'created', box.exitCode ?? 0)}</text>
              </g>
            );
          default:
            return null;
        }
      })}
    </svg>
  );
}

/** The diagram as lists, for screen readers and for anyone who prefers text. */
function TextAlternative({ snapshot }: { snapshot: EngineSnapshot }) {
  const imageName = (id: string) => snapshot.images.find((i) => i.id === id)?.repoTags[0] ?? id.slice(7, 19);
  return (
    <details className="diagram-text" data-testid="diagram-text">
      <summary>{t('diagram.summary')}</summary>
      <ul aria-label={t('diagram.storage')}>
        {snapshot.images.length === 0 && <li>{t('diagram.noImages')}</li>}
        {snapshot.images.map((image) => (
          <li key={image.id} data-testid="diagram-text-image">
            {tf('diagram.imageItem', { name: image.repoTags[0] ?? image.shortId, size: image.sizeText, n: image.layers.length })}
            <ul>
              {[...image.layers].reverse().map((layer) => {
                const sharedBy = snapshot.layers[layer.chainId]?.sharedBy ?? 1;
                return (
                  <li key={layer.chainId}>
                    {tf('diagram.layerItem', { instruction: instructionLabel(layer.createdBy), size: layer.sizeText })}
                    {sharedBy > 1 ? ` · ${tf('diagram.sharedItem', { n: sharedBy })}` : ''}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <ul>
        {snapshot.containers.length === 0 && <li>{t('diagram.noContainers')}</li>}
        {snapshot.containers.map((c) => (
          <li key={c.id} data-testid="diagram-text-container">
            {tf('diagram.containerItem', { name: c.name, state: stateText(c.state, c.exitCode), image: imageName(c.imageId) })}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Diagram() {
  const snapshot = useAppStore((state) => state.engine.snapshot);
  const flow = useAppStore((state) => state.engine.flow);
  const shown = useReplay(flow);
  const view = useMemo(() => (snapshot ? layout(snapshot) : undefined), [snapshot]);
  if (!snapshot || !view) return null;
  const visible = flow.steps.slice(0, shown);
  const step = visible[visible.length - 1];
  const lit = highlights(step, flow, snapshot);
  return (
    <section className="diagram" aria-labelledby="diagram-heading" data-testid="diagram">
      <h2 id="diagram-heading" className="diagram-heading">{t('diagram.title')}</h2>
      <p className={`diagram-caption${step === 'notFound' ? ' missing' : ''}`} data-testid="diagram-caption" data-step={step ?? 'idle'} aria-live="polite">
        {step ? (
          <>
            <span className="diagram-step-number" aria-hidden="true">{STEP_NUMBER[step]}</span>
            {stepText(step, flow)}
          </>
        ) : (
          t('diagram.idle')
        )}
      </p>
      {visible.length > 0 && (
        <ol className="diagram-steps" aria-label={t('diagram.stepsLabel')} data-testid="diagram-steps">
          {visible.map((s) => (
            <li key={s} className={s === step ? 'current' : ''} data-step={s}>
              <span aria-hidden="true">{STEP_NUMBER[s]}</span>
              <span className="visually-hidden">{stepText(s, flow)}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="diagram-canvas">
        <Picture view={view} lit={lit} faint={pending(visible, flow, snapshot)} step={step} />
      </div>
      <TextAlternative snapshot={snapshot} />
    </section>
  );
}
