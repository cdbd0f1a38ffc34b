/**
 * Path resolution as Linux does it inside a chroot: component by component, following
 * symlinks (an absolute target restarts at the root, ".." at the root stays there),
 * ELOOP after 40 links, ENOTDIR when a non-directory is walked through, ENAMETOOLONG for a
 * name over 255 bytes. Generic over the node type so the inode fs and the overlay share it.
 */
import { FsError } from './errors';

export const MAX_SYMLINKS = 40;
const NAME_MAX = 255;

export interface TreeWalker<N> {
  readonly root: N;
  child(dir: N, name: string): N | undefined;
  isDir(node: N): boolean;
  /** The target when `node` is a symlink. */
  linkTarget(node: N): string | undefined;
}

export interface Resolution<N> {
  /** Canonical names from the root to the final component (empty for the root). */
  names: string[];
  /** The directory holding the final component (the root for the root itself). */
  parent: N;
  /** Final component ('' for the root). */
  name: string;
  /** The node, or undefined when only the final component is missing. */
  node: N | undefined;
  /** The path ended in "." or ".." (mutations of such paths fail). */
  dotted: '' | '.' | '..';
  /** The path ended with "/": the final node must be a directory. */
  trailingSlash: boolean;
}

const encoder = new TextEncoder();

/**
 * Resolves `path` (absolute, or taken from the root). `follow` says whether a final symlink
 * is followed; a trailing slash always follows it.
 */
export function resolve<N>(w: TreeWalker<N>, path: string, follow: boolean, syscall?: string): Resolution<N> {
  if (path === '') throw new FsError('ENOENT', path, syscall);
  const trailingSlash = /[^/]\/+$/.test(path);
  const pending = path.split('/').filter((p) => p !== '').reverse();
  const stack: Array<{ name: string; node: N }> = [];
  const top = (): N => stack[stack.length - 1]?.node ?? w.root;
  let hops = 0;
  let dotted: Resolution<N>['dotted'] = '';
  while (pending.length > 0) {
    const name = pending.pop()!;
    const isLast = pending.length === 0;
    if (name === '.' || name === '..') {
      if (name === '..') stack.pop();
      if (isLast) dotted = name;
      continue;
    }
    dotted = '';
    if (name.length > NAME_MAX / 3 && encoder.encode(name).length > NAME_MAX) throw new FsError('ENAMETOOLONG', path, syscall);
    const dir = top();
    const child = w.child(dir, name);
    if (child === undefined) {
      if (!isLast) throw new FsError('ENOENT', path, syscall);
      return { names: [...stack.map((s) => s.name), name], parent: dir, name, node: undefined, dotted, trailingSlash };
    }
    const target = w.linkTarget(child);
    if (target !== undefined && (!isLast || follow || trailingSlash)) {
      if (++hops > MAX_SYMLINKS) throw new FsError('ELOOP', path, syscall);
      if (target === '') throw new FsError('ENOENT', path, syscall);
      if (target.startsWith('/')) stack.length = 0;
      const parts = target.split('/').filter((p) => p !== '');
      for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]!);
      continue;
    }
    if (!isLast && !w.isDir(child)) throw new FsError('ENOTDIR', path, syscall);
    stack.push({ name, node: child });
  }
  const node = top();
  if (trailingSlash && !w.isDir(node)) throw new FsError('ENOTDIR', path, syscall);
  const last = stack[stack.length - 1];
  return {
    names: stack.map((s) => s.name),
    parent: stack[stack.length - 2]?.node ?? w.root,
    name: last?.name ?? '',
    node,
    dotted,
    trailingSlash,
  };
}

/** "/" + names joined. */
export function pathOf(names: readonly string[]): string {
  return '/' + names.join('/');
}
