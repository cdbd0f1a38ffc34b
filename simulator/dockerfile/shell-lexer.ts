/**
 * Variable substitution and word splitting for Dockerfile instruction arguments:
 * a port of BuildKit's frontend/dockerfile/shell/lex.go (Unix semantics).
 * Supports $v, ${v}, ${v:-w}, ${v-w}, ${v:+w}, ${v+w}, ${v:?msg}, ${v?msg},
 * ${v#pat}, ${v##pat}, ${v%pat}, ${v%%pat}, ${v/pat/repl}, ${v//pat/repl},
 * quotes and the escape token.
 */
import { ParseError } from '../errors/index';
import { isGoSpace } from './go-space';

/** Environment: `KEY=value` strings (later entries win) or a plain record. */
export type Env = readonly string[] | Readonly<Record<string, string>>;

export interface LexOptions {
  /** Keep quote characters in the result (used for heredoc detection). */
  rawQuotes?: boolean;
  /** Keep escape tokens in the result. */
  rawEscapes?: boolean;
  /** Leave quotes untouched (no quote processing at all). */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written. */
  skipUnsetEnv?: boolean;
}

export interface ProcessWordResult {
  result: string;
  words: string[];
  /** Variable names that were looked up and found. */
  matched: Set<string>;
  /** Variable names that were looked up and not set. */
  unmatched: Set<string>;
}

/** Error from variable substitution; message is BuildKit's (`failed to process "…": …`). */
export class ShellLexError extends ParseError {}

const EOF = '';
const isDigit = (c: string): boolean => /^\p{Nd}$/u.test(c);
const isLetter = (c: string): boolean => /^\p{L}$/u.test(c);
const isSpace = isGoSpace;
const isSpecialParam = (c: string): boolean => '@*#?-$!0'.includes(c) && c !== '';

function toMap(env: Env): Map<string, string> {
  const m = new Map<string, string>();
  if (Array.isArray(env)) {
    for (const e of env as readonly string[]) {
      const i = e.indexOf('=');
      if (i < 0) m.set(e, '');
      else m.set(e.slice(0, i), e.slice(i + 1));
    }
  } else {
    for (const [k, v] of Object.entries(env)) m.set(k, v);
  }
  return m;
}

