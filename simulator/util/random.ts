/**
 * Randomness for IDs and names. `seededRandom` makes a run reproducible (`--seed N`,
 * `?seed=N`); `systemRandom` uses the platform's CSPRNG.
 */
export interface Random {
  /** n random bytes. */
  bytes(n: number): Uint8Array;
  /** A uniform integer in [0, max). */
  int(max: number): number;
}

/** splitmix64-seeded xoshiro128** : small, fast and well distributed. */
export function seededRandom(seed: number): Random {
  let x = BigInt.asUintN(64, BigInt(Math.trunc(seed)));
  const next64 = (): bigint => {
    x = BigInt.asUintN(64, x + 0x9e3779b97f4a7c15n);
    let z = x;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  };
  const a = next64();
  const b = next64();
  const s = new Uint32Array([Number(a & 0xffffffffn), Number(a >> 32n), Number(b & 0xffffffffn), Number(b >> 32n)]);
  const rotl = (v: number, k: number): number => ((v << k) | (v >>> (32 - k))) >>> 0;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1]! << 9) >>> 0;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  };
  return {
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i += 4) {
        const v = nextU32();
        for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (v >>> (8 * j)) & 0xff;
      }
      return out;
    },
    int(max) {
      if (max <= 0) throw new RangeError('max must be positive');
      // rejection sampling keeps the distribution uniform
      const limit = Math.floor(0x100000000 / max) * max;
      for (;;) {
        const v = nextU32();
        if (v < limit) return v % max;
      }
    },
  };
}

export function systemRandom(): Random {
  return {
    bytes(n) {
      const out = new Uint8Array(n);
      globalThis.crypto.getRandomValues(out);
      return out;
    },
    int(max) {
      if (max <= 0) throw new RangeError('max must be positive');
      const limit = Math.floor(0x100000000 / max) * max;
      const buf = new Uint32Array(1);
      for (;;) {
        globalThis.crypto.getRandomValues(buf);
        if (buf[0]! < limit) return buf[0]! % max;
      }
    },
  };
}
