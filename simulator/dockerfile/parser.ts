/**
 * Dockerfile parser: a port of BuildKit's frontend/dockerfile/parser (parser.go,
 * line_parsers.go, split_command.go). It turns Dockerfile text into BuildKit's AST:
 * a root node whose children are instructions; each instruction's arguments are a
 * linked list in `next`. `dump()` prints the AST as BuildKit's Node.Dump does.
 */
import { ParseError, type SourceRange } from '../errors/index';
import { goQuote } from './go-quote';
import { goTrimLeft, goTrimSpace, isGoSpace } from './go-space';
import { ShellLex } from './shell-lexer';

export interface Heredoc {
  name: string;
  fileDescriptor: number;
  expand: boolean;
  chomp: boolean;
  content: string;
}

export interface Node {
  /** Instruction keyword as written (root: ''), or argument value. */
  value: string;
  next?: Node;
  children: Node[];
  heredocs: Heredoc[];
  attributes: Record<string, boolean>;
  /** The logical line (continuations joined) the instruction came from. */
  original: string;
  flags: string[];
  startLine: number;
  endLine: number;
  /** 1-based columns: start of the keyword, end (exclusive) on the last line. */
  range: SourceRange;
  prevComment: string[];
}

export interface ParseWarning {
  short: string;
  detail: string[];
  url: string;
  location: SourceRange;
}

export interface ParseResult {
  ast: Node;
  escapeToken: string;
  warnings: ParseWarning[];
  /** Parser directives found at the top (`syntax`, `escape`, `check`), lower-cased keys. */
  directives: Record<string, string>;
}

const reWhitespace = /[\t\v\f\r ]+/;
const reDirective = /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;
const reHeredoc = /^(\d*)<<(-?)([^<]*)$/;
const validDirectives = new Set(['escape', 'syntax', 'check']);
const heredocDirectives = new Set(['add', 'copy', 'run']);
const MAX_LINE = 65535;

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

function newNode(value = ''): Node {
  return {
    value,
    children: [],
    heredocs: [],
    attributes: {},
    original: '',
    flags: [],
    startLine: 0,
    endLine: 0,
    range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
    prevComment: [],
  };
}

function lineRange(startLine: number, endLine: number, startCol = 1, endCol = 1): SourceRange {
  return { start: { line: startLine, column: startCol }, end: { line: endLine, column: endCol } };
}

function fail(message: string, start: number, end: number): never {
  throw new ParseError(message, lineRange(start, end === 0 ? start : end), { startLine: start, endLine: end });
}

class Directives {
  escapeToken = '\\';
  done = false;
  seen = new Map<string, string>();

  setEscapeToken(s: string): void {
    if (s !== '`' && s !== '\\') throw new Error(`invalid escape token '${s}' does not match \` or \\`);
    this.escapeToken = s;
  }

  possibleParserDirective(line: string): void {
    if (this.done) return;
    const m = reDirective.exec(line);
    if (!m) {
      this.done = true;
      return;
    }
    const k = (m[1] ?? '').toLowerCase();
    if (!validDirectives.has(k)) {
      this.done = true;
      return;
    }
    if (this.seen.has(k)) throw new Error(`only one ${k} parser directive can be used`);
    const v = m[2] ?? '';
    this.seen.set(k, v);
    if (k === 'escape') this.setEscapeToken(v);
  }

  /** BuildKit's lineContinuationRegex: `([^E])E[ \t]*$|^E[ \t]*$`. */
  trimContinuation(line: string): [string, boolean] {
    const e = this.escapeToken;
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    if (end === 0 || line[end - 1] !== e) return [line, true];
    if (end === 1) return ['', false];
    if (line[end - 2] === e) return [line, true];
    return [line.slice(0, end - 1), false];
  }
}

const isSpace = isGoSpace;
const trimLeadingWhitespace = goTrimLeft;
function trimNewline(s: string): string {
  return s.replace(/[\r\n]+$/, '');
}
function isComment(line: string): boolean {
  return trimLeadingWhitespace(trimNewline(line)).startsWith('#');
}

/** Line parsers (line_parsers.go). Each returns the head of the argument list. */
type LineParser = (rest: string, d: Directives) => { node?: Node; attrs?: Record<string, boolean> };

function chain(values: string[]): Node | undefined {
  let head: Node | undefined;
  let prev: Node | undefined;
  for (const v of values) {
    const n = newNode(v);
    if (prev) prev.next = n;
    else head = n;
    prev = n;
  }
  return head;
}

