/**
 * .dockerignore: reading (moby/patternmatcher/ignorefile.ReadAll) and matching
 * (moby/patternmatcher PatternMatcher), Unix path semantics.
 */
import { ParseError } from '../errors';
import { cleanPath } from '../util/go-path';

/** ignorefile.ReadAll: the patterns of a .dockerignore file, cleaned. */
export function readDockerignore(text: string): string[] {
  const out: string[] = [];
  let first = true;
  for (let line of text.split('\n')) {
    if (first && line.startsWith('\uFEFF')) line = line.slice(1);
    first = false;
    if (line.startsWith('#')) continue;
    let pattern = line.trim();
    if (pattern === '') continue;
    let invert = false;
    if (pattern.startsWith('!')) {
      invert = true;
      pattern = pattern.slice(1).trim();
    }
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    out.push(invert ? '!' + pattern : pattern);
  }
  return out;
}

/** Go's filepath.ErrBadPattern. */
export class BadPatternError extends ParseError {
  constructor() {
    super('syntax error in pattern');
  }
}

/** Checks a pattern the way Go's filepath.Match does (malformed classes, trailing `\`). */
function validateGlob(p: string): void {
  const chars = Array.from(p);
  let i = 0;
  const getEsc = (): void => {
    const c = chars[i];
    if (c === undefined || c === '-' || c === ']') throw new BadPatternError();
    if (c === '\\') {
      i++;
      if (chars[i] === undefined) throw new BadPatternError();
    }
    i++;
  };
  while (i < chars.length) {
    const c = chars[i];
    if (c === '\\') {
      i += 2;
      if (i > chars.length) throw new BadPatternError();
    } else if (c === '[') {
      i++;
      if (chars[i] === '^') i++;
      let nrange = 0;
      for (;;) {
        if (i >= chars.length) throw new BadPatternError();
        if (chars[i] === ']' && nrange > 0) {
          i++;
          break;
        }
        getEsc();
        if (chars[i] === '-') {
          i++;
          getEsc();
        }
        nrange++;
      }
    } else i++;
  }
}

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

export interface Pattern {
  /** The cleaned pattern without its `!`. */
  pattern: string;
  exclusion: boolean;
  matchType: MatchType;
  regexp?: RegExp;
  dirs: string[];
}

const escapeChars = '.+()|{}$';

/** Pattern.compile: the match strategy and (for regexpMatch) the regexp source. */
export function compilePattern(pattern: string): { matchType: MatchType; regexp: string } {
  const chars = Array.from(pattern);
  let re = '^';
  let type: MatchType = 'exact';
  for (let i = 0, k = 0; k < chars.length; i++) {
    const ch = chars[k++] ?? '';
    if (ch === '*') {
      if (chars[k] === '*') {
        k++;
        if (chars[k] === '/') k++;
        if (k >= chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            re += '.*';
            type = 'regexp';
          }
        } else {
          re += '(.*/)?';
          type = 'regexp';
        }
        if (i === 0) type = 'suffix';
      } else {
        re += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      re += '[^/]';
      type = 'regexp';
    } else if (escapeChars.includes(ch)) {
      re += '\\' + ch;
    } else if (ch === '\\') {
      const next = chars[k];
      if (next !== undefined) {
        k++;
        re += /[A-Za-z0-9]/.test(next) ? next : '\\u{' + (next.codePointAt(0) ?? 0).toString(16) + '}';
        type = 'regexp';
      } else re += '\\\\';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      type = 'regexp';
    } else {
      re += ch;
    }
  }
  if (type !== 'regexp') return { matchType: type, regexp: '' };
  return { matchType: type, regexp: re + '$' };
}

function matchOne(p: Pattern, path: string): boolean {
  switch (p.matchType) {
    case 'exact':
      return path === p.pattern;
    case 'prefix':
      return path.startsWith(p.pattern.slice(0, -2));
    case 'suffix': {
      const suffix = p.pattern.slice(2);
      if (path.endsWith(suffix)) return true;
      return suffix.startsWith('/') && path === suffix.slice(1);
    }
    case 'regexp':
      return p.regexp?.test(path) ?? false;
  }
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  return cleanPath(p.slice(0, i + 1));
}

/** patternmatcher.PatternMatcher: ordered patterns, the last match wins, `!` re-includes. */
export class PatternMatcher {
  readonly patterns: Pattern[] = [];
  readonly exclusions: boolean = false;

  /** Throws ParseError for `!` alone and BadPatternError for malformed globs. */
  constructor(patterns: readonly string[]) {
    for (const raw of patterns) {
      let p = raw.trim();
      if (p === '') continue;
      p = cleanPath(p);
      let exclusion = false;
      if (p.startsWith('!')) {
        if (p.length === 1) throw new ParseError('illegal exclusion pattern: "!"');
        exclusion = true;
        p = p.slice(1);
        this.exclusions = true;
      }
      validateGlob(p);
      const { matchType, regexp } = compilePattern(p);
      this.patterns.push({
        pattern: p,
        exclusion,
        matchType,
        regexp: regexp ? new RegExp(regexp, 'su') : undefined,
        dirs: p.split('/'),
      });
    }
  }

  /** MatchesOrParentMatches: whether the path (or one of its parent dirs) is ignored. */
  matchesOrParentMatches(file: string): boolean {
    let matched = false;
    const parent = dirname(file);
    const parentDirs = parent.split('/');
    for (const p of this.patterns) {
      if (p.exclusion !== matched) continue;
      let m = matchOne(p, file);
      if (!m && parent !== '.') {
        for (let i = 0; i < parentDirs.length && !m; i++) m = matchOne(p, parentDirs.slice(0, i + 1).join('/'));
      }
      if (m) matched = !p.exclusion;
    }
    return matched;
  }

  /** The deprecated Matches: parents are checked only at the pattern's own depth. */
  matches(file: string): boolean {
    let matched = false;
    const f = cleanPath(file);
    const parent = dirname(f);
    const parentDirs = parent.split('/');
    for (const p of this.patterns) {
      if (p.exclusion !== matched) continue;
      let m = matchOne(p, f);
      if (!m && parent !== '.' && p.dirs.length <= parentDirs.length) {
        m = matchOne(p, parentDirs.slice(0, p.dirs.length).join('/'));
      }
      if (m) matched = !p.exclusion;
    }
    return matched;
  }
}
