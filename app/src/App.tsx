import { lazy, Suspense, useCallback, useRef, useSyncExternalStore, type CSSProperties } from 'react';
import { Diagram } from './diagram/Diagram';
import { EditorArea } from './editor/EditorArea';
import { Splitter } from './diagram/Splitter';
import { getLanguage, t } from './i18n';
import type { Engine } from './engine/engine';
import { urlWithLanguage, urlWithPresenter } from './params';
import { appStore, PANE_LIMITS, useAppStore, type Pane } from './store/store';
import type { TerminalController } from './terminal/controller';
import { TerminalView } from './terminal/TerminalView';

// The lessons (their texts, goals and runner) load just after the first paint, so the
// terminal is ready sooner; the panel appears a moment later.
const LessonPanel = lazy(() => import('./lessons/LessonPanel').then((m) => ({ default: m.LessonPanel })));

export interface AppProps {
  engine: Engine;
  onController?: (controller: TerminalController | undefined) => void;
}

function StatusBadge() {
  const status = useAppStore((state) => state.terminal.status);
  return (
    <span className={`status status-${status}`} data-testid="terminal-status">
      <span className="status-dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}

/** The header button that turns presenter mode on and off (and keeps it in the URL). */
function PresenterToggle() {
  const presenter = useAppStore((state) => state.ui.presenter);
  const toggle = () => {
    const next = !presenter;
    appStore().getState().setPresenter(next);
    window.history.replaceState(window.history.state, '', urlWithPresenter(window.location.href, next));
  };
  return (
    <button type="button" className="presenter-toggle" aria-pressed={presenter} onClick={toggle} title={t('presenter.hint')} data-testid="presenter-toggle">
      {t('presenter.toggle')}
    </button>
  );
}

/** Presenter mode: the last command typed, big, above the terminal. */
function LastCommand() {
  const line = useAppStore((state) => state.terminal.lastCommand);
  return (
    <div className="last-command" data-testid="last-command" aria-hidden="true">
      <span className="last-command-label">{t('presenter.lastCommand')}</span>
      {line ? (
        <code key={line} className="last-command-line">
          <span className="last-command-prompt">$ </span>
          {line}
        </code>
      ) : (
        <span className="last-command-empty">{t('presenter.noCommand')}</span>
      )}
    </div>
  );
}

/** Windows this wide put the lesson, the terminal and the diagram side by side (keep in step with styles.css). */
const WIDE = '(min-width: 1600px)';

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false);
}

function PaneSplitter({ pane, label, orientation, grows, testId }: { pane: Pane; label: string; orientation?: 'vertical' | 'horizontal'; grows: 1 | -1; testId: string }) {
  const size = useAppStore((state) => state.ui.panes[pane]);
  const onChange = useCallback((next: number) => appStore().getState().setPaneSize(pane, next), [pane]);
  return (
    <Splitter
      size={size}
      min={PANE_LIMITS[pane].min}
      max={PANE_LIMITS[pane].max}
      onChange={onChange}
      label={label}
      grows={grows}
      testId={testId}
      className={`splitter-${pane === 'lessonHeight' ? 'lesson' : pane}`}
      {...(orientation ? { orientation } : {})}
    />
  );
}

export function App({ engine, onController }: AppProps) {
  const presenter = useAppStore((state) => state.ui.presenter);
  const panes = useAppStore((state) => state.ui.panes);
  // Wide: the lesson is a column of its own; otherwise it sits above the diagram.
  const wide = useMediaQuery(WIDE);
  const other = getLanguage() === 'ko' ? 'en' : 'ko';
  const controller = useRef<TerminalController | undefined>(undefined);
  const attach = useCallback(
    (next: TerminalController | undefined) => {
      controller.current = next;
      onController?.(next);
    },
    [onController],
  );
  const typeCommand = useCallback((line: string) => {
    const terminal = controller.current;
    if (!terminal) return;
    terminal.type(`${line}\r`);
    terminal.term.focus();
  }, []);
  const sizes = {
    '--lesson-width': `${panes.lesson}px`,
    '--lesson-height': `${panes.lessonHeight}px`,
    '--diagram-width': `${panes.diagram}px`,
    '--editor-height': `${panes.editor}px`,
  } as CSSProperties;
  return (
    <div className={`app${presenter ? ' presenter' : ''}`} data-presenter={presenter}>
      <header className="app-header">
        <div className="brand">
          <img className="brand-logo" src="/favicon.svg" alt="" width={28} height={28} />
          <h1 className="brand-name">
            {t('app.name')} <span className="brand-latin">{t('app.nameLatin')}</span>
          </h1>
          <p className="brand-tagline" data-testid="tagline">{t('app.tagline')}</p>
        </div>
        <nav className="header-actions">
          <StatusBadge />
          <PresenterToggle />
          <a
            className="lang-switch"
            href={typeof window === 'undefined' ? '#' : urlWithLanguage(window.location.href, other)}
            hrefLang={other}
            lang={other}
            aria-label={t('header.languageSwitchLabel')}
          >
            {t('header.languageSwitch')}
          </a>
        </nav>
      </header>
      <main className="workspace" style={sizes}>
        <div className="lesson-pane" data-testid="lesson-pane">
          <Suspense fallback={null}>
            <LessonPanel engine={engine} typeCommand={typeCommand} />
          </Suspense>
        </div>
        {wide ? (
          <PaneSplitter key="lesson-width" pane="lesson" label={t('layout.resizeLessons')} grows={1} testId="splitter-lesson" />
        ) : (
          <PaneSplitter key="lesson-height" pane="lessonHeight" label={t('layout.resizeLessonsDiagram')} orientation="horizontal" grows={1} testId="splitter-lesson" />
        )}
        <div className="center-pane">
          <div className="editor-pane" data-testid="editor-pane">
            <EditorArea engine={engine} typeCommand={typeCommand} />
          </div>
          <PaneSplitter pane="editor" label={t('layout.resizeEditor')} orientation="horizontal" grows={1} testId="splitter-editor" />
          <div className="terminal-pane">
            {presenter && <LastCommand />}
            <div className="terminal-frame">
              <TerminalView engine={engine} onController={attach} />
            </div>
          </div>
        </div>
        <PaneSplitter pane="diagram" label={t('diagram.resize')} grows={-1} testId="splitter" />
        <aside className="diagram-pane">
          <Diagram engine={engine} />
        </aside>
      </main>
    </div>
  );
}
