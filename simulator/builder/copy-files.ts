/**
 * What COPY and ADD do with files, for both builders: pick the sources a COPY names out of
 * the build context (or out of another stage's or image's root for `--from`), copy them
 * into the step's root as Docker does (a single file to a path, a folder's contents into a
 * folder), and unpack local tar archives for ADD.
 */
import { gunzip, isGzip, readTar, type TarEntry } from '../archive';
import { digestOf } from '../digest';
import type { FileSystem } from '../fs';
import type { ContextFile } from './build-context';
import { BuildError } from './build-error';

/**
 * The checksum a COPY or ADD is cached by: paths, modes, types, link targets and contents
 * of what it copies, never mtimes (both builders).
 */
export function contentChecksum(files: readonly ContextFile[]): string {
  const line = (f: ContextFile): string => `${f.path}\0${f.mode}\0${f.type}${f.linkname !== undefined ? `\0${f.linkname}` : ''}\0${digestOf(f.data)}`;
  return digestOf(new TextEncoder().encode(files.map(line).join('\n')));
}

/** `path` as an absolute path, relative ones taken from the working directory. */
export const inDir = (workdir: string, path: string): string => (path.startsWith('/') ? path : `${workdir.replace(/\/$/, '')}/${path}`);

/** A COPY source as a context path: no leading "./" or "/", no trailing "/" ('' or "." for everything). */
export const contextPath = (source: string): string => source.replace(/^\.?\/+/, '').replace(/\/+$/, '');

/** Whether the context path `clean` names file `f` (itself, or something under it). */
const names = (clean: string, f: ContextFile): boolean => clean === '' || clean === '.' || f.path === clean || f.path.startsWith(`${clean}/`);

/** The files a COPY's sources name: a file, a folder's contents, or "." for everything. */
export function selectSources(files: readonly ContextFile[], sources: readonly string[], missing: (clean: string) => BuildError): ContextFile[] {
  const out: ContextFile[] = [];
  for (const source of sources) {
    const clean = contextPath(source);
    const matched = files.filter((f) => names(clean, f));
    if (matched.length === 0) throw missing(clean);
    out.push(...matched);
  }
  return out;
}

export interface CopyOwner {
  uid: number;
  gid: number;
}

export function copyInto(fs: FileSystem, files: readonly ContextFile[], sources: readonly string[], dest: string, workdir: string, owner?: CopyOwner): void {
  const target = inDir(workdir, dest);
  const isDir = (p: string): boolean => {
    try {
      return fs.stat(p).type === 'directory';
    } catch {
      return false;
    }
  };
  // A single file is copied to the destination path, unless that names a directory.
  const single = sources.length === 1 && files.length === 1 && files[0]!.type === 'file' && !dest.endsWith('/') && dest !== '.' && !isDir(target);
  for (const source of sources) {
    const clean = contextPath(source);
    for (const f of files) {
      if (!names(clean, f)) continue;
      const rel = clean === '' || clean === '.' ? f.path : f.path === clean ? f.path.split('/').pop()! : f.path.slice(clean.length + 1);
      const path = single ? target : `${target.replace(/\/$/, '')}/${rel}`;
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      fs.mkdirp(parent, 0o755);
      if (f.type === 'directory') fs.mkdirp(path, f.mode || 0o755);
      else if (f.type === 'symlink') {
        if (fs.exists(path)) fs.unlink(path);
        fs.symlink(f.linkname ?? '', path);
      } else {
        if (fs.exists(path)) fs.unlink(path);
        fs.writeFile(path, f.data, { mode: f.mode });
        fs.chmod(path, f.mode);
      }
      if (owner && f.type !== 'symlink') fs.chown(path, owner.uid, owner.gid);
    }
  }
}

/** The entries of a tar archive (gzip-compressed or not), or null when the bytes are no tar. */
export function tarOf(data: Uint8Array): TarEntry[] | null {
  try {
    const raw = isGzip(data) ? gunzip(data) : data;
    // A tar header has "ustar" at offset 257.
    if (raw.length < 512 || String.fromCharCode(...raw.subarray(257, 262)) !== 'ustar') return null;
    return readTar(raw);
  } catch {
    return null;
  }
}

export function extractInto(fs: FileSystem, entries: readonly TarEntry[], dest: string): void {
  const root = dest.replace(/\/$/, '') || '';
  fs.mkdirp(root || '/', 0o755);
  for (const e of entries) {
    const path = `${root}/${e.name.replace(/^\.?\/+/, '').replace(/\/$/, '')}`;
    if (path === `${root}/`) continue;
    fs.mkdirp(path.slice(0, path.lastIndexOf('/')) || '/', 0o755);
    if (e.type === 'directory') fs.mkdirp(path, e.mode);
    else if (e.type === 'symlink') fs.symlink(e.linkname ?? '', path);
    else if (e.type === 'file') {
      if (fs.exists(path)) fs.unlink(path);
      fs.writeFile(path, e.data ?? new Uint8Array(0), { mode: e.mode });
      fs.chmod(path, e.mode);
    }
  }
}

/**
 * The files under `sources` of a root filesystem (another stage's or an image's), as
 * context files named from the root, for `COPY --from`.
 */
export function filesFromRoot(fs: FileSystem, sources: readonly string[]): ContextFile[] {
  const out: ContextFile[] = [];
  const seen = new Set<string>();
  const add = (abs: string): void => {
    const path = abs.replace(/^\/+/, '');
    if (seen.has(path)) return;
    seen.add(path);
    const st = fs.lstat(abs);
    const mode = st.mode & 0o7777;
    if (st.type === 'directory') {
      if (path) out.push({ path, type: 'directory', mode, data: new Uint8Array(0), mtimeMs: 0 });
      for (const name of fs.readdir(abs).sort()) add(`${abs === '/' ? '' : abs}/${name}`);
    } else if (st.type === 'symlink') out.push({ path, type: 'symlink', mode: 0o777, data: new Uint8Array(0), linkname: fs.readlink(abs), mtimeMs: 0 });
    else if (st.type === 'file') out.push({ path, type: 'file', mode, data: fs.readFile(abs), mtimeMs: 0 });
  };
  for (const source of sources) {
    const abs = `/${contextPath(source)}`.replace(/\/\.$/, '/');
    if (fs.exists(abs) || isLink(fs, abs)) add(abs === '/.' ? '/' : abs);
  }
  return out;
}

function isLink(fs: FileSystem, path: string): boolean {
  try {
    return fs.lstat(path).type === 'symlink';
  } catch {
    return false;
  }
}
