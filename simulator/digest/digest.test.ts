import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import {
  Digester,
  digestAlgorithm,
  digestEncoded,
  digestError,
  digestFromHex,
  digestOf,
  isDigest,
  parseDigest,
  sha256Hex,
  Sha256Hasher,
  InvalidDigestError,
} from './index';

const HEX64 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('sha256', () => {
  it('hashes bytes and text (FIPS 180-2 vectors)', () => {
    expect(sha256Hex(new Uint8Array())).toBe(HEX64);
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(sha256Hex('abc'));
  });

  it('hashes incrementally to the same value', () => {
    const h = new Sha256Hasher().update('ab').update(new Uint8Array([0x63]));
    expect(h.hex()).toBe(sha256Hex('abc'));
    expect(() => h.update('x')).toThrow();
    const d = new Digester().update('a').update('bc');
    expect(d.digest()).toBe(digestOf('abc'));
  });
});

describe('digest', () => {
  it('prefixes the algorithm', () => {
    expect(digestOf(new Uint8Array())).toBe(`sha256:${HEX64}`);
    expect(digestFromHex(HEX64)).toBe(`sha256:${HEX64}`);
    expect(digestAlgorithm(`sha256:${HEX64}`)).toBe('sha256');
    expect(digestEncoded(`sha256:${HEX64}`)).toBe(HEX64);
  });

  it('accepts a well-formed sha256 digest', () => {
    expect(parseDigest(`sha256:${HEX64}`)).toBe(`sha256:${HEX64}`);
    expect(isDigest(`sha256:${HEX64}`)).toBe(true);
  });

  const rejects: Array<[string, string, string]> = [
    ['', 'invalid_format', 'invalid checksum digest format'],
    [HEX64, 'invalid_format', 'invalid checksum digest format'],
    [':abc', 'invalid_format', 'invalid checksum digest format'],
    ['sha256:', 'invalid_format', 'invalid checksum digest format'],
    ['sha256:ffff', 'invalid_length', 'invalid checksum digest length'],
    [`sha256:${HEX64.toUpperCase()}`, 'invalid_format', 'invalid checksum digest format'],
    [`sha256:${HEX64.slice(0, 63)}g`, 'invalid_format', 'invalid checksum digest format'],
    [`sha512:${'f'.repeat(128)}`, 'unsupported', 'unsupported digest algorithm'],
    [`md5:${'f'.repeat(32)}`, 'unsupported', 'unsupported digest algorithm'],
    [`Sha256:${HEX64}`, 'invalid_format', 'invalid checksum digest format'],
    ['foo:bar!', 'invalid_format', 'invalid checksum digest format'],
  ];
  it.each(rejects)('rejects %j as %s', (input, kind, message) => {
    const err = digestError(input);
    expect(err).toBeInstanceOf(InvalidDigestError);
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect(err?.kind).toBe(kind);
    expect(err?.message).toBe(message);
    expect(() => parseDigest(input)).toThrow(message);
    expect(isDigest(input)).toBe(false);
  });
});
