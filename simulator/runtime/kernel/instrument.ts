/**
 * Preemption points for WebAssembly programs, so that `docker pause` stops even a
 * process that only computes. A cgroup freezer stops a task wherever it is; a Web Worker
 * cannot be stopped from outside, so the program itself is made to look in now and
 * then: every loop of every function counts down a new global, and when it reaches zero
 * calls the import `gorae.preempt`, which blocks while the container is frozen and
 * returns the next count. A loop costs a few instructions more; the call is rare.
 *
 * The rewrite adds a function type, an import (shifting the indices of the module's own
 * functions by one, so every call, export, element and ref.func is renumbered) and a
 * global. Only the MVP instruction set with its common extensions is understood; a
 * module with anything else is left as it is (it then pauses at system calls only).
 */

import { GORAE_MODULE, PREEMPT_INTERVAL } from '../wasi/syscalls/gorae';

const PREEMPT_IMPORT = 'preempt';

class Reader {
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
  ) {}
  byte(): number {
    const b = this.bytes[this.at++];
    if (b === undefined) throw new Unsupported('unexpected end');
    return b;
  }
  u32(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
      shift += 7;
    }
  }
  /** Skips a signed or unsigned LEB128 of any width. */
  skipLeb(): void {
    while (this.byte() & 0x80);
  }
  skip(n: number): void {
    this.at += n;
  }
}

class Unsupported extends Error {}

function leb(value: number): number[] {
  const out: number[] = [];
  let v = value;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}

function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value;
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

interface Section {
  id: number;
  body: Uint8Array;
}

function sections(module: Uint8Array): Section[] {
  const r = new Reader(module, 8);
  const out: Section[] = [];
  while (r.at < module.length) {
    const id = r.byte();
    const size = r.u32();
    out.push({ id, body: module.subarray(r.at, r.at + size) });
    r.skip(size);
  }
  return out;
}

function vecOf(items: number[][]): number[] {
  return [...leb(items.length), ...items.flat()];
}

/** Copies an instruction sequence up to its final `end`, renumbering function indices and instrumenting loops. */
function rewriteExpr(r: Reader, out: number[], shift: (f: number) => number, onLoop: () => number[], allowLoops: boolean): void {
  let depth = 0;
  for (;;) {
    const start = r.at;
    const op = r.byte();
    const copy = (): void => {
      for (let i = start; i < r.at; i++) out.push(r.bytes[i]!);
    };
    switch (op) {
      case 0x02:
      case 0x03:
      case 0x04: {
        const bt = r.bytes[r.at]!;
        if (bt === 0x40 || (bt >= 0x6f && bt <= 0x7f)) r.skip(1);
        else r.skipLeb();
        copy();
        depth++;
        if (op === 0x03 && allowLoops) out.push(...onLoop());
        break;
      }
      case 0x0b:
        copy();
        if (depth === 0) return;
        depth--;
        break;
      case 0x0c:
      case 0x0d:
      case 0x20:
      case 0x21:
      case 0x22:
      case 0x23:
      case 0x24:
      case 0x25:
      case 0x26:
      case 0x3f:
      case 0x40:
      case 0xd0:
        r.skipLeb();
        copy();
        break;
      case 0x0e: {
        const n = r.u32();
        for (let i = 0; i <= n; i++) r.skipLeb();
        copy();
        break;
      }
      case 0x10:
      case 0xd2: {
        const f = r.u32();
        out.push(op, ...leb(shift(f)));
        break;
      }
      case 0x11:
        r.skipLeb();
        r.skipLeb();
        copy();
        break;
      case 0x1c: {
        const n = r.u32();
        r.skip(n);
        copy();
        break;
      }
      case 0x41:
      case 0x42:
        r.skipLeb();
        copy();
        break;
      case 0x43:
        r.skip(4);
        copy();
        break;
      case 0x44:
        r.skip(8);
        copy();
        break;
      case 0xfc: {
        const sub = r.u32();
        if (sub <= 7) {
          // saturating truncations: no immediates
        } else if (sub === 8 || sub === 12 || sub === 14) {
          r.skipLeb();
          r.skipLeb();
        } else if (sub === 9 || sub === 11 || sub === 13 || sub === 15 || sub === 16 || sub === 17) {
          r.skipLeb();
        } else if (sub === 10) {
          r.skipLeb();
          r.skipLeb();
        } else throw new Unsupported(`0xfc ${sub}`);
        copy();
        break;
      }
      default:
        if (op >= 0x28 && op <= 0x3e) {
          r.skipLeb();
          r.skipLeb();
          copy();
        } else if (op === 0x00 || op === 0x01 || op === 0x05 || op === 0x0f || op === 0x1a || op === 0x1b || (op >= 0x45 && op <= 0xc4) || op === 0xd1) {
          copy();
        } else throw new Unsupported(`opcode 0x${op.toString(16)}`);
    }
  }
}

