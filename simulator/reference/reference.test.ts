import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import {
  BadPatternError,
  DigestReference,
  familiarMatch,
  familiarName,
  familiarString,
  InvalidReferenceError,
  isNameOnly,
  parse,
  parseAnyReference,
  parseDockerRef,
  parseNormalizedNamed,
  Reference,
  splitDockerDomain,
  tagNameOnly,
  trimNamed,
  withDigest,
  withName,
  withTag,
} from './index';

const D = `sha256:${'ab'.repeat(32)}`;

describe('Reference', () => {
  it('prints the full and the familiar form', () => {
    const ref = new Reference('docker.io', 'library/ubuntu', 'latest', `sha256:${'0'.repeat(64)}`);
    expect(ref.name).toBe('docker.io/library/ubuntu');
    expect(ref.toString()).toBe(`docker.io/library/ubuntu:latest@sha256:${'0'.repeat(64)}`);
    expect(ref.familiarName()).toBe('ubuntu');
    expect(ref.familiarString()).toBe(`ubuntu:latest@sha256:${'0'.repeat(64)}`);
    expect(JSON.stringify(ref)).toBe(JSON.stringify(ref.toString()));
  });

  it('keeps namespaces and other registries in the familiar form', () => {
    expect(familiarString(parseNormalizedNamed('me/app:1'))).toBe('me/app:1');
    expect(familiarName(parseNormalizedNamed('docker.io/library/a/b'))).toBe('library/a/b');
    expect(familiarName(parseNormalizedNamed('ghcr.io/library/x'))).toBe('ghcr.io/library/x');
    expect(familiarString(parseAnyReference(D))).toBe(D);
  });

  it('does not normalize in parse', () => {
    const ref = parse('ubuntu:22.04');
    expect([ref.domain, ref.path, ref.tag, ref.digest]).toEqual(['', 'ubuntu', '22.04', undefined]);
  });
});

describe('composition', () => {
  it('adds and removes tags and digests', () => {
    const name = parseNormalizedNamed('busybox');
    expect(isNameOnly(name)).toBe(true);
    const tagged = tagNameOnly(name);
    expect(tagged.toString()).toBe('docker.io/library/busybox:latest');
    expect(tagNameOnly(tagged)).toBe(tagged);
    const both = withDigest(tagged, D);
    expect(both.toString()).toBe(`docker.io/library/busybox:latest@${D}`);
    expect(trimNamed(both).toString()).toBe('docker.io/library/busybox');
    expect(tagNameOnly(withDigest(name, D)).tag).toBeUndefined();
    expect(parseDockerRef(`busybox:1@${D}`).toString()).toBe(`docker.io/library/busybox@${D}`);
  });

  it('rejects invalid components with Docker texts', () => {
    const ref = parseNormalizedNamed('busybox');
    expect(() => parseNormalizedNamed('-foo')).toThrow('invalid reference format');
    expect(() => withTag(ref, '-foo')).toThrow('invalid tag format');
    expect(() => withDigest(ref, 'foo')).toThrow('invalid digest format');
    expect(() => withName('a:b')).toThrow('invalid reference format');
  });

  it('throws typed errors with a kind', () => {
    const err = (() => {
      try {
        parseNormalizedNamed('Ubuntu');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(InvalidReferenceError);
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect((err as InvalidReferenceError).kind).toBe('uppercase');
    expect((err as InvalidReferenceError).status).toBe(400);
    expect((err as Error).message).toBe('invalid reference format: repository name (library/Ubuntu) must be lowercase');
  });
});

describe('normalization helpers', () => {
  it('splits the Docker Hub domain off', () => {
    expect(splitDockerDomain('ubuntu')).toEqual(['docker.io', 'library/ubuntu']);
    expect(splitDockerDomain('index.docker.io/me/app')).toEqual(['docker.io', 'me/app']);
    expect(splitDockerDomain('localhost/app')).toEqual(['localhost', 'app']);
    expect(splitDockerDomain('Host/app')).toEqual(['Host', 'app']);
    expect(splitDockerDomain('me/app')).toEqual(['docker.io', 'me/app']);
  });

  it('parses IDs and digests as digest references', () => {
    const hex = 'ab'.repeat(32);
    const byId = parseAnyReference(hex);
    expect(byId).toBeInstanceOf(DigestReference);
    expect(byId.toString()).toBe(`sha256:${hex}`);
    expect(() => parseNormalizedNamed(hex)).toThrow(`invalid repository name (${hex}), cannot specify 64-byte hexadecimal strings`);
  });

  it('reports a bad match pattern', () => {
    expect(() => familiarMatch('[-x]', parseAnyReference('foo'))).toThrow(BadPatternError);
    expect(familiarMatch('ubuntu', parseNormalizedNamed('ubuntu:22.04'))).toBe(true);
    expect(familiarMatch('ubuntu:*', parseNormalizedNamed('ubuntu:22.04'))).toBe(true);
    expect(familiarMatch('debian', parseNormalizedNamed('ubuntu'))).toBe(false);
  });
});
