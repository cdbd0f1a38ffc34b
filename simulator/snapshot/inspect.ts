/**
 * Read-only looks into the engine for the diagram's detail views: the files a layer adds,
 * changes and deletes; a container's writable-layer diff (`docker diff`), its processes
 * (`docker top`) and its logs (`docker logs`). The container views call the daemon's own
 * functions that those commands use; nothing here changes engine state.
 */
import { containerChanges as daemonContainerChanges } from '../daemon/container-archive';
import { containerLogs as daemonContainerLogs } from '../daemon/container-logs';
import { containerProcesses as daemonContainerProcesses, type ContainerProcessInfo } from '../daemon/container-processes';
import type { Daemon } from '../daemon/daemon';
import { isWhiteout, Overlay, tryLstat, type ChangeKind, type DirInode, type FileType } from '../fs';
import { sortedNames } from '../fs/inode';

/** Anything with the engine's daemon (the Engine itself). */
export interface Inspectable {
  readonly daemon: Daemon;
}

/** One path a layer or a container's writable layer adds (A), changes (C) or deletes (D). */
export interface FileChange {
  kind: ChangeKind;
  path: string;
  /** What the path is (for D: what it was below). Unknown for container changes. */
  type?: FileType;
  /** Bytes of a regular file the layer adds or changes. */
  size?: number;
}

/**
 * The files a read-only layer adds, changes and deletes, against the layers below it.
 * A whiteout is a deletion; an opaque directory deletes what the layers below had in it.
 * Directories are listed only when the layer creates them or changes their mode or owner.
 * Paths in byte order, depth first (as `docker diff` lists them).
 */
export function layerChanges(engine: Inspectable, chainId: string): FileChange[] {
  const store = engine.daemon.layers;
  const layer = store.get(chainId);
  const below = new Overlay(layer.parent ? store.chain(layer.parent) : []);
  const out: FileChange[] = [];
  const visit = (dir: DirInode, path: string, belowIsDir: boolean): void => {
    const names = new Set(dir.entries.keys());
    if (dir.opaque && belowIsDir) for (const name of below.readdir(path || '/')) names.add(name);
    for (const name of sortedNames(names)) {
      const p = `${path}/${name}`;
      const inode = dir.entries.get(name);
      const before = belowIsDir ? tryLstat(below, p) : undefined;
      if (!inode || isWhiteout(inode)) {
        // A name the opaque directory hides, or a whiteout of something below.
        out.push(before ? { kind: 'D', path: p, type: before.type } : { kind: 'D', path: p });
        continue;
      }
      if (inode.kind === 'directory') {
        if (!before) out.push({ kind: 'A', path: p, type: 'directory' });
        else if (!inode.implicit && (before.type !== 'directory' || before.mode !== inode.mode || before.uid !== inode.uid || before.gid !== inode.gid)) {
          out.push({ kind: 'C', path: p, type: 'directory' });
        }
        visit(inode, p, before?.type === 'directory');
        continue;
      }
      const change: FileChange = { kind: before ? 'C' : 'A', path: p, type: inode.kind };
      if (inode.kind === 'file') change.size = inode.size;
      out.push(change);
    }
  };
  visit(layer.tree.root, '', true);
  return out;
}

/** What the container changed in its writable layer, exactly as `docker diff` lists it. */
export function containerChanges(engine: Inspectable, idOrName: string): FileChange[] {
  return daemonContainerChanges(engine.daemon, idOrName).map((c) => ({ kind: c.kind, path: c.path }));
}

/** The container's processes as `docker top` sees them; none when it is not running. */
export function containerProcesses(engine: Inspectable, idOrName: string): ContainerProcessInfo[] {
  const container = engine.daemon.containers.get(idOrName);
  if (!container.state.Running || container.state.Restarting) return [];
  return daemonContainerProcesses(engine.daemon, idOrName);
}

export interface LogLine {
  stream: 'stdout' | 'stderr';
  /** ms since the epoch */
  time: number;
  /** The line without its newline. */
  text: string;
}

/** The last `tail` lines of what the container wrote (all with a negative tail), as `docker logs` reads them. */
export function containerLogs(engine: Inspectable, idOrName: string, tail = 200): LogLine[] {
  const decoder = new TextDecoder();
  return daemonContainerLogs(engine.daemon, idOrName, { tail }).map((m) => ({
    stream: m.stream,
    time: m.time,
    text: decoder.decode(m.data).replace(/\r?\n$/, ''),
  }));
}

export type { ContainerProcessInfo };
