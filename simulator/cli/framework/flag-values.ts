/** Typed read access to parsed flags, the FlagValues shape command handlers use. */
import type { FlagSpec } from '../spec/types';
import { splitCSV } from './values';

export interface FlagValues {
  bool(name: string): boolean;
  string(name: string): string;
  stringList(name: string): string[];
  changed(name: string): boolean;
}

const LIST_TYPES = new Set(['list', 'strings', 'filter', 'map', 'ulimit', 'mount', 'network', 'port', 'pref', 'secret', 'config', 'gpu-request', 'external-ca', 'stringToString', 'ipNetSlice', 'command']);

export function flagValues(flags: readonly FlagSpec[], values: ReadonlyMap<string, readonly string[]>, home: string): FlagValues {
  const spec = (name: string): FlagSpec | undefined => flags.find((f) => f.name === name);
  const scalarDefault = (name: string): string => {
    const f = spec(name);
    if (!f || f.def === undefined || LIST_TYPES.has(f.type)) return '';
    return f.def.replaceAll('{home}', home);
  };
  return {
    bool(name) {
      const given = values.get(name);
      const v = given && given.length > 0 ? given[given.length - 1] : scalarDefault(name);
      return v === undefined ? false : ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v);
    },
    string(name) {
      const given = values.get(name);
      if (given && given.length > 0) return given[given.length - 1] ?? '';
      return scalarDefault(name);
    },
    stringList(name) {
      const given = values.get(name) ?? [];
      if (spec(name)?.type === 'strings') return given.flatMap(splitCSV);
      return [...given];
    },
    changed(name) {
      return (values.get(name)?.length ?? 0) > 0;
    },
  };
}
