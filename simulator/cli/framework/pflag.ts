/**
 * pflag's FlagSet.Parse as cobra runs it: long and short flags, combined shorthands, attached
 * values, `--` terminator, and non-interspersed parsing (stop at the first positional).
 */
import type { FlagSpec } from '../spec/types';
import { goQuote } from '../format/go-quote';
import { valueError } from './values';

export interface FlagParse {
  /** Values given per long name, in order. */
  values: Map<string, string[]>;
  args: string[];
  /** Deprecation notices pflag printed while parsing, each ending in "\n". */
  notices: string[];
  /** pflag's error text (without docker's usage suffix). */
  error?: string;
}

/** Go's %q of the byte pflag looks at: the first UTF-8 byte of `ch`, as a rune literal. */
function quoteShorthand(ch: string): string {
  const byte = new TextEncoder().encode(ch)[0] ?? 0;
  const c = String.fromCharCode(byte);
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  return `'${goQuote(c).slice(1, -1)}'`;
}

export function parseFlags(argv: readonly string[], flags: readonly FlagSpec[], interspersed: boolean, canonicalPath: string): FlagParse {
  const byName = new Map(flags.map((f) => [f.name, f]));
  const byShort = new Map(flags.filter((f) => f.shorthand).map((f) => [f.shorthand ?? '', f]));
  const result: FlagParse = { values: new Map(), args: [], notices: [] };

  const set = (flag: FlagSpec, value: string): string | undefined => {
    const err = valueError(flag, value, canonicalPath);
    if (err !== undefined) {
      const name = flag.shorthand && !flag.shorthandDeprecated ? `-${flag.shorthand}, --${flag.name}` : `--${flag.name}`;
      return `invalid argument ${goQuote(value)} for ${goQuote(name)} flag: ${err}`;
    }
    const list = result.values.get(flag.name) ?? [];
    list.push(value);
    result.values.set(flag.name, list);
    if (flag.deprecated) result.notices.push(`Flag --${flag.name} has been deprecated, ${flag.deprecated}\n`);
    return undefined;
  };
  const optDefault = (flag: FlagSpec): string | undefined => (flag.type === 'bool' ? 'true' : flag.noOptDefVal || undefined);

  let rest = [...argv];
  while (rest.length > 0) {
    const s = rest.shift() ?? '';
    if (s.length < 2 || s[0] !== '-') {
      result.args.push(s);
      if (!interspersed) {
        result.args.push(...rest);
        return result;
      }
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        result.args.push(...rest);
        return result;
      }
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') return { ...result, error: `bad flag syntax: ${s}` };
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const flag = byName.get(name);
      if (!flag) return { ...result, error: `unknown flag: --${name}` };
      let value: string;
      const def = optDefault(flag);
      if (eq >= 0) value = body.slice(eq + 1);
      else if (def !== undefined) value = def;
      else if (rest.length > 0) value = rest.shift() ?? '';
      else return { ...result, error: `flag needs an argument: ${s}` };
      const err = set(flag, value);
      if (err) return { ...result, error: err };
      continue;
    }
    let shorts = s.slice(1);
    while (shorts.length > 0) {
      const c = shorts[0] ?? '';
      const flag = byShort.get(c);
      if (!flag) return { ...result, error: `unknown shorthand flag: ${quoteShorthand(c)} in -${shorts}` };
      let value: string;
      const def = optDefault(flag);
      let next = shorts.slice(1);
      if (shorts.length > 2 && shorts[1] === '=') {
        value = shorts.slice(2);
        next = '';
      } else if (def !== undefined) value = def;
      else if (shorts.length > 1) {
        value = shorts.slice(1);
        next = '';
      } else if (rest.length > 0) value = rest.shift() ?? '';
      else return { ...result, error: `flag needs an argument: ${quoteShorthand(c)} in -${shorts}` };
      if (flag.shorthandDeprecated) result.notices.push(`Flag shorthand -${c} has been deprecated, ${flag.shorthandDeprecated}\n`);
      const err = set(flag, value);
      if (err) return { ...result, error: err };
      shorts = next;
    }
  }
  return result;
}
