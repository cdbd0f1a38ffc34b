/**
 * What a clicked layer or container holds: a layer's added, changed and deleted files; a
 * container's writable-layer diff (docker diff), processes (docker top) and logs (docker logs).
 * Read from the engine through its inspection functions; nothing here changes it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { t, tf } from '../i18n';
import {
  containerChanges,
  containerLogs,
  containerProcesses,
  layerChanges,
  type Engine,
  type EngineSnapshot,
  type FileChange,
} from '../engine/engine';
import { instructionLabel } from './layout';
import { stateText } from './text';

export interface Selection {
  kind: 'layer' | 'container';
  /** A layer's chain ID or a container's ID. */
  id: string;
}

/** Long lists stop here, saying how many more there are. */
const MAX_ROWS = 300;

const KIND_KEY = { A: 'details.added', C: 'details.changed', D: 'details.deleted' } as const;

function ChangeList({ changes, empty, testId }: { changes: readonly FileChange[]; empty: string; testId: string }) {
  if (changes.length === 0) return <p className="details-empty">{empty}</p>;
  const counts = { A: 0, C: 0, D: 0 };
  for (const c of changes) counts[c.kind]++;
  return (
    <>
      <p className="details-counts">{tf('details.counts', { added: counts.A, changed: counts.C, deleted: counts.D })}</p>
      <ul className="details-files" data-testid={testId}>
        {changes.slice(0, MAX_ROWS).map((c) => (
          <li key={`${c.kind}${c.path}`} className={`change-${c.kind}`} data-kind={c.kind}>
            <span className="change-kind" title={t(KIND_KEY[c.kind])}>
              {c.kind}
              <span className="visually-hidden">{` ${t(KIND_KEY[c.kind])}`}</span>
            </span>
            <code className="change-path">{`${c.path}${c.type === 'directory' ? '/' : ''}`}</code>
            {c.size !== undefined && <span className="change-size">{`${c.size.toLocaleString()} B`}</span>}
          </li>
        ))}
      </ul>
      {changes.length > MAX_ROWS && <p className="details-more">{tf('details.more', { n: changes.length - MAX_ROWS })}</p>}
    </>
  );
}

function LayerDetails({ engine, snapshot, chainId }: { engine: Engine; snapshot: EngineSnapshot; chainId: string }) {
  const layer = snapshot.layers[chainId]!;
  // Layers never change: their file list is read once.
  const changes = useMemo(() => layerChanges(engine, chainId), [engine, chainId]);
  const images = snapshot.images.filter((i) => !i.intermediate && i.layers.some((l) => l.chainId === chainId)).map((i) => i.repoTags[0] ?? `<none> ${i.shortId}`);
  return (
    <>
      <h3 className="details-title">
        {t('details.layer')} <code>{instructionLabel(layer.createdBy)}</code>
      </h3>
      <p className="details-meta">
        {tf('details.layerMeta', { size: layer.sizeText, images: images.join(', ') || '—' })}
        {' '}
        {t('details.readOnly')}
      </p>
      <ChangeList changes={changes} empty={t('details.noFiles')} testId="details-layer-files" />
    </>
  );
}

function ContainerDetails({ engine, snapshot, id }: { engine: Engine; snapshot: EngineSnapshot; id: string }) {
  const container = snapshot.containers.find((c) => c.id === id)!;
  // A container changes as it runs: read again with every new snapshot.
  const version = snapshot.version;
  const changes = useMemo(() => (version >= 0 ? containerChanges(engine, id) : []), [engine, id, version]);
  const processes = useMemo(() => (version >= 0 ? containerProcesses(engine, id) : []), [engine, id, version]);
  const logs = useMemo(() => (version >= 0 ? containerLogs(engine, id, 100) : []), [engine, id, version]);
  const image = snapshot.images.find((i) => i.id === container.imageId);
  return (
    <>
      <h3 className="details-title">
        {t('details.container')} <code>{container.name}</code>
      </h3>
      <p className="details-meta">
        {tf('details.containerMeta', {
          state: stateText(container.state, container.exitCode),
          image: image?.repoTags[0] ?? container.imageRef,
          command: container.command,
        })}
      </p>
      <h4 className="details-section">{t('details.diff')}</h4>
      <ChangeList changes={changes} empty={t('details.noChanges')} testId="details-container-diff" />
      <h4 className="details-section">{t('details.processes')}</h4>
      {processes.length === 0 ? (
        <p className="details-empty">{t('details.noProcesses')}</p>
      ) : (
        <table className="details-processes" data-testid="details-processes">
          <thead>
            <tr>
              <th scope="col">PID</th>
              <th scope="col">PPID</th>
              <th scope="col">UID</th>
              <th scope="col">CMD</th>
            </tr>
          </thead>
          <tbody>
            {processes.map((p) => (
              <tr key={p.pid}>
                <td>{p.pid}</td>
                <td>{p.ppid}</td>
                <td>{p.uid}</td>
                <td>
                  <code>{p.args.join(' ')}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4 className="details-section">{t('details.logs')}</h4>
      {logs.length === 0 ? (
        <p className="details-empty">{t('details.noLogs')}</p>
      ) : (
        <pre className="details-logs" data-testid="details-logs">
          {logs.map((line, i) => (
            <span key={i} className={`log-${line.stream}`}>{`${line.text}\n`}</span>
          ))}
        </pre>
      )}
    </>
  );
}

export interface DetailsProps {
  engine: Engine;
  snapshot: EngineSnapshot;
  selection: Selection;
  onClose(): void;
}

export function Details({ engine, snapshot, selection, onClose }: DetailsProps) {
  const heading = useRef<HTMLElement>(null);
  // Where focus was when the details opened (the layer or container pressed): it goes back there on close.
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active && !heading.current?.contains(active)) opener.current = active;
    heading.current?.focus({ preventScroll: true });
  }, [selection.kind, selection.id]);
  const close = () => {
    const back = opener.current;
    onClose();
    if (back instanceof HTMLElement || back instanceof SVGElement) if (back.isConnected) back.focus({ preventScroll: true });
  };
  return (
    <section
      className="diagram-details"
      data-testid="diagram-details"
      data-kind={selection.kind}
      aria-label={t(selection.kind === 'layer' ? 'details.layerLabel' : 'details.containerLabel')}
      ref={heading}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <button type="button" className="details-close" onClick={close} aria-label={t('details.close')} data-testid="details-close">
        ×
      </button>
      {selection.kind === 'layer' ? (
        <LayerDetails engine={engine} snapshot={snapshot} chainId={selection.id} />
      ) : (
        <ContainerDetails engine={engine} snapshot={snapshot} id={selection.id} />
      )}
    </section>
  );
}
