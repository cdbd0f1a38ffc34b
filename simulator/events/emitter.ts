import type { Clock } from '../util/clock';
import type { AnyEngineEvent, EngineEvent, EventPayloads, Topic } from './types';

export type Listener = (event: AnyEngineEvent) => void;
export type Disposer = () => void;

/** Typed event bus. Subscriptions return a disposer. */
export class EventBus {
  private seq = 0;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly clock: Clock) {}

  emit<T extends Topic>(topic: T, payload: EventPayloads[T]): EngineEvent<T> {
    const event: EngineEvent<T> = { seq: ++this.seq, time: this.clock.now(), topic, payload };
    for (const listener of [...this.listeners]) listener(event as unknown as AnyEngineEvent);
    return event;
  }

  subscribe(listener: Listener): Disposer {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sequence number of the last event emitted. */
  get lastSeq(): number {
    return this.seq;
  }
}
