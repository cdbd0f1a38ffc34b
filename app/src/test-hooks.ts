import type { Engine } from './engine/engine';
import type { AppStore } from './store/store';
import type { TerminalController } from './terminal/controller';

/** What end-to-end tests reach through `window.__gorae`. */
export interface GoraeHooks {
  /** The terminal is open, focused and showing its first prompt. */
  ready: boolean;
  /** The terminal buffer as text (scrollback + screen, lines right-trimmed, trailing empty lines dropped). */
  terminalText(): string;
  /** Feeds keystrokes to the terminal session ('\r' is Enter). */
  type(text: string): void;
  /** Resolves when the prompt is back and xterm has drawn all output. */
  waitForIdle(): Promise<void>;
  engine: Engine;
  /** The page's store (the diagram benchmark puts large snapshots into it). */
  store: AppStore;
}

declare global {
  interface Window {
    __gorae?: GoraeHooks;
    /** performance.now() when the terminal first became ready (read by e2e/bench). */
    __goraeReadyAt?: number;
  }
}

export function installTestHooks(engine: Engine, store: AppStore) {
  let controller: TerminalController | undefined;
  const notMounted = () => new Error('the terminal is not mounted yet');
  const hooks: GoraeHooks & { attach(next: TerminalController | undefined): void } = {
    ready: false,
    terminalText: () => controller?.text() ?? '',
    type: (text: string) => {
      if (!controller) throw notMounted();
      controller.type(text);
    },
    waitForIdle: async () => {
      if (!controller) throw notMounted();
      await controller.waitForIdle();
    },
    engine,
    store,
    /** Called by the terminal view when its controller is ready (or gone). */
    attach(next: TerminalController | undefined) {
      controller = next;
      hooks.ready = next !== undefined;
      if (next !== undefined && window.__goraeReadyAt === undefined) window.__goraeReadyAt = performance.now();
    },
  };
  window.__gorae = hooks;
  return hooks;
}

export type InstalledHooks = ReturnType<typeof installTestHooks>;
