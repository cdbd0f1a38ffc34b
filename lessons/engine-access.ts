/** The parts of the simulator the lessons use, in one place. */
export { instantNetwork, type AnyEngineEvent, type Engine, type EngineSnapshot } from '../simulator/index';
export { seededRandom as seededRandomFor } from '../simulator/util/random';
