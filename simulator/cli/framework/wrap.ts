/**
 * pflag's FlagUsagesWrapped: the "Options:" block of a help text, flag usages wrapped to the
 * terminal width exactly as pflag does it (byte-indexed, with its 5-column "slop").
 */
import type { FlagSpec } from '../spec/types';
import { goQuote } from '../format/go-quote';

function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap(i, w, s): the first line is indented by the caller. */
export function pflagWrap(indent: number, width: number, text: string): string {
  let i = indent;
  let s = text;
  if (width === 0) return s.replaceAll('\n', '\n' + ' '.repeat(i));
  let room = width - i;
  let r = '';
  if (room < 24) {
    i = 16;
    room = width - i;
    r += '\n' + ' '.repeat(i);
  }
  if (room < 24) return s.replaceAll('\n', r);
  const slop = 5;
  room -= slop;
  let line: string;
  [line, s] = wrapN(room, slop, s);
  r += line.replaceAll('\n', '\n' + ' '.repeat(i));
  while (s !== '') {
    [line, s] = wrapN(room, slop, s);
    r += '\n' + ' '.repeat(i) + line.replaceAll('\n', '\n' + ' '.repeat(i));
  }
  return r;
}

/** The text pflag prints for a flag's default, or '' when help shows none. */
function defaultSuffix(flag: FlagSpec, home: string): string {
  if (flag.def === undefined) return '';
  const def = flag.def.replaceAll('{home}', home);
  return flag.type === 'string' ? ` (default ${goQuote(def)})` : ` (default ${def})`;
}

function noOptSuffix(flag: FlagSpec): string {
  const v = flag.noOptDefVal;
  if (v === undefined || v === '') return '';
  if (flag.type === 'string') return `[=${goQuote(v)}]`;
  if (flag.type === 'bool') return v === 'true' ? '' : `[=${v}]`;
  return `[=${v}]`;
}

/** pflag FlagSet.FlagUsagesWrapped(cols) for these (visible, name-sorted) flags. */
export function flagUsagesWrapped(flags: readonly FlagSpec[], cols: number, home: string): string {
  const lines: string[] = [];
  let maxlen = 0;
  for (const flag of flags) {
    let line = flag.shorthand && !flag.shorthandDeprecated ? `  -${flag.shorthand}, --${flag.name}` : `      --${flag.name}`;
    if (flag.type !== 'bool') line += ' ' + flag.type;
    line += noOptSuffix(flag) + '\x00';
    maxlen = Math.max(maxlen, line.length);
    line += flag.usage + defaultSuffix(flag, home);
    if (flag.deprecated) line += ` (DEPRECATED: ${flag.deprecated})`;
    lines.push(line);
  }
  let out = '';
  for (const line of lines) {
    const sidx = line.indexOf('\x00');
    out += `${line.slice(0, sidx)} ${' '.repeat(maxlen - sidx)} ${pflagWrap(maxlen + 2, cols, line.slice(sidx + 1))}\n`;
  }
  return out;
}