/** The module with preemption points, or the module itself when it cannot be rewritten. */
export function instrumentPreemption(module: Uint8Array): Uint8Array {
  try {
    return rewrite(module);
  } catch (e) {
    if (e instanceof Unsupported) return module;
    throw e;
  }
}

function rewrite(module: Uint8Array): Uint8Array {
  const secs = sections(module);
  const find = (id: number): Section | undefined => secs.find((s) => s.id === id);
  if (!find(10)) return module;
  // Types: append () -> i32.
  const typeSec = find(1);
  let typeCount = 0;
  let typeBody: number[] = [];
  if (typeSec) {
    const r = new Reader(typeSec.body, 0);
    typeCount = r.u32();
    typeBody = Array.from(typeSec.body.subarray(r.at));
  }
  const preemptType = typeCount;
  const newTypes = [...leb(typeCount + 1), ...typeBody, 0x60, 0x00, 0x01, 0x7f];
  // Imports: count functions and globals, append gorae.preempt.
  const importSec = find(2);
  let importedFuncs = 0;
  let importedGlobals = 0;
  let importCount = 0;
  let importBody: number[] = [];
  if (importSec) {
    const r = new Reader(importSec.body, 0);
    importCount = r.u32();
    const begin = r.at;
    for (let i = 0; i < importCount; i++) {
      r.skip(r.u32());
      r.skip(r.u32());
      const kind = r.byte();
      if (kind === 0) {
        importedFuncs++;
        r.skipLeb();
      } else if (kind === 1) {
        r.byte();
        const flags = r.u32();
        r.skipLeb();
        if (flags & 1) r.skipLeb();
      } else if (kind === 2) {
        const flags = r.u32();
        r.skipLeb();
        if (flags & 1) r.skipLeb();
      } else if (kind === 3) {
        importedGlobals++;
        r.byte();
        r.byte();
      } else throw new Unsupported('import kind');
    }
    importBody = Array.from(importSec.body.subarray(begin, r.at));
  }
  const enc = new TextEncoder();
  const modName = enc.encode(GORAE_MODULE);
  const fieldName = enc.encode(PREEMPT_IMPORT);
  const preemptFunc = importedFuncs;
  const newImports = [...leb(importCount + 1), ...importBody, ...leb(modName.length), ...modName, ...leb(fieldName.length), ...fieldName, 0x00, ...leb(preemptType)];
  const shift = (f: number): number => (f >= importedFuncs ? f + 1 : f);
  // Globals: append the countdown.
  const globalSec = find(6);
  let definedGlobals = 0;
  let globalBody: number[] = [];
  if (globalSec) {
    const r = new Reader(globalSec.body, 0);
    definedGlobals = r.u32();
    const begin = r.at;
    for (let i = 0; i < definedGlobals; i++) {
      r.byte();
      r.byte();
      const out: number[] = [];
      rewriteExpr(r, out, shift, () => [], false);
    }
    globalBody = Array.from(globalSec.body.subarray(begin, r.at));
  }
  const counter = importedGlobals + definedGlobals;
  const newGlobals = [...leb(definedGlobals + 1), ...globalBody, 0x7f, 0x01, 0x41, ...sleb(PREEMPT_INTERVAL), 0x0b];
  // At each loop head: if (--counter == 0) counter = preempt();
  const g = leb(counter);
  const atLoop = (): number[] => [0x23, ...g, 0x41, 0x01, 0x6b, 0x24, ...g, 0x23, ...g, 0x45, 0x04, 0x40, 0x10, ...leb(preemptFunc), 0x24, ...g, 0x0b];
  // Exports: renumber functions.
  const exportSec = find(7);
  let newExports: number[] | undefined;
  if (exportSec) {
    const r = new Reader(exportSec.body, 0);
    const n = r.u32();
    const items: number[][] = [];
    for (let i = 0; i < n; i++) {
      const nameStart = r.at;
      r.skip(r.u32());
      const name = Array.from(exportSec.body.subarray(nameStart, r.at));
      const kind = r.byte();
      const index = r.u32();
      items.push([...name, kind, ...leb(kind === 0 ? shift(index) : index)]);
    }
    newExports = vecOf(items);
  }
  const startSec = find(8);
  const newStart = startSec ? leb(shift(new Reader(startSec.body, 0).u32())) : undefined;
  // Elements: renumber function indices (the forms clang emits: active, funcidx vector).
  const elemSec = find(9);
  let newElems: number[] | undefined;
  if (elemSec) {
    const r = new Reader(elemSec.body, 0);
    const n = r.u32();
    const out: number[] = [...leb(n)];
    for (let i = 0; i < n; i++) {
      const flags = r.u32();
      if (flags !== 0) throw new Unsupported(`element segment form ${flags}`);
      out.push(...leb(flags));
      rewriteExpr(r, out, shift, () => [], false);
      const count = r.u32();
      out.push(...leb(count));
      for (let j = 0; j < count; j++) out.push(...leb(shift(r.u32())));
    }
    newElems = out;
  }
  // Code: every body.
  const codeSec = find(10)!;
  const cr = new Reader(codeSec.body, 0);
  const bodies = cr.u32();
  const newCode: number[] = [...leb(bodies)];
  for (let i = 0; i < bodies; i++) {
    const size = cr.u32();
    const end = cr.at + size;
    const body: number[] = [];
    const locals = cr.u32();
    body.push(...leb(locals));
    for (let j = 0; j < locals; j++) {
      body.push(...leb(cr.u32()));
      body.push(cr.byte());
    }
    rewriteExpr(cr, body, shift, atLoop, true);
    if (cr.at !== end) throw new Unsupported('body length');
    newCode.push(...leb(body.length), ...body);
  }
  // Reassemble in section order, adding the global section if there was none.
  const replaced = new Map<number, number[]>([
    [1, newTypes],
    [2, newImports],
    [6, newGlobals],
    [10, newCode],
  ]);
  if (newExports) replaced.set(7, newExports);
  if (newStart) replaced.set(8, newStart);
  if (newElems) replaced.set(9, newElems);
  const order = [1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11];
  const out: number[] = Array.from(module.subarray(0, 8));
  const emitted = new Set<number>();
  const emit = (id: number, body: ArrayLike<number>): void => {
    out.push(id, ...leb(body.length));
    for (let i = 0; i < body.length; i++) out.push(body[i]!);
  };
  for (const id of order) {
    const sec = find(id);
    const body = replaced.get(id);
    if (body) emit(id, body);
    else if (sec) emit(id, sec.body);
    emitted.add(id);
  }
  for (const sec of secs) if (!emitted.has(sec.id) && sec.id === 0) emit(0, sec.body);
  return Uint8Array.from(out);
}
