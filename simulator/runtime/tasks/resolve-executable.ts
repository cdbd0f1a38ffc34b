import { isFsError, type FileSystem, type Stats } from '../../fs';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export type Resolved = { ok: true; path: string; stat: Stats } | { ok: false; reason: string };

const isExecutableFile = (st: Stats): boolean => st.type === 'file' && (st.mode & 0o111) !== 0;

function statOrUndefined(fs: FileSystem, path: string): Stats | undefined {
  try {
    return fs.stat(path);
  } catch (err) {
    if (isFsError(err)) return undefined;
    throw err;
  }
}

/**
 * Finds the program a container runs, as runc's exec does: a name with a slash is a path
 * (relative to the working directory), a bare name is searched in $PATH. The failure reason is
 * the text runc reports.
 */
export function resolveExecutable(fs: FileSystem, name: string, env: readonly string[], workingDir: string): Resolved {
  if (name.includes('/')) {
    const path = name.startsWith('/') ? name : `${workingDir.replace(/\/$/, '')}/${name}`;
    const st = statOrUndefined(fs, path);
    if (!st) return { ok: false, reason: `exec: "${name}": stat ${name}: no such file or directory` };
    if (st.type === 'directory') return { ok: false, reason: `exec: "${name}": is a directory` };
    if (!isExecutableFile(st)) return { ok: false, reason: `exec: "${name}": permission denied` };
    return { ok: true, path, stat: st };
  }
  const pathVar = env.find((e) => e.startsWith('PATH='))?.slice(5) ?? DEFAULT_PATH;
  for (const dir of pathVar.split(':')) {
    if (!dir) continue;
    const path = `${dir.replace(/\/$/, '')}/${name}`;
    const st = statOrUndefined(fs, path);
    if (st && isExecutableFile(st)) return { ok: true, path, stat: st };
  }
  return { ok: false, reason: `exec: "${name}": executable file not found in $PATH` };
}