/** parseWords: split on whitespace, keeping quotes and escapes (removed later by the shell lexer). */
export function parseWords(rest: string, escapeToken: string): string[] {
  const words: string[] = [];
  const chars = Array.from(rest);
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = chars[pos] ?? '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escapeToken) {
        if (pos + 1 === chars.length) continue;
        word += ch;
        pos++;
        ch = chars[pos] ?? '';
      }
      word += ch;
      continue;
    }
    // in quote
    if (ch === quote) phase = 'word';
    if (ch === escapeToken && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      pos++;
      word += ch;
      ch = chars[pos] ?? '';
    }
    word += ch;
  }
  return words;
}

class NotStringArray extends Error {}

/** Go's json.Decoder.Decode of a leading JSON array (trailing text ignored). */
function parseJSONArray(rest: string): string[] | undefined {
  const s = trimLeadingWhitespace(rest);
  if (!s.startsWith('[')) return undefined;
  let depth = 0;
  let inStr = false;
  let end = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        end = i + 1;
        break;
      }
    }
  }
  if (end < 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(s.slice(0, end));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const out: string[] = [];
  for (const v of parsed) {
    if (typeof v !== 'string') throw new NotStringArray('when using JSON array syntax, arrays must be comprised of strings only');
    out.push(v);
  }
  return out;
}

function splitWhitespace(rest: string): Node | undefined {
  if (rest === '') return undefined;
  return chain(rest.split(reWhitespace));
}

const parseIgnore: LineParser = () => ({ node: newNode() });
const parseString: LineParser = (rest) => ({ node: rest === '' ? undefined : newNode(rest) });
const parseStringsWhitespaceDelimited: LineParser = (rest) => ({ node: splitWhitespace(rest) });

const parseMaybeJSON: LineParser = (rest) => {
  if (rest === '') return {};
  const arr = parseJSONArray(rest);
  if (arr) return { node: chain(arr), attrs: { json: true } };
  return { node: newNode(rest) };
};

const parseMaybeJSONToList: LineParser = (rest) => {
  const arr = parseJSONArray(rest);
  if (arr) return { node: chain(arr), attrs: { json: true } };
  return { node: splitWhitespace(rest) };
};

function parseNameVal(rest: string, key: string, d: Directives): Node | undefined {
  const words = parseWords(rest, d.escapeToken);
  if (words.length === 0) return undefined;
  if (!(words[0] ?? '').includes('=')) {
    const m = reWhitespace.exec(rest);
    if (!m) throw new Error(`${key} must have two arguments`);
    return chain([rest.slice(0, m.index), rest.slice(m.index + m[0].length), '']);
  }
  const values: string[] = [];
  for (const w of words) {
    const i = w.indexOf('=');
    if (i < 0) throw new Error(`Syntax error - can't find = in ${goQuote(w)}. Must be of the form: name=value`);
    values.push(w.slice(0, i), w.slice(i + 1), '=');
  }
  return chain(values);
}

const parseEnv: LineParser = (rest, d) => ({ node: parseNameVal(rest, 'ENV', d) });
const parseLabel: LineParser = (rest, d) => ({ node: parseNameVal(rest, 'LABEL', d) });
const parseNameOrNameVal: LineParser = (rest, d) => ({ node: chain(parseWords(rest, d.escapeToken)) });

const parseHealthConfig: LineParser = (rest, d) => {
  let sep = 0;
  while (sep < rest.length && !isSpace(rest[sep] ?? '')) sep++;
  let next = sep;
  while (next < rest.length && isSpace(rest[next] ?? '')) next++;
  if (sep === 0) return {};
  const { node: cmd, attrs } = parseMaybeJSON(rest.slice(next), d);
  const n = newNode(rest.slice(0, sep));
  n.next = cmd;
  return { node: n, attrs };
};

const parseSubCommand: LineParser = (rest, d) => {
  if (rest === '') return {};
  const child = newNodeFromLine(rest, d, []);
  const n = newNode();
  n.children = [child];
  return { node: n };
};

const dispatch: Record<string, LineParser> = {
  add: parseMaybeJSONToList,
  arg: parseNameOrNameVal,
  cmd: parseMaybeJSON,
  copy: parseMaybeJSONToList,
  entrypoint: parseMaybeJSON,
  env: parseEnv,
  expose: parseStringsWhitespaceDelimited,
  from: parseStringsWhitespaceDelimited,
  healthcheck: parseHealthConfig,
  label: parseLabel,
  maintainer: parseString,
  onbuild: parseSubCommand,
  run: parseMaybeJSON,
  shell: parseMaybeJSON,
  stopsignal: parseString,
  user: parseString,
  volume: parseMaybeJSONToList,
  workdir: parseString,
};

