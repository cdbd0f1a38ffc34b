/**
 * Connects the engine to the store: subscribes once, folds every event into the flow of the
 * last command, and puts the engine's snapshot into the store after each burst of events.
 */
import { reduceFlow } from '../diagram/flow';
import type { AppStore } from '../store/store';
import type { Engine } from './engine';

export function connectEngine(engine: Engine, store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const publish = () => {
    timer = undefined;
    store.getState().setEngineSnapshot(engine.snapshot());
  };
  publish();
  const unsubscribe = engine.subscribe((event) => {
    const state = store.getState();
    state.setFlow(reduceFlow(state.engine.flow, event));
    // Read the snapshot after the current task: the daemon finishes some updates (a task's
    // Running flag) just after announcing them, and a burst of events becomes one update.
    timer ??= setTimeout(publish, 0);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
