/**
 * The build context: the files of a folder on the client's machine that `docker build`
 * sends, less what `.dockerignore` excludes, and the size of the tar the client streams
 * ("Sending build context to Docker daemon  2.048kB").
 */
import { writeTar, type TarEntry } from '../archive';
import { PatternMatcher, readDockerignore } from '../dockerfile';
import type { HostFs } from '../host/workspace/host-fs';

export interface ContextFile {
  /** Relative to the context root, without a leading slash. */
  path: string;
  type: 'file' | 'directory' | 'symlink';
  mode: number;
  data: Uint8Array;
  linkname?: string;
  mtimeMs: number;
}

export interface BuildContext {
  files: ContextFile[];
  /** Bytes of the context as a tar stream. */
  size: number;
}

const decoder = new TextDecoder();

export interface ContextOptions {
  /** The Dockerfile (host path): sent even when .dockerignore excludes it. Default: root/Dockerfile. */
  dockerfile?: string;
  /** The ignore file to use (BuildKit prefers `<Dockerfile>.dockerignore`). Default: root/.dockerignore. */
  ignoreFile?: string;
}

export function readBuildContext(fs: HostFs, root: string, options: ContextOptions = {}): BuildContext {
  let matcher: PatternMatcher | null = null;
  try {
    matcher = new PatternMatcher(readDockerignore(decoder.decode(fs.readFile(options.ignoreFile ?? `${root}/.dockerignore`))));
  } catch {
    matcher = null;
  }
  const dockerfile = options.dockerfile ?? `${root}/Dockerfile`;
  const sentAnyway = new Set(['.dockerignore', dockerfile.startsWith(`${root}/`) ? dockerfile.slice(root.length + 1) : 'Dockerfile']);
  const files: ContextFile[] = [];
  const sentOnly: ContextFile[] = [];
  const walk = (rel: string): void => {
    const abs = rel ? `${root}/${rel}` : root;
    for (const name of fs.readdir(abs).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const excluded = matcher !== null && matcher.matchesOrParentMatches(path);
      // The Dockerfile and .dockerignore are sent even when excluded, but cannot be copied.
      if (excluded && !sentAnyway.has(path)) continue;
      const st = fs.lstat(`${root}/${path}`);
      if (excluded) {
        if (st.type === 'file') sentOnly.push({ path, type: 'file', mode: st.mode & 0o7777, data: fs.readFile(`${root}/${path}`), mtimeMs: st.mtimeMs });
        continue;
      }
      if (st.type === 'directory') {
        files.push({ path, type: 'directory', mode: st.mode & 0o7777, data: new Uint8Array(0), mtimeMs: st.mtimeMs });
        walk(path);
      } else if (st.type === 'symlink') {
        files.push({ path, type: 'symlink', mode: 0o777, data: new Uint8Array(0), linkname: fs.readlink(`${root}/${path}`), mtimeMs: st.mtimeMs });
      } else if (st.type === 'file') {
        files.push({ path, type: 'file', mode: st.mode & 0o7777, data: fs.readFile(`${root}/${path}`), mtimeMs: st.mtimeMs });
      }
    }
  };
  walk('');
  const entries: TarEntry[] = [...files, ...sentOnly].map((f) => ({
    name: f.type === 'directory' ? `${f.path}/` : f.path,
    type: f.type,
    mode: f.mode,
    uid: 0,
    gid: 0,
    size: f.type === 'file' ? f.data.length : 0,
    mtime: Math.floor(f.mtimeMs / 1000),
    ...(f.type === 'file' ? { data: f.data } : {}),
    ...(f.linkname !== undefined ? { linkname: f.linkname } : {}),
  }));
  return { files, size: writeTar(entries).length };
}
