/**
 * The lesson panel's own store: which lesson is open, each lesson's progress (steps done
 * and the command lines typed, to rebuild the engine state after a reload), hints shown,
 * and the panel's passing state. Progress and hints persist in localStorage.
 */
import { frameScheduler } from '../engine/next-frame';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { lessons, type TypedCommand } from '../../../lessons/index';

export interface LessonProgress {
  done: boolean[];
  /** The commands typed (with the keys they read), replayed after a reload. */
  history: TypedCommand[];
}

export interface LessonsState {
  /** Container IDs and names come from this seed, so saved commands name the same containers after a reload. */
  seed: number;
  lessonId: string;
  progress: Record<string, LessonProgress>;
  /** How many hints are shown, by "lessonId/stepId". */
  hints: Record<string, number>;
  /** Solutions opened, by "lessonId/stepId". */
  solutions: Record<string, boolean>;
  /** The engine is being set to a state (reset, undo, restore): commands wait. */
  busy: boolean;
  /** Bumped whenever the engine or the progress changed: goal statuses are read again. */
  tick: number;
  /** A short message for the live region (step done, undone…). */
  notice: string;
  listOpen: boolean;
}

export const STORAGE_KEY = 'gorae.lessons.v2';

interface Saved {
  seed?: number;
  lessonId?: string;
  progress?: Record<string, LessonProgress>;
  hints?: Record<string, number>;
  solutions?: Record<string, boolean>;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked: progress lasts for the page only
  }
}

function load(): Saved {
  try {
    const text = storage()?.getItem(STORAGE_KEY);
    const saved = text ? (JSON.parse(text) as Saved) : {};
    return typeof saved === 'object' && saved !== null ? saved : {};
  } catch {
    return {};
  }
}

function save(state: LessonsState): void {
  const saved: Saved = { seed: state.seed, lessonId: state.lessonId, progress: state.progress, hints: state.hints, solutions: state.solutions };
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // full or blocked storage: keep going without saving
  }
}

function createLessonsStore() {
  const saved = load();
  const known = (id: string | undefined) => (id !== undefined && lessons.some((l) => l.id === id) ? id : undefined);
  const store = createStore<LessonsState>()(() => ({
    seed: typeof saved.seed === 'number' && Number.isSafeInteger(saved.seed) ? saved.seed : Math.floor(Math.random() * 0x7fffffff),
    lessonId: known(saved.lessonId) ?? lessons[0]!.id,
    progress: saved.progress ?? {},
    hints: saved.hints ?? {},
    solutions: saved.solutions ?? {},
    busy: false,
    tick: 0,
    notice: '',
    listOpen: false,
  }));
  let last = store.getState();
  if (saved.seed !== last.seed) save(last);
  // Saved once per frame at most (progress changes with every command), and at once when
  // the page goes away.
  const saver = frameScheduler(() => save(store.getState()));
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => saver.flush());
  store.subscribe((state) => {
    if (state.lessonId !== last.lessonId || state.progress !== last.progress || state.hints !== last.hints || state.solutions !== last.solutions) saver.schedule();
    last = state;
  });
  return store;
}

export const lessonsStore = createLessonsStore();

export function useLessons<T>(selector: (state: LessonsState) => T): T {
  return useStore(lessonsStore, selector);
}

export const stepKey = (lessonId: string, stepId: string) => `${lessonId}/${stepId}`;
