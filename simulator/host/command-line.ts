/**
 * Splits a host shell input line into commands joined by `;`, `&&` and `||`, with POSIX
 * quoting and parameter expansion ($NAME, ${NAME}, $?). Enough of sh for the host prompt.
 */

export type Connector = ';' | '&&' | '||';

export interface SimpleCommand {
  /** words after quote removal and expansion */
  words: string[];
  /** how this command joins the previous one ('' for the first) */
  connector: Connector | '';
}

export class CommandLineError extends Error {}

export type Lookup = (name: string) => string | undefined;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function parseCommandLine(line: string, lookup: Lookup): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let connector: Connector | '' = '';
  let i = 0;
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (next: Connector): void => {
    endWord();
    if (words.length === 0) throw new CommandLineError(`syntax error near unexpected token \`${next}'`);
    commands.push({ words, connector });
    words = [];
    connector = next;
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
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === ';') {
      endCommand(';');
      i++;
    } else if (line.startsWith('&&', i) || line.startsWith('||', i)) {
      endCommand(line.slice(i, i + 2) as Connector);
      i += 2;
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) throw new CommandLineError("unexpected EOF while looking for matching `''");
      word += line.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      for (;;) {
        if (i >= line.length) throw new CommandLineError('unexpected EOF while looking for matching `"\'');
        const d = line[i]!;
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\' && i + 1 < line.length && '$`"\\'.includes(line[i + 1]!)) {
          word += line[i + 1];
          i += 2;
        } else if (d === '$') {
          word += expand();
        } else {
          word += d;
          i++;
        }
      }
    } else if (c === '\\') {
      if (i + 1 < line.length) word += line[i + 1];
      inWord = true;
      i += 2;
    } else if (c === '$') {
      const value = expand();
      // unquoted expansions are split into fields
      const fields = value.split(/[ \t\n]+/);
      fields.forEach((field, n) => {
        if (n > 0) endWord();
        if (field !== '') {
          word += field;
          inWord = true;
        }
      });
    } else if (c === '|' || c === '<' || c === '>' || c === '&' || c === '`') {
      throw new CommandLineError(`'${c}' is not supported at the host prompt yet`);
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  endWord();
  if (words.length > 0) commands.push({ words, connector });
  else if ((connector as Connector | '') !== '' && (connector as Connector | '') !== ';') throw new CommandLineError('syntax error: unexpected end of file');
  return commands;
}
