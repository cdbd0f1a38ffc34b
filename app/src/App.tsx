import { useCallback, useRef, useState, type CSSProperties } from 'react';
import { Diagram } from './diagram/Diagram';
import { EditorArea } from './editor/EditorArea';
import { LessonPanel } from './lessons/LessonPanel';
import { Splitter } from './diagram/Splitter';
import { getLanguage, t } from './i18n';
import type { Engine } from './engine/engine';
import { urlWithLanguage } from './params';
import { useAppStore } from './store/store';
import type { TerminalController } from './terminal/controller';
import { TerminalView } from './terminal/TerminalView';

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

/** The diagram's starting width: about 40% of the window, within sensible bounds. */
function initialDiagramWidth(): number {
  const w = typeof window === 'undefined' ? 1280 : window.innerWidth;
  // The terminal first gets room for Docker's 80-column output (hello-world's greeting is
  // 79 wide); the diagram takes what is left, within reason.
  const terminalFor80Columns = 830;
  return Math.round(Math.min(700, Math.max(300, w - terminalFor80Columns)));
}

export function App({ engine, onController }: AppProps) {
  const [diagramWidth, setDiagramWidth] = useState(initialDiagramWidth);
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
  return (
    <div className="app">
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
      <main className="workspace">
        <LessonPanel engine={engine} typeCommand={typeCommand} />
        <EditorArea engine={engine} typeCommand={typeCommand} />
        <div className="terminal-pane">
          <TerminalView engine={engine} onController={attach} />
        </div>
        <Splitter width={diagramWidth} min={260} max={900} onChange={setDiagramWidth} />
        <aside className="diagram-pane" style={{ '--diagram-width': `${diagramWidth}px` } as CSSProperties}>
          <Diagram />
        </aside>
      </main>
    </div>
  );
}
