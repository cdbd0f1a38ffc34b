import { describe, expect, it } from 'vitest';
import { TtyWriter } from './tty-writer';

describe('TtyWriter', () => {
  it('turns each newline into CR LF', () => {
    const out: string[] = [];
    const writer = new TtyWriter((t) => out.push(t));
    writer.write('Hello from Docker!\nThis message shows\n');
    expect(out.join('')).toBe('Hello from Docker!\r\nThis message shows\r\n');
  });

  it('decodes a UTF-8 character split across writes', () => {
    const out: string[] = [];
    const writer = new TtyWriter((t) => out.push(t));
    const bytes = new TextEncoder().encode('고래\n');
    writer.write(bytes.slice(0, 2));
    writer.write(bytes.slice(2, 4));
    writer.write(bytes.slice(4));
    expect(out.join('')).toBe('고래\r\n');
  });

  it('accepts strings and bytes in turn, and flushes a cut-off character', () => {
    const out: string[] = [];
    const writer = new TtyWriter((t) => out.push(t));
    writer.write(new TextEncoder().encode('a'));
    writer.write('b');
    writer.write(new Uint8Array([0xea, 0xb3]));
    writer.flush();
    expect(out.join('')).toBe('ab\ufffd');
  });
});
