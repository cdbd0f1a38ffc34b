import type { Chunk, Writer } from '../../util/io';

/**
 * A command's stdout or stderr going to the terminal. Bytes are decoded as
 * UTF-8 (a character split across two writes comes out whole), and each "\n"
 * becomes "\r\n" as a terminal's output processing (ONLCR) does.
 */
export class TtyWriter implements Writer {
  private readonly decoder = new TextDecoder('utf-8');
  /** Raw mode: output is passed on as it is ("\n" stays "\n"). */
  raw = false;

  constructor(private readonly emit: (text: string) => void) {}

  write(chunk: Chunk): void {
    const text = typeof chunk === 'string'
      ? this.decoder.decode() + chunk
      : this.decoder.decode(chunk, { stream: true });
    if (text !== '') this.emit(this.raw ? text : text.replace(/\n/g, '\r\n'));
  }

  /** Emits what is left of an incomplete character at the end of the stream. */
  flush(): void {
    const text = this.decoder.decode();
    if (text !== '') this.emit(text);
  }
}
