import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Language } from '../i18n';
import type { EngineSnapshot } from '../engine/engine';
import { emptyFlow, type FlowState } from '../diagram/flow';

export type TerminalStatus = 'starting' | 'idle' | 'running';

/**
 * Pixel sizes of the resizable panes: the lesson column's width (wide windows) or height (above
 * the diagram, on mid-sized windows), the diagram column's width, the open editor's height.
 */
export interface PaneSizes {
  lesson: number;
  lessonHeight: number;
  diagram: number;
  editor: number;
}

export type Pane = keyof PaneSizes;

/** Each pane's bounds in pixels; the splitters keep sizes inside them. */
export const PANE_LIMITS: Readonly<Record<Pane, { min: number; max: number }>> = {
  lesson: { min: 220, max: 640 },
  lessonHeight: { min: 120, max: 900 },
  diagram: { min: 260, max: 1200 },
  editor: { min: 120, max: 900 },
};

export const clampPane = (pane: Pane, size: number): number =>
  Math.round(Math.min(PANE_LIMITS[pane].max, Math.max(PANE_LIMITS[pane].min, size)));

/** Starting sizes for a window `width` wide: the terminal first gets room for Docker's 80 columns. */
export function defaultPaneSizes(width: number): PaneSizes {
  // hello-world's greeting is 79 columns wide; the diagram takes what is left, within reason.
  const terminalFor80Columns = 830;
  return {
    lesson: 340,
    lessonHeight: 300,
    diagram: clampPane('diagram', Math.min(700, Math.max(300, width - terminalFor80Columns))),
    editor: 320,
  };
}

const PANES_KEY = 'gorae.panes';

/** Sizes saved by an earlier visit, over the defaults; anything unreadable is ignored. */
export function loadPaneSizes(storage: Pick<Storage, 'getItem'> | undefined, defaults: PaneSizes): PaneSizes {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(PANES_KEY) ?? 'null');
    if (saved === null || typeof saved !== 'object') return defaults;
    const out = { ...defaults };
    for (const pane of Object.keys(defaults) as Pane[]) {
      const value = (saved as Record<string, unknown>)[pane];
      if (typeof value === 'number' && Number.isFinite(value)) out[pane] = clampPane(pane, value);
    }
    return out;
  } catch {
    return defaults;
  }
}

export function savePaneSizes(storage: Pick<Storage, 'setItem'> | undefined, sizes: PaneSizes): void {
  try {
    storage?.setItem(PANES_KEY, JSON.stringify(sizes));
  } catch {
    // storage full or blocked (private mode): sizes last for this visit only
  }
}

interface UiSlice {
  language: Language;
  ui: {
    /** Presenter mode: big type for a projector, lesson panel hidden, slower replay. */
    presenter: boolean;
    panes: PaneSizes;
  };
  setPresenter(on: boolean): void;
  setPaneSize(pane: Pane, size: number): void;
}

interface TerminalSlice {
  terminal: {
    status: TerminalStatus;
    /** The terminal is open, focused and showing its first prompt. */
    ready: boolean;
    /** The last command line the student ran ('' before the first). */
    lastCommand: string;
  };
  setTerminalStatus(status: TerminalStatus): void;
  setTerminalReady(): void;
  setLastCommand(line: string): void;
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

export interface AppStoreOptions {
  presenter?: boolean;
  panes?: PaneSizes;
}

export function createAppStore(language: Language, options: AppStoreOptions = {}) {
  return createStore<AppState>()((set) => ({
    language,
    ui: { presenter: options.presenter ?? false, panes: options.panes ?? defaultPaneSizes(1280) },
    setPresenter: (presenter) => set((state) => (state.ui.presenter === presenter ? state : { ui: { ...state.ui, presenter } })),
    setPaneSize: (pane, size) =>
      set((state) => {
        const next = clampPane(pane, size);
        return state.ui.panes[pane] === next ? state : { ui: { ...state.ui, panes: { ...state.ui.panes, [pane]: next } } };
      }),
    terminal: { status: 'starting', ready: false, lastCommand: '' },
    setTerminalStatus: (status) => set((state) => ({ terminal: { ...state.terminal, status } })),
    setTerminalReady: () => set((state) => ({ terminal: { ...state.terminal, ready: true } })),
    setLastCommand: (lastCommand) => set((state) => ({ terminal: { ...state.terminal, lastCommand } })),
    engine: { snapshot: undefined, flow: emptyFlow },
    setEngineSnapshot: (snapshot) =>
      set((state) => (state.engine.snapshot === snapshot ? state : { engine: { ...state.engine, snapshot } })),
    setFlow: (flow) => set((state) => (state.engine.flow === flow ? state : { engine: { ...state.engine, flow } })),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

let store: AppStore | undefined;

/** Creates the page's one store; called once at startup. Pane sizes persist in localStorage. */
export function initAppStore(language: Language, options: { presenter?: boolean } = {}): AppStore {
  const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
  const width = typeof window === 'undefined' ? 1280 : window.innerWidth;
  store = createAppStore(language, { ...options, panes: loadPaneSizes(storage, defaultPaneSizes(width)) });
  store.subscribe((state, previous) => {
    if (state.ui.panes !== previous.ui.panes) savePaneSizes(storage, state.ui.panes);
  });
  return store;
}

export function appStore(): AppStore {
  if (!store) throw new Error('the app store is used before initAppStore()');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore(), selector);
}
