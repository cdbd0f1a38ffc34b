import { describe, expect, it } from 'vitest';
import { BufferWriter, type TerminalInfo } from '../../../util/io';
import { JSONMessageDisplay } from './display';
import { JSONMessageError, type JSONMessage } from './types';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const A = 'a2abf6c4d29d';
const B = 'e6590344b1a5';
const MB3 = 3_145_728;

/** A two-layer pull as the daemon streams it (graphdriver store). */
const PULL: JSONMessage[] = [
  { status: 'Pulling from library/nginx', id: 'latest' },
  { status: 'Pulling fs layer', progressDetail: {}, id: A },
  { status: 'Pulling fs layer', progressDetail: {}, id: B },
  { status: 'Waiting', progressDetail: {}, id: B },
  { status: 'Downloading', progressDetail: { current: 1_048_576, total: MB3 }, progress: '[ignored]', id: A },
  { status: 'Verifying Checksum', progressDetail: {}, id: A },
  { status: 'Download complete', progressDetail: {}, id: A },
  { status: 'Extracting', progressDetail: { current: MB3, total: MB3 }, id: A },
  { status: 'Pull complete', progressDetail: {}, id: A },
  { status: 'Downloading', progressDetail: { current: 512, total: 1024 }, id: B },
  { status: 'Download complete', progressDetail: {}, id: B },
  { status: 'Extracting', progressDetail: { current: 1024, total: 1024 }, id: B },
  { status: 'Pull complete', progressDetail: {}, id: B },
  { status: 'Digest: sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31' },
  { status: 'Status: Downloaded newer image for nginx:latest' },
];

function render(messages: JSONMessage[], terminal: TerminalInfo, now = NOW): string {
  const out = new BufferWriter();
  const display = new JSONMessageDisplay(out, terminal, () => now);
  for (const m of messages) display.write(m);
  return out.text();
}

const tty = (columns: number): TerminalInfo => ({ isTTY: true, columns, rows: 24 });
const pipe: TerminalInfo = { isTTY: false, columns: 80, rows: 24 };

/** Redraw of the line `up` lines above the cursor. */
const redraw = (up: number, text: string) => `\x1b[${up}A\x1b[2K\r${text}\r\x1b[${up}B`;
/** A new progress line at the bottom. */
const open = (text: string) => `\n${redraw(1, text)}`;

describe('JSONMessageDisplay, not a terminal', () => {
  it('prints each step once and leaves out transfer progress', () => {
    expect(render(PULL, pipe)).toBe(
      'latest: Pulling from library/nginx\n' +
        `${A}: Pulling fs layer\n` +
        `${B}: Pulling fs layer\n` +
        `${B}: Waiting\n` +
        `${A}: Verifying Checksum\n` +
        `${A}: Download complete\n` +
        `${A}: Pull complete\n` +
        `${B}: Download complete\n` +
        `${B}: Pull complete\n` +
        'Digest: sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31\n' +
        'Status: Downloaded newer image for nginx:latest\n',
    );
  });

  it('prints the legacy progress text without a newline', () => {
    expect(render([{ id: 'ID', status: 'status', progress: 'ProgressMessage' }], pipe)).toBe('ID: status ProgressMessage');
  });
});

