/**
 * Every table of conformance/reference_cases.json, each run against the function its `func`
 * note names. A section without a runner here fails the suite, so none is skipped silently.
 */
import { describe, expect, it } from 'vitest';
import { InvalidDigestError } from '../digest';
import { describeConformance, readConformanceJson } from '../testing/conformance.node';
import {
  anchoredDomainRegexp,
  anchoredIdentifierRegexp,
  anchoredNameRegexp,
  DEFAULT_DOMAIN,
  DEFAULT_TAG,
  DigestReference,
  familiarMatch,
  familiarName,
  familiarString,
  InvalidReferenceError,
  LEGACY_DEFAULT_DOMAIN,
  OFFICIAL_REPO_PREFIX,
  parse,
  parseAnyReference,
  parseDockerRef,
  parseNamed,
  parseNormalizedNamed,
  patterns,
  Reference,
  referenceRegexp,
  REPOSITORY_NAME_TOTAL_LENGTH_MAX,
  tagNameOnly,
  withDigest,
  withName,
  withTag,
  type ReferenceErrorKind,
} from './index';
import type { DigestErrorKind } from '../digest';

type Case = Record<string, unknown>;
type Section = { func?: string; cases: Case[] };
type Cases = Record<string, unknown>;

const referenceKinds: Record<string, ReferenceErrorKind> = {
  ErrReferenceInvalidFormat: 'invalid_format',
  ErrTagInvalidFormat: 'invalid_tag',
  ErrDigestInvalidFormat: 'invalid_digest',
  ErrNameContainsUppercase: 'uppercase',
  ErrNameEmpty: 'name_empty',
  ErrNameTooLong: 'name_too_long',
  ErrNameNotCanonical: 'not_canonical',
};
const digestKinds: Record<string, DigestErrorKind> = {
  'digest.ErrDigestInvalidFormat': 'invalid_format',
  'digest.ErrDigestInvalidLength': 'invalid_length',
  'digest.ErrDigestUnsupported': 'unsupported',
};

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error, got none');
}

/** Asserts fn throws the named upstream error with its exact message. */
function expectError(fn: () => unknown, name: string, message: string): void {
  const err = caught(fn);
  if (name in digestKinds) {
    expect(err).toBeInstanceOf(InvalidDigestError);
    expect((err as InvalidDigestError).kind).toBe(digestKinds[name]);
  } else {
    expect(err).toBeInstanceOf(InvalidReferenceError);
    expect((err as InvalidReferenceError).kind).toBe(referenceKinds[name]);
  }
  expect((err as Error).message).toBe(message);
}

function expectMessage(fn: () => unknown, message: string): void {
  const err = caught(fn);
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).message).toBe(message);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const label = (c: Case): string => str(c.input ?? c.name ?? c.reference ?? c.description).slice(0, 80) || '(empty)';

function eachCase(section: Section, run: (c: Case) => void): void {
  it.each(section.cases.map((c) => [label(c), c] as const))('%s', (_l, c) => run(c));
}

function validity(c: Case): void {
  const input = str(c.input);
  if (c.valid) {
    const ref = parseNormalizedNamed(input);
    expect(ref.toString()).toBe(c.normalized);
    expect(familiarString(ref)).toBe(c.familiar);
  } else {
    expectMessage(() => parseNormalizedNamed(input), str(c.message));
  }
}

/** Sections that describe the data set rather than behaviour. */
const metadata = new Set(['_source']);

