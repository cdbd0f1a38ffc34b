import { runDocker, dockerCompletionWords } from './cli/docker';
import { Daemon } from './daemon/daemon';
import { instantNetwork, type NetworkModel } from './daemon/network-model';
import { EventBus, type Disposer, type Listener } from './events/emitter';
import { HostShell } from './host/shell';
import type { HostFs } from './host/workspace/host-fs';
import { catalog } from './registry/catalog';
import { fetchBytesWithFetch, ProgramLoader, type FetchBytes } from './registry/programs';
import { Registry } from './registry/registry';
import type { ProcessHost } from './runtime/host/types';
import { SEEDED_EPOCH_MS, systemClock, VirtualClock, type Clock } from './util/clock';
import { seededRandom, systemRandom, type Random } from './util/random';
import { buildSnapshot, type EngineSnapshot } from './snapshot/snapshot';

export interface EngineOptions {
  /** Makes IDs, names and timestamps reproducible. */
  seed?: number;
  processHost: ProcessHost;
  /** How program files are read (fetch in the browser, the file system in Node). */
  fetchBytes?: FetchBytes;
  /** Transfer timing of the built-in registry; instant by default. */
  network?: NetworkModel;
  clock?: Clock;
  random?: Random;
  /**
   * The host shell's files: an in-memory home (`/home/student`) and `/tmp` when left out;
   * `npm run sim -- --workspace DIR` passes one whose home is the real folder DIR.
   */
  hostFs?: HostFs;
}

export const HOST_USER = 'student';
export const HOST_NAME = 'gorae';
export const HOST_HOME = `/home/${HOST_USER}`;

/** The whole simulated machine: the daemon, its registry, and the student's host shell. */
export class Engine {
  readonly events: EventBus;
  readonly daemon: Daemon;
  readonly registry: Registry;
  readonly shell: HostShell;
  readonly clock: Clock;
  private lastSnapshot: EngineSnapshot | undefined;

  constructor(readonly options: EngineOptions) {
    this.clock = options.clock ?? (options.seed !== undefined ? new VirtualClock(SEEDED_EPOCH_MS) : systemClock);
    const random = options.random ?? (options.seed !== undefined ? seededRandom(options.seed) : systemRandom());
    this.events = new EventBus(this.clock);
    this.registry = new Registry(catalog, new ProgramLoader(options.fetchBytes ?? fetchBytesWithFetch));
    this.daemon = new Daemon({
      registry: this.registry,
      processHost: options.processHost,
      events: this.events,
      clock: this.clock,
      random,
      network: options.network ?? instantNetwork,
    });
    this.shell = new HostShell({
      user: HOST_USER,
      hostname: HOST_NAME,
      home: HOST_HOME,
      ...(options.hostFs !== undefined ? { fs: options.hostFs } : {}),
      now: () => this.clock.now(),
      env: {
        HOME: HOST_HOME,
        USER: HOST_USER,
        HOSTNAME: HOST_NAME,
        PATH: '/usr/local/bin:/usr/bin:/bin',
        SHELL: '/bin/bash',
        TERM: 'xterm-256color',
        LANG: 'C.UTF-8',
      },
      docker: (argv, io) => runDocker(argv, { daemon: this.daemon, io, clock: this.clock, host: this.shell, home: HOST_HOME }),
      dockerWords: () => dockerCompletionWords(this.daemon),
    });
  }

  get env(): Record<string, string> {
    return this.shell.env;
  }

  /** Bumped by every event: the number of the last one. */
  get version(): number {
    return this.events.lastSeq;
  }

  /** The state as frozen plain JSON; the same object until the next event. */
  snapshot(): EngineSnapshot {
    if (this.lastSnapshot?.version !== this.version) this.lastSnapshot = buildSnapshot(this.daemon, this.version);
    return this.lastSnapshot;
  }

  subscribe(listener: Listener): Disposer {
    return this.events.subscribe(listener);
  }

  /** Starts worker processes ahead of the first container. */
  warm(): Promise<void> {
    return this.options.processHost.warm();
  }

  async dispose(): Promise<void> {
    await this.options.processHost.dispose();
  }
}

export function createEngine(options: EngineOptions): Engine {
  return new Engine(options);
}