describe('JSONMessageDisplay, terminal', () => {
  const steps = (bar1: string, bar2: string, bar3: string, bar4: string) =>
    'latest: Pulling from library/nginx\n' +
    open(`${A}: Pulling fs layer `) +
    open(`${B}: Pulling fs layer `) +
    redraw(1, `${B}: Waiting `) +
    redraw(2, `${A}: Downloading ${bar1}`) +
    redraw(2, `${A}: Verifying Checksum `) +
    redraw(2, `${A}: Download complete `) +
    redraw(2, `${A}: Extracting ${bar2}`) +
    redraw(2, `${A}: Pull complete `) +
    redraw(1, `${B}: Downloading ${bar3}`) +
    redraw(1, `${B}: Download complete `) +
    redraw(1, `${B}: Extracting ${bar4}`) +
    redraw(1, `${B}: Pull complete `) +
    'Digest: sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31\n' +
    'Status: Downloaded newer image for nginx:latest\n';

  it('redraws one line per layer at 120 columns, with bars', () => {
    const expected = steps(
      `[${'='.repeat(16)}>${' '.repeat(34)}]  1.049MB/3.146MB`,
      `[${'='.repeat(50)}>]  3.146MB/3.146MB`,
      `[${'='.repeat(25)}>${' '.repeat(25)}]     512B/1.024kB`,
      `[${'='.repeat(50)}>]  1.024kB/1.024kB`,
    );
    expect(render(PULL, tty(120))).toBe(expected);
    // spelled out for the first layer's download, byte for byte
    expect(expected).toContain(
      `\x1b[2A\x1b[2K\r${A}: Downloading [================>                                  ]  1.049MB/3.146MB\r\x1b[2B`,
    );
  });

  it('drops the bar at 80 columns', () => {
    const expected = steps(' 1.049MB/3.146MB', ' 3.146MB/3.146MB', '    512B/1.024kB', ' 1.024kB/1.024kB');
    expect(render(PULL, tty(80))).toBe(expected);
    expect(expected).toContain(`\x1b[1A\x1b[2K\r${B}: Downloading     512B/1.024kB\r\x1b[1B`);
    expect(expected).toContain(`\x1b[1A\x1b[2K\r${B}: Pull complete \r\x1b[1B`);
  });

  it('shows the time left when the start is known', () => {
    const start = NOW / 1000 - 10;
    const msg: JSONMessage = { status: 'Downloading', progressDetail: { current: 1000, total: 4000, start }, id: A };
    expect(render([msg], tty(80))).toBe(open(`${A}: Downloading      1kB/4kB 30s`));
    expect(render([msg], tty(120))).toBe(open(`${A}: Downloading [${'='.repeat(12)}>${' '.repeat(38)}]      1kB/4kB 30s`));
  });

  it('starts a new group of lines after a message without progress', () => {
    const messages: JSONMessage[] = [
      { status: 'Pulling fs layer', progressDetail: {}, id: A },
      { status: 'Pulling from library/alpine', id: '3.20' },
      { status: 'Already exists', progressDetail: {}, id: B },
      { status: 'Pull complete', progressDetail: {}, id: A },
    ];
    expect(render(messages, tty(80))).toBe(
      open(`${A}: Pulling fs layer `) +
        '3.20: Pulling from library/alpine\n' +
        open(`${B}: Already exists `) +
        open(`${A}: Pull complete `),
    );
  });

  it('tracks legacy progress text by id as well', () => {
    expect(render([{ id: 'ID', status: 'status', progress: 'ProgressMessage' }], tty(80))).toBe(
      '\n\x1b[1AID: status ProgressMessage\x1b[1B',
    );
    expect(render([{ id: 'ID', status: 'status', progressDetail: { current: 1 } }], tty(80))).toBe(
      '\n\x1b[1A\x1b[2K\rID: status       1B\r\x1b[1B',
    );
  });

  it('prints build output as is', () => {
    expect(render([{ stream: 'Step 1/2 : FROM alpine\n' }, { stream: ' ---> 1d34ffeaf190\n' }], tty(80))).toBe(
      'Step 1/2 : FROM alpine\n ---> 1d34ffeaf190\n',
    );
  });
});

describe('JSONMessageDisplay details', () => {
  it('prefixes times and origins', () => {
    const msg: JSONMessage = { time: NOW / 1000, id: 'ID', from: 'From', status: 'status' };
    expect(render([msg], pipe)).toBe('2026-01-05T09:00:00.000000000Z ID: (from From) status\n');
    const nano: JSONMessage = { timeNano: BigInt(NOW) * 1_000_000n + 123_456_789n, time: NOW / 1000, status: 'status' };
    expect(render([nano], pipe)).toBe('2026-01-05T09:00:00.123456789Z status\n');
  });

  it('prints an empty line for an empty message', () => {
    expect(render([{}], pipe)).toBe('\n');
    expect(render([{}], tty(80))).toBe('\n');
  });

  it('passes aux messages to the callback and shows nothing', () => {
    const out = new BufferWriter();
    const seen: JSONMessage[] = [];
    const display = new JSONMessageDisplay(out, tty(80), () => NOW, (m) => seen.push(m));
    display.write({ status: 'Pulling fs layer', progressDetail: {}, id: A });
    display.write({ aux: { ID: 'sha256:abc' } });
    display.write({ status: 'Pull complete', progressDetail: {}, id: A });
    expect(seen).toEqual([{ aux: { ID: 'sha256:abc' } }]);
    expect(out.text()).toBe(open(`${A}: Pulling fs layer `) + redraw(1, `${A}: Pull complete `));
  });

  it('throws the daemon error with its text', () => {
    const out = new BufferWriter();
    const display = new JSONMessageDisplay(out, pipe, () => NOW);
    display.write({ status: 'Pulling from library/nope', id: 'latest' });
    const fail = () =>
      display.write({
        errorDetail: { message: 'manifest for nope:latest not found: manifest unknown: manifest unknown' },
        error: 'manifest for nope:latest not found: manifest unknown: manifest unknown',
      });
    expect(fail).toThrow(JSONMessageError);
    expect(fail).toThrow('manifest for nope:latest not found: manifest unknown: manifest unknown');
    expect(out.text()).toBe('latest: Pulling from library/nope\n');
  });

  it('keeps the cursor where it was when a layer reports an error', () => {
    const out = new BufferWriter();
    const display = new JSONMessageDisplay(out, tty(80), () => NOW);
    display.write({ status: 'Pulling fs layer', progressDetail: {}, id: A });
    display.write({ status: 'Pulling fs layer', progressDetail: {}, id: B });
    let caught: unknown;
    try {
      display.write({ id: A, progressDetail: {}, errorDetail: { code: 500, message: 'unexpected EOF' } });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(JSONMessageError);
    expect((caught as JSONMessageError).message).toBe('unexpected EOF');
    expect((caught as JSONMessageError).data).toEqual({ code: 500 });
    expect(out.text()).toBe(open(`${A}: Pulling fs layer `) + open(`${B}: Pulling fs layer `) + '\x1b[2A\x1b[2B');
  });

  it('accepts the error in its { message } shape', () => {
    const display = new JSONMessageDisplay(new BufferWriter(), pipe);
    expect(() => display.write({ error: { message: 'denied' } })).toThrow('denied');
  });
});
