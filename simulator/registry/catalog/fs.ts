/**
 * Helpers to write image filesystems as data. Paths are given absolute ("/etc/passwd") and
 * stored as tar names without the leading slash, in the order Docker's tar writer walks a
 * directory (lexical, parents first); missing parent directories are added.
 */
import type { FileDefinition } from './types';

type File = FileDefinition;
const rel = (p: string) => p.replace(/^\/+/, '').replace(/\/+$/, '');

export const dir = (path: string, mode = 0o755): File => ({ path: rel(path), type: 'directory', mode });
export const text = (path: string, content: string, mode = 0o644): File => ({ path: rel(path), type: 'file', mode, text: content });
export const script = (path: string, content: string): File => text(path, content, 0o755);
export const link = (path: string, target: string): File => ({ path: rel(path), type: 'symlink', target });
/** A file of generated stand-in bytes (see fill.ts); the fill label is the path. */
export const blob = (path: string, size: number, mode = 0o644): File => ({ path: rel(path), type: 'file', mode, size, fill: path });
export const exe = (path: string, size: number): File => blob(path, size, 0o755);

/** Bytes of file content a list holds (what `docker images` adds up, near enough). */
export function contentSize(files: readonly File[]): number {
  let n = 0;
  for (const f of files) {
    if (f.type !== 'file') continue;
    n += 'size' in f ? f.size : 'text' in f ? new TextEncoder().encode(f.text).length : 0;
  }
  return n;
}

/**
 * Adds stand-in files named `names` (spread evenly) so the layer holds `total` bytes of
 * content — for the bulk of a distribution (package data, libraries) we do not list one by one.
 */
export function padTo(files: File[], total: number, names: readonly string[], mode = 0o644): File[] {
  const missing = total - contentSize(files);
  if (missing <= 0 || names.length === 0) return files;
  const each = Math.floor(missing / names.length);
  return [...files, ...names.map((n, i) => blob(n, i === names.length - 1 ? missing - each * (names.length - 1) : each, mode))];
}

/** Sorts entries as a directory walk would and adds every missing parent directory. */
export function layer(files: readonly File[]): File[] {
  const byPath = new Map<string, File>();
  for (const f of files) byPath.set(f.path, f);
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      if (!byPath.has(p)) byPath.set(p, dir(p));
    }
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The skeleton directories every Linux root filesystem has. */
export function rootDirs(extra: readonly string[] = []): File[] {
  return [
    ...['/bin', '/dev', '/etc', '/home', '/lib', '/media', '/mnt', '/opt', '/proc', '/run', '/sbin', '/srv', '/sys', '/usr', '/usr/bin', '/usr/lib', '/usr/local', '/usr/local/bin', '/usr/sbin', '/usr/share', '/var', '/var/cache', '/var/lib', '/var/log', '/var/tmp', ...extra].map((p) => dir(p)),
    dir('/root', 0o700),
    dir('/tmp', 0o1777),
  ];
}

/** `KEY=value` lines, values quoted when they hold anything but [A-Za-z0-9._-]. */
export function osRelease(fields: ReadonlyArray<readonly [string, string, boolean?]>): string {
  return fields.map(([k, v, quote]) => `${k}=${quote ?? /[^A-Za-z0-9._-]/.test(v) ? `"${v}"` : v}`).join('\n') + '\n';
}

/** A fake but stable hex digest for history lines such as `ADD file:<hex> in /`. */
export function fakeHex(label: string, length = 64): string {
  let out = '';
  let h = 0x9e3779b9;
  for (let i = 0; out.length < length; i++) {
    for (let j = 0; j < label.length; j++) h = Math.imul(h ^ label.charCodeAt(j), 0x01000193) >>> 0;
    h = Math.imul(h ^ i, 0x85ebca6b) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}