/** extractBuilderFlags (split_command.go): leading `--flag` words; `--` ends them. */
export function extractBuilderFlags(line: string): { rest: string; flags: string[] } {
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    let ch = line[pos] ?? '';
    if (phase === 'spaces') {
      if (pos === line.length) break;
      if (isSpace(ch)) continue;
      if (ch !== '-' || pos + 1 === line.length || line[pos + 1] !== '-') return { rest: line.slice(pos), flags: words };
      phase = 'word';
    }
    if (pos === line.length) {
      if (word !== '--' && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (word === '--') return { rest: line.slice(pos), flags: words };
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 === line.length) continue;
        pos++;
        ch = line[pos] ?? '';
      }
      word += ch;
      continue;
    }
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === '\\') {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      pos++;
      ch = line[pos] ?? '';
    }
    word += ch;
  }
  return { rest: '', flags: words };
}

function splitCommand(line: string): { cmd: string; flags: string[]; args: string } {
  const trimmed = goTrimSpace(line);
  const m = reWhitespace.exec(trimmed);
  if (!m) return { cmd: trimmed, flags: [], args: '' };
  const { rest, flags } = extractBuilderFlags(trimmed.slice(m.index + m[0].length));
  return { cmd: trimmed.slice(0, m.index), flags, args: goTrimSpace(rest) };
}

function newNodeFromLine(line: string, d: Directives, comments: string[]): Node {
  const { cmd, flags, args } = splitCommand(line);
  const fn = dispatch[cmd.toLowerCase()] ?? parseIgnore;
  let res: ReturnType<LineParser>;
  try {
    res = fn(args, d);
  } catch (e) {
    if (e instanceof NotStringArray) throw new Error(e.message);
    throw e;
  }
  const n = newNode(cmd);
  n.original = line;
  n.flags = flags;
  n.next = res.node;
  n.attributes = res.attrs ?? {};
  n.prevComment = comments;
  return n;
}

function canContainHeredoc(node: Node): boolean {
  let n = node;
  if (n.value.toLowerCase() === 'onbuild' && n.next && n.next.children[0]) n = n.next.children[0];
  if (!heredocDirectives.has(n.value.toLowerCase())) return false;
  return !n.attributes['json'];
}

