import { normalizePath, parentOf, type FileNode, type LayerTree } from './layer-tree';

const MAX_SYMLINKS = 40;

export type LookupResult = { node: FileNode; path: string } | { error: 'ENOENT' | 'ENOTDIR' | 'ELOOP' };

/**
 * A read view over a stack of layers, top first, with OCI semantics: an upper entry shadows
 * lower ones, a whiteout hides a path (and everything under it) in lower layers, an opaque
 * directory hides all lower children.
 */
export class UnionView {
  constructor(private readonly layers: readonly LayerTree[]) {}

  /** The node at an already-resolved path, without following a final symlink. */
  private entry(path: string): FileNode | undefined {
    if (path === '') return ROOT;
    for (const layer of this.layers) {
      const node = layer.entries.get(path);
      if (node) return node;
      if (hiddenBelow(layer, path)) return undefined;
    }
    return undefined;
  }

  /** Resolves a path inside the root, following symlinks (absolute ones stay inside the root). */
  lookup(path: string, followFinal = true): LookupResult {
    let pending = normalizePath(path).split('/').filter(Boolean);
    let resolved = '';
    let hops = 0;
    while (pending.length > 0) {
      const name = pending.shift()!;
      if (name === '..') {
        resolved = parentOf(resolved);
        continue;
      }
      const candidate = resolved ? `${resolved}/${name}` : name;
      const node = this.entry(candidate);
      if (!node) return { error: 'ENOENT' };
      const isLast = pending.length === 0;
      if (node.type === 'symlink' && (!isLast || followFinal)) {
        if (++hops > MAX_SYMLINKS) return { error: 'ELOOP' };
        const target = node.linkname ?? '';
        const base = target.startsWith('/') ? '' : resolved;
        pending = [...target.split('/').filter((p) => p && p !== '.'), ...pending];
        resolved = base;
        continue;
      }
      if (!isLast && node.type !== 'directory') return { error: 'ENOTDIR' };
      resolved = candidate;
    }
    const node = this.entry(resolved);
    return node ? { node, path: `/${resolved}` } : { error: 'ENOENT' };
  }
}

const ROOT: FileNode = { type: 'directory', mode: 0o755, uid: 0, gid: 0, mtime: 0, size: 0 };

/** True when `layer` hides `path` of the layers below it: by a whiteout of the path or of an
 * ancestor, or because an ancestor directory is opaque in this layer. */
function hiddenBelow(layer: LayerTree, path: string): boolean {
  let current = path;
  while (current !== '') {
    if (layer.whiteouts.has(current)) return true;
    const parent = parentOf(current);
    if (layer.opaque.has(parent)) return true;
    current = parent;
  }
  return false;
}
