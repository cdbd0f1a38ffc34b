/**
 * Renders the daemon's JSON message stream as the docker CLI does for pull, push and load.
 *
 * Not a terminal: one line per message ("<id>: <status>"); messages that carry transfer
 * progress are left out, so only the steps show.
 *
 * Terminal: every id that reports progress owns a line, redrawn in place. A new id opens a
 * line at the bottom; an update moves the cursor up to its line (ESC[nA), erases it
 * (ESC[2K), writes "<id>: <status> <progress>\r" and moves back down (ESC[nB). A message
 * without progress (such as "Digest: …") ends that group of lines.
 */
import type { TerminalInfo, Writer } from '../../../util/io';
import { formatRFC3339NanoFixed } from '../time';
import { progressString } from './progress';
import { messageError, type JSONMessage } from './types';

const ERASE_LINE = '\x1b[2K';
const cursorUp = (n: number): string => (n > 0 ? `\x1b[${n}A` : '');
const cursorDown = (n: number): string => (n > 0 ? `\x1b[${n}B` : '');

/** Nanoseconds since the epoch → the fixed-width timestamp. */
function nanoTimestamp(ns: number | bigint): string {
  const big = typeof ns === 'bigint' ? ns : BigInt(Math.trunc(ns));
  const ms = big / 1_000_000n;
  const rest = big - ms * 1_000_000n;
  return formatRFC3339NanoFixed(Number(ms), Number(rest));
}

export class JSONMessageDisplay {
  /** the line of each id in the current group, counted from the top */
  private lines = new Map<string, number>();

  /**
   * @param now milliseconds since the epoch, for the time-left estimate
   * @param onAux receives messages that carry out-of-band `aux` data (never displayed)
   */
  constructor(
    private readonly out: Writer,
    private readonly terminal: TerminalInfo,
    private readonly now: () => number = () => Date.now(),
    private readonly onAux?: (msg: JSONMessage) => void,
  ) {}

  /** Shows one message; throws JSONMessageError when the message reports an error. */
  write(msg: JSONMessage): void {
    if (msg.aux !== undefined && msg.aux !== null) {
      this.onAux?.(msg);
      return;
    }
    const tty = this.terminal.isTTY;
    let text = '';
    let diff = 0;
    if (msg.id && (msg.progressDetail || msg.progress)) {
      let line = this.lines.get(msg.id);
      if (line === undefined) {
        line = this.lines.size;
        this.lines.set(msg.id, line);
        if (tty) text += '\n';
      }
      diff = this.lines.size - line;
      if (tty) text += cursorUp(diff);
    } else {
      // Anything else ends the group: later progress must not redraw these lines.
      this.lines = new Map();
    }
    const error = messageError(msg);
    if (!error) text += this.render(msg, tty);
    if (msg.id && tty) text += cursorDown(diff);
    if (text) this.out.write(text);
    if (error) throw error;
  }

  /** One message's text, or '' when it is not shown. */
  private render(msg: JSONMessage, tty: boolean): string {
    const detail = msg.progressDetail ?? undefined;
    const width = tty ? this.terminal.columns : 200;
    let text = '';
    let endl = '';
    if (tty && !msg.stream && detail) {
      endl = '\r';
      text += ERASE_LINE + endl;
    } else if (detail && progressString(detail, width, this.now()) !== '') {
      return ''; // no progress bars outside a terminal
    }
    if (msg.timeNano) text += nanoTimestamp(msg.timeNano) + ' ';
    else if (msg.time) text += formatRFC3339NanoFixed(msg.time * 1000) + ' ';
    if (msg.id) text += `${msg.id}: `;
    if (msg.from) text += `(from ${msg.from}) `;
    const status = msg.status ?? '';
    if (detail && tty) text += `${status} ${progressString(detail, width, this.now())}${endl}`;
    else if (msg.progress) text += `${status} ${msg.progress}${endl}`;
    else if (msg.stream) text += `${msg.stream}${endl}`;
    else text += `${status}${endl}\n`;
    return text;
  }
}