class Words {
  private word = '';
  private words: string[] = [];
  private inWord = false;
  addChar(ch: string): void {
    if (isSpace(ch) && this.inWord) {
      if (this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else if (!isSpace(ch)) this.addRawChar(ch);
  }
  addRawChar(ch: string): void {
    this.word += ch;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }
  addRawString(s: string): void {
    this.word += s;
    this.inWord = true;
  }
  get(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}

/** Shell glob (`*`, `?`, `[...]`, `\x`) to an anchored-able regexp source. */
function globToRegex(pattern: string, greedy: boolean): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') out += greedy ? '.*' : '.*?';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const j = pattern.indexOf(']', i + 1);
      if (j < 0) out += '\\[';
      else {
        let cls = pattern.slice(i + 1, j);
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        out += '[' + cls.replace(/\\/g, '\\\\') + ']';
        i = j;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      out += (pattern[i + 1] ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

class ShellWord {
  private readonly chars: string[];
  private pos = 0;
  rawEscapes: boolean;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();

  constructor(
    source: string,
    private readonly env: Map<string, string>,
    private readonly escapeToken: string,
    private readonly opts: LexOptions,
  ) {
    this.chars = Array.from(source);
    this.rawEscapes = opts.rawEscapes ?? false;
  }

  private peek(): string {
    return this.chars[this.pos] ?? EOF;
  }
  private next(): string {
    const c = this.chars[this.pos] ?? EOF;
    if (this.pos < this.chars.length) this.pos++;
    return c;
  }

  private getEnv(name: string): [string, boolean] {
    const v = this.env.get(name);
    if (v === undefined) {
      this.unmatched.add(name);
      return ['', false];
    }
    this.matched.add(name);
    return [v, true];
  }

  processStopOn(stopChar: string, rawEscapes: boolean): [string, string[]] {
    let result = '';
    const words = new Words();
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.peek() !== EOF) {
        let ch = this.peek();
        if (stopChar !== EOF && ch === stopChar) {
          this.next();
          return [result, words.get()];
        }
        if (ch === '$') {
          const tmp = this.processDollar();
          result += tmp;
          words.addString(tmp);
        } else if (!this.opts.skipProcessQuotes && (ch === "'" || ch === '"')) {
          const tmp = ch === "'" ? this.processSingleQuote() : this.processDoubleQuote();
          result += tmp;
          words.addRawString(tmp);
        } else {
          ch = this.next();
          if (ch === this.escapeToken) {
            if (this.rawEscapes) {
              words.addRawChar(ch);
              result += ch;
            }
            ch = this.next();
            if (ch === EOF) break;
            words.addRawChar(ch);
          } else {
            words.addChar(ch);
          }
          result += ch;
        }
      }
    } finally {
      this.rawEscapes = saved;
    }
    if (stopChar !== EOF) throw new Error(`unexpected end of statement while looking for matching ${stopChar}`);
    return [result, words.get()];
  }

  private processSingleQuote(): string {
    let result = '';
    let ch = this.next();
    if (this.opts.rawQuotes) result += ch;
    for (;;) {
      ch = this.next();
      if (ch === EOF) throw new Error('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") {
        if (this.opts.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      if (this.peek() === EOF) throw new Error('unexpected end of statement while looking for matching double-quote');
      let ch = this.peek();
      if (ch === '"') {
        this.next();
        if (this.opts.rawQuotes) result += ch;
        return result;
      }
      if (ch === '$') {
        result += this.processDollar();
        continue;
      }
      ch = this.next();
      if (ch === this.escapeToken) {
        if (this.rawEscapes) result += ch;
        const p = this.peek();
        if (p === EOF) continue;
        if (p === '"' || p === '$' || p === this.escapeToken) ch = this.next();
      }
      result += ch;
    }
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += this.next();
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) return this.next();
      if (!isLetter(ch) && !isDigit(ch) && ch !== '_') break;
      name += this.next();
    }
    return name;
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const [value, found] = this.getEnv(name);
      if (!found && this.opts.skipUnsetEnv) return '$' + name;
      return value;
    }
    this.next();
    const p = this.peek();
    if (p === EOF) throw new Error("syntax error: missing '}'");
    if (p === '{' || p === '}' || p === ':') throw new Error('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let chs = ch;
    if (ch === '}') {
      const [value, set] = this.getEnv(name);
      if (!set && this.opts.skipUnsetEnv) return '${' + name + '}';
      return value;
    }
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      chs += ch;
    }
    if (ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%') {
      const raw = ch === '#' || ch === '%';
      if (nullIsUnset && raw) throw new Error(`unsupported modifier (${chs}) in substitution`);
      // `##` / `%%` are the longest-match forms.
      let longest = false;
      if (raw && this.peek() === ch) {
        longest = true;
        chs += this.next();
      }
      let word: string;
      try {
        [word] = this.processStopOn('}', raw);
      } catch (e) {
        if (this.peek() === EOF) throw new Error("syntax error: missing '}'");
        throw e;
      }
      const [value, set] = this.getEnv(name);
      if (this.opts.skipUnsetEnv && !set) return '${' + name + chs + word + '}';
      switch (ch) {
        case '-':
          return !set || (nullIsUnset && value === '') ? word : value;
        case '+':
          return !set || (nullIsUnset && value === '') ? '' : word;
        case '?':
          if (!set) throw new Error(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
          if (nullIsUnset && value === '') throw new Error(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
          return value;
        case '#': {
          const re = new RegExp('^' + globToRegex(word, longest), 's');
          const m = re.exec(value);
          return m ? value.slice(m[0].length) : value;
        }
        default: {
          // '%': shortest (or longest) suffix match.
          const re = new RegExp('^(?:' + globToRegex(word, true) + ')$', 's');
          if (longest) {
            for (let i = 0; i <= value.length; i++) if (re.test(value.slice(i))) return value.slice(0, i);
          } else {
            for (let i = value.length; i >= 0; i--) if (re.test(value.slice(i))) return value.slice(0, i);
          }
          return value;
        }
      }
    }
    if (ch === '/') {
      let all = false;
      if (this.peek() === '/') {
        all = true;
        this.next();
      }
      let pattern: string;
      try {
        [pattern] = this.processStopOn('/', true);
      } catch (e) {
        if (this.peek() === EOF) throw new Error("syntax error: missing '/' in ${}");
        throw e;
      }
      let replacement: string;
      try {
        [replacement] = this.processStopOn('}', true);
      } catch (e) {
        if (this.peek() === EOF) throw new Error("syntax error: missing '}'");
        throw e;
      }
      const [value, set] = this.getEnv(name);
      if (this.opts.skipUnsetEnv && !set) return '${' + name + (all ? '//' : '/') + pattern + '/' + replacement + '}';
      const re = new RegExp(globToRegex(pattern, true), all ? 'gs' : 's');
      return value.replace(re, () => replacement);
    }
    if (ch === EOF) throw new Error("syntax error: missing '}'");
    throw new Error(`unsupported modifier (${chs}) in substitution`);
  }
}

/** BuildKit's shell.Lex: expands variables in Dockerfile words. */
export class ShellLex {
  constructor(
    readonly escapeToken: string = '\\',
    readonly options: LexOptions = {},
  ) {}

  /** ProcessWordWithMatches: the expanded word, its shell words, and which variables were used. */
  processWordWithMatches(word: string, env: Env): ProcessWordResult {
    const sw = new ShellWord(word, toMap(env), this.escapeToken, this.options);
    try {
      const [result, words] = sw.processStopOn(EOF, sw.rawEscapes);
      return { result, words, matched: sw.matched, unmatched: sw.unmatched };
    } catch (e) {
      throw new ShellLexError(`failed to process ${JSON.stringify(word)}: ${(e as Error).message}`, undefined, { word });
    }
  }

  /** ProcessWord: one expanded string, quotes removed, no word splitting. */
  processWord(word: string, env: Env): string {
    return this.processWordWithMatches(word, env).result;
  }

  /** ProcessWords: expanded and split into words like the shell does. */
  processWords(word: string, env: Env): string[] {
    return this.processWordWithMatches(word, env).words;
  }
}
