/**
 * The file system the host shell works on: the student's home and /tmp. In the browser it
 * is an in-memory `InodeFs`; under `npm run sim -- --workspace DIR` the home is a real
 * folder (simulator/node/real-workspace.ts). Paths are absolute and already normalized;
 * failures throw `FsError` (errno plus Linux's strerror text).
 */
import { cleanPath } from '../../util/go-path';
import { InodeFs, makedev, S_IFCHR, type FileSystem } from '../../fs';

export type HostFs = Pick<
  FileSystem,
  'stat' | 'lstat' | 'readFile' | 'writeFile' | 'mkdir' | 'readdir' | 'unlink' | 'rmdir' | 'rename' | 'utimes' | 'readlink'
>;

export const HOST_UID = 1000;
export const HOST_GID = 1000;

export interface WorkspaceOptions {
  /** the student's home, e.g. /home/student */
  home: string;
  now?: () => number;
}

/** An in-memory host: `/home`, the student's home (1000:1000), a sticky `/tmp` and `/dev/null`. */
export function createWorkspaceFs(options: WorkspaceOptions): InodeFs {
  const fs = new InodeFs({ ...(options.now ? { now: options.now } : {}) });
  fs.mkdirp(options.home.slice(0, options.home.lastIndexOf('/')) || '/');
  fs.mkdir(options.home, 0o755);
  fs.chown(options.home, HOST_UID, HOST_GID);
  fs.mkdir('/tmp');
  fs.chmod('/tmp', 0o1777);
  fs.mkdir('/dev');
  fs.mknod('/dev/null', S_IFCHR | 0o666, makedev(1, 3));
  fs.chmod('/dev/null', 0o666);
  fs.owner = { uid: HOST_UID, gid: HOST_GID };
  return fs;
}

/** Lexically normalizes `path` against `cwd` ("." and ".." removed, as bash's logical paths). */
export function resolvePath(cwd: string, path: string): string {
  return cleanPath(path.startsWith('/') ? path : `/${cwd}/${path}`);
}
