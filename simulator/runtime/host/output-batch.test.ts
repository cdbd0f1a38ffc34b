import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutputBatch } from './output-batch';
import type { OutputFrame } from './protocol';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (frame: OutputFrame): Array<[number, string]> => {
  const out: Array<[number, string]> = [];
  let offset = 0;
  for (let i = 0; i < frame.segments.length; i += 2) {
    const length = frame.segments[i + 1]!;
    out.push([frame.segments[i]!, new TextDecoder().decode(frame.data.subarray(offset, offset + length))]);
    offset += length;
  }
  return out;
};

describe('OutputBatch', () => {
  afterEach(() => vi.restoreAllMocks());

  it('merges consecutive writes to one stream and keeps the order across streams', () => {
    const sent: OutputFrame[] = [];
    const batch = new OutputBatch((f) => sent.push(f));
    for (const [fd, text] of [[1, 'a'], [1, 'b'], [2, 'c'], [1, 'd'], [2, 'e'], [2, 'f']] as const) batch.write(fd, bytes(text));
    expect(sent).toEqual([]);
    const frame = batch.take()!;
    expect(frame.segments).toEqual([1, 2, 2, 1, 1, 1, 2, 2]);
    expect(decode(frame)).toEqual([[1, 'ab'], [2, 'c'], [1, 'd'], [2, 'ef']]);
    expect(batch.take()).toBeUndefined();
  });

  it('copies the bytes, so the program may reuse its buffer', () => {
    const batch = new OutputBatch(() => undefined);
    const buffer = bytes('hi');
    batch.write(1, buffer);
    buffer.set(bytes('XX'));
    expect(decode(batch.take()!)).toEqual([[1, 'hi']]);
  });

  it('flushes at 64 KiB, and sends a write that large on its own after what waits', () => {
    const sent: OutputFrame[] = [];
    const batch = new OutputBatch((f) => sent.push(f));
    batch.write(2, bytes('first'));
    const big = new Uint8Array(70_000).fill(0x41);
    batch.write(1, big);
    expect(sent.map((f) => f.segments)).toEqual([[2, 5], [1, 70_000]]);
    const chunk = new Uint8Array(20_000);
    for (let i = 0; i < 3; i++) batch.write(1, chunk);
    expect(sent).toHaveLength(2);
    batch.write(1, chunk);
    expect(sent[2]!.segments).toEqual([1, 80_000]);
    expect(batch.take()).toBeUndefined();
  });

  it('flushes a batch whose first byte has waited 2 ms, at the next write', () => {
    const now = vi.spyOn(performance, 'now');
    const sent: OutputFrame[] = [];
    const batch = new OutputBatch((f) => sent.push(f));
    now.mockReturnValue(100);
    batch.write(1, bytes('a'));
    now.mockReturnValue(101.5);
    batch.write(1, bytes('b'));
    expect(sent).toHaveLength(0);
    now.mockReturnValue(102);
    batch.write(2, bytes('c'));
    expect(sent.map(decode)).toEqual([[[1, 'ab'], [2, 'c']]]);
  });
});
