import type { Container } from '../runtime/containers/container';
import type { ProcessStdio } from '../runtime/host/types';
import type { Clock } from '../util/clock';

type Sink = (data: Uint8Array) => void;

/**
 * A container's output: every chunk goes to its log (the json-file driver's record) and to
 * whoever is attached at that moment.
 */
export class ContainerStreams {
  private readonly attached = new Set<{ stdout?: Sink; stderr?: Sink }>();

  constructor(
    private readonly container: Container,
    private readonly clock: Clock,
  ) {}

  attach(sinks: { stdout?: Sink; stderr?: Sink }): () => void {
    const entry = { ...sinks };
    this.attached.add(entry);
    return () => this.attached.delete(entry);
  }

  private emit(stream: 'stdout' | 'stderr', data: Uint8Array): void {
    this.container.logs.push({ stream, time: this.clock.now(), data });
    for (const sinks of this.attached) sinks[stream]?.(data);
  }

  stdio(): ProcessStdio {
    return {
      stdout: (data) => this.emit('stdout', data),
      stderr: (data) => this.emit(this.container.config.Tty ? 'stdout' : 'stderr', data),
    };
  }
}
