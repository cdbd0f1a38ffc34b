/** The engine's public surface: the only module the app imports. */
export { createEngine, Engine, HOST_HOME, HOST_NAME, HOST_USER, type EngineOptions } from './engine';
export type { Shell } from './host/types';
export type { AnyEngineEvent, EngineEvent, EventPayloads, Topic } from './events/types';
export type { ProcessHost } from './runtime/host/types';
export { timedNetwork, instantNetwork, type NetworkModel } from './daemon/network-model';
export type {
  ContainerSnapshot,
  ContainerStateSnapshot,
  EngineSnapshot,
  ImageLayerSnapshot,
  ImageSnapshot,
  LayerSnapshot,
} from './snapshot/snapshot';
