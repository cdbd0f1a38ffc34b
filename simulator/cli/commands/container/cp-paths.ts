/** How `docker cp` reads its arguments: `CONTAINER:PATH` or a local path. */

export interface CpArg {
  container?: string;
  path: string;
}

/**
 * A local path is one with no colon before its first slash (so `./a:b` and `/x:y` stay
 * local), as docker/cli's splitCpArg decides.
 */
export function splitCpArg(arg: string): CpArg {
  if (arg.startsWith('/') || arg.startsWith('.')) return { path: arg };
  const colon = arg.indexOf(':');
  if (colon < 0) return { path: arg };
  const slash = arg.indexOf('/');
  if (slash >= 0 && slash < colon) return { path: arg };
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

/** The base name a copy is stored under; '' when the contents of a directory are copied. */
export function copyBaseName(path: string): string {
  if (/(^|\/)\.$/.test(path) || /(^|\/)\.\/?$/.test(path)) return '';
  const parts = path.split('/').filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  return last === '.' ? '' : last;
}