/** ParseHeredoc: `<<[-]WORD` with an optional leading fd; quoting any part of WORD disables expansion. */
export function parseHeredoc(src: string): Heredoc | undefined {
  const m = reHeredoc.exec(src);
  if (!m) return undefined;
  const rest = m[3] ?? '';
  if (rest === '') return undefined;
  // Lex the word both with and without quotes: if they differ, part of it was quoted.
  const words = new ShellLex('\\', { skipUnsetEnv: true }).processWords(rest, []);
  if (words.length !== 1) return undefined;
  const wordsRaw = new ShellLex('\\', { skipUnsetEnv: true, rawQuotes: true }).processWords(rest, []);
  if (wordsRaw.length !== words.length) {
    throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  }
  const word = words[0] ?? '';
  const quotes = (w: string): number => (w.match(/['"]/g) ?? []).length;
  return {
    name: word,
    fileDescriptor: m[1] ? Number(m[1]) : 0,
    expand: quotes(word) === quotes(wordsRaw[0] ?? ''),
    chomp: m[2] === '-',
    content: '',
  };
}

/** MustParseHeredoc: parseHeredoc with errors treated as "not a heredoc". */
export function mustParseHeredoc(src: string): Heredoc | undefined {
  try {
    return parseHeredoc(src);
  } catch {
    return undefined;
  }
}

/** The heredocs a RUN/COPY/ADD line opens, in order. */
export function heredocsFromLine(line: string): Heredoc[] {
  let words: string[];
  try {
    words = new ShellLex('\\', { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWords(line, []);
  } catch {
    words = [];
  }
  const docs: Heredoc[] = [];
  for (const w of words) {
    const h = parseHeredoc(w);
    if (h) docs.push(h);
  }
  return docs;
}

/** Removes leading tabs from every line of a `<<-` heredoc's content. */
export function chompHeredocContent(src: string): string {
  return src.replace(/^\t+/gm, '');
}

/** Splits text into lines keeping their line endings (BuildKit's scanLines). */
function scanLines(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const j = text.indexOf('\n', i);
    const end = j < 0 ? text.length : j + 1;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** Parses a Dockerfile. Throws ParseError (with BuildKit's message and line range) on failure. */
export function parse(text: string): ParseResult {
  const d = new Directives();
  const lines = scanLines(text);
  let idx = 0;
  let currentLine = 0;
  const root = newNode();
  root.startLine = -1;
  const warnings: ParseWarning[] = [];
  let comments: string[] = [];
  // bufio.Scanner stops at a line longer than its 64KiB buffer; the error is reported at the end.
  let tooLong = false;
  const scan = (): string | undefined => {
    if (tooLong) return undefined;
    const l = lines[idx++];
    if (l !== undefined && l.length > MAX_LINE / 4 && utf8Length(trimNewline(l)) > MAX_LINE) {
      tooLong = true;
      return undefined;
    }
    return l;
  };
  const processLine = (token: string, stripLeft: boolean, errLine: number): string => {
    let t = trimNewline(token);
    if (stripLeft) t = trimLeadingWhitespace(t);
    try {
      d.possibleParserDirective(t);
    } catch (e) {
      fail((e as Error).message, errLine, 0);
    }
    return t.startsWith('#') ? '' : t;
  };

  for (let raw = scan(); raw !== undefined; raw = scan()) {
    let bytesRead = raw;
    if (currentLine === 0 && bytesRead.startsWith('\uFEFF')) bytesRead = bytesRead.slice(1);
    if (isComment(bytesRead)) {
      const c = goTrimSpace(bytesRead.slice(1)); // BuildKit drops the first byte, not the '#'
      if (c === '') comments = [];
      else comments.push(c);
    }
    const indent = trimNewline(bytesRead).length - trimLeadingWhitespace(trimNewline(bytesRead)).length;
    bytesRead = processLine(bytesRead, true, currentLine);
    currentLine++;
    const startLine = currentLine;
    let [line, isEnd] = d.trimContinuation(bytesRead);
    if (isEnd && line === '') continue;

    let lastLineLen = trimNewline(raw).length;
    let hasEmptyContinuation = false;
    while (!isEnd) {
      const next = scan();
      if (next === undefined) break;
      const processed = processLine(next, false, currentLine);
      currentLine++;
      lastLineLen = trimNewline(next).length;
      if (isComment(next)) continue;
      if (trimLeadingWhitespace(trimNewline(processed)).length === 0) {
        hasEmptyContinuation = true;
        continue;
      }
      let cont: string;
      [cont, isEnd] = d.trimContinuation(processed);
      line += cont;
    }
    if (hasEmptyContinuation) {
      warnings.push({
        short: 'Empty continuation line found in: ' + line,
        detail: ['Empty continuation lines will become errors in a future release'],
        url: 'https://github.com/moby/moby/pull/33719',
        location: lineRange(currentLine, currentLine),
      });
    }

    let child: Node;
    try {
      child = newNodeFromLine(line, d, comments);
    } catch (e) {
      if (e instanceof ParseError) throw e;
      fail((e as Error).message, startLine, currentLine);
    }

    if (canContainHeredoc(child)) {
      let heredocs: Heredoc[];
      try {
        heredocs = heredocsFromLine(line);
      } catch (e) {
        fail((e as Error).message, startLine, currentLine);
      }
      for (const h of heredocs) {
        let terminated = false;
        for (let l = scan(); l !== undefined; l = scan()) {
          currentLine++;
          lastLineLen = trimNewline(l).length;
          let possible = trimNewline(l);
          if (h.chomp) possible = possible.replace(/^\t+/, '');
          if (possible === h.name) {
            terminated = true;
            break;
          }
          h.content += l;
        }
        if (!terminated) fail('unterminated heredoc', startLine, currentLine);
        child.heredocs.push(h);
      }
    }

    child.startLine = startLine;
    child.endLine = currentLine;
    child.range = lineRange(startLine, currentLine, indent + 1, lastLineLen + 1);
    if (root.startLine < 0) root.startLine = startLine;
    root.endLine = currentLine;
    root.children.push(child);
    comments = [];
  }

  if (root.startLine < 0) fail('file with no instructions', currentLine, 0);
  if (tooLong) fail(`dockerfile line greater than max allowed size of ${MAX_LINE}`, currentLine, 0);
  root.range = lineRange(root.startLine, root.endLine);
  return { ast: root, escapeToken: d.escapeToken, warnings, directives: Object.fromEntries(d.seen) };
}

/** Node.Dump: the s-expression form used by BuildKit's parser tests. */
export function dumpNode(node: Node): string {
  let str = node.value.toLowerCase();
  if (node.flags.length > 0) str += ' [' + node.flags.map(goQuote).join(' ') + ']';
  for (const c of node.children) str += '(' + dumpNode(c) + ')\n';
  for (let n = node.next; n; n = n.next) {
    str += ' ' + (n.children.length > 0 ? dumpNode(n) : goQuote(n.value));
  }
  return goTrimSpace(str);
}

/** Dumps a parse result (or root node) followed by a newline, as in the testfiles' `result`. */
export function dump(ast: ParseResult | Node): string {
  const root = 'ast' in ast ? ast.ast : ast;
  return dumpNode(root) + '\n';
}
