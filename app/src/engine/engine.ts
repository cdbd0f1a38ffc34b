/**
 * The app's only importer of simulator/: builds the engine for the page.
 */
import { createEngine, timedNetwork, type Engine } from '../../../simulator/index';
import { HOST_HOME } from '../../../simulator/index';
import { addStarterProjects } from '../../../simulator/host/workspace/starter-projects';
import { createBrowserProcessHost } from '../../../simulator/runtime/host/browser-host';

export type {
  AnyEngineEvent,
  ContainerSnapshot,
  ContainerStateSnapshot,
  Engine,
  EngineSnapshot,
  ImageLayerSnapshot,
  ImageSnapshot,
  LayerSnapshot,
} from '../../../simulator/index';
export { TerminalSession, type SessionState } from '../../../simulator/host/session';
export {
  containerChanges,
  containerLogs,
  containerProcesses,
  layerChanges,
  type ContainerProcessInfo,
  type FileChange,
  type LogLine,
} from '../../../simulator/snapshot/inspect';
export type { BuildStepEvent } from '../../../simulator/events/types';

export interface AppEngineOptions {
  seed: number | undefined;
  /** $LANG for the student's shell, e.g. "ko_KR.UTF-8". */
  locale: string;
}

/**
 * A believable registry: small layers still take about half a second so the
 * progress bars are visible, big ones move at roughly 20 MB/s.
 */
const classroomNetwork = timedNetwork({ bandwidth: 20 * 1024 * 1024, minimumMs: 500, tickMs: 50 });

export function startEngine(options: AppEngineOptions): Engine {
  const engine = createEngine({
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    processHost: createBrowserProcessHost(),
    network: classroomNetwork,
  });
  engine.env.LANG = options.locale;
  // The notes' first projects wait in the student's home: hello/ (alpine) and site/ (httpd:2.4).
  addStarterProjects(engine.shell.fs, HOST_HOME);
  // Start the worker pool now so the first container starts quickly; failures surface on first use.
  engine.warm().catch((error: unknown) => console.warn('gorae: warming the process pool failed', error));
  return engine;
}
