/**
 * A cgroup's memory limit for WebAssembly: the module's own linear memory gets a maximum
 * (its memory section rewritten), so growing past the limit fails inside the program —
 * malloc returns NULL — the way allocation fails under `docker run -m`. A program that
 * then dies counts as killed by the OOM killer (the worker reports it).
 */

const PAGE = 65536;
const MEMORY_SECTION = 5;

function readU32(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  let i = at;
  for (;;) {
    const b = bytes[i++]!;
    value |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [value >>> 0, i];
    shift += 7;
  }
}

function writeU32(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let b = v & 0x7f;
    v >>>= 7;
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}

/** Pages a limit of `bytes` allows (at least one). */
export function limitPages(bytes: number): number {
  return Math.max(1, Math.floor(bytes / PAGE));
}

/**
 * The module with every memory it defines capped at `maxPages` (never below its initial
 * size, which the module needs to start at all). Imported memories are left alone.
 */
export function withMemoryLimit(module: Uint8Array, maxPages: number): Uint8Array {
  let at = 8;
  while (at < module.length) {
    const id = module[at]!;
    const [size, body] = readU32(module, at + 1);
    const end = body + size;
    if (id === MEMORY_SECTION) {
      const [count, first] = readU32(module, body);
      const out: number[] = [...writeU32(count)];
      let i = first;
      for (let n = 0; n < count; n++) {
        const flags = module[i++]!;
        const [min, afterMin] = readU32(module, i);
        i = afterMin;
        let max = maxPages;
        if (flags & 1) {
          const [oldMax, afterMax] = readU32(module, i);
          i = afterMax;
          max = Math.min(oldMax, maxPages);
        }
        out.push(flags | 1, ...writeU32(min), ...writeU32(Math.max(min, max)));
      }
      const section = [MEMORY_SECTION, ...writeU32(out.length), ...out];
      const result = new Uint8Array(at + section.length + (module.length - end));
      result.set(module.subarray(0, at));
      result.set(section, at);
      result.set(module.subarray(end), at + section.length);
      return result;
    }
    at = end;
  }
  return module;
}
