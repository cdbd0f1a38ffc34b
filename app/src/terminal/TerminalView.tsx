import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import type { Engine } from '../engine/engine';
import { appStore } from '../store/store';
import { TerminalController, welcomeText } from './controller';

export interface TerminalViewProps {
  engine: Engine;
  /** Told when the terminal is ready for input, and with undefined when it goes away. */
  onController?: (controller: TerminalController | undefined) => void;
}

export function TerminalView({ engine, onController }: TerminalViewProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const { setTerminalStatus, setTerminalReady } = appStore().getState();
    const controller = new TerminalController(engine, {
      welcome: welcomeText(t('terminal.welcome'), t('terminal.hint'), window.crossOriginIsolated ? undefined : t('error.notIsolated')),
      onStatus: setTerminalStatus,
    });
    let live = true;
    void controller.mount(element).then(() => {
      if (!live) return;
      setTerminalReady();
      onController?.(controller);
    });
    return () => {
      live = false;
      onController?.(undefined);
      controller.dispose();
    };
  }, [engine, onController]);

  return <div className="terminal-host" ref={host} role="application" aria-label={t('terminal.label')} />;
}
