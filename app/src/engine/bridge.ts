/**
 * Connects the engine to the store: subscribes once, folds every event into the flow of the
 * last command, and puts the flow and the engine's snapshot into the store once per frame.
 */
import { reduceFlow } from '../diagram/flow';
import type { AppStore } from '../store/store';
import type { Engine } from './engine';
import { frameScheduler } from './next-frame';

export function connectEngine(engine: Engine, store: AppStore): () => void {
  let flow = store.getState().engine.flow;
  // After the current task at the earliest: the daemon finishes some updates (a task's
  // Running flag) just after announcing them, and a burst of events becomes one update.
  const publisher = frameScheduler(() => {
    const state = store.getState();
    state.setFlow(flow);
    state.setEngineSnapshot(engine.snapshot());
  });
  store.getState().setEngineSnapshot(engine.snapshot());
  const unsubscribe = engine.subscribe((event) => {
    flow = reduceFlow(flow, event);
    publisher.schedule();
  });
  return () => {
    unsubscribe();
    publisher.cancel();
  };
}
