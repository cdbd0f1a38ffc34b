/**
 * The file tree of the student's home, read from the host shell's file system, and the
 * file operations the editor offers (new file, new folder, rename, delete). Pure: works on
 * any HostFs, so it is tested without a browser.
 */
import type { HostFs } from '../../../simulator/host/workspace/host-fs';
import type { EditorMessageKey } from '../i18n/editor';

export interface TreeNode {
  name: string;
  /** Absolute path, e.g. /home/student/hello/Dockerfile. */
  path: string;
  kind: 'file' | 'dir';
  /** Folders only, sorted: folders first, then files, by name. */
  children?: TreeNode[];
}

/** Deeper folders are not listed (a guard against runaway trees, e.g. a huge unpacked archive). */
const MAX_DEPTH = 8;

export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `~/hello/Dockerfile` for a path under home. */
export function displayPath(path: string, home: string): string {
  if (path === home) return '~';
  return path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}

function compareNodes(a: TreeNode, b: TreeNode): number {
  if (a.kind !== b.kind) return a.kind === 'dir' ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The folders and regular files under `root` (symlinks, devices and fifos are left out). */
export function readTree(fs: HostFs, root: string, depth = 0): TreeNode[] {
  let names: string[];
  try {
    names = fs.readdir(root);
  } catch {
    return [];
  }
  const nodes: TreeNode[] = [];
  for (const name of names) {
    if (name === '.' || name === '..') continue;
    const path = joinPath(root, name);
    let type: string;
    try {
      type = fs.lstat(path).type;
    } catch {
      continue;
    }
    if (type === 'directory') {
      nodes.push({ name, path, kind: 'dir', children: depth + 1 < MAX_DEPTH ? readTree(fs, path, depth + 1) : [] });
    } else if (type === 'file') {
      nodes.push({ name, path, kind: 'file' });
    }
  }
  return nodes.sort(compareNodes);
}

/** A stable fingerprint of a tree, to skip re-rendering when nothing changed. */
export function treeKey(nodes: readonly TreeNode[]): string {
  return nodes.map((n) => (n.kind === 'dir' ? `${n.name}/(${treeKey(n.children ?? [])})` : n.name)).join(',');
}

/** Every node in display order, with its depth; folders' children only when expanded. */
export function visibleNodes(
  nodes: readonly TreeNode[],
  expanded: ReadonlySet<string>,
  depth = 0,
): Array<{ node: TreeNode; depth: number }> {
  const out: Array<{ node: TreeNode; depth: number }> = [];
  for (const node of nodes) {
    out.push({ node, depth });
    if (node.kind === 'dir' && expanded.has(node.path)) out.push(...visibleNodes(node.children ?? [], expanded, depth + 1));
  }
  return out;
}

export function findNode(nodes: readonly TreeNode[], path: string): TreeNode | undefined {
  for (const node of nodes) {
    if (node.path === path) return node;
    if (node.kind === 'dir' && path.startsWith(`${node.path}/`)) return findNode(node.children ?? [], path);
  }
  return undefined;
}

/** Why `name` cannot name a new file or folder (an i18n key), or undefined when it can. */
export function nameProblem(name: string): EditorMessageKey | undefined {
  if (name.trim() === '') return 'editor.error.emptyName';
  if (name.includes('/')) return 'editor.error.slash';
  if (name === '.' || name === '..') return 'editor.error.dots';
  return undefined;
}

function exists(fs: HostFs, path: string): boolean {
  try {
    fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** The outcome of a file operation: the new path, or a message key (and the file system's own text). */
export type FileOpResult = { ok: true; path: string } | { ok: false; problem: EditorMessageKey; detail?: string };

function attempt(path: string, op: () => void): FileOpResult {
  try {
    op();
    return { ok: true, path };
  } catch (error) {
    return { ok: false, problem: 'editor.error.fs', detail: error instanceof Error ? error.message : String(error) };
  }
}

function checkNew(fs: HostFs, dir: string, name: string): FileOpResult {
  const problem = nameProblem(name);
  if (problem) return { ok: false, problem };
  const path = joinPath(dir, name.trim());
  if (exists(fs, path)) return { ok: false, problem: 'editor.error.exists' };
  return { ok: true, path };
}

export function createFile(fs: HostFs, dir: string, name: string): FileOpResult {
  const checked = checkNew(fs, dir, name);
  if (!checked.ok) return checked;
  return attempt(checked.path, () => fs.writeFile(checked.path, ''));
}

export function createFolder(fs: HostFs, dir: string, name: string): FileOpResult {
  const checked = checkNew(fs, dir, name);
  if (!checked.ok) return checked;
  return attempt(checked.path, () => fs.mkdir(checked.path, 0o755));
}

export function renamePath(fs: HostFs, path: string, name: string): FileOpResult {
  const trimmed = name.trim();
  if (trimmed === basename(path)) return { ok: true, path };
  const checked = checkNew(fs, dirname(path), name);
  if (!checked.ok) return checked;
  return attempt(checked.path, () => fs.rename(path, checked.path));
}

function removeTree(fs: HostFs, path: string): void {
  if (fs.lstat(path).type === 'directory') {
    for (const name of fs.readdir(path)) {
      if (name !== '.' && name !== '..') removeTree(fs, joinPath(path, name));
    }
    fs.rmdir(path);
  } else {
    fs.unlink(path);
  }
}

/** Deletes a file, or a folder with everything in it (rm -r). */
export function deletePath(fs: HostFs, path: string): FileOpResult {
  return attempt(path, () => removeTree(fs, path));
}

/** Where a path moved to after `from` was renamed to `to` (itself, or something inside it). */
export function movedPath(path: string, from: string, to: string): string | undefined {
  if (path === from) return to;
  if (path.startsWith(`${from}/`)) return to + path.slice(from.length);
  return undefined;
}

/** Dockerfile, Dockerfile.dev, Containerfile, app.dockerfile… */
export function isDockerfileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower === 'containerfile' || lower.endsWith('.dockerfile');
}

/** The Monaco language for a file name. */
export function languageOf(name: string): string {
  if (isDockerfileName(name)) return 'dockerfile';
  const lower = name.toLowerCase();
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'yaml';
  return 'plaintext';
}

/** Reads a file as UTF-8 text; undefined when it is not valid UTF-8 (a binary file). */
export function readText(fs: HostFs, path: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFile(path));
  } catch {
    return undefined;
  }
}
