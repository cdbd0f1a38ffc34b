/**
 * Access to a process's linear memory. Views are re-created only when the memory has
 * grown (growing detaches the old ArrayBuffer). Out-of-range accesses throw GuestFault,
 * which the system call layer turns into EFAULT.
 */
import type { WasmMemory } from './wasm-api';

/** A pointer from the program that falls outside its memory. */
export class GuestFault extends RangeError {
  constructor(ptr: number, len: number) {
    super(`guest access out of bounds: ${ptr}+${len}`);
    this.name = 'GuestFault';
  }
}

const encoder = new TextEncoder();

export class GuestMemory {
  private memory: WasmMemory | null = null;
  private buffer: ArrayBuffer = new ArrayBuffer(0);
  private dv = new DataView(this.buffer);
  private u8 = new Uint8Array(this.buffer);

  bind(memory: WasmMemory): void {
    this.memory = memory;
    this.refresh();
  }

  private refresh(): void {
    const buffer = this.memory?.buffer;
    if (buffer && buffer !== this.buffer) {
      this.buffer = buffer;
      this.dv = new DataView(buffer);
      this.u8 = new Uint8Array(buffer);
    }
  }

  view(): DataView {
    this.refresh();
    return this.dv;
  }

  /** A live window onto [ptr, ptr + len). Valid until the next call into the program. */
  bytes(ptr: number, len: number): Uint8Array {
    this.refresh();
    if (ptr < 0 || len < 0 || ptr + len > this.u8.length) throw new GuestFault(ptr, len);
    return this.u8.subarray(ptr, ptr + len);
  }

  u32(ptr: number): number {
    return this.view().getUint32(ptr, true);
  }

  setU32(ptr: number, value: number): void {
    this.view().setUint32(ptr, value, true);
  }

  setU64(ptr: number, value: bigint): void {
    this.view().setBigUint64(ptr, value, true);
  }

  /** Each [buf, len] pair of an iovec array. */
  iovecs(ptr: number, count: number): Array<[number, number]> {
    const dv = this.view();
    const out: Array<[number, number]> = [];
    for (let i = 0; i < count; i++) {
      const at = ptr + i * 8;
      out.push([dv.getUint32(at, true), dv.getUint32(at + 4, true)]);
    }
    return out;
  }
}

/** Strings as argv/environ want them: UTF-8, each NUL-terminated, and their total size. */
export interface EncodedStrings {
  readonly items: readonly Uint8Array[];
  readonly size: number;
}

export function encodeStrings(strings: readonly string[]): EncodedStrings {
  const items = strings.map((s) => encoder.encode(`${s}\0`));
  return { items, size: items.reduce((n, b) => n + b.length, 0) };
}
