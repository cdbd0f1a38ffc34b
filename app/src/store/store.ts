import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Language } from '../i18n';
import type { EngineSnapshot } from '../engine/engine';
import { emptyFlow, type FlowState } from '../diagram/flow';

export type TerminalStatus = 'starting' | 'idle' | 'running';

interface UiSlice {
  language: Language;
}

interface TerminalSlice {
  terminal: {
    status: TerminalStatus;
    /** The terminal is open, focused and showing its first prompt. */
    ready: boolean;
  };
  setTerminalStatus(status: TerminalStatus): void;
  setTerminalReady(): void;
}

interface EngineSlice {
  engine: {
    /** The engine's latest snapshot (see app/src/engine/bridge.ts); undefined before it connects. */
    snapshot: EngineSnapshot | undefined;
    /** The steps of the last docker command, for the diagram's animation. */
    flow: FlowState;
  };
  setEngineSnapshot(snapshot: EngineSnapshot): void;
  setFlow(flow: FlowState): void;
}

export type AppState = UiSlice & TerminalSlice & EngineSlice;

export function createAppStore(language: Language) {
  return createStore<AppState>()((set) => ({
    language,
    terminal: { status: 'starting', ready: false },
    setTerminalStatus: (status) => set((state) => ({ terminal: { ...state.terminal, status } })),
    setTerminalReady: () => set((state) => ({ terminal: { ...state.terminal, ready: true } })),
    engine: { snapshot: undefined, flow: emptyFlow },
    setEngineSnapshot: (snapshot) =>
      set((state) => (state.engine.snapshot === snapshot ? state : { engine: { ...state.engine, snapshot } })),
    setFlow: (flow) => set((state) => (state.engine.flow === flow ? state : { engine: { ...state.engine, flow } })),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

let store: AppStore | undefined;

/** Creates the page's one store; called once at startup. */
export function initAppStore(language: Language): AppStore {
  store = createAppStore(language);
  return store;
}

export function appStore(): AppStore {
  if (!store) throw new Error('the app store is used before initAppStore()');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore(), selector);
}
