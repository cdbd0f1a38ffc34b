/** Pathname expansion (bash without extglob/nullglob/dotglob): `*`, `?` and `[...]` per path component. */
import { isFsError } from '../../fs';
import { resolvePath, type HostFs } from './host-fs';

const hasMagic = (segment: string): boolean => /(^|[^\\])(\\\\)*[*?[]/.test(segment);
const unescape = (segment: string): string => segment.replace(/\\(.)/g, '$1');

/** A component pattern as a RegExp; backslash escapes the next character. */
export function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) re += escapeRe(segment[++i]!);
    else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, 'su');
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The paths `pattern` matches from `cwd`, written as the pattern was (relative stays relative), sorted. */
export function globPaths(fs: HostFs, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const dirOnly = pattern.endsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  let found: string[] = [absolute ? '/' : ''];
  const join = (prefix: string, name: string): string => (prefix === '' ? name : prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`);
  for (const segment of segments) {
    const next: string[] = [];
    for (const prefix of found) {
      if (!hasMagic(segment)) {
        next.push(join(prefix, unescape(segment)));
        continue;
      }
      let names: string[];
      try {
        names = fs.readdir(resolvePath(cwd, prefix === '' ? '.' : prefix));
      } catch (e) {
        if (isFsError(e)) continue;
        throw e;
      }
      const re = segmentRegExp(segment);
      for (const name of names) {
        if (name.startsWith('.') && !segment.startsWith('.') && !segment.startsWith('\\.')) continue;
        if (re.test(name)) next.push(join(prefix, name));
      }
    }
    found = next;
  }
  const exists = (path: string): boolean => {
    try {
      const st = dirOnly ? fs.stat(resolvePath(cwd, path)) : fs.lstat(resolvePath(cwd, path));
      return !dirOnly || st.type === 'directory';
    } catch (e) {
      if (isFsError(e)) return false;
      throw e;
    }
  };
  return found
    .filter(exists)
    .map((p) => (dirOnly ? `${p}/` : p))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
