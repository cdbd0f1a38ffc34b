/** The diagram's SVG: client, daemon and registry, and the daemon's images, layers and containers. */
import { memo, type KeyboardEvent } from 'react';
import { t, tf } from '../i18n';
import type { Selection } from './Details';
import type { FlowStep } from './flow';
import { boxById, type Box, type Layout } from './layout';
import { stateText } from './text';

function Arrow({ id, from, to, lit, label }: { id: string; from: [number, number]; to: [number, number]; lit: boolean; label: string }) {
  return (
    <g className={`diagram-arrow${lit ? ' lit' : ''}`} data-testid={id} data-lit={lit}>
      <title>{label}</title>
      <line x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} markerEnd="url(#diagram-arrowhead)" />
    </g>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
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

/** Enter and Space activate a focused SVG element, as they do a button. */
function activateOnKey(action: () => void) {
  return (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    action();
  };
}

export interface PictureProps {
  view: Layout;
  lit: Set<string>;
  faint: Set<string>;
  step: FlowStep | undefined;
  selected: string;
  /**
   * The picture fills the pane's width, drawn at most this many times its own size (bigger in
   * presenter mode); a picture too wide for the pane shrinks to no less than 0.75 and scrolls.
   */
  maxScale: number;
  onSelect(selection: Selection): void;
}

export const Picture = memo(function Picture({ view, lit, faint, step, selected, maxScale, onSelect }: PictureProps) {
  const client = boxById(view, 'client')!;
  const daemon = boxById(view, 'daemon')!;
  const registry = boxById(view, 'registry')!;
  const storage = boxById(view, 'storage')!;
  const chars = (w: number) => Math.floor((w - 12) / 6.6);
  return (
    <svg
      className="diagram-svg"
      viewBox={`0 0 ${view.width} ${view.height}`}
      style={{ maxWidth: Math.round(view.width * maxScale), minWidth: Math.round(view.width * 0.75) }}
      role="group"
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
        const picked = selected === box.id ? ' selected' : '';
        switch (box.kind) {
          case 'layer': {
            const shared = (box.sharedBy ?? 1) > 1;
            const size = box.detail ?? '';
            const chainId = box.id.slice('layer:'.length);
            const select = () => onSelect({ kind: 'layer', id: chainId });
            const name = `${box.label} (${size})${shared ? ` · ${tf('diagram.shared', { n: box.sharedBy ?? 1 })}` : ''}`;
            return (
              <g
                key={box.id}
                className={`diagram-layer diagram-pickable${shared ? ' shared' : ''}${on ? ' lit' : ''}${on && lit.has('cached') ? ' cached' : ''}${later}${picked}`}
                data-testid="diagram-layer"
                data-chain-id={chainId}
                data-shared-by={box.sharedBy}
                data-lit={on}
                role="button"
                tabIndex={0}
                aria-label={tf('diagram.layerButton', { layer: name })}
                aria-pressed={selected === box.id}
                onClick={select}
                onKeyDown={activateOnKey(select)}
              >
                <title>{name}</title>
                <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={4} />
                {shared && <text x={box.x + box.w - 8} y={box.y + 9} textAnchor="end" className="diagram-shared-mark" aria-hidden="true">{`×${box.sharedBy}`}</text>}
                <text x={box.x + 8} y={box.y + box.h / 2 + 4} className="diagram-layer-text">{clip(box.label, chars(box.w) - size.length - 2)}</text>
                <text x={box.x + box.w - 8} y={box.y + box.h / 2 + (shared ? 8 : 4)} textAnchor="end" className="diagram-detail">{size}</text>
              </g>
            );
          }
          case 'image':
            return (
              <g key={box.id} className={`diagram-image${on ? ' lit' : ''}${later}`} data-testid="diagram-image" data-image-id={box.id.slice('image:'.length)} data-tag={box.label}>
                <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={4} />
                <text x={box.x + 8} y={box.y + 17} className="diagram-image-text">{clip(box.label, chars(box.w))}</text>
              </g>
            );
          case 'writable':
            return (
              <g key={box.id} className={`diagram-writable state-${box.state ?? ''}${on ? ' lit' : ''}${later}`}>
                <title>{t('diagram.writable')}</title>
                <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={2} />
                <text x={box.x + 6} y={box.y + box.h - 3.5} className="diagram-writable-text" aria-hidden="true">{t('diagram.writable')}</text>
              </g>
            );
          case 'container': {
            const id = box.id.slice('container:'.length);
            const select = () => onSelect({ kind: 'container', id });
            const state = stateText(box.state ?? 'created', box.exitCode ?? 0);
            return (
              <g
                key={box.id}
                className={`diagram-container diagram-pickable state-${box.state ?? ''}${on ? ' lit' : ''}${later}${picked}`}
                data-testid="diagram-container"
                data-name={box.label}
                data-state={box.state}
                data-exit-code={box.exitCode}
                data-lit={on}
                role="button"
                tabIndex={0}
                aria-label={tf('diagram.containerButton', { name: box.label, state })}
                aria-pressed={selected === box.id}
                onClick={select}
                onKeyDown={activateOnKey(select)}
              >
                <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={6} />
                <circle cx={box.x + box.w - 10} cy={box.y + 10} r={4} className="diagram-state-dot" aria-hidden="true" />
                <text x={box.x + 8} y={box.y + 14} className="diagram-container-text">{clip(box.label, chars(box.w) - 2)}</text>
                <text x={box.x + 8} y={box.y + 27} className="diagram-detail">{clip(state, chars(box.w))}</text>
              </g>
            );
          }
          default:
            return null;
        }
      })}
    </svg>
  );
});
