import { describe, expect, it } from 'vitest';
import { clampPane, createAppStore, defaultPaneSizes, loadPaneSizes, PANE_LIMITS, savePaneSizes } from './store';

/** A Storage stand-in backed by a Map. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('pane sizes', () => {
  it('leave the terminal room for 80 columns by default', () => {
    expect(defaultPaneSizes(1280).diagram).toBe(450);
    expect(defaultPaneSizes(1920).diagram).toBe(700);
    expect(defaultPaneSizes(800).diagram).toBe(300);
  });

  it('round-trip through storage, clamped, ignoring what is unreadable', () => {
    const storage = memoryStorage();
    const defaults = defaultPaneSizes(1280);
    expect(loadPaneSizes(storage, defaults)).toEqual(defaults);
    savePaneSizes(storage, { lesson: 300, lessonHeight: 250, diagram: 500, editor: 5000 });
    expect(loadPaneSizes(storage, defaults)).toEqual({ lesson: 300, lessonHeight: 250, diagram: 500, editor: PANE_LIMITS.editor.max });
    storage.setItem('gorae.panes', '{"lesson":"wide","diagram":480}');
    expect(loadPaneSizes(storage, defaults)).toEqual({ ...defaults, diagram: 480 });
    storage.setItem('gorae.panes', 'not json');
    expect(loadPaneSizes(storage, defaults)).toEqual(defaults);
    expect(loadPaneSizes(undefined, defaults)).toEqual(defaults);
  });

  it('are kept within bounds by the store', () => {
    const store = createAppStore('ko');
    store.getState().setPaneSize('lesson', 10);
    expect(store.getState().ui.panes.lesson).toBe(PANE_LIMITS.lesson.min);
    store.getState().setPaneSize('diagram', 612.4);
    expect(store.getState().ui.panes.diagram).toBe(612);
    expect(clampPane('editor', 99999)).toBe(PANE_LIMITS.editor.max);
  });
});

describe('presenter mode and the last command', () => {
  it('are part of the store', () => {
    const store = createAppStore('ko', { presenter: true });
    expect(store.getState().ui.presenter).toBe(true);
    store.getState().setPresenter(false);
    expect(store.getState().ui.presenter).toBe(false);
    expect(store.getState().terminal.lastCommand).toBe('');
    store.getState().setLastCommand('docker run hello-world');
    expect(store.getState().terminal.lastCommand).toBe('docker run hello-world');
  });
});
