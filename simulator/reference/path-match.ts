/**
 * Shell pattern matching on slash-separated names, with the semantics of Go's path.Match
 * (used by reference filters such as `docker images --filter reference=…`):
 *   *      any run of non-/ characters     ?   one non-/ character
 *   [...]  character class, [^...] negated, ranges a-z, \ escapes
 * The whole name must match. A malformed pattern throws BadPatternError even when the name
 * already failed to match, once the rest of the pattern has been checked.
 */
import { InvalidArgumentError } from '../errors';

export class BadPatternError extends InvalidArgumentError {
  constructor(readonly pattern: string) {
    super('syntax error in pattern', { pattern });
  }
}

type Chars = readonly string[];

/** Splits off the leading stars and the run of pattern up to the next star outside a class. */
function scanChunk(pattern: Chars): { star: boolean; chunk: Chars; rest: Chars } {
  let start = 0;
  while (start < pattern.length && pattern[start] === '*') start++;
  let inRange = false;
  let i = start;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case '\\':
        if (i + 1 < pattern.length) i++;
        break;
      case '[':
        inRange = true;
        break;
      case ']':
        inRange = false;
        break;
      case '*':
        if (!inRange) break scan;
        break;
    }
  }
  return { star: start > 0, chunk: pattern.slice(start, i), rest: pattern.slice(i) };
}

/** One (possibly escaped) character of a class; `next` is where the class continues. */
function classChar(chunk: Chars, at: number, bad: () => never): { c: string; next: number } {
  let i = at;
  if (i >= chunk.length || chunk[i] === '-' || chunk[i] === ']') bad();
  if (chunk[i] === '\\') {
    i++;
    if (i >= chunk.length) bad();
  }
  const c = chunk[i] as string;
  if (i + 1 >= chunk.length) bad();
  return { c, next: i + 1 };
}

/** Matches a star-free chunk against the start of s; returns what is left of s, or null. */
function matchChunk(chunk: Chars, s: Chars, bad: () => never): Chars | null {
  let failed = false;
  let si = 0;
  let ci = 0;
  while (ci < chunk.length) {
    if (!failed && si >= s.length) failed = true;
    const p = chunk[ci];
    if (p === '[') {
      const r = failed ? '' : (s[si++] as string);
      ci++;
      let negated = false;
      if (chunk[ci] === '^') {
        negated = true;
        ci++;
      }
      let match = false;
      let ranges = 0;
      for (;;) {
        if (ci < chunk.length && chunk[ci] === ']' && ranges > 0) {
          ci++;
          break;
        }
        const lo = classChar(chunk, ci, bad);
        let hi = lo;
        if (chunk[lo.next] === '-') hi = classChar(chunk, lo.next + 1, bad);
        ci = hi.next;
        const rc = r.codePointAt(0) ?? -1;
        if ((lo.c.codePointAt(0) ?? 0) <= rc && rc <= (hi.c.codePointAt(0) ?? 0)) match = true;
        ranges++;
      }
      if (match === negated) failed = true;
    } else if (p === '?') {
      if (!failed) {
        if (s[si] === '/') failed = true;
        si++;
      }
      ci++;
    } else {
      if (p === '\\') {
        ci++;
        if (ci >= chunk.length) bad();
      }
      if (!failed) {
        if (chunk[ci] !== s[si]) failed = true;
        si++;
      }
      ci++;
    }
  }
  return failed ? null : s.slice(si);
}

/** Reports whether the whole of `name` matches the shell pattern. */
export function pathMatch(pattern: string, name: string): boolean {
  const bad = (): never => {
    throw new BadPatternError(pattern);
  };
  let pat: Chars = Array.from(pattern);
  let rest: Chars = Array.from(name);
  outer: while (pat.length > 0) {
    const { star, chunk, rest: after } = scanChunk(pat);
    pat = after;
    if (star && chunk.length === 0) return !rest.includes('/');
    const t = matchChunk(chunk, rest, bad);
    if (t !== null && (t.length === 0 || pat.length > 0)) {
      rest = t;
      continue;
    }
    if (star) {
      for (let i = 0; i < rest.length && rest[i] !== '/'; i++) {
        const t2 = matchChunk(chunk, rest.slice(i + 1), bad);
        if (t2 !== null) {
          if (pat.length === 0 && t2.length > 0) continue;
          rest = t2;
          continue outer;
        }
      }
    }
    while (pat.length > 0) {
      const next = scanChunk(pat);
      pat = next.rest;
      matchChunk(next.chunk, [], bad);
    }
    return false;
  }
  return rest.length === 0;
}
