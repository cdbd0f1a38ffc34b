import type { TarEntry } from '../archive';

export type NodeType = 'file' | 'directory' | 'symlink' | 'hardlink';

/** One file system object of a layer. Layer nodes are never mutated once the layer is made. */
export interface FileNode {
  type: NodeType;
  mode: number;
  uid: number;
  gid: number;
  /** seconds since the epoch */
  mtime: number;
  size: number;
  data?: Uint8Array;
  linkname?: string;
}

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

/** Normalises a path to the form layer trees key by: no leading or trailing slash, no "." parts. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * The contents of one layer: its entries, plus the OCI whiteouts that hide paths of the
 * layers below it and the directories it makes opaque.
 */
export class LayerTree {
  readonly entries = new Map<string, FileNode>();
  readonly whiteouts = new Set<string>();
  readonly opaque = new Set<string>();

  /** Sum of the sizes of the regular files the layer holds, as Docker counts a layer's size. */
  get size(): number {
    let total = 0;
    for (const node of this.entries.values()) if (node.type === 'file') total += node.size;
    return total;
  }

  static fromTar(entries: readonly TarEntry[]): LayerTree {
    const tree = new LayerTree();
    for (const entry of entries) {
      const path = normalizePath(entry.name);
      const slash = path.lastIndexOf('/');
      const base = path.slice(slash + 1);
      const dir = slash < 0 ? '' : path.slice(0, slash);
      if (base === OPAQUE) {
        tree.opaque.add(dir);
        continue;
      }
      if (base.startsWith(WHITEOUT)) {
        const hidden = base.slice(WHITEOUT.length);
        tree.whiteouts.add(dir ? `${dir}/${hidden}` : hidden);
        continue;
      }
      if (path === '') continue;
      tree.entries.set(path, {
        type: entry.type === 'directory' ? 'directory' : entry.type === 'symlink' ? 'symlink' : entry.type === 'hardlink' ? 'hardlink' : 'file',
        mode: entry.mode & 0o7777,
        uid: entry.uid,
        gid: entry.gid,
        mtime: entry.mtime,
        size: entry.type === 'file' ? entry.size : 0,
        ...(entry.data ? { data: entry.data } : {}),
        ...(entry.linkname ? { linkname: entry.linkname } : {}),
      });
    }
    return tree;
  }
}
