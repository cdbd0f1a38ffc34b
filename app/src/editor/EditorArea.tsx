import './editor.css';
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Engine } from '../engine/engine';
import { t, tf } from '../i18n';
import { appStore, useAppStore } from '../store/store';
import { MARK_MESSAGE } from './cache-marks';
import { createEditorStore } from './editor-store';
import { basename, displayPath, isDockerfileName } from './file-tree';
import { FileTree } from './FileTree';
import { EditorWorkspace } from './workspace';

export interface EditorAreaProps {
  engine: Engine;
  /** Types a command line into the terminal and presses Enter (the Build button uses it). */
  typeCommand: (line: string) => void;
}

/** Monaco and everything it needs come in a separate chunk, fetched when the editor first opens. */
const loadMonacoPane = () => import('./MonacoPane');
const MonacoPane = lazy(loadMonacoPane);

class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('gorae: the editor failed to load', error);
  }

  override render(): ReactNode {
    return this.state.failed ? (
      <p className="gorae-editor-note" role="alert">
        {t('editor.loadFailed')}
      </p>
    ) : (
      this.props.children
    );
  }
}

function Toolbar({ workspace, typeCommand }: { workspace: EditorWorkspace; typeCommand: (line: string) => void }) {
  const { store } = workspace;
  const openPath = useStore(store, (s) => s.openPath);
  const dirty = useStore(store, (s) => s.dirty);
  const removed = useStore(store, (s) => s.removed);
  const error = useStore(store, (s) => s.error);
  const pending = useStore(store, (s) => s.pending);
  const busy = useAppStore((s) => s.terminal.status !== 'idle');
  if (openPath === undefined) return null;
  const name = basename(openPath);
  const canBuild = isDockerfileName(name);
  const build = () => {
    const line = workspace.buildCommand();
    if (line !== undefined) typeCommand(line);
  };
  return (
    <div className="gorae-editor-toolbar">
      <span className="gorae-editor-path" title={openPath}>
        {displayPath(openPath, workspace.host.home)}
      </span>
      <span className={`gorae-editor-status${removed ? ' is-removed' : dirty ? ' is-dirty' : ''}`} role="status" data-testid="editor-save-status">
        {removed ? t('editor.status.removed') : dirty ? t('editor.status.modified') : t('editor.status.saved')}
      </span>
      {error !== undefined && pending === undefined && (
        <span className="gorae-tree-error" role="alert">
          {error}
        </span>
      )}
      {canBuild && (
        <button
          type="button"
          className="gorae-editor-build"
          onClick={build}
          disabled={busy}
          aria-label={tf('editor.build.label', { file: displayPath(openPath, workspace.host.home) })}
          title={busy ? t('editor.build.busy') : tf('editor.build.label', { file: name })}
        >
          <span aria-hidden="true">▶ </span>
          {t('editor.build')}
        </button>
      )}
    </div>
  );
}

function BuildResults({ workspace }: { workspace: EditorWorkspace }) {
  const record = useStore(workspace.store, (s) => (s.openPath === undefined ? undefined : s.marks.byFile[s.openPath]));
  const stale = useStore(workspace.store, (s) => s.marksStale);
  if (!record) return null;
  const summary = record.state === 'running' ? t('editor.result.running') : record.state === 'ok' ? t('editor.result.ok') : t('editor.result.failed');
  return (
    <section
      className={`gorae-build-results${stale ? ' is-stale' : ''}`}
      aria-label={t('editor.result.heading')}
      aria-live="polite"
      data-testid="build-results"
    >
      <h3>
        {t('editor.result.heading')} <span className={`gorae-build-state is-${record.state}`}>{summary}</span>
      </h3>
      {stale && <p className="gorae-build-stale">{t('editor.mark.stale')}</p>}
      <ol>
        {record.marks.map((mark) => (
          <li key={mark.index} className={`gorae-build-step is-${mark.status}`} data-kind={mark.kind}>
            <span className="gorae-build-step-index">{tf('editor.result.step', { index: mark.index })}</span>
            <code>{mark.instruction}</code>
            <span className="gorae-build-step-label">{t(MARK_MESSAGE[mark.kind])}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The workspace editor: a toggle, the home folder's files, Monaco (loaded lazily) and the last build's marks. */
export function EditorArea({ engine, typeCommand }: EditorAreaProps) {
  const [workspace] = useState(
    () => new EditorWorkspace({ fs: engine.shell.fs, home: engine.shell.home, cwd: () => engine.shell.cwd }, createEditorStore()),
  );
  const open = useStore(workspace.store, (s) => s.open);
  const openPath = useStore(workspace.store, (s) => s.openPath);
  const binary = useStore(workspace.store, (s) => s.binary);

  // Build marks are collected even while the editor is closed.
  useEffect(() => engine.subscribe((event) => workspace.onEngineEvent(event)), [engine, workspace]);

  // After each command the shell may have changed files: read the tree (and the open file)
  // again. The store is watched directly so that a command too quick to render is not missed.
  useEffect(
    () =>
      appStore().subscribe((state, previous) => {
        if (state.terminal.status === 'idle' && previous.terminal.status !== 'idle' && workspace.state.open) workspace.refresh();
      }),
    [workspace],
  );

  const toggle = () => {
    if (!open) void loadMonacoPane();
    workspace.setOpen(!open);
  };

  return (
    <section className={`gorae-editor${open ? ' is-open' : ''}`} aria-label={t('editor.title')} data-open={open}>
      <button
        type="button"
        className="gorae-editor-toggle"
        aria-expanded={open}
        aria-controls="gorae-editor-panel"
        aria-label={open ? t('editor.toggle.close') : t('editor.toggle.open')}
        title={open ? t('editor.toggle.close') : t('editor.toggle.open')}
        onClick={toggle}
        data-testid="editor-toggle"
      >
        <span className="gorae-editor-toggle-icon" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="gorae-editor-toggle-text">{t('editor.title')}</span>
      </button>
      {open && (
        <div id="gorae-editor-panel" className="gorae-editor-panel">
          <FileTree workspace={workspace} />
          <div className="gorae-editor-main">
            <Toolbar workspace={workspace} typeCommand={typeCommand} />
            {openPath === undefined ? (
              <p className="gorae-editor-note">{t('editor.empty')}</p>
            ) : binary ? (
              <p className="gorae-editor-note">{t('editor.error.binary')}</p>
            ) : (
              <LoadBoundary>
                <Suspense fallback={<p className="gorae-editor-note">{t('editor.loading')}</p>}>
                  <MonacoPane workspace={workspace} />
                </Suspense>
              </LoadBoundary>
            )}
            <BuildResults workspace={workspace} />
          </div>
        </div>
      )}
    </section>
  );
}
