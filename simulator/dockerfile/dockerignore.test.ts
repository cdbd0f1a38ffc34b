import { describe, expect, it } from 'vitest';
import { describeConformance, readConformanceJson } from '../testing/conformance.node';
import { BadPatternError, PatternMatcher, compilePattern, readDockerignore } from './dockerignore';

interface Cases {
  ReadAll_example: { input: string; expected: string[] };
  MatchesOrParentMatches_single_pattern: { pattern: string; path: string; ignored: boolean }[];
  MatchesOrParentMatches_multi_pattern: { patterns: string[]; path: string; ignored: boolean }[];
  simple_Matches: { path: string; patterns: string[]; ignored?: boolean; error?: boolean }[];
  'filepath_Match_compat (Matches(s,[pattern]))': { pattern: string; path: string; match: boolean; error: string | null }[];
  "compile (pattern -> matchType, regexp on '/')": { pattern: string; matchType: string; regexp: string }[];
}

/** Some strings in the JSON are UTF-8 bytes read as Latin-1 ("â\u0098º" for "☺"); undo that. */
function fixMojibake(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  } catch {
    return s;
  }
}

describeConformance('dockerignore (moby/patternmatcher)', () => {
  const d = readConformanceJson<Cases>('dockerignore_cases.json');
  it('ReadAll', () => {
    expect(readDockerignore(d.ReadAll_example.input)).toEqual(d.ReadAll_example.expected);
  });
  it.each(d.MatchesOrParentMatches_single_pattern)('single $pattern ~ $path', ({ pattern, path, ignored }) => {
    expect(new PatternMatcher([pattern]).matchesOrParentMatches(path)).toBe(ignored);
  });
  it.each(d.MatchesOrParentMatches_multi_pattern)('multi $patterns ~ $path', ({ patterns, path, ignored }) => {
    expect(new PatternMatcher(patterns).matchesOrParentMatches(path)).toBe(ignored);
  });
  it.each(d.simple_Matches)('Matches $patterns ~ $path', ({ patterns, path, ignored, error }) => {
    if (error) expect(() => new PatternMatcher(patterns).matches(path)).toThrow();
    else expect(new PatternMatcher(patterns).matches(path)).toBe(ignored);
  });
  it.each(d['filepath_Match_compat (Matches(s,[pattern]))'])('filepath.Match $pattern ~ $path', (c) => {
    const pattern = fixMojibake(c.pattern);
    const path = fixMojibake(c.path);
    if (c.error) expect(() => new PatternMatcher([pattern])).toThrow(BadPatternError);
    else expect(new PatternMatcher([pattern]).matches(path)).toBe(c.match);
  });
  it.each(d["compile (pattern -> matchType, regexp on '/')"])('compile $pattern', ({ pattern, matchType, regexp }) => {
    const c = compilePattern(pattern);
    expect(c.matchType + 'Match').toBe(matchType);
    expect(c.regexp).toBe(regexp);
  });
});

describe('dockerignore', () => {
  it('lone ! is an error', () => {
    expect(() => new PatternMatcher(['!'])).toThrow('illegal exclusion pattern: "!"');
  });
});
