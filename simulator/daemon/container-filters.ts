/**
 * Filters as the Engine API takes them (`--filter key=value`, repeatable): values grouped
 * by key, checked against the keys a list accepts, and the label matching they share.
 */
import { InvalidArgumentError } from '../errors';

export type FilterArgs = ReadonlyMap<string, readonly string[]>;

/** `key=value` strings (the CLI's --filter values) grouped by key. */
export function parseFilters(values: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq < 0) throw new FilterSyntaxError(`bad format of filter (expected name=value)`);
    const key = value.slice(0, eq).trim().toLowerCase();
    const list = out.get(key) ?? [];
    list.push(value.slice(eq + 1).trim());
    out.set(key, list);
  }
  return out;
}

/** A --filter value without "=": the CLI itself rejects it. */
export class FilterSyntaxError extends Error {
  override name = 'FilterSyntaxError';
}

/** filters.Args.Validate: "invalid filter 'x'" for a key the list does not know. */
export function validateFilters(filters: FilterArgs, accepted: readonly string[]): void {
  for (const key of filters.keys()) if (!accepted.includes(key)) throw new InvalidArgumentError(`invalid filter '${key}'`);
}

/**
 * filters.Args.MatchKVList: every `label=key` or `label=key=value` value holds for the
 * labels. No values match everything.
 */
export function matchLabels(values: readonly string[] | undefined, labels: Readonly<Record<string, string>>): boolean {
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    const key = eq < 0 ? value : value.slice(0, eq);
    if (!(key in labels)) return false;
    if (eq >= 0 && labels[key] !== value.slice(eq + 1)) return false;
  }
  return true;
}

/** `label!=key` / `label!=key=value`: none of them holds. */
export function matchNotLabels(values: readonly string[] | undefined, labels: Readonly<Record<string, string>>): boolean {
  for (const value of values ?? []) if (matchLabels([value], labels)) return false;
  return true;
}
