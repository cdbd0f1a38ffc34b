/**
 * Worker side: collects a process's writes to stdout and stderr into frames, in
 * program order, so a burst of tiny writes costs one message. A frame is flushed when
 * it is large, when it has waited a while, when the process may block (sleep, read),
 * and at exit, where it rides along with the exit message.
 */
import type { OutputFrame } from './protocol';

/** Flush once this many bytes are waiting; a single write this large is sent alone. */
const FLUSH_BYTES = 64 * 1024;
/** Flush when the oldest waiting byte was written this long ago (checked at each write). */
const FLUSH_MS = 2;

export class OutputBatch {
  private buffer = new Uint8Array(4096);
  private length = 0;
  private segments: number[] = [];
  private lastFd = -1;
  private since = 0;

  constructor(private readonly send: (frame: OutputFrame) => void) {}

  write(fd: number, data: Uint8Array): void {
    if (data.length >= FLUSH_BYTES) {
      this.flush();
      this.send({ data: data.slice(), segments: [fd, data.length] });
      return;
    }
    const now = performance.now();
    if (this.length === 0) this.since = now;
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    if (fd === this.lastFd) {
      this.segments[this.segments.length - 1]! += data.length;
    } else {
      this.segments.push(fd, data.length);
      this.lastFd = fd;
    }
    if (this.length >= FLUSH_BYTES || now - this.since >= FLUSH_MS) this.flush();
  }

  /** Sends what is waiting, if anything. */
  flush(): void {
    const frame = this.take();
    if (frame) this.send(frame);
  }

  /** Removes and returns what is waiting (a copy the receiver may keep). */
  take(): OutputFrame | undefined {
    if (this.length === 0) return undefined;
    const frame = { data: this.buffer.slice(0, this.length), segments: this.segments };
    this.length = 0;
    this.segments = [];
    this.lastFd = -1;
    return frame;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
