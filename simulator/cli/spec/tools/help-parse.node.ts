/**
 * Dev-only: reads a `docker … --help` text (captured at a very wide terminal, so nothing is
 * wrapped) back into its parts: usage, description, aliases, flag lines, command listings.
 */

export interface HelpFlagLine {
  name: string;
  shorthand: string;
  /** The value name shown after the flag ('' for booleans). */
  varname: string;
  /** What pflag prints after the varname for NoOptDefVal, e.g. `[="x"]` (or ''). */
  noOptSuffix: string;
  /** Usage text including any "(default …)" suffix; embedded newlines kept. */
  text: string;
}

export interface HelpListing {
  title: string;
  entries: { name: string; plugin: boolean; short: string; column: number }[];
}

export interface ParsedHelp {
  usage: string;
  description: string;
  experimental: boolean;
  aliases: string | undefined;
  options: HelpFlagLine[];
  globalOptions: HelpFlagLine[];
  listings: HelpListing[];
}

const HEADERS = new Set([
  'EXPERIMENTAL:',
  'Aliases:',
  'Examples:',
  'Options:',
  'Common Commands:',
  'Management Commands:',
  'Swarm Commands:',
  'Commands:',
  'Invalid Plugins:',
  'Global Options:',
]);

const FLAG_LINE = /^(?: {2}-(.), --|      --)([^\s=[]+)(?: ([^\s[]+))?(\[=[^\]]*\])?( {3,})(.*)$/;

function parseFlagBlock(lines: string[]): HelpFlagLine[] {
  const out: HelpFlagLine[] = [];
  let column = -1;
  for (const line of lines) {
    const m = FLAG_LINE.exec(line);
    if (m && (column < 0 || line.length < column || line.slice(0, column).trim() !== '')) {
      const [, short = '', name = '', varname = '', noOpt = '', spaces = '', text = ''] = m;
      const col = line.length - text.length;
      if (column >= 0 && col !== column && text !== '') throw new Error(`misaligned flag line: ${line}`);
      if (column < 0) column = col;
      void spaces;
      out.push({ name, shorthand: short, varname, noOptSuffix: noOpt, text });
      continue;
    }
    const last = out[out.length - 1];
    if (!last || column < 0 || line.slice(0, column).trim() !== '') throw new Error(`unexpected flag line: ${line}`);
    last.text += '\n' + line.slice(column);
  }
  return out;
}

function parseListing(title: string, lines: string[]): HelpListing {
  const entries = lines.map((line) => {
    const m = /^ {2}(\S+?)(\*?)( +)(.*)$/.exec(line);
    if (!m) throw new Error(`bad command listing line: ${line}`);
    const [, name = '', star = '', , short = ''] = m;
    return { name, plugin: star === '*', short, column: line.length - short.length };
  });
  return { title: title.slice(0, -1), entries };
}

/** Splits a help text into its sections. */
export function parseHelp(text: string): ParsedHelp {
  const lines = text.replace(/\n+$/, '').split('\n');
  if (!lines[0]?.startsWith('Usage:  ')) throw new Error(`not a help text: ${lines[0]}`);
  let i = 0;
  const usage: string[] = [];
  while (i < lines.length && lines[i] !== '') usage.push(lines[i++] ?? '');
  const result: ParsedHelp = {
    usage: usage.join('\n').slice('Usage:  '.length),
    description: '',
    experimental: false,
    aliases: undefined,
    options: [],
    globalOptions: [],
    listings: [],
  };
  const desc: string[] = [];
  i++;
  while (i < lines.length && !HEADERS.has(lines[i] ?? '') && !(lines[i] ?? '').startsWith("Run '")) desc.push(lines[i++] ?? '');
  result.description = desc.join('\n').trim();
  while (i < lines.length) {
    const header = lines[i++] ?? '';
    if (header === '') continue;
    const body: string[] = [];
    while (i < lines.length && lines[i] !== '') body.push(lines[i++] ?? '');
    if (header === 'EXPERIMENTAL:') result.experimental = true;
    else if (header === 'Aliases:') result.aliases = body.join('\n').trim();
    else if (header === 'Options:') result.options = parseFlagBlock(body);
    else if (header === 'Global Options:') result.globalOptions = parseFlagBlock(body);
    else if (HEADERS.has(header)) result.listings.push(parseListing(header, body));
    // the footer ("Run '… COMMAND --help' …") and additional help carry no data
  }
  return result;
}
