/**
 * Splits a host shell input line into commands joined by `;`, `&&`, `||` and `|`, with POSIX
 * quoting, tilde, parameter and (with `glob`) pathname expansion ($NAME, ${NAME}, $?) and redirections
 * (`>`, `>>`, `<`, `2>`, `2>&1`, `>&2`, `&>`). Enough of sh for the host prompt.
 */

/** `|` joins a command to the one before it in a pipeline. */
export type Connector = ';' | '&&' | '||' | '|';

/** `[fd]op target`: `>` truncate, `>>` append, `<` read, `>&` duplicate fd `target`, `&>`/`&>>` both stdout and stderr. */
export interface Redirect {
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '&>' | '&>>';
  target: string;
}

export interface SimpleCommand {
  /** words after quote removal and expansion */
  words: string[];
  /** redirections in the order written */
  redirects: Redirect[];
  /** how this command joins the previous one ('' for the first) */
  connector: Connector | '';
  /** where the command's text is in the line: [start, end) */
  start: number;
  end: number;
}

export class CommandLineError extends Error {}

export type Lookup = (name: string) => string | undefined;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** The paths a glob pattern matches (backslash escapes a character), sorted; none leaves the word as typed. */
export type Glob = (pattern: string) => string[];

export function parseCommandLine(line: string, lookup: Lookup, glob?: Glob): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let words: string[] = [];
  let redirects: Redirect[] = [];
  let pending: Omit<Redirect, 'target'> | undefined;
  let word = '';
  /** the word as a glob pattern: quoted characters escaped with a backslash */
  let pattern = '';
  /** the word has an unquoted *, ? or [ */
  let globbing = false;
  const quoted = (text: string): void => {
    word += text;
    pattern += text.replace(/[*?[\]\\]/g, '\\$&');
  };
  const unquoted = (text: string): void => {
    word += text;
    pattern += text;
    if (/[*?[]/.test(text)) globbing = true;
  };
  let inWord = false;
  /** the current word has only unquoted digits so far (a possible fd before `>`) */
  let plain = true;
  let connector: Connector | '' = '';
  let i = 0;
  let start = 0;
  const endWord = (): void => {
    if (inWord) {
      if (pending) {
        redirects.push({ ...pending, target: word });
        pending = undefined;
      } else {
        const matches = globbing && glob ? glob(pattern) : [];
        if (matches.length > 0) words.push(...matches);
        else words.push(word);
      }
    }
    word = '';
    pattern = '';
    globbing = false;
    inWord = false;
    plain = true;
  };
  const endCommand = (next: Connector): void => {
    endWord();
    if (pending) throw new CommandLineError(`syntax error near unexpected token \`${next}'`);
    if (words.length === 0 && redirects.length === 0) throw new CommandLineError(`syntax error near unexpected token \`${next}'`);
    commands.push({ words, redirects, connector, start, end: i });
    words = [];
    redirects = [];
    connector = next;
    start = i + next.length;
  };
  const redirect = (): void => {
    // at line[i] === '<' or '>', or '&>'
    let fd = line[i] === '<' ? 0 : 1;
    if (inWord && plain && /^[0-9]+$/.test(word)) {
      fd = Number(word);
      word = '';
      pattern = '';
      inWord = false;
    }
    endWord();
    if (pending) throw new CommandLineError(`syntax error near unexpected token \`${line[i]}'`);
    let op: Redirect['op'];
    if (line.startsWith('&>', i)) {
      op = line.startsWith('&>>', i) ? '&>>' : '&>';
      i += op.length;
    } else if (line.startsWith('>>', i)) {
      op = '>>';
      i += 2;
    } else if (line.startsWith('>&', i) || line.startsWith('<&', i)) {
      op = '>&';
      i += 2;
    } else {
      op = line[i] === '<' ? '<' : '>';
      i += line.startsWith('>|', i) ? 2 : 1;
    }
    pending = { fd, op };
    while (line[i] === ' ' || line[i] === '\t') i++;
    const next = line[i];
    if (next === undefined || '<>;|&'.includes(next)) {
      throw new CommandLineError(`syntax error near unexpected token \`${next === undefined ? 'newline' : line.startsWith('&&', i) || line.startsWith('||', i) || line.startsWith('>>', i) ? line.slice(i, i + 2) : next}'`);
    }
  };
  const expand = (): string => {
    // at line[i] === '$'
    const rest = line.slice(i + 1);
    if (rest.startsWith('?')) {
      i += 2;
      return lookup('?') ?? '0';
    }
    if (rest.startsWith('{')) {
      const close = rest.indexOf('}');
      if (close < 0) throw new CommandLineError('bad substitution');
      i += close + 2;
      return lookup(rest.slice(1, close)) ?? '';
    }
    const name = NAME.exec(rest)?.[0];
    if (!name) {
      i += 1;
      return '$';
    }
    i += 1 + name.length;
    return lookup(name) ?? '';
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === '#' && !inWord) break;
    if (c === '~' && !inWord && (i + 1 >= line.length || ' \t/;<>|&'.includes(line[i + 1]!))) {
      quoted(lookup('HOME') ?? '~');
      inWord = true;
      plain = false;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === ';') {
      endCommand(';');
      i++;
    } else if (line.startsWith('&&', i) || line.startsWith('||', i)) {
      endCommand(line.slice(i, i + 2) as Connector);
      i += 2;
    } else if (c === '|') {
      endCommand('|');
      i++;
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) throw new CommandLineError("unexpected EOF while looking for matching `''");
      quoted(line.slice(i + 1, close));
      inWord = true;
      plain = false;
      i = close + 1;
    } else if (c === '"') {
      inWord = true;
      plain = false;
      i++;
      for (;;) {
        if (i >= line.length) throw new CommandLineError('unexpected EOF while looking for matching `"\'');
        const d = line[i]!;
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\' && i + 1 < line.length && '$`"\\'.includes(line[i + 1]!)) {
          quoted(line[i + 1]!);
          i += 2;
        } else if (d === '$') {
          quoted(expand());
        } else {
          quoted(d);
          i++;
        }
      }
    } else if (c === '\\') {
      if (i + 1 < line.length) quoted(line[i + 1]!);
      inWord = true;
      plain = false;
      i += 2;
    } else if (c === '$') {
      const value = expand();
      plain = false;
      // unquoted expansions are split into fields
      const fields = value.split(/[ \t\n]+/);
      fields.forEach((field, n) => {
        if (n > 0) endWord();
        if (field !== '') {
          unquoted(field);
          inWord = true;
        }
      });
      plain = false;
    } else if (line.startsWith('<<', i)) {
      throw new CommandLineError("'<<' is not supported at the host prompt yet");
    } else if (c === '<' || c === '>' || line.startsWith('&>', i)) {
      redirect();
    } else if (c === '&' || c === '`') {
      throw new CommandLineError(`'${c}' is not supported at the host prompt yet`);
    } else {
      unquoted(c);
      inWord = true;
      i++;
    }
  }
  endWord();
  if (pending) throw new CommandLineError("syntax error near unexpected token `newline'");
  if (words.length > 0 || redirects.length > 0) commands.push({ words, redirects, connector, start, end: i });
  else if ((connector as Connector | '') !== '' && (connector as Connector | '') !== ';') throw new CommandLineError('syntax error: unexpected end of file');
  return commands;
}
