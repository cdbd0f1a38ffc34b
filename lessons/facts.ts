/**
 * Read-only questions about the engine that its snapshot does not answer: what a
 * container changed (docker diff), an image's start command and parent, the processes
 * of a running container. Never changes engine state.
 */
import type { Engine } from '../simulator/index';
import { containerChanges } from '../simulator/daemon/container-archive';
import { containerProcesses } from '../simulator/daemon/container-processes';

export interface FileChange {
  kind: 'A' | 'C' | 'D';
  path: string;
}

export class Facts {
  constructor(private readonly engine: Engine) {}

  /** The image a reference or ID names (as `docker` would resolve it), or undefined. */
  imageId(refOrId: string): string | undefined {
    try {
      return this.engine.daemon.images.find(refOrId)?.id;
    } catch {
      return undefined; // an ambiguous short ID names nothing
    }
  }

  /** The image's start command (Entrypoint then Cmd), as `docker inspect` shows them. */
  imageCommand(refOrId: string): string[] | undefined {
    const id = this.imageId(refOrId);
    if (id === undefined) return undefined;
    const config = this.engine.daemon.images.get(id).config.config;
    return [...(config?.Entrypoint ?? []), ...(config?.Cmd ?? [])];
  }

  /** The image this one was built or committed on (sha256:…), if known. */
  imageParent(refOrId: string): string | undefined {
    const id = this.imageId(refOrId);
    return id === undefined ? undefined : this.engine.daemon.images.get(id).parent;
  }

  /** What the container changed compared with its image (docker diff); [] when it is gone. */
  changes(idOrName: string): FileChange[] {
    if (!this.engine.daemon.containers.find(idOrName)) return [];
    return containerChanges(this.engine.daemon, idOrName).map((c) => ({ kind: c.kind, path: c.path }));
  }

  /** The command lines of a running container's processes; [] when it is not running. */
  processes(idOrName: string): string[] {
    const container = this.engine.daemon.containers.find(idOrName);
    if (!container?.state.Running) return [];
    try {
      return containerProcesses(this.engine.daemon, idOrName).map((p) => p.args.join(" "));
    } catch {
      return [];
    }
  }

  /** The host shell's working directory. */
  get cwd(): string {
    return this.engine.shell.cwd;
  }

  /** True when the host has this file (an absolute path or one relative to the home). */
  hostFileExists(path: string): boolean {
    const full = path.startsWith('/') ? path : `${this.engine.shell.home}/${path}`;
    try {
      this.engine.shell.fs.stat(full);
      return true;
    } catch {
      return false;
    }
  }
}
