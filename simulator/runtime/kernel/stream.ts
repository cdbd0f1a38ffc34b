/**
 * A kernel stream: what a process reads and writes through a stream handle — a pipe's
 * end, a terminal, a container's stdin or its stdout/stderr. Reads never block the
 * engine: a read that would block returns null and the kernel retries it when the
 * stream calls its `onReadable` listeners.
 */
export interface Stream {
  readonly readable: boolean;
  readonly writable: boolean;
  /** A terminal: isatty() is true, and it has a size and a line discipline. */
  readonly tty: boolean;
  /**
   * Takes up to `max` bytes: data, an empty array at the end of input, or null when a
   * read must wait.
   */
  read(max: number): Uint8Array | null;
  /** Bytes readable now: > 0, 0 at the end, -1 when a read would wait. */
  available(): number;
  /** Writes; false when nobody can ever read it (a pipe without readers: EPIPE). */
  write(data: Uint8Array): boolean;
  /** Descriptors referring to this stream, across all processes. */
  refs: number;
  /** Fires when a read that had to wait may now succeed. */
  readonly readiness: Readiness;
  /** The last descriptor is gone. */
  release(): void;
}

type Listener = () => void;

/** Listeners waiting for a stream to become readable. */
export class Readiness {
  private listeners: Listener[] = [];

  on(listener: Listener): void {
    this.listeners.push(listener);
  }

  off(listener: Listener): void {
    this.listeners = this.listeners.filter((l) => l !== listener);
  }

  fire(): void {
    const now = this.listeners;
    this.listeners = [];
    for (const l of now) l();
  }
}

/** Bytes queued in arrival order, taken from the front. */
export class ByteQueue {
  private chunks: Uint8Array[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(data: Uint8Array): void {
    if (data.length === 0) return;
    this.chunks.push(data.slice());
    this.size += data.length;
  }

  take(max: number): Uint8Array {
    const n = Math.min(max, this.size);
    const out = new Uint8Array(n);
    let done = 0;
    while (done < n) {
      const head = this.chunks[0]!;
      const part = Math.min(head.length, n - done);
      out.set(head.subarray(0, part), done);
      done += part;
      if (part === head.length) this.chunks.shift();
      else this.chunks[0] = head.subarray(part);
    }
    this.size -= n;
    return out;
  }
}

/**
 * A pipe: two streams over one buffer. The read end sees the end of input once every
 * write end is closed; writing with every read end closed fails (the writer gets SIGPIPE).
 */
export class Pipe {
  readonly buffer = new ByteQueue();
  readonly readiness = new Readiness();
  readers = 0;
  writers = 0;
  readonly readEnd: Stream;
  readonly writeEnd: Stream;

  constructor() {
    const pipe = this;
    this.readEnd = {
      readable: true,
      writable: false,
      tty: false,
      refs: 0,
      readiness: this.readiness,
      read(max) {
        if (pipe.buffer.length > 0) return pipe.buffer.take(max);
        return pipe.writers === 0 ? new Uint8Array(0) : null;
      },
      available: () => (pipe.buffer.length > 0 ? pipe.buffer.length : pipe.writers === 0 ? 0 : -1),
      write: () => false,
      release() {
        pipe.readers--;
      },
    };
    this.writeEnd = {
      readable: false,
      writable: true,
      tty: false,
      refs: 0,
      readiness: new Readiness(),
      read: () => new Uint8Array(0),
      available: () => 0,
      write(data) {
        if (pipe.readers === 0) return false;
        pipe.buffer.push(data);
        pipe.readiness.fire();
        return true;
      },
      release() {
        pipe.writers--;
        if (pipe.writers === 0) pipe.readiness.fire();
      },
    };
    this.readers = 1;
    this.writers = 1;
  }
}

/** Output that goes somewhere outside the container (its log, an attached client). */
export function outputStream(sink: (data: Uint8Array) => void): Stream {
  return {
    readable: false,
    writable: true,
    tty: false,
    refs: 0,
    readiness: new Readiness(),
    read: () => new Uint8Array(0),
    available: () => 0,
    write(data) {
      sink(data);
      return true;
    },
    release() {},
  };
}

/** A container's stdin fed from outside (`docker run -i`, attach): data until closed. */
export class InputStream implements Stream {
  readonly readable = true;
  readonly writable = false;
  readonly tty = false;
  refs = 0;
  private readonly queue = new ByteQueue();
  private ended = false;

  readonly readiness = new Readiness();

  /** Bytes from the client. */
  feed(data: Uint8Array): void {
    if (this.ended) return;
    this.queue.push(data);
    this.readiness.fire();
  }

  /** The client closed its stdin. */
  end(): void {
    this.ended = true;
    this.readiness.fire();
  }

  read(max: number): Uint8Array | null {
    if (this.queue.length > 0) return this.queue.take(max);
    return this.ended ? new Uint8Array(0) : null;
  }

  available(): number {
    return this.queue.length > 0 ? this.queue.length : this.ended ? 0 : -1;
  }

  write(): boolean {
    return false;
  }

  release(): void {}
}

/** Standard input that is at its end from the start (`docker run` without -i). */
export function closedInput(): Stream {
  return {
    readable: true,
    writable: false,
    tty: false,
    refs: 0,
    readiness: new Readiness(),
    read: () => new Uint8Array(0),
    available: () => 0,
    write: () => false,
    release() {},
  };
}