const runners: Record<string, (value: unknown) => void> = {
  _verification_failures: (v) => it('the data set records no verification failures', () => expect(v).toEqual([])),

  error_messages: (v) => {
    it.each(Object.entries(v as Record<string, string>))('%s', (name, message) => {
      const digestKind = digestKinds[name];
      const err = digestKind ? new InvalidDigestError(digestKind, 'x') : new InvalidReferenceError(referenceKinds[name]!);
      expect(err.message).toBe(message);
    });
  },

  grammar: (v) => {
    const g = v as { max_path_length: number; regexps: Record<string, string>; normalization: Record<string, string> };
    const ours: Record<string, string> = {
      ReferenceRegexp: patterns.reference,
      anchoredNameRegexp: patterns.anchoredName,
      DomainRegexp: patterns.domainAndPort,
      TagRegexp: patterns.tag,
      DigestRegexp: patterns.digest,
    };
    it.each(Object.entries(g.regexps))('%s is the same pattern', (name, source) => {
      expect(ours[name]).toBe(source);
    });
    it('uses the same limits and normalization constants', () => {
      expect(REPOSITORY_NAME_TOTAL_LENGTH_MAX).toBe(g.max_path_length);
      const n = Object.fromEntries(Object.entries(g.normalization).map(([k, val]) => [k.split(' ')[0], val]));
      expect([n.defaultDomain, n.legacyDefaultDomain, n.officialRepoPrefix, n.defaultTag]).toEqual([
        DEFAULT_DOMAIN,
        LEGACY_DEFAULT_DOMAIN,
        OFFICIAL_REPO_PREFIX,
        DEFAULT_TAG,
      ]);
    });
  },

  Parse: (v) =>
    eachCase(v as Section, (c) => {
      const input = str(c.input);
      if (c.error) return expectError(() => parse(input), str(c.error), str(c.message));
      const ref = parse(input);
      expect(ref.toString()).toBe(input);
      expect(ref.name).toBe(c.repository);
      expect(ref.domain).toBe(c.domain);
      expect(ref.tag ?? '').toBe(c.tag);
      expect(ref.digest ?? '').toBe(c.digest);
    }),

  WithName_failures: (v) => eachCase(v as Section, (c) => expectError(() => withName(str(c.input)), str(c.error), str(c.message))),

  WithName_domain_path: (v) =>
    eachCase(v as Section, (c) => {
      const ref = withName(str(c.input));
      expect([ref.domain, ref.path]).toEqual([c.domain, c.path]);
    }),

  Serialization: (v) =>
    eachCase(v as Section, (c) => {
      const input = str(c.input);
      if (c.error) return expectError(() => parse(input), str(c.error), str(c.message));
      const ref = parse(input);
      expect([ref.name, ref.tag ?? '', ref.digest ?? '']).toEqual([c.name, c.tag, c.digest]);
      expect(JSON.stringify({ Description: c.description, Field: ref })).toBe(JSON.stringify({ Description: c.description, Field: input }));
    }),

  WithTag: (v) =>
    eachCase(v as Section, (c) => {
      let named = withName(str(c.name));
      if (c.digest) named = withDigest(named, str(c.digest));
      expect(withTag(named, str(c.tag)).toString()).toBe(c.combined);
    }),

  WithDigest: (v) =>
    eachCase(v as Section, (c) => {
      let named = withName(str(c.name));
      if (c.tag) named = withTag(named, str(c.tag));
      expect(withDigest(named, str(c.digest)).toString()).toBe(c.combined);
    }),

  ParseNamed: (v) =>
    eachCase(v as Section, (c) => {
      const input = str(c.input);
      if (c.error) return expectError(() => parseNamed(input), str(c.error), str(c.message));
      const ref = parseNamed(input);
      expect([ref.domain, ref.path]).toEqual([c.domain, c.path]);
    }),

  ParseNormalizedNamed_validity: (v) => eachCase(v as Section, validity),
  ValidateRemoteName: (v) => eachCase(v as Section, validity),

  ParseRepositoryInfo: (v) =>
    eachCase(v as Section, (c) => {
      for (const input of c.inputs as string[]) {
        const ref = parseNormalizedNamed(input);
        expect(familiarName(ref)).toBe(c.FamiliarName);
        expect(ref.toString()).toBe(c.FullName);
        expect(ref.domain).toBe(c.Domain);
        expect(ref.path).toBe(c['RemoteName(Path)']);
      }
    }),

  ParseReferenceWithTagAndDigest: (v) => {
    const c = v as Case;
    it(str(c.input), () => {
      const ref = parseNormalizedNamed(str(c.input));
      expect(ref.toString()).toBe(c.String);
      expect(familiarString(ref)).toBe(c.FamiliarString);
      expect(ref.tag !== undefined).toBe(c.isTagged);
      expect(ref.digest !== undefined).toBe(c.isCanonical);
    });
  },

  ParseAnyReference: (v) =>
    eachCase(v as Section, (c) => {
      const ref = parseAnyReference(str(c.input));
      expect(ref.toString()).toBe(c.String);
      if (c.type === 'digestReference') {
        expect(ref).toBeInstanceOf(DigestReference);
      } else {
        expect(ref).toBeInstanceOf(Reference);
        expect(ref).toEqual(parse(str(c.String)));
      }
    }),

  NormalizedSplitHostname: (v) =>
    eachCase(v as Section, (c) => {
      const ref = parseNormalizedNamed(str(c.input));
      expect([ref.domain, ref.path]).toEqual([c.domain, c.path]);
    }),

  FamiliarMatch: (v) =>
    eachCase(v as Section, (c) => {
      expect(familiarMatch(str(c.pattern), parseAnyReference(str(c.reference)))).toBe(c.expected);
    }),

  ParseDockerRef: (v) =>
    eachCase(v as Section, (c) => {
      const out = parseDockerRef(str(c.input)).toString();
      expect(out).toBe(c.expected);
      expect(parse(out).toString()).toBe(out);
    }),

  regexp_tests: (v) => {
    for (const [table, cases] of Object.entries(v as Record<string, Case[]>)) {
      describe(table, () => {
        it.each(cases.map((c) => [str(c.input).slice(0, 80) || '(empty)', c] as const))('%s', (_l, c) => {
          const input = str(c.input);
          if (table.startsWith('DomainRegexp')) {
            expect(anchoredDomainRegexp.test(input)).toBe(c.match);
          } else if (table.startsWith('anchoredIdentifierRegexp')) {
            expect(anchoredIdentifierRegexp.test(input)).toBe(c.match);
          } else if (table.startsWith('anchoredNameRegexp')) {
            const m = anchoredNameRegexp.exec(input);
            expect(m !== null).toBe(c.match);
            if (m && c.subs) expect([m[1] ?? '', m[2] ?? '']).toEqual(c.subs);
          } else if (table.startsWith('ReferenceRegexp')) {
            const m = referenceRegexp.exec(input);
            expect(m !== null).toBe(c.match);
            if (m && c.subs) expect([m[1] ?? '', m[2] ?? '', m[3] ?? '']).toEqual(c.subs);
          } else {
            throw new Error(`no runner for regexp table ${table}`);
          }
        });
      });
    }
  },

  examples_computed_by_port: (v) =>
    eachCase(v as Section, (c) => {
      const input = str(c.input);
      if (c.error) return expectMessage(() => tagNameOnly(parseNormalizedNamed(input)), str(c.error));
      const ref = tagNameOnly(parseNormalizedNamed(input));
      expect(ref.toString()).toBe(c.normalized);
      expect(familiarString(ref)).toBe(c.familiar);
    }),
};

describeConformance('reference (conformance/reference_cases.json)', () => {
  const data = readConformanceJson<Cases>('reference_cases.json');

  it('has a runner for every section', () => {
    expect(Object.keys(data).filter((k) => !(k in runners) && !metadata.has(k))).toEqual([]);
  });

  for (const [name, value] of Object.entries(data)) {
    const run = runners[name];
    if (!run) continue;
    const func = (value as Section | undefined)?.func;
    describe(func ? `${name}: ${func}` : name, () => run(value));
  }
});
