import { useCallback, useEffect, useMemo, useState } from 'react';
import { t } from '../i18n';
import type { Engine } from '../engine/engine';
import { useAppStore } from '../store/store';
import { Details, type Selection } from './Details';
import { frames, type FlowState } from './flow';
import { frameNumber, frameText, highlights, pending } from './frame-view';
import { layout } from './layout';
import { Picture } from './Picture';
import { TextAlternative } from './TextAlternative';

/** How long each step of the last command stays highlighted while it is replayed. */
const STEP_MS = 650;
/** Presenter mode replays at half speed, so a room can follow. */
const PRESENTER_STEP_MS = 1300;

/** Replays the flow's frames one at a time; returns how many are shown. */
function useReplay(flow: FlowState, total: number, stepMs: number): number {
  const [replay, setReplay] = useState({ serial: -1, shown: 0 });
  const shown = replay.serial === flow.serial ? Math.min(replay.shown, total) : 0;
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setReplay({ serial: flow.serial, shown: shown + 1 }), shown === 0 ? 0 : stepMs);
    return () => clearTimeout(timer);
  }, [flow.serial, total, shown, stepMs]);
  return shown;
}

/** A build's Dockerfile steps so far, each marked as taken from the cache or run. */
function BuildSteps({ flow, upTo }: { flow: FlowState; upTo: number }) {
  const build = flow.build!;
  const steps = build.steps.slice(0, upTo);
  if (steps.length === 0) return null;
  return (
    <ol className="diagram-build" aria-label={t('diagram.buildLabel')} data-testid="diagram-build">
      {steps.map((s) => (
        <li key={s.index} className={`build-${s.status}`} data-status={s.status}>
          <span className="build-index">{`${s.index}/${build.total}`}</span>
          <code className="build-instruction">{s.instruction}</code>
          <span className="build-status">{t(`diagram.build.${s.status}`)}</span>
        </li>
      ))}
    </ol>
  );
}

export interface DiagramProps {
  /** Read (never changed) for the details of a clicked layer or container. */
  engine: Engine;
}

export function Diagram({ engine }: DiagramProps) {
  const snapshot = useAppStore((state) => state.engine.snapshot);
  const flow = useAppStore((state) => state.engine.flow);
  const presenter = useAppStore((state) => state.ui.presenter);
  const timeline = useMemo(() => frames(flow), [flow]);
  const shown = useReplay(flow, timeline.length, presenter ? PRESENTER_STEP_MS : STEP_MS);
  const view = useMemo(() => (snapshot ? layout(snapshot) : undefined), [snapshot]);
  const [selection, setSelection] = useState<Selection | undefined>(undefined);
  const select = useCallback((next: Selection) => setSelection((current) => (current?.kind === next.kind && current.id === next.id ? undefined : next)), []);
  const close = useCallback(() => setSelection(undefined), []);
  const visible = useMemo(() => timeline.slice(0, shown), [timeline, shown]);
  const frame = visible[visible.length - 1];
  const lit = useMemo(() => (snapshot ? highlights(frame, flow, snapshot) : new Set<string>()), [frame, flow, snapshot]);
  const faint = useMemo(() => (snapshot ? pending(visible, flow, snapshot) : new Set<string>()), [visible, flow, snapshot]);
  // What was selected may be gone (docker rm, docker rmi).
  const live =
    selection && snapshot && (selection.kind === 'layer' ? selection.id in snapshot.layers : snapshot.containers.some((c) => c.id === selection.id)) ? selection : undefined;
  if (!snapshot || !view) return null;
  const step = frame?.step;
  const builtUpTo = visible.filter((f) => f.step === 'build' && f.buildStep !== undefined).length;
  return (
    <section className="diagram" aria-labelledby="diagram-heading" data-testid="diagram">
      <h2 id="diagram-heading" className="diagram-heading">{t('diagram.title')}</h2>
      <p
        className={`diagram-caption${step === 'notFound' ? ' missing' : ''}${frame?.step === 'built' && !flow.build?.ok ? ' missing' : ''}`}
        data-testid="diagram-caption"
        data-step={step ?? 'idle'}
        aria-live="polite"
      >
        {frame ? (
          <>
            <span className="diagram-step-number" aria-hidden="true">{frameNumber(frame, flow)}</span>
            {frameText(frame, flow, snapshot)}
          </>
        ) : (
          t('diagram.idle')
        )}
      </p>
      {visible.length > 0 && (
        <ol className="diagram-steps" aria-label={t('diagram.stepsLabel')} data-testid="diagram-steps">
          {visible.map((f, i) => (
            <li key={`${f.step}-${f.buildStep ?? ''}`} className={`${i === visible.length - 1 ? 'current' : ''}${f.step === 'build' ? ` build-${flow.build?.steps[f.buildStep ?? -1]?.status ?? ''}` : ''}`} data-step={f.step}>
              <span aria-hidden="true">{frameNumber(f, flow)}</span>
              <span className="visually-hidden">{frameText(f, flow, snapshot)}</span>
            </li>
          ))}
        </ol>
      )}
      {flow.build && <BuildSteps flow={flow} upTo={builtUpTo} />}
      <div className="diagram-canvas">
        <Picture
          view={view}
          lit={lit}
          faint={faint}
          step={step}
          selected={live ? `${live.kind}:${live.id}` : ''}
          maxScale={presenter ? 2.2 : 1.5}
          onSelect={select}
        />
      </div>
      <p className="diagram-hint">{t('diagram.clickHint')}</p>
      {live && <Details engine={engine} snapshot={snapshot} selection={live} onClose={close} />}
      <TextAlternative snapshot={snapshot} onSelect={select} />
    </section>
  );
}
