/**
 * Dev-only: turns flag lines read from help into FlagSpec records, separating pflag's
 * "(default …)" suffix from the usage text.
 */
import type { FlagSpec } from '../types';
import type { HelpFlagLine } from './help-parse.node.js';

const NUMERIC = new Set(['int', 'uint', 'uint16', 'uint32', 'uint64', 'int64', 'float', 'float64', 'float32']);

/** Parses a Go %q string literal (the form pflag uses for string defaults). */
function unquoteGo(q: string): string | undefined {
  if (!/^"(?:[^"\\]|\\.)*"$/.test(q)) return undefined;
  return JSON.parse(q) as string;
}

/** Splits "usage (default X)" when X is really pflag's default for a flag of this type. */
export function splitDefault(type: string, text: string): { usage: string; def?: string } {
  const m = /^([\s\S]*) \(default (.*)\)$/.exec(text);
  if (!m) return { usage: text };
  const [, usage = '', raw = ''] = m;
  if (type === 'string') {
    const def = unquoteGo(raw);
    return def === undefined ? { usage: text } : { usage, def };
  }
  if (type === 'bool') return raw === 'true' ? { usage, def: raw } : { usage: text };
  if (NUMERIC.has(type)) return /^-?[0-9.e+]+$/.test(raw) ? { usage, def: raw } : { usage: text };
  if (/\s/.test(raw)) return { usage: text };
  return { usage, def: raw };
}

function noOptValue(type: string, suffix: string): string | undefined {
  if (suffix === '') return undefined;
  const inner = suffix.slice(2, -1);
  return type === 'string' ? (unquoteGo(inner) ?? inner) : inner;
}

export function toFlagSpec(line: HelpFlagLine, home: string): FlagSpec {
  const type = line.varname === '' ? 'bool' : line.varname;
  const { usage, def } = splitDefault(type, line.text);
  const noOpt = noOptValue(type, line.noOptSuffix);
  const homeDef = def !== undefined && (def === home || def.startsWith(home + '/')) ? '{home}' + def.slice(home.length) : def;
  return {
    name: line.name,
    ...(line.shorthand ? { shorthand: line.shorthand } : {}),
    type,
    usage,
    ...(homeDef !== undefined ? { def: homeDef } : {}),
    ...(noOpt !== undefined ? { noOptDefVal: noOpt } : {}),
  };
}
