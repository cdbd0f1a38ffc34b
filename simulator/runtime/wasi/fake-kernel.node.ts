/**
 * A kernel for testing the WASI layer on the test's own thread: virtual clocks that
 * move only when the program sleeps, output recorded as (fd, text) writes, and stdin
 * from a fixed byte string.
 */
import type { StdinSource, WasiKernel } from './kernel';

export interface FakeKernel extends WasiKernel {
  readonly writes: Array<[fd: number, text: string]>;
  readonly sleeps: bigint[];
  yields: number;
  /** Everything written to fd, as text. */
  text(fd: 1 | 2): string;
}

export function fixedStdin(bytes: Uint8Array): StdinSource {
  let offset = 0;
  return {
    read(into) {
      const n = Math.min(into.length, bytes.length - offset);
      into.set(bytes.subarray(offset, offset + n));
      offset += n;
      return n;
    },
    available: () => bytes.length - offset,
    wait: () => true,
  };
}

export function createFakeKernel(options: { args?: string[]; env?: string[]; tty?: boolean; stdin?: StdinSource } = {}): FakeKernel {
  const decoder = new TextDecoder();
  let mono = 1_000_000_000n;
  let counter = 0;
  const kernel: FakeKernel = {
    args: options.args ?? ['prog'],
    env: options.env ?? [],
    tty: options.tty ?? false,
    stdin: options.stdin ?? fixedStdin(new Uint8Array(0)),
    writes: [],
    sleeps: [],
    yields: 0,
    write(fd, data) {
      kernel.writes.push([fd, decoder.decode(data)]);
    },
    realtime: () => 1_767_603_600_000_000_000n + mono,
    monotonic: () => mono,
    random(into) {
      for (let i = 0; i < into.length; i++) into[i] = (counter++ * 37 + 11) & 0xff;
    },
    sleep(ns) {
      kernel.sleeps.push(ns);
      mono += ns;
    },
    yield() {
      kernel.yields++;
    },
    text(fd) {
      return kernel.writes.filter(([f]) => f === fd).map(([, t]) => t).join('');
    },
  };
  return kernel;
}
