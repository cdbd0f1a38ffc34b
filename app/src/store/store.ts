import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Language } from '../i18n';

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

export type AppState = UiSlice & TerminalSlice;

export function createAppStore(language: Language) {
  return createStore<AppState>()((set) => ({
    language,
    terminal: { status: 'starting', ready: false },
    setTerminalStatus: (status) => set((state) => ({ terminal: { ...state.terminal, status } })),
    setTerminalReady: () => set((state) => ({ terminal: { ...state.terminal, ready: true } })),
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
