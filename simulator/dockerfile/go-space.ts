/** Go's unicode.IsSpace and strings.TrimSpace / TrimLeftFunc(IsSpace), which differ from JS `\s`. */
const SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

export function isGoSpace(c: string): boolean {
  return c.length > 0 && SPACE.includes(c);
}

export function goTrimLeft(s: string): string {
  let i = 0;
  while (i < s.length && SPACE.includes(s[i] ?? '')) i++;
  return s.slice(i);
}

export function goTrimSpace(s: string): string {
  let end = s.length;
  while (end > 0 && SPACE.includes(s[end - 1] ?? '')) end--;
  return goTrimLeft(s.slice(0, end));
}
