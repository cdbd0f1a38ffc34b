import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import type { Engine } from '../engine/engine';
import { appStore, useAppStore } from '../store/store';
import { TerminalController, welcomeText } from './controller';
import { presenterFontSize, terminalFontSize } from './theme';

export interface TerminalViewProps {
  engine: Engine;
  /** Told when the terminal is ready for input, and with undefined when it goes away. */
  onController?: (controller: TerminalController | undefined) => void;
}

export function TerminalView({ engine, onController }: TerminalViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TerminalController | undefined>(undefined);
  const presenter = useAppStore((state) => state.ui.presenter);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const { setTerminalStatus, setTerminalReady, setLastCommand } = appStore().getState();
    const controller = new TerminalController(engine, {
      welcome: welcomeText(t('terminal.welcome'), t('terminal.hint'), window.crossOriginIsolated ? undefined : t('error.notIsolated')),
      onStatus: setTerminalStatus,
      onCommand: setLastCommand,
    });
    controllerRef.current = controller;
    let live = true;
    void controller.mount(element).then(() => {
      if (!live) return;
      setTerminalReady();
      onController?.(controller);
    });
    return () => {
      live = false;
      controllerRef.current = undefined;
      onController?.(undefined);
      controller.dispose();
    };
  }, [engine, onController]);

  // Presenter mode: as big as fits Docker's 80 columns (up to presenterFontSize).
  useEffect(() => {
    if (presenter) controllerRef.current?.setFontSize(presenterFontSize, { columns: 80, min: terminalFontSize });
    else controllerRef.current?.setFontSize(terminalFontSize);
  }, [presenter]);

  return <div className="terminal-host" ref={host} role="application" aria-label={t('terminal.label')} />;
}
