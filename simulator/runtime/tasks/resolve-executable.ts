import type { FileNode } from '../../snapshots/layer-tree';
import type { UnionView } from '../../snapshots/union';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export type Resolved = { ok: true; path: string; node: FileNode } | { ok: false; reason: string };

function isExecutableFile(node: FileNode): boolean {
  return node.type === 'file' && (node.mode & 0o111) !== 0;
}

/**
 * Finds the program a container runs, as runc's exec does: a name with a slash is a path
 * (relative to the working directory), a bare name is searched in $PATH. The failure reason is
 * the text runc reports.
 */
export function resolveExecutable(view: UnionView, name: string, env: readonly string[], workingDir: string): Resolved {
  if (name.includes('/')) {
    const path = name.startsWith('/') ? name : `${workingDir.replace(/\/$/, '')}/${name}`;
    const found = view.lookup(path);
    if ('error' in found) return { ok: false, reason: `exec: "${name}": stat ${name}: no such file or directory` };
    if (found.node.type === 'directory') return { ok: false, reason: `exec: "${name}": is a directory` };
    if (!isExecutableFile(found.node)) return { ok: false, reason: `exec: "${name}": permission denied` };
    return { ok: true, path: found.path, node: found.node };
  }
  const pathVar = env.find((e) => e.startsWith('PATH='))?.slice(5) ?? DEFAULT_PATH;
  for (const dir of pathVar.split(':')) {
    if (!dir) continue;
    const found = view.lookup(`${dir}/${name}`);
    if (!('error' in found) && isExecutableFile(found.node)) return { ok: true, path: found.path, node: found.node };
  }
  return { ok: false, reason: `exec: "${name}": executable file not found in $PATH` };
}
