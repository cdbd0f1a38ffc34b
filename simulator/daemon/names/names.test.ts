import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidArgumentError } from '../../errors';
import { describeConformance, readConformanceJson } from '../../testing/conformance.node';
import { seededRandom, type Random } from '../../util/random';
import { generateContainerName, generateId, getRandomName, nameConflictError, truncateId, validateContainerName } from '.';
import { LEFT, RIGHT } from './names-data';

/** A Random that replays fixed integers (each taken modulo the requested bound). */
function scripted(ints: number[], bytes: Uint8Array[] = []): Random {
  return {
    int: (max) => {
      const v = ints.shift();
      if (v === undefined) throw new Error('script exhausted');
      return v % max;
    },
    bytes: (n) => {
      const b = bytes.shift();
      if (!b || b.length !== n) throw new Error('script exhausted');
      return b;
    },
  };
}

const NAME = /^[a-z]+_[a-z]+$/;

describeConformance('name word lists (names_generator.json)', () => {
  it('match the conformance lists exactly, in order', () => {
    const source = readConformanceJson<{ left: string[]; right: string[] }>('names_generator.json');
    expect(LEFT).toEqual(source.left);
    expect(RIGHT).toEqual(source.right);
    expect(LEFT).toHaveLength(108);
    expect(RIGHT).toHaveLength(236);
  });
});

describe('getRandomName', () => {
  it('joins an adjective and a surname, drawing the adjective first', () => {
    const i = LEFT.indexOf('exciting');
    const j = RIGHT.indexOf('chebyshev');
    expect(getRandomName(scripted([i, j]))).toBe('exciting_chebyshev');
  });

  it('never produces boring_wozniak', () => {
    const random = scripted([LEFT.indexOf('boring'), RIGHT.indexOf('wozniak'), LEFT.indexOf('boring'), RIGHT.indexOf('wright')]);
    expect(getRandomName(random)).toBe('boring_wright');
  });

  it('appends a random digit on retries', () => {
    expect(getRandomName(scripted([0, 0, 7]), 1)).toBe('admiring_agnesi7');
    expect(getRandomName(scripted([107, 235, 0]), 5)).toBe('zen_zhukovsky0');
  });

  it('is reproducible with a seeded Random', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 20 }, () => getRandomName(a));
    const second = Array.from({ length: 20 }, () => getRandomName(b));
    expect(first).toEqual(second);
    for (const name of first) expect(name).toMatch(NAME);
    expect(new Set(first).size).toBeGreaterThan(15);
    expect(Array.from({ length: 20 }, () => getRandomName(seededRandom(7)))).toEqual(
      Array.from({ length: 20 }, () => getRandomName(seededRandom(7))),
    );
  });
});

describe('generateContainerName', () => {
  it('uses the first free name', () => {
    const name = generateContainerName(scripted([0, 0]), () => false, 'f'.repeat(64));
    expect(name).toBe('admiring_agnesi');
  });

  it('retries with a digit appended, asking about bare names', () => {
    const asked: string[] = [];
    const taken = new Set(['admiring_agnesi', 'adoring_albattani3']);
    const name = generateContainerName(
      scripted([0, 0, 1, 1, 3, 2, 2, 4]),
      (n) => {
        asked.push(n);
        return taken.has(n);
      },
      'f'.repeat(64),
    );
    expect(asked).toEqual(['admiring_agnesi', 'adoring_albattani3', 'affectionate_allen4']);
    expect(name).toBe('affectionate_allen4');
  });

  it('falls back to the short ID after six taken names', () => {
    const asked: string[] = [];
    const id = '3f4e8b2a91c0' + 'ab'.repeat(26);
    const name = generateContainerName(
      seededRandom(1),
      (n) => {
        asked.push(n);
        return true;
      },
      id,
    );
    expect(asked).toHaveLength(6);
    expect(asked[0]).toMatch(NAME);
    for (const n of asked.slice(1)) expect(n).toMatch(/^[a-z]+_[a-z]+\d$/);
    expect(name).toBe('3f4e8b2a91c0');
  });

  it('gives the same names for the same seed', () => {
    const run = () => {
      const random = seededRandom(2026);
      const taken = new Set<string>();
      return Array.from({ length: 10 }, () => {
        const n = generateContainerName(random, (c) => taken.has(c), generateId(random));
        taken.add(n);
        return n;
      });
    };
    expect(run()).toEqual(run());
  });
});

describe('generateId', () => {
  it('is 64 lowercase hex', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 50; i++) expect(generateId(random)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('skips IDs whose short form is all digits', () => {
    const numeric = new Uint8Array(32).fill(0x12); // "1212…" – all digits
    const mixed = new Uint8Array(32).fill(0xab);
    expect(generateId(scripted([], [numeric, mixed]))).toBe('ab'.repeat(32));
    const digitsThenLetter = new Uint8Array(32).fill(0x11);
    digitsThenLetter[5] = 0x1a; // 11111111111a: not all digits
    expect(generateId(scripted([], [digitsThenLetter]))).toMatch(/^11111111111a/);
  });

  it('is reproducible with a seeded Random', () => {
    expect(generateId(seededRandom(9))).toBe(generateId(seededRandom(9)));
    expect(generateId(seededRandom(9))).not.toBe(generateId(seededRandom(10)));
  });

  it('truncates to 12 characters after any algorithm prefix', () => {
    expect(truncateId('sha256:' + 'a'.repeat(64))).toBe('a'.repeat(12));
    expect(truncateId('0123456789abcdef')).toBe('0123456789ab');
    expect(truncateId('abc')).toBe('abc');
  });
});

describe('validateContainerName', () => {
  it.each(['web', 'my_app.v2-1', 'a1', '/web', 'Web01'])('accepts %j', (name) => {
    expect(validateContainerName(name)).toBe(`/${name.replace(/^\//, '')}`);
  });

  it.each(['a', '_web', '-web', '.web', 'web server', 'web/1', '웹', '//web', ''])('rejects %j', (name) => {
    expect(() => validateContainerName(name)).toThrow(InvalidArgumentError);
    expect(() => validateContainerName(name)).toThrow(
      `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
    );
  });

  it('builds the name conflict error', () => {
    const id = 'c'.repeat(64);
    const err = nameConflictError('/web', id);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.message).toBe(
      `Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  });
});
